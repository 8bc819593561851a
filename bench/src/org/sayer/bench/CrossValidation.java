package org.sayer.bench;

import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;

import org.sayer.io.gold.GoldJsonlReader;
import org.sayer.io.gold.GoldJsonlWriter;
import org.sayer.model.Document;
import org.sayer.model.SayerFactory;
import org.sayer.pipeline.Annotator;
import org.sayer.pipeline.eval.EvalReport;
import org.sayer.pipeline.eval.Scorer;
import org.sayer.pipeline.eval.ScoringInput;
import org.sayer.pipeline.scoring.AttributionModel;
import org.sayer.pipeline.scoring.AttributionTrainer;

import opennlp.tools.ml.model.Event;

/**
 * The real-news train split cross-validated by batch, in one process and in about half a minute:
 * the candidates of every gold document are labelled once, then for each batch a model trained on
 * the other batches and the older sets annotates it, keeping every candidate (threshold 0); the
 * pooled predictions are scored at fixed thresholds, where a choice of threshold by the retrained
 * folds cannot move the figures. {@code bench/crossvalidate.sh} does the same through
 * {@code ./sayer train} and {@code annotate}, with each fold's own threshold, in minutes.
 *
 * <p>Run: {@code BENCH_HEAP=3g bench/run.sh CrossValidation [OUT_DIR]}; OUT_DIR (default
 * bench/out/cv) receives the pooled predictions, {@code cv-pred-0.30.jsonl} at 0.30 for
 * {@code ./sayer eval --errors}.
 */
public final class CrossValidation {

    private static final double[] THRESHOLDS = { 0.15, 0.20, 0.25, 0.30, 0.35, 0.40, 0.45 };
    private static final List<String> OLDER_SETS = List.of("dev.jsonl", "heldout.jsonl", "blind.jsonl", "fresh.jsonl");

    private CrossValidation() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of("bundles/org.sayer.pipeline.tests/data");
        Path out = Path.of(args.length > 0 ? args[0] : "bench/out/cv");
        Files.createDirectories(out);
        List<Path> batches = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(data.resolve("realnews"), "train_*.jsonl")) {
            files.forEach(batches::add);
        }
        batches.sort(null);
        List<Event> older = new ArrayList<>();
        for (String set : OLDER_SETS) {
            older.addAll(events(data.resolve(set)));
        }
        Map<Path, List<Event>> byBatch = new LinkedHashMap<>();
        for (Path batch : batches) {
            byBatch.put(batch, events(batch));
        }
        Map<JsonElement, JsonObject> gold = new LinkedHashMap<>();
        Path predicted = out.resolve("cv-pred-0.jsonl");
        Path model = out.resolve("fold-model.bin");
        try (OutputStream stream = Files.newOutputStream(predicted)) {
            GoldJsonlWriter writer = new GoldJsonlWriter(stream, GoldJsonlWriter.ALL_REVIEWS);
            for (Path batch : batches) {
                List<Event> training = new ArrayList<>(older);
                byBatch.forEach((other, events) -> training.addAll(other.equals(batch) ? List.of() : events));
                AttributionModel.train(training, 0.0).write(model);
                try (Annotator annotator = Annotator.create(model)) {
                    for (Document document : GoldJsonlReader.readAll(batch, SayerFactory.eINSTANCE.createCorpus()).documents()) {
                        document.getAnnotations().clear();
                        annotator.annotate(document, null);
                        writer.write(document);
                    }
                }
                gold.putAll(ScoringInput.load(batch));
            }
            writer.flush();
        }
        Map<JsonElement, JsonObject> everything = ScoringInput.load(predicted);
        System.out.printf("train split cross-validated over %d batches (%d claims), end-to-end at fixed thresholds:%n",
                batches.size(), gold.values().stream().mapToInt(d -> d.getAsJsonArray("attributions").size()).sum());
        for (double threshold : THRESHOLDS) {
            Map<JsonElement, JsonObject> kept = new LinkedHashMap<>();
            everything.forEach((id, document) -> kept.put(id, above(document, threshold)));
            EvalReport report = Scorer.evaluate(gold, kept);
            System.out.printf("  %.2f  P %.3f  R %.3f  F1 %.4f  (%d right)%n", threshold,
                    report.metric("end-to-end", "precision"), report.metric("end-to-end", "recall"),
                    report.metric("end-to-end", "f1"), (int) report.metric("end-to-end", "tp"));
            if (threshold == 0.30) {
                try (var w = Files.newBufferedWriter(out.resolve("cv-pred-0.30.jsonl"))) {
                    for (JsonObject document : kept.values()) {
                        w.write(document.toString());
                        w.newLine();
                    }
                }
            }
        }
    }

    private static List<Event> events(Path goldFile) throws Exception {
        List<Event> events = new ArrayList<>();
        for (List<AttributionTrainer.Candidate> document : AttributionTrainer.candidatesByDocument(ScoringInput.load(goldFile))) {
            document.forEach(candidate -> events.add(candidate.event()));
        }
        return events;
    }

    /** The document's claims from {@code threshold} up; a claim nested in a dropped one moves up to its parent, as annotation does. */
    static JsonObject above(JsonObject document, double threshold) {
        JsonObject copy = document.deepCopy();
        if (!copy.has("attributions")) {
            return copy;
        }
        Map<String, JsonObject> byId = new HashMap<>();
        Set<String> dropped = new HashSet<>();
        JsonArray kept = new JsonArray();
        for (JsonElement e : copy.getAsJsonArray("attributions")) {
            JsonObject claim = e.getAsJsonObject();
            byId.put(claim.get("id").getAsString(), claim);
            JsonElement confidence = claim.get("confidence");
            if (confidence != null && !confidence.isJsonNull() && confidence.getAsDouble() < threshold) {
                dropped.add(claim.get("id").getAsString());
            } else {
                kept.add(claim);
            }
        }
        for (JsonElement e : kept) {
            JsonObject claim = e.getAsJsonObject();
            while (claim.has("parent") && !claim.get("parent").isJsonNull() && dropped.contains(claim.get("parent").getAsString())) {
                JsonObject parent = byId.get(claim.get("parent").getAsString());
                claim.add("parent", parent.has("parent") ? parent.get("parent") : JsonNull.INSTANCE);
            }
        }
        copy.add("attributions", kept);
        return copy;
    }
}
