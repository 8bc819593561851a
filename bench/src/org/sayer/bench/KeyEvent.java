package org.sayer.bench;

import java.lang.management.ManagementFactory;

import jdk.jfr.Category;
import jdk.jfr.DataAmount;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.Timespan;

/**
 * One timed key of a UI benchmark as a Flight Recorder event (from the key's handler to the end of
 * the paint that shows it), so that a recording lines up each slow key with what the UI thread, the
 * collector and the JIT did meanwhile:
 * {@code BENCH_JAVA_OPTS=-XX:StartFlightRecording=filename=/tmp/editor.jfr,settings=profile}, then
 * {@code bench/run.sh KeyProfile /tmp/editor.jfr}. Costs nothing when no recording runs.
 */
@Name("org.sayer.bench.Key")
@Label("Benchmark key")
@Category("Sayer")
@Description("A timed key of a UI benchmark, from its handler to the end of the paint that shows it")
final class KeyEvent extends Event {

    private static final com.sun.management.ThreadMXBean THREADS = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    @Label("Key")
    String key;

    @Label("UI thread CPU")
    @Timespan
    long cpu;

    @Label("Allocated by the UI thread")
    @DataAmount
    long allocated;

    private long cpuBefore;
    private long allocatedBefore;

    /** Starts timing {@code key} on the calling (UI) thread. */
    static KeyEvent start(String key) {
        KeyEvent event = new KeyEvent();
        event.key = key;
        event.cpuBefore = THREADS.getCurrentThreadCpuTime();
        event.allocatedBefore = THREADS.getCurrentThreadAllocatedBytes();
        event.begin();
        return event;
    }

    /** Ends the key now (its paint has ended) and returns the UI thread's CPU time for it in nanoseconds. */
    long finish() {
        end();
        cpu = THREADS.getCurrentThreadCpuTime() - cpuBefore;
        allocated = THREADS.getCurrentThreadAllocatedBytes() - allocatedBefore;
        commit();
        return cpu;
    }
}
