package org.sayer.io.importer;

import java.io.IOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A bounded queue from one thread to another that also carries the end of the stream and the
 * producer's failure, so that an import parses lines on one thread while another stores them
 * ({@link ParsedLines}), with memory still flat. Neither side can wait forever: either side that
 * gives up {@link #close closes} the queue, and the other's next {@link #put} or {@link #take}
 * answers false or null.
 */
final class Handoff<T> {

    private static final Object END = new Object();
    private static final long POLL_MILLIS = 50;

    private final BlockingQueue<Object> queue;
    private volatile boolean closed;
    private volatile Throwable failure;
    private boolean ended;

    Handoff(int capacity) {
        queue = new ArrayBlockingQueue<>(capacity);
    }

    /** Producer: hands over one item, waiting while the queue is full; false when the consumer closed it. */
    boolean put(T item) throws InterruptedException {
        return offer(item);
    }

    /** Producer: there is nothing more. */
    void end() throws InterruptedException {
        offer(END);
    }

    /** Producer: stopped on {@code error}; the consumer's next {@link #take} throws it. */
    void fail(Throwable error) throws InterruptedException {
        failure = error;
        offer(END);
    }

    private boolean offer(Object item) throws InterruptedException {
        while (!closed) {
            if (queue.offer(item, POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Consumer: the next item, waiting for it, or null after the last one or once the queue is
     * closed. Throws what the producer failed with (an {@link IOException} or unchecked exception as
     * it was).
     */
    @SuppressWarnings("unchecked")
    T take() throws IOException, InterruptedException {
        while (!ended && !closed) {
            Object item = queue.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
            if (item == null) {
                continue;
            }
            if (item != END) {
                return (T) item;
            }
            ended = true;
            rethrow(failure);
        }
        return null;
    }

    /** Throws {@code error} as it was where the caller may, else wrapped in an IOException; nothing for null. */
    private static void rethrow(Throwable error) throws IOException {
        if (error == null) {
            return;
        }
        if (error instanceof IOException io) {
            throw io;
        }
        if (error instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (error instanceof Error fatal) {
            throw fatal;
        }
        throw new IOException(error.getMessage(), error);
    }

    /**
     * Either side gives up: the producer stops at its next {@link #put}, the consumer at its next
     * {@link #take}, and queued items are dropped.
     */
    void close() {
        closed = true;
        queue.clear();
    }

    boolean isClosed() {
        return closed;
    }

    /**
     * {@link #close}, then waits for {@code other}, the thread on the other side, to finish. Not
     * interruptible: what the two threads share must not be touched before it has stopped.
     */
    void closeAndJoin(Thread other) {
        close();
        boolean interrupted = false;
        while (other.isAlive()) {
            try {
                other.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
