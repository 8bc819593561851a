package org.sayer.io.gold;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import org.sayer.model.Document;
import org.sayer.model.DocumentEntry;
import org.sayer.model.ReviewState;
import org.sayer.model.store.CorpusStore;
import org.sayer.model.store.StoreException;
import org.sayer.pipeline.eval.ScoringInput;

/**
 * Annotators' versions of the same documents, for {@code agree}, {@code curate} and the workbench's
 * Compare Annotators: each a corpus
 * folder or a gold JSONL file, its documents as gold JSON by id. A version's annotations are its
 * MANUAL and ACCEPTED ones, as an export writes them; pending and rejected suggestions are no
 * one's decision yet.
 */
public final class Versions implements AutoCloseable {

    private final List<Version> versions = new ArrayList<>();
    private final List<String> names;

    /**
     * Opens every input (all or none); the names are the folder names and the file names without
     * {@code .jsonl}, whole paths where two are the same.
     */
    public Versions(List<Path> inputs) throws IOException {
        try {
            for (Path input : inputs) {
                versions.add(open(input));
            }
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
        names = names(inputs);
    }

    public List<String> names() {
        return names;
    }

    /** Every document id of any version, in the order the versions list them. */
    public Set<String> ids() {
        Set<String> ids = new LinkedHashSet<>();
        versions.forEach(version -> ids.addAll(version.ids()));
        return ids;
    }

    /**
     * The document {@code id} in every version, in input order: null where a version lacks it or it is
     * damaged there (the damage is added to {@code damaged}).
     */
    public List<JsonObject> documents(String id, List<String> damaged) {
        List<JsonObject> documents = new ArrayList<>();
        for (Version version : versions) {
            try {
                documents.add(version.document(id));
            } catch (StoreException e) {
                damaged.add(e.getMessage());
                documents.add(null);
            }
        }
        return documents;
    }

    /** Why {@code copies} (one document in every version) cannot be compared or merged: a version lacks it, or the texts differ; null when they can. */
    public static String whyNotComparable(List<String> names, List<JsonObject> copies) {
        List<String> lacking = new ArrayList<>();
        for (int r = 0; r < copies.size(); r++) {
            if (copies.get(r) == null) {
                lacking.add(names.get(r));
            }
        }
        if (!lacking.isEmpty()) {
            return "missing from " + String.join(", ", lacking);
        }
        for (JsonObject copy : copies) {
            if (!Objects.equals(copy.get("text"), copies.get(0).get("text"))) {
                return "the versions' texts differ";
            }
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        for (Version version : versions) {
            version.close();
        }
    }

    private static List<String> names(List<Path> inputs) {
        List<String> names = new ArrayList<>();
        for (Path input : inputs) {
            String name = input.toAbsolutePath().normalize().getFileName().toString();
            // anna.jsonl is anna's version
            names.add(Files.isDirectory(input) ? name : name.replaceFirst("\\.jsonl?$", ""));
        }
        if (new LinkedHashSet<>(names).size() < names.size()) {
            return inputs.stream().map(Path::toString).toList();
        }
        return names;
    }

    /**
     * Why {@code input} cannot be a version (it is no corpus folder and no file), or null when it can;
     * a file's lines are read, and their faults named, only when it is opened.
     */
    public static String whyNotAVersion(Path input) {
        if (Files.isDirectory(input)) {
            return Files.isRegularFile(input.resolve(CorpusStore.INDEX_FILE)) ? null
                    : input + ": not a Sayer corpus (no " + CorpusStore.INDEX_FILE + ")";
        }
        return Files.isRegularFile(input) ? null : input + ": no such corpus folder or gold JSONL file";
    }

    private static Version open(Path input) throws IOException {
        String problem = whyNotAVersion(input);
        if (problem != null) {
            throw new IOException(problem);
        }
        if (Files.isDirectory(input)) {
            return new CorpusVersion(CorpusStore.open(input));
        }
        Map<String, String> byId = new LinkedHashMap<>();
        for (Map.Entry<JsonElement, String> entry : ScoringInput.lines(input).entrySet()) {
            byId.put(entry.getKey().isJsonPrimitive() ? entry.getKey().getAsString() : entry.getKey().toString(), entry.getValue());
        }
        return new FileVersion(byId);
    }

    /** One annotator's documents, as gold JSON, by id. */
    private interface Version extends AutoCloseable {
        List<String> ids();

        /** The document with {@code id}, or null when this version has none. */
        JsonObject document(String id) throws StoreException;

        @Override
        void close() throws IOException;
    }

    /** A gold JSONL file, its lines kept and each parsed when asked for (the parsed file would take ten times the memory). */
    private record FileVersion(Map<String, String> byId) implements Version {
        @Override
        public List<String> ids() {
            return List.copyOf(byId.keySet());
        }

        @Override
        public JsonObject document(String id) {
            String line = byId.get(id);
            return line == null ? null : ScoringInput.parse(line);
        }

        @Override
        public void close() {
        }
    }

    /** A corpus read one document at a time; each is dropped from memory once turned into JSON. */
    private record CorpusVersion(CorpusStore store) implements Version {
        private static final Set<ReviewState> DECIDED = EnumSet.of(ReviewState.ACCEPTED);

        @Override
        public List<String> ids() {
            return store.documentIds();
        }

        @Override
        public JsonObject document(String id) throws StoreException {
            DocumentEntry entry = store.entryFor(id);
            if (entry == null) {
                return null;
            }
            Document document = store.load(entry);
            try {
                return ModelToGold.toJson(document, DECIDED);
            } finally {
                store.unload(document);
            }
        }

        @Override
        public void close() throws IOException {
            store.close();
        }
    }
}
