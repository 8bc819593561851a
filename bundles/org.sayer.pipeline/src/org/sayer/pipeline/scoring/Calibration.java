package org.sayer.pipeline.scoring;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import org.sayer.pipeline.eval.Scorer;
import org.sayer.pipeline.eval.ScoringInput;

/**
 * How well probabilities match outcomes: a reliability table (probability bucket -> share right),
 * the Brier score, and the threshold that gives the best F1 when every claim below it is dropped.
 * F1 counts against all gold claims, so the claims no candidate reached count as misses.
 */
public final class Calibration {

    /** A candidate's probability and whether it was right. */
    public record Scored(double probability, boolean right) {
    }

    /** One bucket of the reliability table: [from, to), how many, mean probability, share right. */
    public record Bucket(double from, double to, int count, double meanProbability, double shareRight) {
    }

    private final List<Scored> scored;
    private final int goldClaims;

    public Calibration(List<Scored> scored, int goldClaims) {
        this.scored = List.copyOf(scored);
        this.goldClaims = goldClaims;
    }

    /**
     * How the confidences of {@code predicted} (the "confidence" key that annotate writes for
     * machine claims) fare against {@code gold}: a claim is right when the scorer pairs it with a
     * gold claim at end-to-end 1.
     */
    public static Calibration of(Path gold, Path predicted) throws IOException {
        return of(ScoringInput.load(gold), ScoringInput.load(predicted));
    }

    /** As {@link #of(Path, Path)}, for documents by id as {@link ScoringInput#load} gives them. */
    public static Calibration of(Map<JsonElement, JsonObject> gold, Map<JsonElement, JsonObject> predicted) {
        List<Scored> scored = new ArrayList<>();
        int goldClaims = 0;
        for (Map.Entry<JsonElement, JsonObject> entry : gold.entrySet()) {
            goldClaims += attributions(entry.getValue()).size();
            JsonObject prediction = predicted.get(entry.getKey());
            if (prediction == null) {
                continue;
            }
            Set<Integer> right = new HashSet<>();
            for (Scorer.Pair pair : Scorer.pairs(entry.getValue(), prediction)) {
                if (pair.endToEnd()) {
                    right.add(pair.predicted());
                }
            }
            JsonArray claims = attributions(prediction);
            for (int i = 0; i < claims.size(); i++) {
                if (claims.get(i) instanceof JsonObject claim && claim.get("confidence") instanceof JsonPrimitive p && p.isNumber()) {
                    scored.add(new Scored(p.getAsDouble(), right.contains(i)));
                }
            }
        }
        return new Calibration(scored, goldClaims);
    }

    private static JsonArray attributions(JsonObject document) {
        return document.get("attributions") instanceof JsonArray array ? array : new JsonArray();
    }

    public int size() {
        return scored.size();
    }

    /** Mean squared difference between probability and outcome (0 is perfect; 0.25 is a coin). */
    public double brier() {
        return scored.stream().mapToDouble(s -> Math.pow(s.probability() - (s.right() ? 1 : 0), 2)).average().orElse(0);
    }

    public List<Bucket> reliability(int buckets) {
        List<Bucket> table = new ArrayList<>();
        for (int b = 0; b < buckets; b++) {
            double from = (double) b / buckets;
            double to = (double) (b + 1) / buckets;
            boolean last = b == buckets - 1;
            List<Scored> in = scored.stream().filter(s -> s.probability() >= from && (s.probability() < to || last)).toList();
            double mean = in.stream().mapToDouble(Scored::probability).average().orElse(0);
            double right = in.stream().filter(Scored::right).count() / (double) Math.max(1, in.size());
            table.add(new Bucket(from, to, in.size(), mean, right));
        }
        return table;
    }

    /** Thresholds are tried on a grid of this step, from 0 to 1. */
    static final double GRID = 0.01;
    /** F1 is averaged over thresholds this close to each other before the best is taken. */
    static final double SMOOTHING = 0.1;
    /** Smoothed F1 this close to the best counts as the best: the plateau the threshold is the middle of. */
    static final double PLATEAU = 0.005;

    /**
     * The middle of the plateau of the best F1, smoothed: F1 averaged over the thresholds within
     * {@value #SMOOTHING} of each, and the thresholds whose smoothed F1 lies within {@value #PLATEAU}
     * of the best. The cross-validated F1 is flat within a claim or two from about 0.1 to 0.5, so the
     * best single cut jumped between 0.14 and 0.48 from one training set to the next, and the best
     * smoothed one between 0.17 and 0.44; the plateau's middle stays within 0.29–0.35. 0.5 with
     * nothing scored.
     */
    public double bestThreshold() {
        return best()[0];
    }

    /** {threshold, precision, recall, F1} at the {@linkplain #bestThreshold() best threshold}. */
    public double[] best() {
        if (scored.isEmpty()) {
            return new double[] { 0.5, 0, 0, 0 };
        }
        int steps = (int) Math.round(1 / GRID);
        double[][] at = new double[steps + 1][];
        for (int g = 0; g <= steps; g++) {
            at[g] = keptFrom(g / (double) steps);
        }
        int reach = (int) Math.round(SMOOTHING / GRID);
        double[] smoothed = new double[steps + 1];
        int best = 0;
        for (int g = 0; g <= steps; g++) {
            double sum = 0;
            int n = 0;
            for (int h = Math.max(0, g - reach); h <= Math.min(steps, g + reach); h++) {
                sum += at[h][3];
                n++;
            }
            smoothed[g] = sum / n;
            if (smoothed[g] > smoothed[best] + 1e-12) {
                best = g;
            }
        }
        int low = best;
        int high = best;
        while (low > 0 && smoothed[low - 1] >= smoothed[best] - PLATEAU) {
            low--;
        }
        while (high < steps && smoothed[high + 1] >= smoothed[best] - PLATEAU) {
            high++;
        }
        return at[(low + high) / 2];
    }

    /** {threshold, precision, recall, F1} when the claims from {@code threshold} up are kept. */
    private double[] keptFrom(double threshold) {
        int kept = 0;
        int right = 0;
        for (Scored s : scored) {
            if (s.probability() >= threshold) {
                kept++;
                right += s.right() ? 1 : 0;
            }
        }
        double precision = kept == 0 ? 0 : right / (double) kept;
        double recall = goldClaims == 0 ? 0 : right / (double) goldClaims;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new double[] { threshold, precision, recall, f1 };
    }

    /** The reliability table and the figures, as text for a terminal or the README. */
    public String toTable(int buckets) {
        StringBuilder out = new StringBuilder("| confidence | claims | mean confidence | share right |\n|---|---|---|---|\n");
        for (Bucket b : reliability(buckets)) {
            out.append(String.format(Locale.ROOT, "| %.1f-%.1f | %d | %.3f | %.3f |%n", b.from(), b.to(), b.count(), b.meanProbability(), b.shareRight()));
        }
        double[] best = best();
        out.append(String.format(Locale.ROOT, "Brier score %.4f over %d candidates; best threshold %.3f (P %.3f, R %.3f, F1 %.3f)%n",
                brier(), size(), best[0], best[1], best[2], best[3]));
        return out.toString();
    }
}
