package org.sayer.model.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes files so that a crash at any moment leaves either the old or the new content, never a
 * mix: the bytes go to a temp file in the same folder, which is flushed to disk and then renamed
 * over the target.
 */
public final class AtomicFiles {

    /** Writes the content of one file. */
    @FunctionalInterface
    public interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    public static void write(Path target, Writer writer) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temp = newFile(folder, "." + target.getFileName() + ".", ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                // Buffered: the channel's own stream makes a system call for every small write.
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
                writer.write(out);
                out.flush();
                channel.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            syncFolder(folder);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * A new empty file {@code prefix + random + suffix} in {@code folder}, with the permissions of any
     * new file (the process umask), unlike {@link Files#createTempFile}, whose files are private
     * (0600) and stay so when renamed into place: a team could not share a corpus folder.
     */
    public static Path newFile(Path folder, String prefix, String suffix) throws IOException {
        while (true) {
            try {
                return Files.createFile(folder.resolve(prefix + randomName() + suffix));
            } catch (FileAlreadyExistsException e) {
                // another name
            }
        }
    }

    /** A new empty folder {@code prefix + random} in {@code parent}, with the permissions of any new folder (see {@link #newFile}). */
    public static Path newFolder(Path parent, String prefix) throws IOException {
        while (true) {
            try {
                return Files.createDirectory(parent.resolve(prefix + randomName()));
            } catch (FileAlreadyExistsException e) {
                // another name
            }
        }
    }

    private static String randomName() {
        return Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
    }

    public static void writeString(Path target, String content) throws IOException {
        write(target, out -> out.write(content.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /**
     * Below this many files each is forced by itself: starting a {@code sync -f} process costs more
     * than a few fsyncs (10 to 50 ms a time, which also held the zip fuzzer to 16 imports a second).
     */
    static final int FILES_WORTH_A_FILE_SYSTEM_SYNC = 16;

    /**
     * Forces {@code files}, written without a sync of their own, to disk. On Linux one {@code sync -f}
     * flushes the whole file system at once, far cheaper than an fsync per file when there are many;
     * for a few files, or where that is not available, each file and then the folder are forced.
     */
    public static void syncAll(Path folder, Collection<Path> files) throws IOException {
        if (files.isEmpty()) {
            return;
        }
        if (files.size() >= FILES_WORTH_A_FILE_SYSTEM_SYNC && syncFileSystem(folder)) {
            return;
        }
        for (Path file : files) {
            if (Files.exists(file)) {
                try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                    channel.force(true);
                }
            }
        }
        syncFolder(folder);
    }

    private static boolean syncFileSystem(Path folder) {
        if (!System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux")) {
            return false;
        }
        try {
            Process sync = new ProcessBuilder("sync", "-f", folder.toString()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return sync.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Makes the rename itself durable; not every file system lets a folder be opened, which is fine. */
    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open folders; the rename is still atomic there.
        }
    }
}
