package org.sayer.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.sayer.io.ProgressListener;
import org.sayer.io.export.ExportFormat;
import org.sayer.io.export.ExportOptions;
import org.sayer.io.export.Exporters;
import org.sayer.io.gold.GoldJsonlReader;
import org.sayer.io.importer.ImportReport;
import org.sayer.io.importer.Importers;
import org.sayer.model.Annotation;
import org.sayer.model.Claim;
import org.sayer.model.ClaimType;
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
import org.sayer.model.WorkflowState;
import org.sayer.model.store.CorpusStore;

/**
 * Streaming import/export speed and memory: builds a synthetic corpus of news-length documents
 * with speakers, cues and claims, exports it as gold JSONL and CoNLL, imports the JSONL back, and
 * prints documents per second and peak heap for each step.
 *
 * <pre>bench/run.sh IoBench [DOCUMENTS (100000)] [FOLDER (a temp folder, deleted at the end)]</pre>
 *
 * The environment variable IOBENCH_FORMATS names the formats exported, from the whole corpus and by
 * the writer alone (default {@code jsonl,conll}; e.g. {@code IOBENCH_FORMATS=jsonl,conll,citron,spacy}).
 */
public final class IoBench {

    private static final String[] NAMES = { "Anna Berg", "Omar Haddad", "Li Wei", "Maria Costa", "John Smith", "Eva Novak",
            "Kofi Mensah", "Sara Cohen", "Ivan Petrov", "Lena Fischer" };
    private static final String[] VERBS = { "said", "told reporters", "added", "warned", "stressed", "announced" };

    private IoBench() {
    }

    public static void main(String[] args) throws IOException {
        int documents = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path root = args.length > 1 ? Files.createDirectories(Path.of(args[1])) : Files.createTempDirectory("sayer-iobench");
        System.out.printf("IoBench: %d documents in %s, max heap %d MB, %d cores, load average %.1f%n", documents, root,
                BenchSupport.maxHeapMb(), Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        try {
            generateAndExport(root, documents);
            importBack(root, documents);
        } finally {
            if (args.length < 2) {
                delete(root);
            }
        }
    }

    /** The corpus and its exports; the store is dropped on return, as it would be between two commands. */
    private static void generateAndExport(Path root, int documents) throws IOException {
        CorpusStore store = CorpusStore.create(root.resolve("corpus"), "bench");
        resetPeaks();
        BenchSupport.Clock start = BenchSupport.Clock.start();
        generate(store, documents);
        report("generate corpus (CorpusStore add+save+unload)", documents, start);

        resetPeaks();
        start = BenchSupport.Clock.start();
        for (DocumentEntry entry : List.copyOf(store.corpus().getDocuments())) {
            store.unload(store.load(entry));
        }
        report("CorpusStore load+unload alone (part of every export)", documents, start);

        List<ExportFormat> formats = new ArrayList<>();
        for (String name : System.getenv().getOrDefault("IOBENCH_FORMATS", "jsonl,conll").split(",")) {
            formats.add(ExportFormat.parse(name.strip()));
        }
        if (!formats.contains(ExportFormat.JSONL)) {
            formats.add(0, ExportFormat.JSONL); // the import step reads it back
        }
        for (ExportFormat format : formats) {
            resetPeaks();
            start = BenchSupport.Clock.start();
            try {
                Exporters.export(store, format, root.resolve("export-" + format.id()), ExportOptions.DEFAULT, ProgressListener.NONE);
                report("export " + format.id(), documents, start);
            } catch (IOException e) {
                System.out.println("export " + format.id() + ": not measured: " + e.getMessage());
            }
        }

        writersAlone(root, Math.min(documents, 5_000), formats);
    }

    private static void importBack(Path root, int documents) throws IOException {
        Path jsonl = root.resolve("export-jsonl");
        if (!Files.isDirectory(jsonl)) {
            return;
        }
        resetPeaks();
        BenchSupport.Clock start = BenchSupport.Clock.start();
        int parsed = 0;
        try (GoldJsonlReader reader = GoldJsonlReader.open(jsonl.resolve("documents.jsonl"), null)) {
            while (reader.next() != null) {
                parsed++;
            }
        }
        report("gold JSONL parse alone, no CorpusStore (" + parsed + " documents)", documents, start);

        CorpusStore back = CorpusStore.create(root.resolve("reimported"), "back");
        resetPeaks();
        start = BenchSupport.Clock.start();
        ImportReport result = Importers.importInto(back, List.of(jsonl), ProgressListener.NONE);
        report("import jsonl back (" + result.documents() + " documents, " + result.problems().size() + " problems)", documents, start);
    }

    /**
     * The format writers without CorpusStore: documents stay in memory (added, never saved), so the
     * export does not load them, and what is timed is the io code alone.
     */
    private static void writersAlone(Path root, int documents, List<ExportFormat> formats) throws IOException {
        CorpusStore memory = CorpusStore.create(root.resolve("in-memory"), "memory");
        List<Speaker> registry = registry(memory);
        Random random = new Random(2);
        for (int d = 0; d < documents; d++) {
            memory.add(newsDocument("mem-" + d, registry, random));
        }
        for (ExportFormat format : formats) {
            for (int round = 0; round < 2; round++) {
                resetPeaks();
                BenchSupport.Clock start = BenchSupport.Clock.start();
                Exporters.export(memory, format, root.resolve("memory-" + format.id()), ExportOptions.DEFAULT, ProgressListener.NONE);
                if (round == 1) {
                    report("export " + format.id() + ", writer alone (" + documents + " documents in memory, 2nd run)", documents, start);
                }
            }
        }
    }

    /** 200 registry speakers, "Anna Berg 0" to "Lena Fischer 199". */
    static List<Speaker> registry(CorpusStore store) {
        List<Speaker> registry = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            Speaker speaker = SayerFactory.eINSTANCE.createSpeaker();
            speaker.setId("s" + i);
            speaker.setName(NAMES[i % NAMES.length] + " " + i);
            speaker.setType(SpeakerType.PERSON);
            store.corpus().getSpeakers().add(speaker);
            registry.add(speaker);
        }
        return registry;
    }

    private static void generate(CorpusStore store, int documents) throws IOException {
        List<Speaker> registry = registry(store);
        Random random = new Random(1);
        for (int d = 0; d < documents; d++) {
            Document document = newsDocument("doc-" + d, registry, random);
            store.add(document);
            store.saveDeferred(document);
            store.unload(document);
        }
        store.saveIndex();
    }

    /** About 2,500 characters in ten paragraphs, with 30 annotations: a mention, a cue and a claim per paragraph. */
    static Document newsDocument(String id, List<Speaker> registry, Random random) {
        SayerFactory factory = SayerFactory.eINSTANCE;
        Document document = factory.createDocument();
        document.setId(id);
        document.setTitle("Talks resume after weeks of pressure " + id);
        document.setState(WorkflowState.IN_PROGRESS);
        StringBuilder text = new StringBuilder(document.getTitle()).append('\n');
        List<Annotation> annotations = new ArrayList<>();
        int n = 0;
        for (int p = 0; p < 10; p++) {
            Speaker speaker = registry.get(random.nextInt(registry.size()));
            if (!document.getSpeakers().contains(speaker)) {
                document.getSpeakers().add(speaker);
            }
            text.append('"');
            int contentBegin = text.length();
            text.append("We will continue to work with our partners on the proposals, and we expect answers soon on point ").append(p);
            int contentEnd = text.length();
            text.append(",\" ");
            int mentionBegin = text.length();
            text.append(speaker.getName());
            int mentionEnd = text.length();
            text.append(' ');
            int cueBegin = text.length();
            text.append(VERBS[random.nextInt(VERBS.length)]);
            int cueEnd = text.length();
            text.append(" on Tuesday in the capital, where officials met for a second day of talks on trade and security.\n");
            SpeakerMention mention = factory.createSpeakerMention();
            span(mention, "m" + n, mentionBegin, mentionEnd);
            mention.setSpeaker(speaker);
            mention.setKind(MentionKind.NAME);
            Cue cue = factory.createCue();
            span(cue, "c" + n, cueBegin, cueEnd);
            Claim claim = factory.createClaim();
            span(claim, "a" + n, contentBegin, contentEnd);
            claim.setType(ClaimType.DIRECT);
            claim.setSource(mention);
            claim.setCue(cue);
            int review = random.nextInt(20);
            if (review < 4) {
                claim.setOrigin(Origin.AUTOMATIC);
                claim.setReview(ReviewState.PENDING);
                claim.setConfidence(0.6);
            } else if (review == 4) {
                claim.setReview(ReviewState.REJECTED);
            }
            annotations.add(mention);
            annotations.add(cue);
            annotations.add(claim);
            n++;
        }
        document.setText(text.toString());
        document.getAnnotations().addAll(annotations);
        return document;
    }

    private static void span(Annotation annotation, String id, int begin, int end) {
        annotation.setId(id);
        annotation.setBegin(begin);
        annotation.setEnd(end);
        annotation.setOrigin(Origin.MANUAL);
        annotation.setReview(ReviewState.ACCEPTED);
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static void report(String step, int documents, BenchSupport.Clock start) {
        BenchSupport.report(step + ": documents/s", documents / start.wallSeconds(), "docs/s", ">= 5000");
        // CPU of every thread of the process: on a machine busy with other work, wall time measures the others too.
        BenchSupport.report(step + ": documents per CPU-second", documents / start.cpuSeconds(), "docs/s", null);
        BenchSupport.report(step + ": peak heap", BenchSupport.peakHeapMb(), "MB", "< -Xmx " + BenchSupport.maxHeapMb() + " MB");
        // Peak use follows the collector's sizing; what stays after a full collection shows whether memory is flat.
        BenchSupport.report(step + ": heap retained after GC", BenchSupport.usedHeapMb(), "MB", "flat in corpus size");
    }

    private static void delete(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
