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
 * rare or common as in news), indexes it the way {@code ./sayer import} does (each document as it
 * is saved, from memory: {@link SearchIndex#feed}) and the way a missing index is rebuilt
 * ({@link SearchIndex#update}: every document read back from the corpus), then times queries of
 * each kind.
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
            try (SearchIndex index = SearchIndex.of(store.folder())) {
                // As ./sayer import does: each document indexed as saved, from memory. The same documents
                // are made again (same seed), so their checksums are those the corpus recorded.
                long start = System.nanoTime();
                long cpu = BenchSupport.processCpuNanos();
                SearchIndex.Update fed;
                try (SearchIndex.Feed feed = index.feed(store)) {
                    forEachDocument(store, documents, document -> feed.add(document, store.entryFor(document.getId())));
                    fed = feed.finish(ProgressListener.NONE);
                } // closing waits for the merges still running
                report("index from memory, as an import does (Lucene, commit and merges; " + fed.indexed() + " indexed)",
                        documents, start, cpu);
                BenchSupport.report("index size on disk", folderMb(index.folder()), "MB", null);

                start = System.nanoTime();
                SearchIndex.Update again = index.update(store, ProgressListener.NONE);
                BenchSupport.report("update with nothing changed (" + again.indexed() + " indexed: the fed checksums hold)",
                        (System.nanoTime() - start) / 1e6, "ms", null);
            }
            long start = System.nanoTime();
            long cpu = BenchSupport.processCpuNanos();
            try (PrefetchedDocuments read = new PrefetchedDocuments(store, List.copyOf(store.corpus().getDocuments()))) {
                read.forEach((entry, document) -> {
                }, (entry, damaged) -> {
                    throw damaged;
                });
            }
            report("read the corpus back alone (part of indexing from disk)", documents, start, cpu);
            delete(store.folder().resolve(SearchIndex.FOLDER));
            try (SearchIndex index = SearchIndex.of(store.folder())) {
                start = System.nanoTime();
                cpu = BenchSupport.processCpuNanos();
                SearchIndex.Update built = index.update(store, ProgressListener.NONE);
                report("index from disk, as a missing index is (read back + Lucene)", built.indexed(), start, cpu);

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
            delete(root);
        }
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    private static void generate(CorpusStore store, int documents) throws IOException {
        long start = System.nanoTime();
        forEachDocument(store, documents, document -> {
            store.add(document);
            store.saveDeferred(document);
            store.unload(document);
        });
        store.saveIndex();
        BenchSupport.report("generate the corpus: docs/s", documents / ((System.nanoTime() - start) / 1e9), "docs/s", null);
    }

    private interface DocumentStep {
        void accept(Document document) throws IOException;
    }

    /** The bench documents, the same on every call: the registry is made (once) in {@code store}. */
    private static void forEachDocument(CorpusStore store, int documents, DocumentStep step) throws IOException {
        List<Speaker> registry = store.corpus().getSpeakers().isEmpty() ? IoBench.registry(store) : store.corpus().getSpeakers();
        Random random = new Random(1);
        for (int d = 0; d < documents; d++) {
            Document document = IoBench.newsDocument("doc-" + d, registry, random);
            StringBuilder words = new StringBuilder(document.getText());
            for (int w = 0; w < 40; w++) {
                // skewed: low numbers are common words, high ones rare
                words.append(" w").append((int) Math.floor(Math.pow(random.nextDouble(), 3) * 5000));
            }
            document.setText(words.append('\n').toString());
            step.accept(document);
        }
    }

    /** Documents per second of wall time, and per CPU-second of the whole process: the machine may be busy with other work. */
    private static void report(String step, int documents, long startNanos, long startCpuNanos) {
        BenchSupport.report(step + ": docs/s", documents / ((System.nanoTime() - startNanos) / 1e9), "docs/s", ">= 5000");
        BenchSupport.report(step + ": docs per CPU-second", documents / ((BenchSupport.processCpuNanos() - startCpuNanos) / 1e9), "docs/s", null);
    }

    private static double folderMb(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.mapToLong(file -> file.toFile().length()).sum() / (1024.0 * 1024.0);
        }
    }
}
