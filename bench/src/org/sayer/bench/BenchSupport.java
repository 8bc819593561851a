package org.sayer.bench;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.function.LongSupplier;

/** Timing and memory helpers shared by the benchmarks: warm-up, repeated runs, medians, heap. */
public final class BenchSupport {

    private BenchSupport() {
    }

    /** Runs {@code work} {@code warmups} times untimed, then {@code runs} times; returns the median in ms. */
    public static double medianMillis(int warmups, int runs, Runnable work) {
        for (int i = 0; i < warmups; i++) {
            work.run();
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.run();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return nanos[runs / 2] / 1e6;
    }

    /** Like {@link #medianMillis} for work that times itself (returns its own nanoseconds). */
    public static double medianMillis(int warmups, int runs, LongSupplier timedWork) {
        for (int i = 0; i < warmups; i++) {
            timedWork.getAsLong();
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            nanos[i] = timedWork.getAsLong();
        }
        Arrays.sort(nanos);
        return nanos[runs / 2] / 1e6;
    }

    /** Heap in use after a full collection, in MB. */
    public static double usedHeapMb() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime runtime = Runtime.getRuntime();
        return (runtime.totalMemory() - runtime.freeMemory()) / (1024.0 * 1024.0);
    }

    /** The -Xmx this JVM runs with, in MB. */
    public static long maxHeapMb() {
        return Runtime.getRuntime().maxMemory() / (1024 * 1024);
    }

    /** Peak heap used so far (all heap pools), in MB. */
    public static double peakHeapMb() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == java.lang.management.MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() / (1024.0 * 1024.0);
    }

    /** CPU time of the whole process so far (every thread: readers, merges, GC): fairer than wall time on a busy machine. */
    public static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** When a timed step began, in wall time and in the process's CPU time. */
    public record Clock(long wallNanos, long cpuNanos) {
        public static Clock start() {
            return new Clock(System.nanoTime(), processCpuNanos());
        }

        public double wallSeconds() {
            return (System.nanoTime() - wallNanos) / 1e9;
        }

        public double cpuSeconds() {
            return (processCpuNanos() - cpuNanos) / 1e9;
        }
    }

    /** Prints one figure as "name: value unit (target)". */
    public static void report(String name, double value, String unit, String target) {
        System.out.printf("%-48s %10.2f %-8s %s%n", name, value, unit, target == null ? "" : "(target " + target + ")");
    }
}
