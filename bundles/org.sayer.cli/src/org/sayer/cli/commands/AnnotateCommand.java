package org.sayer.cli.commands;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.apache.uima.UIMAException;
import org.apache.uima.resource.ResourceInitializationException;
import org.sayer.cli.Arguments;
import org.sayer.cli.Command;
import org.sayer.cli.SayerCli;
import org.sayer.cli.UsageException;
import org.sayer.io.gold.GoldJsonlReader;
import org.sayer.io.gold.GoldJsonlWriter;
import org.sayer.io.importer.FolderImporter;
import org.sayer.io.importer.HeapBudget;
import org.sayer.io.importer.HtmlImporter;
import org.sayer.io.importer.ImportException;
import org.sayer.io.importer.LimitExceededException;
import org.sayer.io.importer.StorableText;
import org.sayer.io.importer.TextImporter;
import org.sayer.io.importer.Utf8;
import org.sayer.model.Annotation;
import org.sayer.model.Corpus;
import org.sayer.model.Document;
import org.sayer.model.DocumentEntry;
import org.sayer.model.SayerFactory;
import org.sayer.model.Speaker;
import org.sayer.model.SpeakerMention;
import org.sayer.model.speakers.UnresolvedSpeakers;
import org.sayer.model.store.AtomicFiles;
import org.sayer.model.store.CorpusStore;
import org.sayer.pipeline.Annotator;
import org.sayer.pipeline.scoring.AttributionModel;

/**
 * {@code ./sayer annotate}: pre-annotates plain texts, folders of them and JSONL documents with
 * the pipeline, on every core, and writes a corpus folder or predictions as gold JSONL. A bad
 * input is reported and skipped; the rest is still annotated and written.
 */
public final class AnnotateCommand implements Command {

    /** Documents in flight per worker: enough to keep every core busy, few enough to keep memory flat. */
    private static final int WINDOW_PER_WORKER = 4;

    @Override
    public String name() {
        return "annotate";
    }

    @Override
    public String usage() {
        return "annotate INPUT... --out PATH [--format corpus|jsonl] [--model MODEL | --all-candidates]";
    }

    @Override
    public String summary() {
        return "pre-annotate texts with the pipeline (INPUT: .txt files, folders of them, JSONL)";
    }

    @Override
    public List<String> flags() {
        return List.of("all-candidates");
    }

    @Override
    public int run(Arguments args, PrintStream out, PrintStream err) throws Exception {
        for (String option : args.optionNames()) {
            if (!List.of("out", "format", "model", "all-candidates").contains(option)) {
                throw new UsageException("unknown option --" + option);
            }
        }
        if (args.positional().isEmpty()) {
            throw new UsageException("give at least one INPUT (a .txt file, a folder of them, or a .jsonl file)");
        }
        Path target = Path.of(args.required("out"));
        String format = args.value("format", target.toString().endsWith(".jsonl") ? "jsonl" : "corpus");
        if (!format.equals("corpus") && !format.equals("jsonl")) {
            throw new UsageException("--format must be corpus or jsonl, not " + format);
        }
        boolean existingCorpus = format.equals("corpus") && Files.isRegularFile(target.resolve(CorpusStore.INDEX_FILE));
        if (Files.exists(target) && !(Files.isDirectory(target) && isEmpty(target)) && format.equals("corpus") && !existingCorpus) {
            err.println("sayer annotate: " + target + ": already exists and is not a Sayer corpus; give a new folder or a corpus");
            return SayerCli.FAILED;
        }
        Path model = args.has("model") ? Path.of(args.required("model")) : null;
        if (model != null && args.has("all-candidates")) {
            throw new UsageException("--all-candidates keeps every candidate unscored: it takes no --model");
        }
        if (model != null) {
            try {
                AttributionModel.read(model); // a wrong file is said now, not by every worker
            } catch (IOException e) {
                err.println("sayer annotate: " + (Files.exists(model) ? e.getMessage() : model + ": no such model file"));
                return SayerCli.FAILED;
            }
        }
        List<Input> inputs = new ArrayList<>();
        Batch batch = new Batch(err, model, args.has("all-candidates"));
        for (String word : args.positional()) {
            collect(Path.of(word), inputs, batch);
        }
        int total = inputs.stream().mapToInt(Input::documents).sum();
        if (format.equals("jsonl")) {
            // Written atomically: the predictions file appears complete or not at all.
            AtomicFiles.write(target, stream -> {
                GoldJsonlWriter writer = new GoldJsonlWriter(stream, GoldJsonlWriter.ALL_REVIEWS);
                batch.run(inputs, total, writer::write, SayerFactory.eINSTANCE.createCorpus());
                writer.flush();
            });
        } else if (existingCorpus) {
            addToCorpus(target, inputs, total, batch, model, args, err);
            Options.updateSearchIndex(target, "annotate", err);
        } else {
            writeCorpus(target, inputs, total, batch);
            Options.updateSearchIndex(target, "annotate", err);
        }
        batch.summarize(target);
        return batch.failed() > 0 ? SayerCli.FAILED : SayerCli.OK;
    }

    /**
     * Adds the inputs to an existing corpus under its writer's lock. A new id becomes a new document;
     * a document the corpus has already, with the same text, is pre-annotated again in place, where
     * its MANUAL and reviewed annotations stay as they are and only earlier suggestions are replaced.
     * The index is written once at the end, so a crash leaves the corpus as it was.
     */
    private static void addToCorpus(Path target, List<Input> inputs, int total, Batch batch, Path model, Arguments args,
            PrintStream err) throws IOException, UsageException {
        try (CorpusStore store = Options.openForWriting(target, null, "annotate", args, err)) {
            Annotator[] again = new Annotator[1]; // for documents the corpus has: made when first needed, on this thread
            try {
                batch.run(inputs, total, document -> {
                    DocumentEntry entry = store.entryFor(document.getId());
                    if (entry == null) {
                        store.add(document);
                        store.save(document);
                        store.unload(document);
                        return;
                    }
                    Document stored = store.load(entry);
                    if (!java.util.Objects.equals(stored.getText(), document.getText())) {
                        batch.fail(document.getId() + ": the corpus has a document with this id and another text");
                        store.unload(stored);
                        return;
                    }
                    try {
                        if (again[0] == null) {
                            again[0] = batch.allCandidates ? Annotator.candidatesOnly() : Annotator.create(model);
                        }
                        again[0].annotate(stored, store.corpus());
                    } catch (UIMAException e) {
                        throw new IOException(document.getId() + ": could not be pre-annotated: " + e.getMessage(), e);
                    }
                    store.save(stored);
                    store.unload(stored);
                }, store.corpus());
            } finally {
                if (again[0] != null) {
                    again[0].close();
                }
            }
            store.saveIndex();
        }
    }

    /** Builds the corpus in a hidden sibling folder and renames it into place, so a crash leaves no half corpus. */
    private static void writeCorpus(Path target, List<Input> inputs, int total, Batch batch) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path temp = absolute.resolveSibling("." + absolute.getFileName() + ".annotating-" + ProcessHandle.current().pid());
        deleteTree(temp);
        try {
            try (CorpusStore store = CorpusStore.create(temp, absolute.getFileName().toString())) {
                batch.run(inputs, total, document -> {
                    store.add(document);
                    store.save(document);
                    store.unload(document);
                }, store.corpus());
                store.saveIndex();
            }
            if (Files.isDirectory(absolute)) {
                Files.delete(absolute); // empty, checked before the run
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute);
            }
        } finally {
            deleteTree(temp);
        }
    }

    // ------------------------------------------------------------------------------------------
    // inputs

    /** One input file: a text (one document) or JSONL (one document per line). */
    private record Input(Path file, boolean jsonl, int documents) {
    }

    /** UIMA wraps an engine's failure in messages of its own; the innermost one says what went wrong. */
    private static String deepestMessage(Throwable error) {
        String message = error.getMessage();
        for (Throwable t = error; t != null; t = t.getCause()) {
            message = t.getMessage() != null ? t.getMessage() : message;
        }
        return message;
    }

    /**
     * Adds the inputs at {@code path}, before any work starts: a document larger than this heap
     * can annotate is refused by name now (a JSONL file with one such line, whole), not by running
     * out of memory later.
     */
    private static void collect(Path path, List<Input> inputs, Batch batch) throws IOException {
        try {
            if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.walk(path)) {
                    for (Path file : files.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(".txt"))
                            .sorted(Comparator.comparing(Path::toString)).toList()) {
                        collectText(file, inputs, batch);
                    }
                }
            } else if (Files.isRegularFile(path) && path.getFileName().toString().endsWith(".jsonl")) {
                inputs.add(new Input(path, true, countLines(path)));
            } else if (Files.isRegularFile(path)) {
                collectText(path, inputs, batch);
            } else {
                batch.fail(path + ": no such file or folder");
            }
        } catch (LimitExceededException e) {
            batch.fail(e.getMessage());
        }
    }

    private static void collectText(Path file, List<Input> inputs, Batch batch) throws IOException {
        try {
            HeapBudget.ANNOTATE.check(file.toString(), Files.size(file));
            inputs.add(new Input(file, false, 1));
        } catch (LimitExceededException e) {
            batch.fail(e.getMessage());
        }
    }

    /** Lines with content, for the progress total (cheap next to annotating them); each is a document the heap must take. */
    private static int countLines(Path file) throws IOException {
        int lines = 0;
        boolean content = false;
        int lineNumber = 1;
        long lineBytes = 0;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0;) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines += content ? 1 : 0;
                        HeapBudget.ANNOTATE.check(file + ":" + lineNumber++, lineBytes);
                        content = false;
                        lineBytes = 0;
                    } else {
                        content |= buffer[i] > ' ';
                        lineBytes++;
                    }
                }
            }
        }
        HeapBudget.ANNOTATE.check(file + ":" + lineNumber, lineBytes);
        return lines + (content ? 1 : 0);
    }

    /** A text (or HTML) file as a document; empty files, binary data and invalid UTF-8 are refused by name. */
    private static Document readText(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8192);
        }
        String encoding = Utf8.otherEncoding(head, 0, head.length);
        if (encoding != null) {
            throw new ImportException(file.toString(), encoding); // the words import uses too
        }
        for (byte b : head) {
            if (b == 0) {
                throw new ImportException(file.toString(), "binary data, not a text file");
            }
        }
        String text = FolderImporter.readUtf8(file);
        if (text.isBlank()) {
            throw new ImportException(file.toString(), "empty file");
        }
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String id = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
        Document document = extension.equals("html") || extension.equals("htm") ? HtmlImporter.fromHtml(id, text)
                : TextImporter.fromText(id, text);
        StorableText.check(document, file.toString());
        return document;
    }

    // ------------------------------------------------------------------------------------------
    // the run

    /** Where annotated documents go, one at a time and in input order. */
    @FunctionalInterface
    private interface Sink {
        void accept(Document document) throws IOException;
    }

    /** One document's outcome: annotated, with the speakers the pipeline found, or a message why not. */
    private record Outcome(Document document, Corpus found, String error) {
    }

    /** The run over all inputs: parallel annotation, ordered output, progress and failures. */
    private static final class Batch {
        private final PrintStream err;
        private final long started = System.nanoTime();
        private final Set<String> ids = new HashSet<>();
        private int done;
        private int failed;
        private long lastProgress = started;
        /** The attribution model file, or null for the standard one. */
        private final Path model;
        /** Every candidate of the rules, unscored (for error analysis): no model at all. */
        private final boolean allCandidates;

        Batch(PrintStream err, Path model, boolean allCandidates) {
            this.err = err;
            this.model = model;
            this.allCandidates = allCandidates;
        }

        int failed() {
            return failed;
        }

        void fail(String message) {
            failed++;
            err.println("sayer annotate: " + message + "; skipped");
        }

        void run(List<Input> inputs, int total, Sink sink, Corpus registry) throws IOException {
            SpeakerAdoption adoption = new SpeakerAdoption(registry);
            int workers = Runtime.getRuntime().availableProcessors();
            ConcurrentLinkedQueue<Annotator> annotators = new ConcurrentLinkedQueue<>();
            ThreadLocal<Annotator> annotator = ThreadLocal.withInitial(() -> {
                try {
                    Annotator created = allCandidates ? Annotator.candidatesOnly() : Annotator.create(model);
                    annotators.add(created);
                    return created;
                } catch (ResourceInitializationException e) {
                    throw new IllegalStateException("the pipeline could not start: " + deepestMessage(e), e);
                }
            });
            AtomicInteger thread = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(workers, task -> {
                Thread t = new Thread(task, "sayer-annotate-" + thread.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
            Deque<Future<Outcome>> window = new ArrayDeque<>();
            try {
                for (Input input : inputs) {
                    if (!input.jsonl()) {
                        window.add(pool.submit(() -> annotate(input.file(), null, annotator.get())));
                    } else {
                        try (GoldJsonlReader reader = GoldJsonlReader.open(input.file(), null).withoutAnnotations()) {
                            int reported = 0;
                            for (Document document; (document = reader.next()) != null;) {
                                Document read = document;
                                window.add(pool.submit(() -> annotate(input.file(), read, annotator.get())));
                                reported = reportLineErrors(reader, reported);
                                drain(window, workers * WINDOW_PER_WORKER, total, sink, adoption);
                            }
                            reportLineErrors(reader, reported);
                        }
                    }
                    drain(window, workers * WINDOW_PER_WORKER, total, sink, adoption);
                }
                drain(window, 1, total, sink, adoption);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("annotation was interrupted");
            } finally {
                pool.shutdownNow();
                awaitQuietly(pool);
                annotators.forEach(Annotator::close);
            }
        }

        /** Lets running workers finish their document before their annotators are closed. */
        private static void awaitQuietly(ExecutorService pool) {
            try {
                pool.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private int reportLineErrors(GoldJsonlReader reader, int reported) {
            List<ImportException> errors = reader.errors();
            for (int i = reported; i < errors.size(); i++) {
                fail(errors.get(i).getMessage());
            }
            return errors.size();
        }

        /** Takes finished documents, oldest first, until fewer than {@code limit} are in flight. */
        private void drain(Deque<Future<Outcome>> window, int limit, int total, Sink sink, SpeakerAdoption adoption)
                throws IOException, InterruptedException {
            while (window.size() >= limit && !window.isEmpty()) {
                Outcome outcome;
                try {
                    outcome = window.poll().get();
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    throw new IOException(cause.getMessage(), cause);
                }
                if (outcome.error() != null) {
                    fail(outcome.error());
                } else if (!ids.add(outcome.document().getId())) {
                    fail("document id \"" + outcome.document().getId() + "\" was already used by an earlier input");
                } else {
                    adoption.adopt(outcome.document(), outcome.found());
                    sink.accept(outcome.document());
                    done++;
                }
                progress(total);
            }
        }

        private static Outcome annotate(Path file, Document given, Annotator annotator) {
            Document document = given;
            try {
                if (document == null) {
                    document = readText(file);
                } else if (document.getText().isBlank()) {
                    return new Outcome(null, null, file + ": document \"" + document.getId() + "\" has an empty text");
                }
                // Each document gets its own registry: workers never share one, and the speakers
                // it finds join the corpus registry in input order (see SpeakerAdoption).
                Corpus found = SayerFactory.eINSTANCE.createCorpus();
                annotator.annotate(document, found);
                return new Outcome(document, found, null);
            } catch (IOException e) {
                return new Outcome(null, null, e.getMessage());
            } catch (UIMAException | RuntimeException e) {
                String id = document == null ? file.toString() : file + ": document \"" + document.getId() + "\"";
                return new Outcome(null, null, id + ": annotation failed: " + e.getMessage());
            }
        }

        private void progress(int total) {
            long now = System.nanoTime();
            // The summary line follows the last document, so progress stops short of it.
            if (now - lastProgress >= 1_000_000_000L && done < total) {
                lastProgress = now;
                double seconds = (now - started) / 1e9;
                err.printf(Locale.ROOT, "annotated %d/%d documents (%.1f/s)%n", done, total, done / seconds);
            }
        }

        void summarize(Path target) {
            double seconds = (System.nanoTime() - started) / 1e9;
            err.printf(Locale.ROOT, "annotated %d documents in %.1f s (%.1f/s)%s; wrote %s%n", done, seconds,
                    seconds > 0 ? done / seconds : 0.0, failed > 0 ? ", " + failed + " failed" : "", target);
        }
    }

    /**
     * Moves the speakers the pipeline found for a document into a corpus registry: a speaker the
     * registry already has (same name and type, and no other id) is reused and the document's
     * references are redirected to it. One per run, used on one thread in input order, so the
     * registry grows the same way every run; it indexes the registry's speakers by name and type and
     * their ids, so each look-up is constant and a run stays linear in its documents.
     */
    public static final class SpeakerAdoption {

        private final Corpus registry;
        private final Map<String, List<Speaker>> byNameAndType = new HashMap<>();
        private final Set<String> ids = new HashSet<>();

        public SpeakerAdoption(Corpus registry) {
            this.registry = registry;
            registry.getSpeakers().forEach(this::index);
        }

        /** Moves the speakers of {@code document} (in {@code found}, or referenced by it without a home) into the registry. */
        public void adopt(Document document, Corpus found) {
            Set<Speaker> referenced = new LinkedHashSet<>(found.getSpeakers());
            referenced.addAll(document.getSpeakers());
            for (Annotation annotation : document.getAnnotations()) {
                if (annotation instanceof SpeakerMention mention && mention.getSpeaker() != null) {
                    referenced.add(mention.getSpeaker());
                }
            }
            for (Speaker speaker : referenced) {
                if (speaker.eContainer() == registry) {
                    continue;
                }
                boolean unresolved = UnresolvedSpeakers.isUnresolved(speaker); // its id names its document and mention
                Speaker existing = unresolved ? null : known(speaker);
                if (existing == null) {
                    if (!unresolved) {
                        giveFreeId(speaker);
                    }
                    registry.getSpeakers().add(speaker);
                    index(speaker);
                    continue;
                }
                int index = document.getSpeakers().indexOf(speaker);
                if (index >= 0) {
                    if (document.getSpeakers().contains(existing)) {
                        document.getSpeakers().remove(index);
                    } else {
                        document.getSpeakers().set(index, existing);
                    }
                }
                for (Annotation annotation : document.getAnnotations()) {
                    if (annotation instanceof SpeakerMention mention && mention.getSpeaker() == speaker) {
                        mention.setSpeaker(existing);
                    }
                }
            }
        }

        /** The registry's first speaker with the same name (ignoring case) and type, whose id does not differ. */
        private Speaker known(Speaker candidate) {
            if (candidate.getName() == null) {
                return null;
            }
            for (Speaker known : byNameAndType.getOrDefault(key(candidate), List.of())) {
                if (candidate.getId() == null || known.getId() == null || candidate.getId().equals(known.getId())) {
                    return known; // ids alone are not trusted: an engine may number its speakers per document
                }
            }
            return null;
        }

        private void index(Speaker speaker) {
            if (speaker.getName() != null) {
                byNameAndType.computeIfAbsent(key(speaker), k -> new ArrayList<>()).add(speaker);
            }
            if (speaker.getId() != null) {
                ids.add(speaker.getId());
            }
        }

        /** Equal for two names exactly when String.equalsIgnoreCase says so, and the same type. */
        private static String key(Speaker speaker) {
            StringBuilder folded = new StringBuilder(speaker.getName().length() + 12);
            speaker.getName().chars().forEach(c -> folded.append(Character.toLowerCase(Character.toUpperCase((char) c))));
            return folded.append('\u0000').append(speaker.getType()).toString();
        }

        private void giveFreeId(Speaker speaker) {
            if (speaker.getId() == null || !ids.contains(speaker.getId())) {
                return;
            }
            String base = speaker.getId();
            for (int n = 2;; n++) {
                String id = base + "-" + n;
                if (!ids.contains(id)) {
                    speaker.setId(id);
                    return;
                }
            }
        }
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> entries = Files.walk(folder)) {
            for (Path entry : entries.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(entry);
            }
        }
    }
}
