package org.sayer.io.export;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.sayer.io.Failures;
import org.sayer.model.Document;
import org.sayer.model.DocumentEntry;
import org.sayer.model.store.CorpusStore;
import org.sayer.model.store.DocumentReader;

/**
 * The documents of a corpus in index order, read ahead on threads of their own: parsing XMI is
 * most of an export's time, and with a reader per core it overlaps with the caller's writing. At
 * most {@value #AHEAD} documents are held at once, so memory stays flat in corpus size.
 *
 * <p>Documents the store already has loaded (open in the workbench, perhaps with unsaved edits) are
 * taken from the store as they are, on the caller's thread; the others are read past the store
 * ({@link DocumentReader}), so the export loads nothing into it and has nothing to unload.
 */
final class PrefetchedDocuments implements AutoCloseable {

    private static final int AHEAD = 32;

    private final CorpusStore store;
    private final List<DocumentEntry> entries;
    private final ExecutorService threads;
    /** Readers not in use; a read takes one and gives it back, so no two threads share a reader. */
    private final BlockingQueue<DocumentReader> readers;
    private final Deque<Future<Document>> ahead = new ArrayDeque<>();
    private int submitted;

    PrefetchedDocuments(CorpusStore store, List<DocumentEntry> entries) {
        this.store = store;
        this.entries = entries;
        int count = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        readers = new ArrayBlockingQueue<>(count);
        for (int i = 0; i < count; i++) {
            readers.add(store.newReader());
        }
        AtomicInteger number = new AtomicInteger();
        threads = Executors.newFixedThreadPool(count, work -> {
            Thread thread = new Thread(work, "sayer-export-reader-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The next document in index order; throws the read error of its file. */
    Document next() throws IOException {
        if (submitted == 0 && !entries.isEmpty()) {
            // The first read runs here, alone: EMF fills some of its metadata caches on first use.
            submitted++;
            ahead.add(CompletableFuture.completedFuture(readHere(entries.get(0))));
        }
        while (ahead.size() < AHEAD && submitted < entries.size()) {
            DocumentEntry entry = entries.get(submitted++);
            ahead.add(store.isLoaded(entry) ? CompletableFuture.completedFuture(loaded(entry)) : threads.submit(() -> read(entry)));
        }
        try {
            return ahead.remove().get();
        } catch (ExecutionException e) {
            Failures.rethrow(e.getCause());
            throw new IOException(e);
        } catch (InterruptedException e) {
            throw interrupted();
        }
    }

    private Document readHere(DocumentEntry entry) throws IOException {
        return store.isLoaded(entry) ? loaded(entry) : read(entry);
    }

    private Document loaded(DocumentEntry entry) throws IOException {
        Document document = store.load(entry);
        EcoreUtil.resolveAll(document);
        return document;
    }

    private Document read(DocumentEntry entry) throws IOException {
        DocumentReader reader;
        try {
            reader = readers.take();
        } catch (InterruptedException e) {
            throw interrupted();
        }
        try {
            return reader.read(entry);
        } finally {
            readers.add(reader);
        }
    }

    private static InterruptedIOException interrupted() {
        Thread.currentThread().interrupt();
        return new InterruptedIOException("The export was interrupted");
    }

    /** Stops the readers and waits for them, so no read is still running when the export ends. */
    @Override
    public void close() {
        threads.shutdownNow();
        boolean interrupted = false;
        while (true) {
            try {
                if (threads.awaitTermination(1, TimeUnit.MINUTES)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
