package org.sayer.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.sayer.cli.SayerCli;

/**
 * The memory {@code ./sayer annotate} needs for one large document: a real-looking news text of
 * SIZE MB (the real-news gold texts, concatenated in turn until the size is reached) annotated
 * into a new corpus, and again into gold JSONL, through the command itself.
 *
 * <pre>BENCH_HEAP=300m bench/run.sh MemoryBench [SIZE_MB [corpus|jsonl]]     default: 5 MB, both outputs</pre>
 *
 * While the command runs, a sampler collects the garbage every few seconds and records the heap
 * still in use: the live heap, the memory the run really needs, whatever -Xmx allows it to spread
 * into. Run it under the target heap (BENCH_HEAP=300m) to see that the command also finishes there.
 */
public final class MemoryBench {

    private static final Path REAL_NEWS = Path.of("bundles/org.sayer.pipeline.tests/data/realnews");
    private static final long SAMPLE_MILLIS = 3_000;

    private MemoryBench() {
    }

    public static void main(String[] args) throws Exception {
        double sizeMb = args.length > 0 ? Double.parseDouble(args[0]) : 5;
        Path work = Files.createTempDirectory("sayer-memorybench");
        try {
            Path text = work.resolve("big-news.txt");
            Files.writeString(text, newsText((long) (sizeMb * 1024 * 1024)));
            System.out.printf("MemoryBench: one document of %.1f MB (%s, the real-news texts in turn), -Xmx %d MB%n",
                    Files.size(text) / (1024.0 * 1024.0), REAL_NEWS, BenchSupport.maxHeapMb());
            String only = args.length > 1 ? args[1] : "";
            if (!only.equals("jsonl")) {
                measure("annotate --out CORPUS", "annotate", text.toString(), "--out", work.resolve("corpus").toString());
            }
            if (!only.equals("corpus")) {
                measure("annotate --format jsonl", "annotate", text.toString(), "--format", "jsonl", "--out",
                        work.resolve("predictions.jsonl").toString());
            }
        } finally {
            try (Stream<Path> files = Files.walk(work)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    /** Runs one command while sampling the live heap; prints its peak next to the target. */
    private static void measure(String label, String... command) throws InterruptedException {
        BenchSupport.usedHeapMb(); // start from a collected heap
        LiveHeapSampler sampler = new LiveHeapSampler();
        sampler.start();
        long start = System.nanoTime();
        PrintStream quiet = new PrintStream(java.io.OutputStream.nullOutputStream());
        int status = SayerCli.run(command, quiet, System.err);
        double seconds = (System.nanoTime() - start) / 1e9;
        sampler.interrupt();
        sampler.join();
        if (status != 0) {
            System.out.println(label + ": FAILED with exit status " + status + " (see the message above)");
            return;
        }
        BenchSupport.report(label + ": live heap, peak", sampler.peakMb, "MB", "< 300 MB");
        BenchSupport.report(label + ": time", seconds, "s", null);
    }

    /** A text of about {@code bytes} bytes of UTF-8: the real-news texts, one paragraph block after another. */
    private static String newsText(long bytes) throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(REAL_NEWS)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("realnews-")).sorted().toList()) {
                for (String line : Files.readAllLines(file)) {
                    if (!line.isBlank()) {
                        texts.add(com.google.gson.JsonParser.parseString(line).getAsJsonObject().get("text").getAsString());
                    }
                }
            }
        }
        StringBuilder text = new StringBuilder();
        long size = 0;
        for (int i = 0; size < bytes; i++) {
            String next = texts.get(i % texts.size()) + "\n\n";
            text.append(next);
            size += next.getBytes(StandardCharsets.UTF_8).length;
        }
        return text.toString();
    }

    /** Collects the garbage every few seconds and keeps the largest heap still in use afterwards. */
    private static final class LiveHeapSampler extends Thread {
        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        volatile double peakMb;

        LiveHeapSampler() {
            super("live-heap-sampler");
            setDaemon(true);
        }

        @Override
        public void run() {
            while (!isInterrupted()) {
                memory.gc();
                peakMb = Math.max(peakMb, memory.getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0));
                try {
                    Thread.sleep(SAMPLE_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }
}
