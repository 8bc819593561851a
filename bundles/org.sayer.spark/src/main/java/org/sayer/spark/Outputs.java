package org.sayer.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Writes the job's outputs (gold, errors, the tables, each figure) from as many driver threads as
 * the job has task slots. Each output is its own small Spark job over the cached rows, and most
 * of its time is the driver's (planning, generating and compiling the query's code) while the
 * task slots wait: one after the other, 17 of them left a second core idle for a fifth of a
 * {@code local[2]} run. Side by side, one output's tasks run while the next is planned. With one
 * slot they run in turn, as before.
 */
final class Outputs {

    /** One output: a Spark write and whatever renaming its files need. */
    @FunctionalInterface
    interface Output {
        void write() throws IOException;
    }

    private Outputs() {
    }

    /** Runs every output, at most {@code threads} at once; the first failure is thrown once all have ended. */
    static void writeAll(List<Output> outputs, int threads) throws IOException {
        if (threads <= 1) {
            for (Output output : outputs) {
                output.write();
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, outputs.size()), Thread.ofPlatform()
                .name("sayer-output-", 0).daemon(true).factory());
        try {
            List<Future<Void>> running = new ArrayList<>();
            for (Output output : outputs) {
                running.add(pool.submit(() -> {
                    output.write();
                    return null;
                }));
            }
            Throwable first = null;
            for (Future<Void> future : running) {
                try {
                    future.get();
                } catch (ExecutionException e) {
                    first = first == null ? e.getCause() : first;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while the outputs were written", e);
                }
            }
            if (first instanceof IOException io) {
                throw io;
            }
            if (first instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (first instanceof Error error) {
                throw error;
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
