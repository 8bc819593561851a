package org.sayer.bench;

import java.util.Arrays;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Display;

/** What the benchmarks of workbench parts share: running the event loop until painted, and percentiles of times. */
final class UiBenchSupport {

    private UiBenchSupport() {
    }

    /** Runs the event loop until the text widget has painted again (at most one second). */
    static void untilPainted(Display display, StyledText text, int[] paints, int before) {
        text.update();
        runUntil(display, () -> paints[0] != before, 1_000_000_000L);
    }

    /** Runs the event loop until {@code done} holds (at most {@code nanos}). */
    static void runUntil(Display display, BooleanSupplier done, long nanos) {
        long deadline = System.nanoTime() + nanos;
        while (!done.getAsBoolean() && System.nanoTime() < deadline) {
            if (!display.readAndDispatch()) {
                Thread.onSpinWait();
            }
        }
    }

    static void drain(Display display) {
        while (display.readAndDispatch()) {
            // handle everything queued
        }
    }

    static double median(long[] nanos) {
        return percentile(nanos, 50);
    }

    static double percentile(long[] nanos, int percent) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }
}
