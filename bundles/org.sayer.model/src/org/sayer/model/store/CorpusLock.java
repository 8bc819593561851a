package org.sayer.model.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The writer's lock of a corpus folder: an OS file lock on {@code .sayer-lock}, so that two
 * processes never write one corpus at once (the second one's index would silently drop what the
 * first one added). Every writer holds it: the commands that change a corpus and the workbench.
 * Readers (stats, export) do not need it: every file a writer lists is complete on disk.
 *
 * <p>The OS lock belongs to the process, so stores of one folder in one process share it (counted:
 * the last {@link #close} releases it). While held, the file names the holder, for the messages of
 * whoever waits.
 */
public final class CorpusLock implements AutoCloseable {

    public static final String FILE = ".sayer-lock";

    /** Locks this process holds, by folder; the OS refuses a second lock of the same file in one process. */
    private static final Map<Path, CorpusLock> HELD = new HashMap<>();
    private static final Duration POLL = Duration.ofMillis(200);

    private final Path folder;
    private final FileChannel channel;
    private final FileLock lock;
    private int holders = 1;

    private CorpusLock(Path folder, FileChannel channel, FileLock lock) {
        this.folder = folder;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock of {@code folder} (made if missing) for {@code holder} ("sayer import"), or
     * returns null at once when another process holds it. A lock this process holds already is shared.
     */
    public static CorpusLock tryAcquire(Path folder, String holder) throws IOException {
        Path key = key(folder);
        synchronized (HELD) {
            CorpusLock held = HELD.get(key);
            if (held != null) {
                held.holders++;
                return held;
            }
            Files.createDirectories(key);
            FileChannel channel = FileChannel.open(key.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw new StoreException(key, "cannot take the writer's lock: " + e.getMessage(), e);
            }
            if (lock == null) {
                channel.close();
                return null;
            }
            CorpusLock taken = new CorpusLock(key, channel, lock);
            taken.describe(holder);
            HELD.put(key, taken);
            return taken;
        }
    }

    /**
     * Takes the lock, waiting up to {@code wait} while another process holds it. {@code waiting}
     * hears once who holds it; after the wait, the refusal says so too.
     */
    public static CorpusLock acquire(Path folder, String holder, Duration wait, Consumer<String> waiting) throws IOException {
        Instant giveUp = Instant.now().plus(wait);
        boolean told = false;
        while (true) {
            CorpusLock lock = tryAcquire(folder, holder);
            if (lock != null) {
                return lock;
            }
            String other = holderOf(folder);
            if (!Instant.now().isBefore(giveUp)) {
                throw new StoreException(key(folder), "is being written by " + other + "; gave up after "
                        + wait.toSeconds() + " s (nothing was written). Try again when it has finished.", null);
            }
            if (!told) {
                waiting.accept(key(folder) + " is being written by " + other + "; waiting up to " + wait.toSeconds() + " s");
                told = true;
            }
            try {
                Thread.sleep(POLL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StoreException(key(folder), "interrupted while waiting for the writer's lock", e);
            }
        }
    }

    /** Who holds the lock of {@code folder}, as its holder described itself ("process 42 (sayer import) since …"). */
    public static String holderOf(Path folder) {
        try {
            String said = Files.readString(key(folder).resolve(FILE), StandardCharsets.UTF_8).strip();
            return said.isEmpty() ? "another process" : said;
        } catch (IOException e) {
            return "another process";
        }
    }

    /** Whether this process holds the lock of {@code folder}. */
    public static boolean isHeldHere(Path folder) {
        synchronized (HELD) {
            return HELD.containsKey(key(folder));
        }
    }

    public Path folder() {
        return folder;
    }

    /** Whether this is the only share of the lock in this process: no other store here may be writing. */
    public boolean soleHolder() {
        synchronized (HELD) {
            return holders == 1;
        }
    }

    private void describe(String holder) throws IOException {
        String text = "process " + ProcessHandle.current().pid() + " (" + holder + ") since "
                + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "\n";
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), 0);
    }

    /** Gives up this holder's share; the last one releases the OS lock. */
    @Override
    public void close() throws IOException {
        synchronized (HELD) {
            if (holders == 0 || --holders > 0) {
                return;
            }
            HELD.remove(folder);
            try {
                channel.truncate(0);
                lock.release();
            } finally {
                channel.close();
            }
        }
    }

    private static Path key(Path folder) {
        return folder.toAbsolutePath().normalize();
    }
}
