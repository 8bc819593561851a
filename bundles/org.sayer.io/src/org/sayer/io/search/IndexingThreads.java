package org.sayer.io.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;

/**
 * Lucene's share of indexing (analysis and inversion: most of its time) on threads of their own, so
 * that it runs beside the import or the reading that hands it the documents, on every core. A
 * document's updates always go to the same thread, in the order given: its last one wins. Each
 * thread holds at most {@value #AHEAD} documents waiting, so memory stays flat and a slow index
 * slows the caller down.
 */
final class IndexingThreads {

    private static final int AHEAD = 16;

    /** Replaces the units of document {@code id}, or deletes them when {@code units} is null. */
    private record Task(Term id, List<Document> units) {
    }

    private static final Task STOP = new Task(null, null);

    private final IndexWriter writer;
    private final List<BlockingQueue<Task>> queues = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private boolean stopped;

    IndexingThreads(IndexWriter writer) {
        this.writer = writer;
        int count = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        for (int i = 0; i < count; i++) {
            BlockingQueue<Task> queue = new ArrayBlockingQueue<>(AHEAD);
            Thread thread = new Thread(() -> work(queue), "sayer-search-indexer-" + (i + 1));
            thread.setDaemon(true);
            queues.add(queue);
            threads.add(thread);
            thread.start();
        }
    }

    /** Replaces the indexed units of the document {@code id} with {@code units}. */
    void update(Term id, List<Document> units) throws IOException {
        put(new Task(id, units));
    }

    /** Deletes the indexed units of the document {@code id}. */
    void delete(Term id) throws IOException {
        put(new Task(id, null));
    }

    private void put(Task task) throws IOException {
        try {
            queues.get(Math.floorMod(task.id().hashCode(), queues.size())).put(task);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("indexing was interrupted", e);
        }
    }

    private void work(BlockingQueue<Task> queue) {
        while (true) {
            Task task;
            try {
                task = queue.take();
            } catch (InterruptedException e) {
                return; // only stop() interrupts, after its STOP could not be queued
            }
            if (task == STOP) {
                return;
            }
            if (failure.get() != null) {
                continue; // the update fails as a whole; the queue still drains, so no caller waits forever
            }
            try {
                if (task.units() == null) {
                    writer.deleteDocuments(task.id());
                } else {
                    writer.updateDocuments(task.id(), task.units());
                }
            } catch (Throwable e) {
                // anything, an Error too: recorded for stop() to throw, and the thread lives on to drain its queue
                failure.compareAndSet(null, e);
            }
        }
    }

    /** Waits until every document given so far is indexed and the threads have ended; throws the first failure. */
    void stop() throws IOException {
        if (!stopped) {
            stopped = true;
            boolean interrupted = false;
            for (int i = 0; i < threads.size(); i++) {
                while (true) {
                    try {
                        queues.get(i).put(STOP);
                        threads.get(i).join();
                        break;
                    } catch (InterruptedException e) {
                        interrupted = true; // the threads must end before the writer is committed or rolled back
                    }
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        Throwable failed = failure.get();
        if (failed instanceof IOException io) {
            throw io;
        }
        if (failed != null) {
            throw new IOException("indexing failed: " + failed, failed);
        }
    }
}
