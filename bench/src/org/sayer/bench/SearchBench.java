package org.sayer.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.sayer.io.ProgressListener;
import org.sayer.io.search.SearchException;
import org.sayer.io.search.SearchIndex;
import org.sayer.model.Document;
import org.sayer.model.Speaker;
import org.sayer.model.store.CorpusStore;
import org.sayer.model.store.PrefetchedDocuments;

/**
 * Corpus search: builds a synthetic corpus (IoBench's news documents, 30 annotations each, plus a
 * paragraph of words drawn from a 5,000-word vocabulary with a Zipf-like skew, so that words are
 * rare or common as in news), indexes it the way {@code ./sayer search} and the workbench do
 * ({@link SearchIndex#update}: documents read back from the corpus, not from memory), then times
 * queries of each kind.
 *
 * <pre>bench/run.sh SearchBench [DOCUMENTS (100000)]</pre>
 */
public final class SearchBench {

    private static final String[] QUERIES = {
        "w17",                                   // a common word
        "w4321",                                 // a rare word
        "speaker:Haddad type:direct proposals",  // a speaker, a type and a word of the claim
        "cue:warned",                            // a cue (a sixth of all claims)
        "\"second day of talks\"",               // a phrase in every document
        "speaker:\"Omar Haddad 11\" review:pending", // a speaker's pending claims
    };

    private SearchBench() {
    }

    public static void main(String[] args) throws IOException, SearchException {
        int documents = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path root = Files.createTempDirectory("sayer-searchbench");
        System.out.printf("SearchBench: %d documents in %s, max heap %d MB, %d cores, load average %.1f%n", documents, root,
                BenchSupport.maxHeapMb(), Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        try {
            CorpusStore store = CorpusStore.create(root.resolve("corpus"), "bench");
            generate(store, documents);
            long start = System.nanoTime();
            long cpu = processCpuNanos();
            try (PrefetchedDocuments read = new PrefetchedDocuments(store, List.copyOf(store.corpus().getDocuments()))) {
                for (int d = 0; d < documents; d++) {
                    read.next();
                }
            }
            report("read the corpus back alone (part of indexing)", documents, start, cpu);
            try (SearchIndex index = SearchIndex.of(store.folder())) {
                start = System.nanoTime();
                cpu = processCpuNanos();
                SearchIndex.Update built = index.update(store, ProgressListener.NONE);
                report("index the corpus (read back + Lucene)", built.indexed(), start, cpu);
                BenchSupport.report("index size on disk", folderMb(index.folder()), "MB", null);

                start = System.nanoTime();
                SearchIndex.Update again = index.update(store, ProgressListener.NONE);
                BenchSupport.report("update with nothing changed (" + again.indexed() + " indexed)",
                        (System.nanoTime() - start) / 1e6, "ms", null);

                for (String query : QUERIES) {
                    int[] hits = new int[1];
                    double median = BenchSupport.medianMillis(20, 51, () -> {
                        try {
                            hits[0] = index.search(query, 20).size();
                        } catch (SearchException | IOException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    BenchSupport.report("query " + query + " (" + hits[0] + " of top 20)", median, "ms", "< 50");
                }
            }
        } finally {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private static void generate(CorpusStore store, int documents) throws IOException {
        List<Speaker> registry = IoBench.registry(store);
        Random random = new Random(1);
        long start = System.nanoTime();
        for (int d = 0; d < documents; d++) {
            Document document = IoBench.newsDocument("doc-" + d, registry, random);
            StringBuilder words = new StringBuilder(document.getText());
            for (int w = 0; w < 40; w++) {
                // skewed: low numbers are common words, high ones rare
                words.append(" w").append((int) Math.floor(Math.pow(random.nextDouble(), 3) * 5000));
            }
            document.setText(words.append('\n').toString());
            store.add(document);
            store.saveDeferred(document);
            store.unload(document);
        }
        store.saveIndex();
        BenchSupport.report("generate the corpus: docs/s", documents / ((System.nanoTime() - start) / 1e9), "docs/s", null);
    }

    /** Documents per second of wall time, and per CPU-second of the whole process: the machine may be busy with other work. */
    private static void report(String step, int documents, long startNanos, long startCpuNanos) {
        BenchSupport.report(step + ": docs/s", documents / ((System.nanoTime() - startNanos) / 1e9), "docs/s", ">= 5000");
        BenchSupport.report(step + ": docs per CPU-second", documents / ((processCpuNanos() - startCpuNanos) / 1e9), "docs/s", null);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double folderMb(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.mapToLong(file -> file.toFile().length()).sum() / (1024.0 * 1024.0);
        }
    }
}
