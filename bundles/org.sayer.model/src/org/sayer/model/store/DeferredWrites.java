package org.sayer.model.store;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The file writes of {@link CorpusStore#saveDeferred}, done on threads of their own: the store's
 * thread turns documents into bytes (EMF stays on one thread) while these wait on the file system,
 * which on many disks takes longer than the serializing. At most {@value #MAX_PENDING_BYTES} bytes
 * wait, so memory stays flat.
 *
 * <p>A failure sticks until its file is {@link #forget forgotten} (its document taken out of the
 * corpus): every later {@link #submit} and {@link #finish} throws it, so the store never lists a
 * document whose file did not make it to disk.
 */
final class DeferredWrites {

    private static final long MAX_PENDING_BYTES = 32L << 20;

    /**
     * Creating files is what a bulk import waits for, and file systems create several at once
     * faster than one after the other: importing 30,000 documents on this project's ext4 disk ran
     * at about 4,300/s with one writer and about 6,000/s with two or three.
     */
    private static final int WRITERS = 3;

    /** Threads that end when idle, so a store that is done importing holds none. */
    private final ThreadPoolExecutor writers = newPool(WRITERS);

    private final Set<Path> pending = new HashSet<>();
    /** New files written in place and not yet forced to disk. */
    private final List<Path> unsynced = new ArrayList<>();
    private long pendingBytes;
    /** Failed writes by file, first first; a file taken out of the corpus is forgotten here too. */
    private final Map<Path, StoreException> failures = new LinkedHashMap<>();

    private static ThreadPoolExecutor newPool(int threads) {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), work -> {
            Thread writer = new Thread(work, "sayer-store-writer");
            writer.setDaemon(true);
            return writer;
        });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    /** Queues {@code bytes} as the new content of {@code file}; throws an earlier write's failure. */
    synchronized void submit(Path file, byte[] bytes) throws StoreException {
        throwFailure();
        waitUntil(() -> pendingBytes == 0 || pendingBytes + bytes.length <= MAX_PENDING_BYTES || !failures.isEmpty());
        throwFailure();
        // Writers run side by side, so a second write of the same file waits for the first.
        waitUntil(() -> !pending.contains(file));
        pending.add(file);
        pendingBytes += bytes.length;
        writers.execute(() -> write(file, bytes));
    }

    private void write(Path file, byte[] bytes) {
        StoreException error = null;
        boolean inPlace = false;
        try {
            try {
                AtomicFiles.writeNew(file, out -> out.write(bytes));
                inPlace = true;
            } catch (FileAlreadyExistsException e) {
                // A file left by an earlier crash, or a document saved before: replaced atomically and durably.
                AtomicFiles.write(file, out -> out.write(bytes));
            }
        } catch (IOException | RuntimeException e) {
            error = new StoreException(file, "could not be saved: " + e.getMessage(), e);
        }
        synchronized (this) {
            pending.remove(file);
            pendingBytes -= bytes.length;
            if (inPlace) {
                unsynced.add(file);
            }
            if (error != null) {
                failures.putIfAbsent(file, error);
            }
            notifyAll();
        }
    }

    synchronized boolean isPending(Path file) {
        return pending.contains(file);
    }

    /** Waits until every queued file is written (or failed). */
    synchronized void awaitIdle() {
        waitUntil(pending::isEmpty);
    }

    /**
     * Waits for every queued file and returns the files written in place since the last call, to be
     * forced to disk; throws the first failure instead.
     */
    synchronized List<Path> finish() throws StoreException {
        awaitIdle();
        throwFailure();
        List<Path> written = List.copyOf(unsynced);
        unsynced.clear();
        return written;
    }

    private void throwFailure() throws StoreException {
        if (!failures.isEmpty()) {
            throw failures.values().iterator().next();
        }
    }

    /** The file's document left the corpus: a failed write of it no longer matters. */
    synchronized void forget(Path file) {
        failures.remove(file);
    }

    /** Writes in flight end soon and the caller relies on them being done, so an interrupt only is kept for later. */
    private void waitUntil(BooleanSupplier done) {
        boolean interrupted = false;
        while (!done.getAsBoolean()) {
            try {
                wait();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
