package org.sayer.pipeline.scoring;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import org.apache.uima.UIMAException;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.resource.ResourceManager;
import org.sayer.model.Document;
import org.sayer.model.SayerFactory;
import org.sayer.pipeline.ModelToCas;
import org.sayer.pipeline.Pipelines;
import org.sayer.pipeline.engines.Tokens;
import org.sayer.pipeline.eval.Scorer;
import org.sayer.pipeline.eval.ScoringInput;

import opennlp.tools.ml.model.Event;

/**
 * Trains the {@link AttributionModel} from gold JSONL: the rules propose their candidates for each
 * gold text, the scorer of FORMAT.md labels each one right (matched to a gold claim with
 * end-to-end 1: content overlap and the right speaker) or wrong, and a maximum-entropy model
 * learns the labels from {@link CandidateFeatures}. Same files, same model.
 */
public final class AttributionTrainer {

    private AttributionTrainer() {
    }

    /** Documents are split into this many folds by their order to choose the threshold and measure calibration. */
    public static final int FOLDS = 5;

    /**
     * The model trained on every document of {@code goldFiles}, with the threshold that gave the best
     * end-to-end F1 in {@value #FOLDS}-fold cross-validation over the documents, and the
     * cross-validated probabilities for a reliability table. {@code progress} hears each file's counts.
     */
    public static Result train(List<Path> goldFiles, Consumer<String> progress) throws IOException, UIMAException {
        List<List<Candidate>> documents = new ArrayList<>();
        int goldClaims = 0;
        for (Path file : goldFiles) {
            Map<JsonElement, JsonObject> gold = ScoringInput.load(file);
            List<List<Candidate>> candidates = candidatesByDocument(gold);
            documents.addAll(candidates);
            List<List<Event>> events = candidates.stream().map(AttributionTrainer::events).toList();
            int claims = gold.values().stream().mapToInt(d -> d.has("attributions") && d.get("attributions").isJsonArray()
                    ? d.getAsJsonArray("attributions").size() : 0).sum();
            goldClaims += claims;
            long proposed = events.stream().mapToLong(List::size).sum();
            long right = events.stream().flatMap(List::stream).filter(AttributionTrainer::isRight).count();
            progress.accept(file + ": " + gold.size() + " documents, " + claims + " gold claims, " + proposed
                    + " candidates, " + right + " of them right");
            progress.accept("  by rule (candidates/right): " + byRule(events));
        }
        List<Event> all = documents.stream().flatMap(List::stream).map(Candidate::event).toList();
        if (all.stream().noneMatch(AttributionTrainer::isRight) || all.stream().allMatch(AttributionTrainer::isRight)) {
            throw new IOException("the gold gives no right or no wrong candidate to learn from; give more gold documents");
        }
        List<Calibration.Scored> crossValidated = crossValidate(documents);
        Calibration calibration = new Calibration(crossValidated, goldClaims);
        return new Result(AttributionModel.train(all, calibration.bestThreshold()), calibration);
    }

    /** A trained model, and how its cross-validated probabilities fared. */
    public record Result(AttributionModel model, Calibration calibration) {
    }

    /**
     * A labelled candidate and its group of rivals: the candidates that share a cue and a start and
     * differ in their end. Annotation keeps only the likeliest of a group, so calibration does too.
     */
    public record Candidate(Event event, List<Object> rivals) {
        public boolean right() {
            return isRight(event);
        }
    }

    private static List<Event> events(List<Candidate> document) {
        return document.stream().map(Candidate::event).toList();
    }

    private static List<Calibration.Scored> crossValidate(List<List<Candidate>> documents) throws IOException {
        List<Calibration.Scored> scored = new ArrayList<>();
        int folds = Math.min(FOLDS, documents.size());
        for (int fold = 0; fold < folds; fold++) {
            List<Event> training = new ArrayList<>();
            for (int d = 0; d < documents.size(); d++) {
                if (d % folds != fold) {
                    training.addAll(events(documents.get(d)));
                }
            }
            if (training.stream().noneMatch(AttributionTrainer::isRight) || training.stream().allMatch(AttributionTrainer::isRight)) {
                continue; // a fold with nothing to learn from: too little gold to measure it
            }
            AttributionModel model = AttributionModel.train(training, 0.5);
            for (int d = fold; d < documents.size(); d += folds) {
                Map<List<Object>, Calibration.Scored> likeliest = new java.util.LinkedHashMap<>();
                for (Candidate candidate : documents.get(d)) {
                    Calibration.Scored s = new Calibration.Scored(model.probability(List.of(candidate.event().getContext())),
                            candidate.right());
                    likeliest.merge(candidate.rivals(), s, (a, b) -> b.probability() > a.probability() ? b : a);
                }
                scored.addAll(likeliest.values());
            }
        }
        return scored;
    }

    /** Candidates and right ones per candidate rule and cue lexicon, for the trainer's report. */
    private static String byRule(List<List<Event>> documents) {
        Map<String, int[]> counts = new java.util.TreeMap<>();
        for (Event event : documents.stream().flatMap(List::stream).toList()) {
            String rule = "?";
            String lexicon = "?";
            for (String feature : event.getContext()) {
                rule = feature.startsWith("rule=") ? feature.substring(5) : rule;
                lexicon = feature.startsWith("lexicon=") ? feature.substring(8) : lexicon;
            }
            int[] c = counts.computeIfAbsent(rule + "/" + lexicon, k -> new int[2]);
            c[0]++;
            c[1] += isRight(event) ? 1 : 0;
        }
        StringBuilder out = new StringBuilder();
        counts.forEach((key, c) -> out.append(key).append(' ').append(c[0]).append('/').append(c[1]).append("; "));
        return out.toString();
    }

    private static boolean isRight(Event event) {
        return event.getOutcome().equals(AttributionModel.RIGHT);
    }

    /** The labelled candidates of gold documents, a list per document in file order. */
    public static List<List<Candidate>> candidatesByDocument(Map<JsonElement, JsonObject> gold) throws UIMAException {
        ResourceManager manager = Pipelines.resourceManager();
        AnalysisEngine engine = Pipelines.createEngine(manager, Pipelines.candidates());
        CAS cas = Pipelines.createCas(manager);
        List<List<Candidate>> candidates = new ArrayList<>();
        try {
            for (JsonObject goldDocument : gold.values()) {
                List<Candidate> documentCandidates = new ArrayList<>();
                candidates.add(documentCandidates);
                cas.reset();
                Document document = SayerFactory.eINSTANCE.createDocument();
                JsonElement id = goldDocument.get("id");
                document.setId(id.isJsonPrimitive() ? id.getAsString() : id.toString());
                document.setText(goldDocument.get("text").getAsString());
                ModelToCas.fill(document, null, cas);
                engine.process(cas);
                CasPrediction prediction = CasPrediction.of(cas, document.getId());
                Set<Integer> right = new HashSet<>();
                for (Scorer.Pair pair : Scorer.pairs(goldDocument, prediction.document())) {
                    if (pair.endToEnd()) {
                        right.add(pair.predicted());
                    }
                }
                CandidateFeatures features = CandidateFeatures.of(cas);
                List<AnnotationFS> claims = prediction.claims();
                for (int i = 0; i < claims.size(); i++) {
                    String outcome = right.contains(i) ? AttributionModel.RIGHT : AttributionModel.WRONG;
                    Event event = new Event(outcome, features.of(claims.get(i)).toArray(new String[0]));
                    List<Object> key = CandidateFeatures.rivalKey(claims.get(i));
                    documentCandidates.add(new Candidate(event, key == null ? List.of(i) : key)); // no cue, no rival: a group of its own
                }
                Tokens.forget();
            }
        } finally {
            engine.destroy();
        }
        return candidates;
    }
}
