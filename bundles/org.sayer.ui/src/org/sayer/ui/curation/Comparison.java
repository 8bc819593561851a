package org.sayer.ui.curation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;

import com.google.gson.JsonObject;

import org.sayer.io.gold.CuratedDocument;
import org.sayer.io.gold.Versions;
import org.sayer.io.importer.ImportException;
import org.sayer.model.Corpus;
import org.sayer.model.Document;
import org.sayer.pipeline.eval.AgreementStudy;
import org.sayer.pipeline.eval.Curation;

/**
 * What File › Compare Annotators set up: the annotators' versions (corpus folders or gold JSONL
 * files, read-only, one version each) and the curated corpus the workbench has open, into which a
 * document is merged when it is first opened for curation. It lives in the application context while
 * the comparison is on, and passes the curation editor's figures on to the Agreement view.
 */
public final class Comparison implements AutoCloseable {

    /** The name the curated version goes by in the figures, beside the annotators' names. */
    public static final String CURATED = "curated";

    private final List<Path> inputs;
    private final Path curated;
    private final Versions versions;
    private final List<BiConsumer<String, List<AgreementStudy.DocumentAgreement>>> curatedListeners = new CopyOnWriteArrayList<>();
    /** The document merged last: opening it again (or right after its first merge) reads and merges nothing. */
    private Merged last;

    /** One document's versions (gold JSON, in annotator order) and their merge. */
    public record Merged(String id, List<JsonObject> copies, Curation.Result result) {
    }

    private Comparison(List<Path> inputs, Path curated, Versions versions) {
        this.inputs = List.copyOf(inputs);
        this.curated = curated.toAbsolutePath().normalize();
        this.versions = versions;
    }

    /**
     * Opens the annotators' versions (as {@code ./sayer agree} reads them); fails with a message naming
     * the input when one is neither a corpus nor a readable gold JSONL file, when fewer than two are
     * given, or when the curated folder is one of them.
     */
    public static Comparison open(List<Path> inputs, Path curated) throws IOException {
        if (inputs.size() < 2) {
            throw new IOException("Choose two or more annotators' versions to compare.");
        }
        Path target = curated.toAbsolutePath().normalize();
        for (Path input : inputs) {
            if (input.toAbsolutePath().normalize().equals(target)) {
                throw new IOException(input + " is an annotator's corpus; the curated corpus needs a folder of its own");
            }
        }
        return new Comparison(inputs, curated, new Versions(inputs));
    }

    /** The annotators' versions: corpus folders or gold JSONL files. */
    public List<Path> inputs() {
        return inputs;
    }

    /** The annotators' names: their folders' names, their files' names without {@code .jsonl}. */
    public List<String> annotators() {
        return versions.names();
    }

    public Path curatedFolder() {
        return curated;
    }

    /** Every document id of any version. */
    public List<String> ids() {
        return new ArrayList<>(versions.ids());
    }

    /**
     * Document {@code id} in every annotator's version (gold JSON, MANUAL and ACCEPTED annotations),
     * in annotator order; fails with the reason when a version lacks it, it is damaged there, or
     * the texts differ.
     */
    public List<JsonObject> versionsOf(String id) throws IOException {
        List<String> damaged = new ArrayList<>();
        List<JsonObject> copies = versions.documents(id, damaged);
        if (!damaged.isEmpty()) {
            throw new IOException(String.join("; ", damaged));
        }
        String reason = Versions.whyNotComparable(annotators(), copies);
        if (reason != null) {
            throw new IOException(id + " cannot be curated: " + reason);
        }
        return copies;
    }

    /** The merge of what every version holds (the rest left for the curator), as {@code ./sayer curate} makes it. */
    public Curation.Result merge(List<JsonObject> copies) {
        return new Curation(annotators(), Curation.Auto.AGREE).merge(copies);
    }

    /** Document {@code id} in every version and merged (see {@link #versionsOf} for when that fails). */
    public Merged merged(String id) throws IOException {
        if (last == null || !last.id().equals(id)) {
            List<JsonObject> copies = versionsOf(id);
            last = new Merged(id, copies, merge(copies));
        }
        return last;
    }

    /**
     * Document {@code id} merged for the curated corpus whose speakers are {@code registry}: what every
     * version holds taken, the rest pending for the curator (as {@code ./sayer curate} writes it).
     */
    public Document curatedDocument(String id, Corpus registry) throws IOException {
        try {
            return CuratedDocument.of(merged(id).result(), "document " + id + " of " + String.join(", ", annotators()), registry);
        } catch (ImportException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /**
     * The figures of one document in the versions and its curated version: for each annotator, a
     * study of that version against the curated one.
     */
    public List<AgreementStudy.DocumentAgreement> againstCurated(String id, List<JsonObject> copies, JsonObject curatedVersion) {
        List<AgreementStudy.DocumentAgreement> figures = new ArrayList<>();
        for (int r = 0; r < copies.size(); r++) {
            AgreementStudy study = new AgreementStudy(List.of(annotators().get(r), CURATED));
            study.add(id, List.of(copies.get(r), curatedVersion));
            figures.add(study.documents().get(0));
        }
        return figures;
    }

    /**
     * Tells {@code listener} (on the UI thread) each time the figures of a document's versions against
     * its curated version change: {@code (id, figures in annotator order)}.
     */
    public void addCuratedListener(BiConsumer<String, List<AgreementStudy.DocumentAgreement>> listener) {
        curatedListeners.add(listener);
    }

    public void removeCuratedListener(BiConsumer<String, List<AgreementStudy.DocumentAgreement>> listener) {
        curatedListeners.remove(listener);
    }

    /** The curation editor brought the figures of {@code id} against its curated version up to date. */
    void curatedChanged(String id, List<AgreementStudy.DocumentAgreement> againstCurated) {
        curatedListeners.forEach(listener -> listener.accept(id, againstCurated));
    }

    @Override
    public void close() throws IOException {
        versions.close();
    }
}
