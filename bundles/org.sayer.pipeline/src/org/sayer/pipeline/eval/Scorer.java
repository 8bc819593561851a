package org.sayer.pipeline.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;

/**
 * Scores predicted attributions against gold ones exactly as shared/eval/score.py does (its
 * docstring states the rules): per document, pairs with content-token Jaccard >= 0.5 are matched
 * greedily and one-to-one; each matched pair scores every metric in [0, 1]; the corpus figures are
 * micro averages, with a per-type breakdown.
 */
public final class Scorer {

    public static final double THRESHOLD = 0.5;
    public static final List<String> TYPES = List.of("DIRECT", "INDIRECT", "MIXED");
    public static final List<String> METRICS = List.of("match", "content-exact", "content-partial", "cue",
            "source-span", "speaker", "type", "end-to-end");

    /** Summed pair scores by metric; a metric no pair has scored is absent (score.py prints it as 0, not 0.0). */
    private final Map<String, Double> tp = new HashMap<>();
    private final Map<String, Map<String, Double>> tpByGoldType = new HashMap<>();
    private final Map<String, Map<String, Double>> tpByPredType = new HashMap<>();
    private final Map<String, Integer> goldTypes = new HashMap<>();
    private final Map<String, Integer> predTypes = new HashMap<>();
    private final List<String> warnings = new ArrayList<>();
    private int goldCount;
    private int predCount;
    /** The matched pairs of every document scored, with their scores. */
    private final List<Pair> pairs = new ArrayList<>();

    /**
     * A matched (gold, predicted) pair of one document: the indices of the two attributions in their
     * documents, and the pair's score by metric (see {@link #METRICS}).
     */
    public record Pair(int gold, int predicted, Map<String, Double> scores) {
        public boolean endToEnd() {
            return scores.get("end-to-end") == 1.0;
        }
    }

    /**
     * The matched pairs of one gold document and its prediction, as score.py matches them. A
     * predicted attribution in no pair is a false alarm; a gold one in no pair, a miss.
     */
    public static List<Pair> pairs(JsonObject gold, JsonObject predicted) {
        Scorer scorer = new Scorer();
        scorer.scoreDocument(gold, predicted);
        return scorer.pairs;
    }

    private Scorer() {
        for (String type : TYPES) {
            tpByGoldType.put(type, new HashMap<>());
            tpByPredType.put(type, new HashMap<>());
        }
    }

    /** The report for a gold and a prediction file (Sayer gold JSONL); a bad line fails with its file and line. */
    public static EvalReport evaluate(Path gold, Path predicted) throws IOException {
        return evaluate(ScoringInput.load(gold), ScoringInput.load(predicted));
    }

    /** The report for two collections of documents by id (as {@link ScoringInput#load} gives them). */
    public static EvalReport evaluate(Map<JsonElement, JsonObject> gold, Map<JsonElement, JsonObject> predicted) {
        Scorer scorer = new Scorer();
        Map<String, Object> perDocument = new LinkedHashMap<>();
        for (Map.Entry<JsonElement, JsonObject> entry : gold.entrySet()) {
            JsonObject prediction = predicted.get(entry.getKey());
            if (prediction == null) {
                scorer.warnings.add("document " + Json.repr(entry.getKey())
                        + ": no prediction; all its attributions count as missed");
            }
            perDocument.put(Json.key(entry.getKey()), scorer.scoreDocument(entry.getValue(), prediction));
        }
        for (JsonElement id : predicted.keySet()) {
            if (!gold.containsKey(id)) {
                scorer.warnings.add("document " + Json.repr(id) + ": predicted but not in gold; ignored");
            }
        }
        int paired = (int) gold.keySet().stream().filter(predicted::containsKey).count();
        return scorer.report(gold.size(), predicted.size(), paired, perDocument);
    }

    private Map<String, Object> scoreDocument(JsonObject gold, JsonObject pred) {
        List<JsonObject> goldAttributions = Json.objects(gold, "attributions");
        List<JsonObject> predAttributions = Json.objects(pred, "attributions");
        goldCount += goldAttributions.size();
        predCount += predAttributions.size();
        goldAttributions.forEach(a -> goldTypes.merge(typeKey(a), 1, Integer::sum));
        predAttributions.forEach(a -> predTypes.merge(typeKey(a), 1, Integer::sum));
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("gold", goldAttributions.size());
        if (pred == null) {
            result.put("pred", 0);
            result.put("matched", 0);
            result.put("end-to-end", 0.0);
            return result;
        }

        String goldString = Json.string(gold.get("text"));
        int[] goldText = PythonText.codePoints(goldString == null ? "" : goldString);
        boolean sameText = Json.get(pred, "text").equals(gold.get("text"));
        if (!sameText) {
            warnings.add("document " + Json.repr(gold.get("id")) + ": predicted text differs from gold; comparing token strings");
        }
        TokenView goldView = new TokenView(goldText, sameText);
        String predString = Json.string(pred.get("text"));
        TokenView predView = sameText ? goldView : new TokenView(PythonText.codePoints(predString == null ? "" : predString), false);

        List<Bag> goldBags = goldAttributions.stream().map(a -> goldView.bag(Json.span(a.get("content")))).toList();
        List<Bag> predBags = predAttributions.stream().map(a -> predView.bag(Json.span(a.get("content")))).toList();
        List<int[]> matched = match(goldBags, predBags);

        List<JsonObject> goldEntities = Json.objects(gold, "entities");
        SpeakerRule.Names names = new SpeakerRule.Names();
        double documentEndToEnd = 0.0;
        for (int[] pair : matched) {
            JsonObject g = goldAttributions.get(pair[0]);
            JsonObject p = predAttributions.get(pair[1]);
            Map<String, Double> s = new LinkedHashMap<>();
            s.put("match", 1.0);
            s.put("content-exact", contentExact(goldView, g, predView, p, sameText));
            s.put("content-partial", Bag.tokenF1(goldBags.get(pair[0]), predBags.get(pair[1])));
            s.put("cue", cue(goldView, g, predView, p, sameText));

            SourceInfo goldSource = SourceInfo.of(gold, goldText, g);
            SourceInfo predSource = SourceInfo.of(pred, predView.text(), p);
            boolean goldNull = Json.isNull(g, "source");
            boolean predNull = Json.isNull(p, "source");
            if (!predNull && predSource.span == null) {
                warnings.add("document " + Json.repr(gold.get("id")) + ": predicted source " + Json.repr(p.get("source"))
                        + " is not a mention id");
            }
            if (goldNull || predNull) {
                s.put("source-span", score(goldNull && predNull));
                s.put("speaker", score(goldNull && predNull));
            } else {
                if (sameText) {
                    s.put("source-span", score(overlaps(goldSource.span, predSource.span)));
                } else {
                    s.put("source-span", score(predSource.span != null && Bag.intersection(goldView.bag(goldSource.span),
                            predView.bag(predSource.span)) > 0));
                }
                List<JsonObject> others = new ArrayList<>();
                for (JsonObject e : goldEntities) {
                    if (goldSource.entity == null || !Json.get(e, "id").equals(Json.get(goldSource.entity, "id"))) {
                        others.add(e);
                    }
                }
                s.put("speaker", score(goldSource.entity != null
                        && SpeakerRule.matches(goldSource.entity, predSource.names, others, predSource.text, names)));
            }
            s.put("type", score(Json.get(g, "type").equals(Json.get(p, "type"))));
            s.put("end-to-end", score(s.get("content-partial") >= THRESHOLD && s.get("speaker") == 1.0));

            add(tp, s);
            pairs.add(new Pair(pair[0], pair[1], s));
            String goldType = Json.string(g.get("type"));
            if (goldType != null && TYPES.contains(goldType)) {
                add(tpByGoldType.get(goldType), s);
            }
            String predType = Json.string(p.get("type"));
            if (predType != null && TYPES.contains(predType)) {
                add(tpByPredType.get(predType), s);
            }
            documentEndToEnd += s.get("end-to-end");
        }
        result.put("pred", predAttributions.size());
        result.put("matched", matched.size());
        result.put("end-to-end", documentEndToEnd);
        return result;
    }

    /** Greedy one-to-one matching: highest Jaccard first, ties by earlier gold, then earlier prediction. */
    private static List<int[]> match(List<Bag> goldBags, List<Bag> predBags) {
        record Candidate(double jaccard, int gold, int pred) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < goldBags.size(); i++) {
            for (int j = 0; j < predBags.size(); j++) {
                double jaccard = Bag.jaccard(goldBags.get(i), predBags.get(j));
                if (jaccard >= THRESHOLD) {
                    candidates.add(new Candidate(jaccard, i, j));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble((Candidate c) -> -c.jaccard()).thenComparingInt(Candidate::gold)
                .thenComparingInt(Candidate::pred));
        Set<Integer> usedGold = new HashSet<>();
        Set<Integer> usedPred = new HashSet<>();
        List<int[]> matched = new ArrayList<>();
        for (Candidate c : candidates) {
            if (!usedGold.contains(c.gold()) && !usedPred.contains(c.pred())) {
                usedGold.add(c.gold());
                usedPred.add(c.pred());
                matched.add(new int[] { c.gold(), c.pred() });
            }
        }
        return matched;
    }

    private static double contentExact(TokenView goldView, JsonObject g, TokenView predView, JsonObject p, boolean sameText) {
        int[] goldSpan = trimmed(goldView.text(), Json.span(g.get("content")));
        int[] predSpan = trimmed(predView.text(), Json.span(p.get("content")));
        if (sameText) {
            return score(goldSpan[0] == predSpan[0] && goldSpan[1] == predSpan[1]);
        }
        return score(PythonText.slice(goldView.text(), goldSpan[0], goldSpan[1])
                .equals(PythonText.slice(predView.text(), predSpan[0], predSpan[1])));
    }

    private static double cue(TokenView goldView, JsonObject g, TokenView predView, JsonObject p, boolean sameText) {
        int[] goldCue = Json.span(g.get("cue"));
        int[] predCue = Json.span(p.get("cue"));
        boolean goldNull = Json.isNull(g, "cue");
        boolean predNull = Json.isNull(p, "cue");
        if (goldNull || predNull) {
            return score(goldNull && predNull);
        }
        if (sameText) {
            return score(overlaps(goldCue, predCue));
        }
        return score(Bag.intersection(goldView.bag(goldCue), predView.bag(predCue)) > 0);
    }

    /** The span without white space and punctuation (categories Z* and P*) at either end. */
    private static int[] trimmed(int[] text, int[] span) {
        int b = span[0];
        int e = span[1];
        while (b < e && b >= 0 && b < text.length && trimmable(text[b])) {
            b++;
        }
        while (e > b && e - 1 >= 0 && e - 1 < text.length && trimmable(text[e - 1])) {
            e--;
        }
        return new int[] { b, e };
    }

    private static boolean trimmable(int cp) {
        return PythonText.isSpace(cp) || PythonText.isPunctuationOrSeparator(cp);
    }

    static boolean overlaps(int[] a, int[] b) {
        return a != null && b != null && Math.max(a[0], b[0]) < Math.min(a[1], b[1]);
    }

    private static double score(boolean right) {
        return right ? 1.0 : 0.0;
    }

    private static void add(Map<String, Double> sums, Map<String, Double> scores) {
        scores.forEach((metric, value) -> sums.merge(metric, value, Double::sum));
    }

    /** The key score.py counts a type under: the string, or the JSON value itself for anything else. */
    private static String typeKey(JsonObject attribution) {
        JsonElement type = Json.get(attribution, "type");
        String string = Json.string(type);
        return string != null ? string : "\u0000" + type;
    }

    /** The source mention of an attribution: its span, entity, the entity's names and the mention's text. */
    private record SourceInfo(int[] span, JsonObject entity, List<String> names, String text) {
        static final SourceInfo NONE = new SourceInfo(null, null, List.of(), null);

        static SourceInfo of(JsonObject document, int[] text, JsonObject attribution) {
            JsonElement source = Json.get(attribution, "source");
            if (source.isJsonNull()) {
                return NONE;
            }
            JsonObject mention = lastWithId(Json.objects(document, "mentions"), source);
            if (mention == null) {
                return NONE;
            }
            JsonObject entity = lastWithId(Json.objects(document, "entities"), Json.get(mention, "entity"));
            JsonElement spanValue = Json.get(mention, "span");
            int[] span = Json.span(spanValue);
            boolean hasSpan = spanValue.isJsonArray() && spanValue.getAsJsonArray().size() > 0;
            String mentionText = hasSpan && span != null ? PythonText.slice(text, span[0], span[1]) : null;
            return new SourceInfo(spanValue.isJsonNull() ? null : span, entity, SpeakerRule.names(entity), mentionText);
        }

        /** As a dict built from the list: the last element with that id wins. */
        private static JsonObject lastWithId(List<JsonObject> objects, JsonElement id) {
            JsonObject found = null;
            for (JsonObject object : objects) {
                if (Json.get(object, "id").equals(id == null ? JsonNull.INSTANCE : id)) {
                    found = object;
                }
            }
            return found;
        }
    }

    private EvalReport report(int goldDocuments, int predictedDocuments, int paired, Map<String, Object> perDocument) {
        Map<String, Object> report = new LinkedHashMap<>();
        Map<String, Object> documents = new LinkedHashMap<>();
        documents.put("gold", goldDocuments);
        documents.put("predicted", predictedDocuments);
        documents.put("paired", paired);
        report.put("documents", documents);
        Map<String, Object> attributions = new LinkedHashMap<>();
        attributions.put("gold", goldCount);
        attributions.put("predicted", predCount);
        attributions.put("matched", (int) (double) tp.getOrDefault("match", 0.0));
        report.put("attributions", attributions);
        report.put("threshold", THRESHOLD);
        Map<String, Object> metrics = new LinkedHashMap<>();
        for (String metric : METRICS) {
            metrics.put(metric, prf(tp.get(metric), predCount, goldCount));
        }
        report.put("metrics", metrics);
        Map<String, Object> perType = new LinkedHashMap<>();
        for (String type : TYPES) {
            Map<String, Object> byMetric = new LinkedHashMap<>();
            int pred = predTypes.getOrDefault(type, 0);
            int gold = goldTypes.getOrDefault(type, 0);
            for (String metric : METRICS) {
                Map<String, Object> r = prf(tpByGoldType.get(type).get(metric), pred, gold);
                Map<String, Object> p = prf(tpByPredType.get(type).get(metric), pred, gold);
                double precision = (double) p.get("precision");
                double recall = (double) r.get("recall");
                double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0.0;
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("tp_pred", p.get("tp"));
                row.put("pred", pred);
                row.put("tp_gold", r.get("tp"));
                row.put("gold", gold);
                row.put("precision", precision);
                row.put("recall", recall);
                row.put("f1", PythonNumbers.round(f1, 4));
                byMetric.put(metric, row);
            }
            perType.put(type, byMetric);
        }
        report.put("per_type", perType);
        report.put("per_document", perDocument);
        report.put("warnings", new ArrayList<>(warnings));
        return new EvalReport(report);
    }

    /** P, R and F1 of summed scores {@code tp} (null: no pair scored, kept as the integer 0). */
    private static Map<String, Object> prf(Double tp, int predicted, int gold) {
        double sum = tp == null ? 0.0 : tp;
        double precision = predicted > 0 ? sum / predicted : 0.0;
        double recall = gold > 0 ? sum / gold : 0.0;
        double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0.0;
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("tp", tp == null ? (Object) 0 : PythonNumbers.round(sum, 4));
        result.put("pred", predicted);
        result.put("gold", gold);
        result.put("precision", PythonNumbers.round(precision, 4));
        result.put("recall", PythonNumbers.round(recall, 4));
        result.put("f1", PythonNumbers.round(f1, 4));
        return result;
    }
}
