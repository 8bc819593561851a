package org.sayer.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.sayer.model.Annotation;
import org.sayer.model.Claim;
import org.sayer.model.ClaimType;
import org.sayer.model.Corpus;
import org.sayer.model.Cue;
import org.sayer.model.Document;
import org.sayer.model.DocumentEntry;
import org.sayer.model.MentionKind;
import org.sayer.model.Origin;
import org.sayer.model.ReviewState;
import org.sayer.model.SayerFactory;
import org.sayer.model.Speaker;
import org.sayer.model.SpeakerMention;
import org.sayer.model.SpeakerType;
import org.sayer.model.query.AnnotationIndex;
import org.sayer.model.store.CorpusStore;

/**
 * Persistence and query speed of the model: save and load of a 1 MB document with 20,000
 * annotations, the overlap query on it, and opening a corpus index of 100,000 documents.
 *
 * <p>Run: {@code bench/run.sh ModelBench} (512 MB heap by default).
 */
public final class ModelBench {

    private static final int TEXT_CHARS = 1_000_000;
    private static final int ANNOTATIONS = 20_000;
    private static final int INDEX_DOCUMENTS = 100_000;
    private static final int SPEAKERS = 500;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ModelBench() {
    }

    public static void main(String[] args) throws IOException {
        Path work = Files.createTempDirectory("sayer-model-bench");
        try {
            System.out.printf("ModelBench: Java %s, max heap %d MB%n", Runtime.version(), BenchSupport.maxHeapMb());
            documentFigures(work.resolve("big"));
            indexFigures(work.resolve("index"));
        } finally {
            deleteTree(work);
        }
    }

    private static void documentFigures(Path folder) throws IOException {
        CorpusStore store = CorpusStore.create(folder, "bench");
        Document document = bigDocument(store.corpus(), new Random(7));
        store.add(document);
        store.saveAll();
        Path file = store.fileOf(store.corpus().getDocuments().get(0));
        System.out.printf("document: %,d chars, %,d annotations, file %.2f MB%n", document.getText().length(),
                document.getAnnotations().size(), Files.size(file) / 1e6);

        reportTimed("save 1 MB document, 20k annotations, fsync", 3, 9, () -> {
            try {
                store.save(document);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, "< 300 ms");

        reportTimed("load 1 MB document, 20k annotations", 3, 9, () -> loadOnce(folder), "< 300 ms");
        BenchSupport.report("  of which: resolve speakers in corpus.xmi", BenchSupport.medianMillis(3, 9, () -> {
            Document loaded = loadOnce(folder);
            long start = System.nanoTime();
            EcoreUtil.resolveAll(loaded);
            return System.nanoTime() - start;
        }), "ms", null);

        Document loaded = loadOnce(folder);
        BenchSupport.report("build overlap index (first query after a change)", BenchSupport.medianMillis(3, 9, () -> {
            loaded.getAnnotations().get(0).setEnd(loaded.getAnnotations().get(0).getEnd() + 1);
            long start = System.nanoTime();
            AnnotationIndex.of(loaded).overlapping(0, 1);
            return System.nanoTime() - start;
        }), "ms", null);

        AnnotationIndex index = AnnotationIndex.of(loaded);
        Random random = new Random(11);
        int queries = 10_000;
        int[] starts = random.ints(queries, 0, TEXT_CHARS - 2_000).toArray();
        long[] found = new long[1];
        double batch = BenchSupport.medianMillis(3, 9, () -> {
            for (int start : starts) {
                found[0] += index.overlapping(start, start + 2_000).size(); // a screenful of text
            }
        });
        BenchSupport.report("overlap query, 2,000-char window (mean)", batch * 1000 / queries, "\u00b5s", "< 1000 \u00b5s = 1 ms");
        double caret = BenchSupport.medianMillis(3, 9, () -> {
            for (int start : starts) {
                found[0] += index.at(start).size(); // what lies under the caret
            }
        });
        BenchSupport.report("overlap query, one offset (mean)", caret * 1000 / queries, "\u00b5s", "< 1000 \u00b5s = 1 ms");
        System.out.printf("  (%,d queries per run)%n", queries);
    }

    /**
     * Reports the median wall time of {@code work} and, next to it, the median CPU time of this
     * thread: on a shared machine the wall time also counts time spent waiting for a core.
     */
    private static void reportTimed(String name, int warmups, int runs, Runnable work, String target) {
        long[] cpu = new long[runs];
        int[] run = { -warmups };
        double wall = BenchSupport.medianMillis(0, warmups + runs, () -> {
            long start = THREADS.getCurrentThreadCpuTime();
            work.run();
            if (run[0] >= 0) {
                cpu[run[0]] = THREADS.getCurrentThreadCpuTime() - start;
            }
            run[0]++;
        });
        java.util.Arrays.sort(cpu);
        BenchSupport.report(name + " (wall)", wall, "ms", target);
        BenchSupport.report(name + " (cpu)", cpu[runs / 2] / 1e6, "ms", null);
    }

    private static Document loadOnce(Path folder) {
        try {
            CorpusStore store = CorpusStore.open(folder);
            return store.load(store.corpus().getDocuments().get(0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void indexFigures(Path folder) throws IOException {
        CorpusStore store = CorpusStore.create(folder, "index bench");
        registry(store.corpus());
        for (int i = 0; i < INDEX_DOCUMENTS; i++) {
            DocumentEntry entry = SayerFactory.eINSTANCE.createDocumentEntry();
            entry.setId("doc-" + i);
            entry.setTitle("A headline of about the usual length, number " + i);
            entry.setClaimCount(i % 40);
            entry.setPendingCount(i % 7);
            // The documents themselves are never read here; a proxy writes the same href as a real one.
            Document proxy = SayerFactory.eINSTANCE.createDocument();
            ((InternalEObject) proxy).eSetProxyURI(URI.createFileURI(store.fileOf(entry).toString()).appendFragment(entry.getId()));
            entry.setDocument(proxy);
            store.corpus().getDocuments().add(entry);
        }
        store.saveIndex();
        System.out.printf("index: %,d documents, corpus.xmi %.1f MB%n", INDEX_DOCUMENTS, Files.size(folder.resolve(CorpusStore.INDEX_FILE)) / 1e6);
        store = null;

        double before = BenchSupport.usedHeapMb();
        CorpusStore[] opened = new CorpusStore[1];
        reportTimed("open corpus index of 100,000 documents", 1, 5, () -> {
            opened[0] = null;
            try {
                opened[0] = CorpusStore.open(folder);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, "< 2000 ms in -Xmx" + BenchSupport.maxHeapMb() + "m");
        double after = BenchSupport.usedHeapMb();
        BenchSupport.report("heap held by the open index", after - before, "MB", null);
        System.out.printf("  (%,d entries open, %d resource loaded)%n", opened[0].corpus().getDocuments().size(),
                opened[0].resourceSet().getResources().size());
    }

    private static List<Speaker> registry(Corpus corpus) {
        for (int i = 0; i < SPEAKERS; i++) {
            Speaker speaker = SayerFactory.eINSTANCE.createSpeaker();
            speaker.setId("speaker-" + i);
            speaker.setName("Speaker Number" + i);
            speaker.getAliases().add("Number" + i);
            speaker.setType(SpeakerType.PERSON);
            corpus.getSpeakers().add(speaker);
        }
        return corpus.getSpeakers();
    }

    /** 1 MB of text with 5,000 attributions of four annotations each (mention, cue, claim, nested claim). */
    private static Document bigDocument(Corpus corpus, Random random) {
        List<Speaker> speakers = registry(corpus);
        StringBuilder text = new StringBuilder(TEXT_CHARS);
        String[] words = { "the", "minister", "said", "talks", "would", "continue", "on", "Friday", "despite", "tensions", "and", "\u201cquoted\u201d" };
        while (text.length() < TEXT_CHARS) {
            text.append(words[random.nextInt(words.length)]).append(random.nextInt(30) == 0 ? ".\n" : " ");
        }
        text.setLength(TEXT_CHARS);
        Document document = SayerFactory.eINSTANCE.createDocument();
        document.setId("big");
        document.setTitle("A big document");
        document.setText(text.toString());
        int groups = ANNOTATIONS / 4;
        int stride = TEXT_CHARS / groups;
        for (int g = 0; g < groups; g++) {
            int at = g * stride;
            SpeakerMention mention = SayerFactory.eINSTANCE.createSpeakerMention();
            span(mention, "m" + g, at, at + 12);
            mention.setSpeaker(speakers.get(random.nextInt(speakers.size())));
            mention.setKind(MentionKind.NAME);
            Cue cue = SayerFactory.eINSTANCE.createCue();
            span(cue, "c" + g, at + 13, at + 17);
            Claim claim = SayerFactory.eINSTANCE.createClaim();
            span(claim, "a" + g, at + 18, at + stride - 2);
            claim.setType(ClaimType.INDIRECT);
            claim.setSource(mention);
            claim.setCue(cue);
            Claim nested = SayerFactory.eINSTANCE.createClaim();
            span(nested, "n" + g, at + 30, at + 90);
            nested.setType(ClaimType.DIRECT);
            nested.setParent(claim);
            nested.setSource(mention);
            document.getAnnotations().addAll(List.of(mention, cue, claim, nested));
        }
        return document;
    }

    private static void span(Annotation annotation, String id, int begin, int end) {
        annotation.setId(id);
        annotation.setBegin(begin);
        annotation.setEnd(end);
        annotation.setOrigin(Origin.AUTOMATIC);
        annotation.setReview(ReviewState.PENDING);
        annotation.setConfidence(0.8);
        annotation.setProducer("bench/1.0");
        annotation.setTimestamp(1_700_000_000_000L);
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
