package org.sayer.cli.commands;

import java.io.PrintStream;

import org.sayer.io.ProgressListener;

/** Progress of a long import or export on stderr: at most one line a second, so logs stay readable. */
final class StderrProgress implements ProgressListener {

    private static final long INTERVAL_NANOS = 1_000_000_000L;

    private final PrintStream err;
    private final String verb;
    private final long start = System.nanoTime();
    private long lastPrinted = start;

    StderrProgress(PrintStream err, String verb) {
        this.err = err;
        this.verb = verb;
    }

    @Override
    public void worked(long done, long total, String item) {
        long now = System.nanoTime();
        if (now - lastPrinted >= INTERVAL_NANOS) {
            lastPrinted = now;
            double seconds = (now - start) / 1e9;
            err.printf("%s %d%s documents (%.0f/s) ... %s%n", verb, done, total > 0 ? " of " + total : "", done / seconds, item);
        }
    }
}
