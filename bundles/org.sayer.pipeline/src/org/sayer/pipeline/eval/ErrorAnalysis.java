package org.sayer.pipeline.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * What went wrong, claim by claim, for error analysis on train and dev (never on a sealed test
 * split): each gold claim the prediction missed and each predicted claim that is wrong, with its
 * kind and the line it stands in, and a count per kind.
 *
 * <p>Kinds: <b>no candidate</b> (nothing predicted overlaps a missed claim's content; for a false
 * alarm, no gold claim there), <b>boundary</b> (a prediction overlaps the gold content, below the
 * scorer's match), <b>wrong source</b> (matched, but the speaker is not the gold one), and, for
 * matched claims that count as right end to end, <b>wrong cue</b>, <b>type</b> and <b>nesting</b>
 * (the parent claims do not pair up).
 */
public final class ErrorAnalysis {

    /** One error: MISS (a gold claim) or FALSE (a predicted one), its kind, document and texts. */
    public record Error(String side, String kind, String document, String cue, String content, String line) {
    }

    private final List<Error> errors = new ArrayList<>();
    /** Gold claims nested in another, and those a predicted claim found with its parent (both matched, and linked). */
    private int nestedGold;
    private int nestedFound;

    private ErrorAnalysis() {
    }

    public static ErrorAnalysis of(Path gold, Path predicted) throws IOException {
        return of(ScoringInput.load(gold), ScoringInput.load(predicted));
    }

    public static ErrorAnalysis of(Map<JsonElement, JsonObject> gold, Map<JsonElement, JsonObject> predicted) {
        ErrorAnalysis analysis = new ErrorAnalysis();
        for (Map.Entry<JsonElement, JsonObject> entry : gold.entrySet()) {
            JsonObject prediction = predicted.get(entry.getKey());
            analysis.document(entry.getValue(), prediction == null ? new JsonObject() : prediction);
        }
        return analysis;
    }

    public List<Error> errors() {
        return errors;
    }

    /** The gold claims that have a parent claim. */
    public int nestedGold() {
        return nestedGold;
    }

    /**
     * Of {@link #nestedGold}, those found with their parent: the claim and its parent are each matched
     * (score.py's pairing), and the claim matched to the child has the one matched to the parent as its parent.
     */
    public int nestedFound() {
        return nestedFound;
    }

    /** Errors per kind, MISS and FALSE apart, in a fixed order. */
    public Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String side : List.of("MISS", "FALSE")) {
            for (String kind : List.of("no candidate", "boundary", "wrong source", "wrong cue", "type", "nesting")) {
                counts.put(side + " " + kind, 0);
            }
        }
        errors.forEach(e -> counts.merge(e.side() + " " + e.kind(), 1, Integer::sum));
        return counts;
    }

    private void document(JsonObject gold, JsonObject predicted) {
        String id = Json.key(Json.get(gold, "id"));
        String text = Json.string(gold.get("text"));
        int[] codePoints = PythonText.codePoints(text == null ? "" : text);
        TokenView view = new TokenView(codePoints, true);
        List<JsonObject> goldClaims = Json.objects(gold, "attributions");
        List<JsonObject> predictedClaims = Json.objects(predicted, "attributions");
        Map<Integer, Scorer.Pair> byGold = new HashMap<>();
        Map<Integer, Scorer.Pair> byPredicted = new HashMap<>();
        for (Scorer.Pair pair : Scorer.pairs(gold, predicted)) {
            byGold.put(pair.gold(), pair);
            byPredicted.put(pair.predicted(), pair);
        }
        Map<String, Integer> goldIndex = indexById(goldClaims);
        Map<String, Integer> predictedIndex = indexById(predictedClaims);
        for (int g = 0; g < goldClaims.size(); g++) {
            Scorer.Pair pair = byGold.get(g);
            if (!Json.isNull(goldClaims.get(g), "parent")) {
                nestedGold++;
                if (pair != null && sameParent(goldClaims, predictedClaims, goldIndex, predictedIndex, byGold, g, pair.predicted())) {
                    nestedFound++;
                }
            }
            String kind = pair == null ? (overlapsAny(view, goldClaims.get(g), predictedClaims) ? "boundary" : "no candidate")
                    : pair.endToEnd() ? null : "wrong source";
            if (pair != null && pair.endToEnd()) {
                kind = pair.scores().get("cue") < 1 ? "wrong cue" : pair.scores().get("type") < 1 ? "type"
                        : !sameParent(goldClaims, predictedClaims, goldIndex, predictedIndex, byGold, g, pair.predicted()) ? "nesting" : null;
            }
            if (kind != null) {
                add("MISS", kind, id, codePoints, goldClaims.get(g));
            }
        }
        for (int p = 0; p < predictedClaims.size(); p++) {
            Scorer.Pair pair = byPredicted.get(p);
            if (pair == null) {
                add("FALSE", overlapsAny(view, predictedClaims.get(p), goldClaims) ? "boundary" : "no candidate", id, codePoints,
                        predictedClaims.get(p));
            } else if (!pair.endToEnd()) {
                add("FALSE", "wrong source", id, codePoints, predictedClaims.get(p));
            }
        }
    }

    private static Map<String, Integer> indexById(List<JsonObject> claims) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < claims.size(); i++) {
            index.putIfAbsent(Json.key(Json.get(claims.get(i), "id")), i);
        }
        return index;
    }

    /** Whether the gold claim's parent is paired with the predicted claim's parent (both none counts). */
    private static boolean sameParent(List<JsonObject> gold, List<JsonObject> predicted, Map<String, Integer> goldIndex,
            Map<String, Integer> predictedIndex, Map<Integer, Scorer.Pair> byGold, int g, int p) {
        Integer goldParent = Json.isNull(gold.get(g), "parent") ? null : goldIndex.get(Json.key(Json.get(gold.get(g), "parent")));
        Integer predictedParent = Json.isNull(predicted.get(p), "parent") ? null
                : predictedIndex.get(Json.key(Json.get(predicted.get(p), "parent")));
        if (goldParent == null || predictedParent == null) {
            return goldParent == null && predictedParent == null;
        }
        Scorer.Pair parentPair = byGold.get(goldParent);
        return parentPair != null && parentPair.predicted() == predictedParent;
    }

    private static boolean overlapsAny(TokenView view, JsonObject claim, List<JsonObject> others) {
        Bag bag = view.bag(Json.span(claim.get("content")));
        for (JsonObject other : others) {
            if (Bag.intersection(bag, view.bag(Json.span(other.get("content")))) > 0) {
                return true;
            }
        }
        return false;
    }

    private void add(String side, String kind, String document, int[] text, JsonObject claim) {
        int[] content = Json.span(claim.get("content"));
        int[] cue = Json.isNull(claim, "cue") ? null : Json.span(claim.get("cue"));
        errors.add(new Error(side, kind, document, cue == null ? "-" : PythonText.slice(text, cue[0], cue[1]),
                PythonText.slice(text, content[0], content[1]), line(text, content[0])));
    }

    /** The line (paragraph) a content starts in, at most 300 characters around it. */
    private static String line(int[] text, int at) {
        int begin = Math.max(0, Math.min(at, text.length));
        while (begin > 0 && text[begin - 1] != '\n') {
            begin--;
        }
        int end = Math.min(at, text.length);
        while (end < text.length && text[end] != '\n') {
            end++;
        }
        begin = Math.max(begin, at - 150);
        end = Math.min(end, Math.max(at, begin) + 300);
        return PythonText.slice(text, begin, end);
    }

    /** The errors a line each, then the counts. */
    public String toText() {
        StringBuilder out = new StringBuilder();
        for (Error e : errors) {
            out.append(String.format("%-5s %-12s %s  cue: %s%n      content: %s%n      line: %s%n", e.side(), e.kind(), e.document(),
                    e.cue(), oneLine(e.content()), oneLine(e.line())));
        }
        out.append(String.format("%nErrors by kind (%d):%n", errors.size()));
        counts().forEach((kind, count) -> out.append(String.format("  %-20s %4d%n", kind, count)));
        return out.toString();
    }

    private static String oneLine(String text) {
        return text.replace('\n', ' ');
    }
}
