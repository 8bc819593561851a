package org.sayer.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * What the slow keys of a UI benchmark did that the others did not, from a Flight Recorder
 * recording of it (see {@link KeyEvent}): for each kind of key, its slowest twentieth against the
 * rest, side by side: wall and UI thread CPU time, bytes allocated, how many of them a collection, a
 * safepoint or a deoptimization overlapped, and the methods the UI thread was sampled in (share of
 * each group's samples, inclusive). Usage: {@code bench/run.sh KeyProfile RECORDING.jfr [TOP]}.
 */
public final class KeyProfile {

    private static final Set<String> LINED_UP = Set.of("jdk.GCPhasePause", "jdk.SafepointBegin", "jdk.Deoptimization", "jdk.Compilation",
            "jdk.ExecutionSample", "jdk.NativeMethodSample", "jdk.CPUTimeSample", "org.sayer.bench.PaintStart",
            "jdk.MethodTrace");

    private KeyProfile() {
    }

    private record Key(String name, Instant start, Instant end, long cpu, long allocated, long thread) {
        boolean overlaps(Instant from, Instant to) {
            return from.isBefore(end) && to.isAfter(start);
        }

        double wallMs() {
            return Duration.between(start, end).toNanos() / 1e6;
        }
    }

    /** What happened during a set of keys. */
    private static final class Tally {
        int keys;
        double wall;
        double cpu;
        double allocated;
        int withGc;
        double gcPause;
        int withSafepoint;
        double safepoint;
        int withDeopt;
        int withCompile;
        int samples;
        int nativeSamples;
        final Map<String, Integer> methods = new HashMap<>();
        final Map<String, Integer> topFrames = new HashMap<>();
    }

    public static void main(String[] args) throws IOException {
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        List<Key> keys = new ArrayList<>();
        List<RecordedEvent> events = new ArrayList<>();
        for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
            String type = event.getEventType().getName();
            if (type.equals("org.sayer.bench.Key")) {
                keys.add(new Key(event.getString("key"), event.getStartTime(), event.getEndTime(), event.getLong("cpu"),
                        event.getLong("allocated"), event.getThread().getJavaThreadId()));
            } else if (LINED_UP.contains(type)) {
                events.add(event);
            }
        }
        events.sort(Comparator.comparing(RecordedEvent::getStartTime));
        keys.sort(Comparator.comparing(Key::start));
        Map<String, List<Key>> byName = new LinkedHashMap<>();
        keys.forEach(key -> byName.computeIfAbsent(key.name(), name -> new ArrayList<>()).add(key));
        for (Map.Entry<String, List<Key>> kind : byName.entrySet()) {
            List<Key> sorted = new ArrayList<>(kind.getValue());
            sorted.sort(Comparator.comparingDouble(Key::wallMs));
            int slowFrom = (int) Math.floor(sorted.size() * 0.95);
            Set<Key> slow = new HashSet<>(sorted.subList(slowFrom, sorted.size()));
            Tally slowTally = new Tally();
            Tally restTally = new Tally();
            for (Key key : kind.getValue()) {
                tally(slow.contains(key) ? slowTally : restTally, key, events);
            }
            System.out.printf("%n== %s: %d keys, slowest %d from %.1f ms (p95 %.1f ms, median %.1f ms)%n", kind.getKey(), sorted.size(),
                    slow.size(), sorted.get(slowFrom).wallMs(), sorted.get(Math.max(0, (int) Math.ceil(0.95 * sorted.size()) - 1)).wallMs(),
                    sorted.get((sorted.size() - 1) / 2).wallMs());
            System.out.println("slowest keys (wall ms / UI CPU ms / KB allocated):");
            for (Key key : sorted.subList(slowFrom, sorted.size())) {
                System.out.printf("  %6.1f / %5.1f / %6.0f  at %s%n", key.wallMs(), key.cpu() / 1e6, key.allocated() / 1024.0, key.start());
            }
            System.out.printf("%-44s %12s %12s%n", "per key", "slowest 5%", "the rest");
            row("wall ms", slowTally.wall / slowTally.keys, restTally.wall / restTally.keys);
            row("UI thread CPU ms", slowTally.cpu / slowTally.keys, restTally.cpu / restTally.keys);
            row("KB allocated by the UI thread", slowTally.allocated / slowTally.keys / 1024, restTally.allocated / restTally.keys / 1024);
            row("share with a GC pause in it", share(slowTally.withGc, slowTally), share(restTally.withGc, restTally));
            row("  GC pause ms in it", slowTally.gcPause / slowTally.keys, restTally.gcPause / restTally.keys);
            row("share with a safepoint in it", share(slowTally.withSafepoint, slowTally), share(restTally.withSafepoint, restTally));
            row("  safepoint ms in it", slowTally.safepoint / slowTally.keys, restTally.safepoint / restTally.keys);
            row("share with a deoptimization in it", share(slowTally.withDeopt, slowTally), share(restTally.withDeopt, restTally));
            row("share with a (long) compilation in it", share(slowTally.withCompile, slowTally), share(restTally.withCompile, restTally));
            row("UI thread Java samples", (double) slowTally.samples / slowTally.keys, (double) restTally.samples / restTally.keys);
            row("UI thread native samples", (double) slowTally.nativeSamples / slowTally.keys, (double) restTally.nativeSamples / restTally.keys);
            System.out.println("methods on the UI thread's stack, samples per key (slowest 5% / the rest), by the difference:");
            printMethods(slowTally.methods, slowTally.keys, restTally.methods, restTally.keys, top);
            System.out.println("top frames, samples per key (slowest 5% / the rest), by the difference:");
            printMethods(slowTally.topFrames, slowTally.keys, restTally.topFrames, restTally.keys, top);
            System.out.println("paints, collections and safepoints from 40 ms before the slowest keys and two median ones (ms from the key's start):");
            List<Key> shown = new ArrayList<>(sorted.subList(Math.max(slowFrom, sorted.size() - 4), sorted.size()));
            shown.add(sorted.get(sorted.size() / 2));
            shown.add(sorted.get(sorted.size() / 2 + 1));
            for (Key key : shown) {
                timeline(key, keys, events);
            }
        }
    }

    private static double share(int count, Tally tally) {
        return (double) count / tally.keys;
    }

    private static void row(String label, double slow, double rest) {
        System.out.printf("%-44s %12.2f %12.2f%n", label, slow, rest);
    }

    private static void printMethods(Map<String, Integer> slow, int slowKeys, Map<String, Integer> rest, int restKeys, int top) {
        Set<String> all = new HashSet<>(slow.keySet());
        all.addAll(rest.keySet());
        TreeMap<Double, List<String>> byDifference = new TreeMap<>(Comparator.reverseOrder());
        for (String method : all) {
            double difference = slow.getOrDefault(method, 0) / (double) slowKeys - rest.getOrDefault(method, 0) / (double) restKeys;
            byDifference.computeIfAbsent(difference, d -> new ArrayList<>()).add(method);
        }
        int printed = 0;
        for (Map.Entry<Double, List<String>> entry : byDifference.entrySet()) {
            for (String method : entry.getValue()) {
                if (printed++ >= top) {
                    return;
                }
                System.out.printf("  %6.2f %6.2f  %s%n", slow.getOrDefault(method, 0) / (double) slowKeys,
                        rest.getOrDefault(method, 0) / (double) restKeys, method);
            }
        }
    }

    private static void timeline(Key key, List<Key> keys, List<RecordedEvent> events) {
        System.out.printf("  key of %.1f ms (UI CPU %.1f ms) at %s%n", key.wallMs(), key.cpu() / 1e6, key.start());
        Instant from = key.start().minusMillis(40);
        for (Key other : keys) {
            if (other != key && other.end().isAfter(from) && other.end().isBefore(key.start())) {
                System.out.printf("    %7.1f  end of the previous key (%s)%n", millis(key, other.end()), other.name());
            }
        }
        for (RecordedEvent event : events) {
            if (event.getStartTime().isBefore(from) || event.getStartTime().isAfter(key.end())) {
                continue;
            }
            switch (event.getEventType().getName()) {
                case "org.sayer.bench.PaintStart" -> System.out.printf("    %7.1f  paint %s %s%n", millis(key, event.getStartTime()),
                        event.getString("control"), event.getString("area"));
                case "jdk.GCPhasePause", "jdk.SafepointBegin" -> System.out.printf("    %7.1f  %s of %.2f ms%n", millis(key, event.getStartTime()),
                        event.getEventType().getName(), event.getDuration().toNanos() / 1e6);
                case "jdk.MethodTrace" -> System.out.printf("    %7.1f  %s%n", millis(key, event.getStartTime()), callers(event.getStackTrace()));
                default -> {
                    // samples are tallied, not listed
                }
            }
        }
        System.out.printf("    %7.1f  end of the key%n", key.wallMs());
    }

    /** A traced method (-XX:StartFlightRecording=method-trace=...) and its callers, innermost first. */
    private static String callers(RecordedStackTrace trace) {
        if (trace == null) {
            return "?";
        }
        StringBuilder line = new StringBuilder();
        for (RecordedFrame frame : trace.getFrames().subList(0, Math.min(12, trace.getFrames().size()))) {
            String type = frame.getMethod().getType().getName();
            line.append(line.isEmpty() ? "" : " < ").append(type.substring(type.lastIndexOf('.') + 1)).append('.').append(frame.getMethod().getName());
        }
        return line.toString();
    }

    private static double millis(Key key, Instant at) {
        return Duration.between(key.start(), at).toNanos() / 1e6;
    }

    private static void tally(Tally tally, Key key, List<RecordedEvent> events) {
        tally.keys++;
        tally.wall += key.wallMs();
        tally.cpu += key.cpu() / 1e6;
        tally.allocated += key.allocated();
        boolean gc = false;
        boolean safepoint = false;
        boolean deopt = false;
        boolean compile = false;
        // Events sorted by start; none of those lined up lasts a second.
        int low = 0;
        int high = events.size();
        Instant earliest = key.start().minusSeconds(1);
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (events.get(middle).getStartTime().isBefore(earliest)) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        for (int i = low; i < events.size() && events.get(i).getStartTime().isBefore(key.end()); i++) {
            RecordedEvent event = events.get(i);
            Instant start = event.getStartTime();
            Instant end = event.getEndTime();
            if (!key.overlaps(start, end.equals(start) ? end.plusNanos(1) : end)) {
                continue;
            }
            switch (event.getEventType().getName()) {
                case "jdk.GCPhasePause" -> {
                    gc = true;
                    tally.gcPause += event.getDuration().toNanos() / 1e6;
                }
                case "jdk.SafepointBegin" -> {
                    safepoint = true;
                    tally.safepoint += event.getDuration().toNanos() / 1e6;
                }
                case "jdk.Deoptimization" -> deopt = true;
                case "jdk.Compilation" -> compile = true;
                case "jdk.ExecutionSample", "jdk.NativeMethodSample", "jdk.CPUTimeSample" -> {
                    RecordedThread thread = event.getThread(event.getEventType().getName().equals("jdk.CPUTimeSample") ? "eventThread" : "sampledThread");
                    if (thread != null && thread.getJavaThreadId() == key.thread()) {
                        if (event.getEventType().getName().equals("jdk.NativeMethodSample")) {
                            tally.nativeSamples++;
                        } else {
                            tally.samples++;
                        }
                        stack(tally, event.getStackTrace());
                    }
                }
                default -> {
                    // other events are not lined up with keys
                }
            }
        }
        tally.withGc += gc ? 1 : 0;
        tally.withSafepoint += safepoint ? 1 : 0;
        tally.withDeopt += deopt ? 1 : 0;
        tally.withCompile += compile ? 1 : 0;
    }

    private static void stack(Tally tally, RecordedStackTrace trace) {
        if (trace == null || trace.getFrames().isEmpty()) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (RecordedFrame frame : trace.getFrames()) {
            String method = frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
            if (seen.add(method)) {
                tally.methods.merge(method, 1, Integer::sum);
            }
        }
        RecordedFrame first = trace.getFrames().get(0);
        tally.topFrames.merge(first.getMethod().getType().getName() + "." + first.getMethod().getName(), 1, Integer::sum);
    }
}
