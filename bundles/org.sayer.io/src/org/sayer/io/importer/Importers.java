package org.sayer.io.importer;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.sayer.io.CancelledException;
import org.sayer.io.ProgressListener;
import org.sayer.io.inception.InceptionXmi;
import org.sayer.io.inception.WebAnnoTsv;
import org.sayer.io.xmi.XmiDocuments;
import org.sayer.model.Annotation;
import org.sayer.model.Document;
import org.sayer.model.DocumentEntry;
import org.sayer.model.Speaker;
import org.sayer.model.SpeakerMention;
import org.sayer.model.provenance.Provenance;
import org.sayer.model.store.CorpusStore;
import org.sayer.model.store.StoreException;

/**
 * Imports files, folders and zip archives of text, HTML, JSONL, gold JSONL, Sayer XMI, and INCEpTION's
 * UIMA XMI and WebAnno TSV 3 into a corpus, choosing each format by extension and content (see {@link InputFormat#detect}).
 *
 * <p>Each input is all or nothing: a file or archive that fails (invalid UTF-8, an XML entity
 * attack, a zip-slip path, a zip bomb) leaves no document behind and is reported by name; a bad
 * line of a JSONL file is reported with its number and the other lines still import. Documents are
 * streamed: each is saved and unloaded before the next is read, so memory stays flat. The corpus
 * index is written once at the end.
 */
public final class Importers {

    private final CorpusStore store;
    private final ImportLimits limits;
    private final ProgressListener progress;
    private final ImportReport report = new ImportReport();
    private final Set<String> ids;
    private final List<DocumentEntry> added = new ArrayList<>();
    private final List<Speaker> addedSpeakers = new ArrayList<>();
    private final Map<String, Speaker> registry = new HashMap<>();
    /** Who made the imported hand annotations that do not say so themselves; null leaves them unattributed. */
    private String annotator;
    private Saved saved = Saved.NONE;

    /**
     * Told of each document the import has just saved, while it is still in memory: the search
     * index takes it from there instead of reading it back. A document may be taken back later in
     * the same import (its file failed); the corpus index then no longer lists it.
     */
    @FunctionalInterface
    public interface Saved {
        Saved NONE = (document, entry) -> {
        };

        void saved(Document document, DocumentEntry entry);
    }

    /** Files an export writes beside its documents; importing an export folder skips them. */
    private static final Set<String> EXPORT_SIDECARS = Set.of("manifest.json", "documents.tsv", "TypeSystem.xml", "typesystem.xml",
            "annotation.conf", "dataset_info.json");

    private Importers(CorpusStore store, ImportLimits limits, ProgressListener progress) {
        this.store = store;
        this.limits = limits;
        this.progress = progress;
        this.ids = new HashSet<>(store.documentIds());
        for (Speaker speaker : store.corpus().getSpeakers()) {
            registry.put(speaker.getId(), speaker);
        }
    }

    /** Imports {@code inputs} (files, folders or zip archives) into {@code store}, with the default limits. */
    public static ImportReport importInto(CorpusStore store, List<Path> inputs, ProgressListener progress) throws IOException {
        return importInto(store, inputs, ImportLimits.DEFAULT, progress);
    }

    /**
     * Imports {@code inputs} into {@code store}. Problems with single inputs are collected in the
     * report; a cancellation removes everything this call added and throws {@link CancelledException},
     * and so does a document that cannot be written to the corpus (a full disk), throwing its
     * {@link StoreException}.
     */
    public static ImportReport importInto(CorpusStore store, List<Path> inputs, ImportLimits limits, ProgressListener progress)
            throws IOException {
        return importInto(store, inputs, limits, progress, null);
    }

    /**
     * As {@link #importInto(CorpusStore, List, ImportLimits, ProgressListener)}, crediting the
     * imported hand annotations that name no annotator of their own (gold JSONL's "annotator" key,
     * XMI's producer) to {@code annotator}; with null they stay unattributed.
     */
    public static ImportReport importInto(CorpusStore store, List<Path> inputs, ImportLimits limits, ProgressListener progress,
            String annotator) throws IOException {
        return importInto(store, inputs, limits, progress, annotator, Saved.NONE);
    }

    /** As {@link #importInto(CorpusStore, List, ImportLimits, ProgressListener, String)}, telling {@code saved} of each document saved. */
    public static ImportReport importInto(CorpusStore store, List<Path> inputs, ImportLimits limits, ProgressListener progress,
            String annotator, Saved saved) throws IOException {
        Importers run = new Importers(store, limits, progress);
        run.annotator = annotator;
        run.saved = saved;
        try {
            for (Path input : inputs) {
                run.importPath(input);
            }
            // Packs left with nothing in them (every file of theirs was taken back) go.
            store.deleteUnusedPacks();
            // Written documents must reach the disk before the index lists them: a failed write fails the import.
            store.saveIndex();
        } catch (CancelledException | StoreException e) {
            run.rollbackTo(0, 0);
            store.deleteUnusedPacks();
            throw e;
        }
        return run.report;
    }

    private void importPath(Path input) throws IOException {
        if (Files.isDirectory(input)) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(input)) {
                files = walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                        .filter(p -> !EXPORT_SIDECARS.contains(p.getFileName().toString())).sorted().toList();
            }
            for (Path file : files) {
                importFile(file);
            }
        } else if (Files.isRegularFile(input)) {
            importFile(input);
        } else {
            report.problem(input + ": file not found");
        }
    }

    /** One file is one unit: it imports whole or not at all (bad JSONL lines aside). */
    private void importFile(Path file) throws IOException {
        int mark = added.size();
        int speakerMark = addedSpeakers.size();
        try (InputStream raw = Files.newInputStream(file)) {
            BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
            String name = file.getFileName().toString();
            InputFormat format = detect(name, in);
            if (format == InputFormat.ZIP) {
                importZip(file);
            } else {
                checkSize(file.toString(), format, Files.size(file));
                importStream(file.toString(), baseName(name), format, in);
            }
        } catch (CancelledException | StoreException e) {
            throw e;
        } catch (ImportException e) {
            rollbackTo(mark, speakerMark);
            report.problem(e.getMessage());
        } catch (IOException e) {
            rollbackTo(mark, speakerMark);
            report.problem(file + ": could not be read: " + e.getMessage());
        }
    }

    private void importZip(Path file) throws IOException {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new ImportException(file.toString(), "not a readable zip archive: " + e.getMessage());
        }
        try (zip) {
            List<? extends ZipEntry> entries = Collections.list((Enumeration<? extends ZipEntry>) zip.entries());
            if (entries.size() > limits.maxZipEntries()) {
                throw new LimitExceededException(file.toString(), "holds more than " + limits.maxZipEntries() + " entries; archive refused");
            }
            // Checked before anything is read: one escaping path means the archive is hostile.
            for (ZipEntry entry : entries) {
                if (escapes(entry.getName())) {
                    throw new ImportException(file + "!" + entry.getName(),
                            "entry path leaves the archive (zip-slip); archive refused");
                }
            }
            long[] total = { 0 };
            for (ZipEntry entry : entries) {
                String entryName = entry.getName();
                String leaf = entryName.substring(entryName.lastIndexOf('/') + 1);
                if (entry.isDirectory() || leaf.startsWith(".") || entryName.startsWith("__MACOSX/") || EXPORT_SIDECARS.contains(leaf)) {
                    continue;
                }
                String where = file + "!" + entryName;
                int mark = added.size();
                int speakerMark = addedSpeakers.size();
                try (InputStream raw = new BoundedStreams.ZipEntryStream(zip.getInputStream(entry), where, limits,
                        entry.getCompressedSize(), total)) {
                    BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
                    InputFormat format = detect(leaf, in);
                    if (format == InputFormat.ZIP) {
                        report.problem(where + ": archives inside archives are not imported; skipped");
                        continue;
                    }
                    checkSize(where, format, entry.getSize()); // as the archive says; reading still counts
                    importStream(where, baseName(entryName), format, in);
                } catch (LimitExceededException | CancelledException e) {
                    throw e;
                } catch (ImportException e) {
                    rollbackTo(mark, speakerMark);
                    report.problem(e.getMessage());
                }
            }
        }
    }

    private static boolean escapes(String name) {
        String path = name.replace('\\', '/');
        if (path.startsWith("/") || path.matches("^[A-Za-z]:.*")) {
            return true;
        }
        for (String part : path.split("/")) {
            if (part.equals("..")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Refuses a document of one whole file (text, HTML, XMI) of {@code bytes} before it is read:
     * above the limit for one document, or above what this heap can import. JSONL holds a
     * document per line and is checked line by line as it is read.
     */
    private void checkSize(String where, InputFormat format, long bytes) throws LimitExceededException {
        if (format == InputFormat.JSONL || format == InputFormat.GOLD || bytes < 0) {
            return;
        }
        if (bytes > limits.maxWholeFileBytes()) {
            throw BoundedStreams.tooLarge(where, limits.maxWholeFileBytes());
        }
        HeapBudget.IMPORT.check(where, bytes);
    }

    private static InputFormat detect(String name, BufferedInputStream in) throws IOException {
        in.mark(InputFormat.HEAD_BYTES);
        byte[] head = in.readNBytes(InputFormat.HEAD_BYTES);
        in.reset();
        return InputFormat.detect(name, head, head.length);
    }

    private void importStream(String where, String id, InputFormat format, InputStream in) throws IOException {
        switch (format) {
            case TEXT -> accept(TextImporter.fromText(id, Utf8.decode(BoundedStreams.readAll(in, limits.maxWholeFileBytes(), where), where)), where);
            case HTML -> accept(HtmlImporter.fromHtml(id, Utf8.decode(BoundedStreams.readAll(in, limits.maxWholeFileBytes(), where), where)), where);
            case XMI -> {
                byte[] xml = BoundedStreams.readAll(in, limits.maxWholeFileBytes(), where);
                accept(InceptionXmi.looksLike(xml) ? InceptionXmi.read(xml, id, where) : XmiDocuments.read(xml, where), where);
            }
            case WEBANNO_TSV -> accept(WebAnnoTsv.read(Utf8.decode(BoundedStreams.readAll(in, limits.maxWholeFileBytes(), where), where), id, where), where);
            case JSONL, GOLD -> importLines(where, format, in);
            case ZIP -> throw new ImportException(where, "archives inside archives are not imported");
        }
    }

    private void importLines(String where, InputFormat format, InputStream in) throws IOException {
        try (ParsedLines lines = new ParsedLines(in, where, format, limits)) {
            for (ParsedLines.Line line; (line = lines.next()) != null;) {
                if (line.problem() != null) {
                    report.problem(line.problem().getMessage() + " (line skipped)");
                } else {
                    try {
                        accept(line.document(), line.at());
                    } catch (ImportException refused) {
                        report.problem(refused.getMessage() + " (line skipped)");
                    }
                }
            }
        }
    }

    /** Adds one document (one {@link Admission} lets in): its speakers join the registry, it is saved, then dropped from memory. */
    private void accept(Document document, String where) throws IOException {
        Admission.check(document, where);
        if (!ids.add(document.getId())) {
            report.problem(where + ": document id '" + document.getId() + "' is already in the corpus; skipped");
            return;
        }
        registerSpeakers(document);
        if (annotator != null) {
            Provenance.credit(document, annotator);
        }
        DocumentEntry entry = store.add(document);
        added.add(entry);
        report.added();
        // Deferred: appended to a pack; saveIndex at the end makes the packs durable in one flush.
        store.saveDeferred(document);
        saved.saved(document, entry);
        store.unload(document);
        progress.worked(report.documents(), -1, where);
        if (progress.isCancelled()) {
            throw new CancelledException("The import");
        }
    }

    /** Speakers the input brought join the corpus registry; one already there (same id) is reused. */
    private void registerSpeakers(Document document) {
        Map<Speaker, Speaker> replaced = new HashMap<>();
        List<Speaker> speakers = new ArrayList<>(document.getSpeakers());
        document.getSpeakers().clear();
        for (Speaker speaker : speakers) {
            Speaker known = speaker.eContainer() == null ? registry.get(speaker.getId()) : speaker;
            if (known == null) {
                store.corpus().getSpeakers().add(speaker);
                registry.put(speaker.getId(), speaker);
                addedSpeakers.add(speaker);
                known = speaker;
            }
            replaced.put(speaker, known);
            document.getSpeakers().add(known);
        }
        for (Annotation annotation : document.getAnnotations()) {
            if (annotation instanceof SpeakerMention mention && replaced.containsKey(mention.getSpeaker())) {
                mention.setSpeaker(replaced.get(mention.getSpeaker()));
            }
        }
    }

    /** Takes back what was added since the marks: index entries, document files and new speakers. */
    private void rollbackTo(int mark, int speakerMark) throws IOException {
        List<DocumentEntry> undone = added.subList(mark, added.size());
        for (DocumentEntry entry : undone) {
            store.remove(entry);
            ids.remove(entry.getId());
        }
        report.removed(undone.size());
        undone.clear();
        List<Speaker> speakers = addedSpeakers.subList(speakerMark, addedSpeakers.size());
        for (Speaker speaker : speakers) {
            store.corpus().getSpeakers().remove(speaker);
            registry.remove(speaker.getId());
        }
        speakers.clear();
    }

    private static String baseName(String path) {
        int dot = path.lastIndexOf('.');
        int slash = path.lastIndexOf('/');
        return dot > slash + 1 ? path.substring(0, dot) : path;
    }
}
