package org.sayer.model.store;

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
import org.sayer.model.Document;
import org.sayer.model.DocumentEntry;

/**
 * Documents of a corpus in index order, read ahead on threads of their own, for work that goes
 * through a whole corpus (exports, statistics): parsing XMI is most of such work's time, and with a
 * reader per core it overlaps with the caller's own. At most {@value #AHEAD} documents are held at
 * once, so memory stays flat in corpus size.
 *
 * <p>Documents the store already has loaded (open in the workbench, perhaps with unsaved edits) are
 * taken from the store as they are, on the caller's thread; the others are read past the store
 * ({@link DocumentReader}), so nothing is loaded into it and nothing needs unloading. The caller
 * must not change the store while it reads, and must not change the documents.
 */
public final class PrefetchedDocuments implements AutoCloseable {

    private static final int AHEAD = 32;

    private final CorpusStore store;
    private final List<DocumentEntry> entries;
    private final ExecutorService threads;
    /** Readers not in use; a read takes one and gives it back, so no two threads share a reader. */
    private final BlockingQueue<DocumentReader> readers;
    private final Deque<Future<Document>> ahead = new ArrayDeque<>();
    private int submitted;

    public PrefetchedDocuments(CorpusStore store, List<DocumentEntry> entries) {
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

    /** What a walk does with a document that was read. */
    @FunctionalInterface
    public interface OnDocument<X extends Exception> {
        void read(DocumentEntry entry, Document document) throws X;
    }

    /** What a walk does with a document that does not read: one damaged document must not cost the others. */
    @FunctionalInterface
    public interface OnDamaged<X extends Exception> {
        void damaged(DocumentEntry entry, StoreException problem) throws X;
    }

    /** What a walk does after each entry, read or damaged: progress, and a cancel (by throwing). */
    @FunctionalInterface
    public interface AfterEach<X extends Exception> {
        void done(int count, DocumentEntry entry) throws X;
    }

    /**
     * Hands every entry, in order, to {@code onDocument} with its document, or to {@code onDamaged}
     * with its read error, and goes on with the next; an exception thrown by either stops the walk.
     */
    public <X extends Exception> void forEach(OnDocument<X> onDocument, OnDamaged<X> onDamaged) throws X {
        forEach(onDocument, onDamaged, (count, entry) -> {
        });
    }

    /** As {@link #forEach(OnDocument, OnDamaged)}, and {@code afterEach} hears the count of entries done after each one. */
    public <X extends Exception> void forEach(OnDocument<X> onDocument, OnDamaged<X> onDamaged, AfterEach<X> afterEach) throws X {
        for (int i = 0; i < entries.size(); i++) {
            DocumentEntry entry = entries.get(i);
            Document document;
            try {
                document = next();
            } catch (StoreException damaged) {
                onDamaged.damaged(entry, damaged);
                afterEach.done(i + 1, entry);
                continue;
            }
            onDocument.read(entry, document);
            afterEach.done(i + 1, entry);
        }
    }

    /**
     * The next document of the entries, in their order. Throws the read error of its file; the
     * next call goes on with the document after it.
     */
    private Document next() throws StoreException {
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
            if (e.getCause() instanceof StoreException read) {
                throw read;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            throw interrupted();
        }
    }

    private Document readHere(DocumentEntry entry) throws StoreException {
        return store.isLoaded(entry) ? loaded(entry) : read(entry);
    }

    private Document loaded(DocumentEntry entry) throws StoreException {
        Document document = store.load(entry);
        EcoreUtil.resolveAll(document);
        return document;
    }

    private Document read(DocumentEntry entry) throws StoreException {
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

    private StoreException interrupted() {
        Thread.currentThread().interrupt();
        return new StoreException(store.folder(), "reading the documents was interrupted", null);
    }

    /** Stops the readers and waits for them, so no read is still running when the caller goes on. */
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
