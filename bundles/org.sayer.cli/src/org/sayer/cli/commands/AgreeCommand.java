package org.sayer.cli.commands;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import org.sayer.cli.Arguments;
import org.sayer.cli.Command;
import org.sayer.cli.SayerCli;
import org.sayer.cli.UsageException;
import org.sayer.io.gold.ModelToGold;
import org.sayer.model.Document;
import org.sayer.model.DocumentEntry;
import org.sayer.model.ReviewState;
import org.sayer.model.store.CorpusStore;
import org.sayer.model.store.StoreException;
import org.sayer.pipeline.eval.AgreementReport;
import org.sayer.pipeline.eval.AgreementStudy;
import org.sayer.pipeline.eval.ScoringInput;

/**
 * {@code ./sayer agree}: inter-annotator agreement between two or more versions of the same
 * documents (corpus folders or gold JSONL files), paired by document id. A version's annotations
 * are its MANUAL and ACCEPTED ones, as an export writes them; pending and rejected suggestions
 * are no one's decision yet.
 */
public final class AgreeCommand implements Command {

    @Override
    public String name() {
        return "agree";
    }

    @Override
    public String usage() {
        return "agree CORPUS_A CORPUS_B [CORPUS_C ...] [--json]";
    }

    @Override
    public String summary() {
        return "inter-annotator agreement of versions of the same documents (corpora or gold JSONL)";
    }

    @Override
    public List<String> flags() {
        return List.of("json");
    }

    @Override
    public int run(Arguments args, PrintStream out, PrintStream err) throws Exception {
        Options.allowOnly(args, "json");
        if (args.positional().size() < 2) {
            throw new UsageException("name two or more corpora (folders) or gold JSONL files");
        }
        List<Path> inputs = args.positional().stream().map(Path::of).toList();
        List<Version> versions = new ArrayList<>();
        try {
            for (Path input : inputs) {
                versions.add(open(input));
            }
            Set<String> ids = new LinkedHashSet<>();
            versions.forEach(version -> ids.addAll(version.ids()));
            AgreementStudy study = new AgreementStudy(names(inputs));
            List<String> damaged = new ArrayList<>();
            for (String id : ids) {
                List<JsonObject> documents = new ArrayList<>();
                for (Version version : versions) {
                    try {
                        documents.add(version.document(id));
                    } catch (StoreException e) {
                        damaged.add(e.getMessage());
                        documents.add(null);
                    }
                }
                study.add(id, documents);
            }
            out.println(args.has("json") ? AgreementReport.toJson(study) : AgreementReport.toTable(study));
            for (String message : damaged) {
                err.println("sayer agree: damaged, left out: " + message);
            }
            return damaged.isEmpty() ? SayerCli.OK : SayerCli.FAILED;
        } finally {
            for (Version version : versions) {
                version.close();
            }
        }
    }

    /** Each input's file or folder name; the whole path where two names are the same. */
    private static List<String> names(List<Path> inputs) {
        List<String> names = new ArrayList<>();
        for (Path input : inputs) {
            String name = input.toAbsolutePath().normalize().getFileName().toString();
            names.add(name);
        }
        if (new LinkedHashSet<>(names).size() < names.size()) {
            return inputs.stream().map(Path::toString).toList();
        }
        return names;
    }

    private static Version open(Path input) throws IOException {
        if (Files.isDirectory(input)) {
            if (!Files.isRegularFile(input.resolve(CorpusStore.INDEX_FILE))) {
                throw new IOException(input + ": not a Sayer corpus (no " + CorpusStore.INDEX_FILE + ")");
            }
            return new CorpusVersion(CorpusStore.open(input));
        }
        if (!Files.isRegularFile(input)) {
            throw new IOException(input + ": no such corpus folder or file");
        }
        Map<String, JsonObject> byId = new LinkedHashMap<>();
        for (Map.Entry<JsonElement, JsonObject> entry : ScoringInput.load(input).entrySet()) {
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

    private record FileVersion(Map<String, JsonObject> byId) implements Version {
        @Override
        public List<String> ids() {
            return List.copyOf(byId.keySet());
        }

        @Override
        public JsonObject document(String id) {
            return byId.get(id);
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
