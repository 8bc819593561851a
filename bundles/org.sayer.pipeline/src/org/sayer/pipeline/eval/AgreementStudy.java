package org.sayer.pipeline.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Inter-annotator agreement between two or more versions of the same documents, each version a
 * Sayer gold JSON document (FORMAT.md). Documents are added one at a time (memory holds what one
 * document needs plus small corpus totals) and the report gives, per document and for the corpus:
 * <ul>
 * <li>Krippendorff's αu per annotation kind, on code-point units ({@link UnitizingAlpha}): speaker
 * mentions, cues, claims of any type, and each claim type;</li>
 * <li>Cohen's kappa (two annotators) or Fleiss' kappa (more) on token labels, one layer per kind
 * ({@link TokenLabelStudy}, DKPro Statistics);</li>
 * <li>for each pair of annotators, the F1 of whole attributions matched as {@link Scorer} matches
 * them (the first of the pair as gold), with content, speaker, cue, type and nesting agreement as
 * rows of their own, and a confusion table of claim types.</li>
 * </ul>
 */
public final class AgreementStudy {

    public static final String MENTION = "speaker mention";
    public static final String CUE = "cue";
    public static final String CLAIM = "claim";
    /** The αu rows: each kind, then each claim type ("claim DIRECT", ...). */
    public static final List<String> UNIT_KINDS = List.of(MENTION, CUE, CLAIM, "claim DIRECT", "claim INDIRECT", "claim MIXED");
    /** The token-label layers that get a kappa. */
    public static final List<String> LAYERS = List.of(MENTION, CUE, CLAIM);
    /** The attribution rows; "attribution" is a match of the contents alone. */
    public static final List<String> ATTRIBUTION_ROWS = List.of("attribution", "content-exact", "speaker", "cue", "type", "nesting");
    /** The confusion table's rows and columns: each claim type, and "none" for an attribution the other did not make. */
    public static final List<String> CONFUSION_LABELS = List.of("DIRECT", "INDIRECT", "MIXED", "none");

    private static final String OUTSIDE = "O";

    private final List<String> annotators;
    private final Spans corpusSpans;
    private final Map<String, TokenLabelStudy> corpusLabels = new LinkedHashMap<>();
    private final Map<String, PairCounts> corpusPairs = new LinkedHashMap<>();
    private final List<DocumentAgreement> documents = new ArrayList<>();
    private final List<Missing> missing = new ArrayList<>();
    private final List<String> textDiffers = new ArrayList<>();

    /** A document that not every version has: its id and the annotators that lack it. */
    public record Missing(String id, List<String> missingFrom) {
    }

    /** The figures of one document, or of the corpus (id null); a NaN figure means nothing to agree on. */
    public record DocumentAgreement(String id, Map<String, Double> alpha, Map<String, Double> kappa,
            Map<String, PairCounts> pairs) {

        /** The F1 of {@code row} averaged over the pairs of annotators (NaN when no pair has one). */
        public double meanF1(String row) {
            double sum = 0;
            int n = 0;
            for (PairCounts pair : pairs.values()) {
                double f1 = pair.f1(row);
                if (!Double.isNaN(f1)) {
                    sum += f1;
                    n++;
                }
            }
            return n == 0 ? Double.NaN : sum / n;
        }
    }

    /** What one pair of annotators (first, second) did with attributions, summed over documents. */
    public static final class PairCounts {
        private int first;
        private int second;
        private final double[] agreed = new double[ATTRIBUTION_ROWS.size()];
        private final int[][] confusion = new int[CONFUSION_LABELS.size()][CONFUSION_LABELS.size()];

        public int first() {
            return first;
        }

        public int second() {
            return second;
        }

        /** The matched pairs that agree on {@code row} (all matched pairs for "attribution"). */
        public double agreed(String row) {
            return agreed[ATTRIBUTION_ROWS.indexOf(row)];
        }

        /** 2 · agreed / (first + second): the F1 of either against the other; NaN when neither made an attribution. */
        public double f1(String row) {
            return first + second == 0 ? Double.NaN : 2.0 * agreed(row) / (first + second);
        }

        /** How often the first annotator's {@code rowLabel} met the second's {@code columnLabel} (see {@link #CONFUSION_LABELS}). */
        public int confusion(String rowLabel, String columnLabel) {
            return confusion[CONFUSION_LABELS.indexOf(rowLabel)][CONFUSION_LABELS.indexOf(columnLabel)];
        }

        void addAll(PairCounts other) {
            first += other.first;
            second += other.second;
            for (int i = 0; i < agreed.length; i++) {
                agreed[i] += other.agreed[i];
            }
            for (int i = 0; i < confusion.length; i++) {
                for (int j = 0; j < confusion.length; j++) {
                    confusion[i][j] += other.confusion[i][j];
                }
            }
        }
    }

    public AgreementStudy(List<String> annotators) {
        if (annotators.size() < 2) {
            throw new IllegalArgumentException("agreement needs at least two annotators");
        }
        this.annotators = List.copyOf(annotators);
        this.corpusSpans = new Spans(annotators.size(), 0);
        for (String layer : LAYERS) {
            corpusLabels.put(layer, new TokenLabelStudy(annotators.size()));
        }
        for (String pair : pairNames()) {
            corpusPairs.put(pair, new PairCounts());
        }
    }

    public List<String> annotators() {
        return annotators;
    }

    /** "A / B" for every pair of annotators, in order. */
    public List<String> pairNames() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < annotators.size(); i++) {
            for (int j = i + 1; j < annotators.size(); j++) {
                names.add(annotators.get(i) + " / " + annotators.get(j));
            }
        }
        return names;
    }

    /**
     * Adds one document in every annotator's version, in annotator order; a null version means that
     * annotator lacks the document, which is then listed as missing and not compared. Versions
     * whose texts differ are listed and not compared either.
     */
    public void add(String id, List<JsonObject> versions) {
        if (versions.size() != annotators.size()) {
            throw new IllegalArgumentException("expected " + annotators.size() + " versions of " + id);
        }
        List<String> lacking = new ArrayList<>();
        for (int r = 0; r < versions.size(); r++) {
            if (versions.get(r) == null) {
                lacking.add(annotators.get(r));
            }
        }
        if (!lacking.isEmpty()) {
            missing.add(new Missing(id, lacking));
            return;
        }
        JsonElement text = Json.get(versions.get(0), "text");
        for (JsonObject version : versions) {
            if (!Objects.equals(Json.get(version, "text"), text)) {
                textDiffers.add(id);
                return;
            }
        }
        String textString = Json.string(text);
        int[] codePoints = PythonText.codePoints(textString == null ? "" : textString);

        Spans spans = new Spans(annotators.size(), codePoints.length);
        long corpusOffset = corpusSpans.extend(codePoints.length);
        TokenView tokens = new TokenView(codePoints, true);
        Map<String, TokenLabelStudy> labels = new LinkedHashMap<>();
        for (String layer : LAYERS) {
            labels.put(layer, new TokenLabelStudy(annotators.size()));
        }
        List<Map<String, String[]>> tokenLabels = new ArrayList<>();
        for (int r = 0; r < versions.size(); r++) {
            List<Unit> units = units(versions.get(r));
            for (Unit unit : units) {
                spans.add(r, unit, 0);
                corpusSpans.add(r, unit, corpusOffset);
            }
            tokenLabels.add(labelTokens(tokens, units));
        }
        for (String layer : LAYERS) {
            for (int t = 0; t < tokens.tokens().size(); t++) {
                String[] tuple = new String[annotators.size()];
                for (int r = 0; r < tuple.length; r++) {
                    tuple[r] = tokenLabels.get(r).get(layer)[t];
                }
                labels.get(layer).add(tuple);
            }
            corpusLabels.get(layer).addAll(labels.get(layer));
        }

        Map<String, PairCounts> pairs = new LinkedHashMap<>();
        List<String> names = pairNames();
        int p = 0;
        for (int i = 0; i < annotators.size(); i++) {
            for (int j = i + 1; j < annotators.size(); j++) {
                PairCounts counts = comparePair(versions.get(i), versions.get(j));
                pairs.put(names.get(p), counts);
                corpusPairs.get(names.get(p)).addAll(counts);
                p++;
            }
        }
        documents.add(new DocumentAgreement(id, spans.alphas(), kappas(labels), pairs));
    }

    /** The figures of every document compared, in the order added. */
    public List<DocumentAgreement> documents() {
        return documents;
    }

    /** The figures over all documents compared, as one continuum and one token sequence. */
    public DocumentAgreement corpus() {
        return new DocumentAgreement(null, corpusSpans.alphas(), kappas(corpusLabels), corpusPairs);
    }

    public List<Missing> missing() {
        return missing;
    }

    public List<String> textDiffers() {
        return textDiffers;
    }

    /** "Cohen" for two annotators, "Fleiss" for more. */
    public String kappaName() {
        return annotators.size() == 2 ? "Cohen" : "Fleiss";
    }

    private static Map<String, Double> kappas(Map<String, TokenLabelStudy> labels) {
        Map<String, Double> result = new LinkedHashMap<>();
        labels.forEach((layer, study) -> result.put(layer, study.kappa()));
        return result;
    }

    /** A span of one kind ({@link #MENTION}, {@link #CUE}, or a claim type), in code points. */
    private record Unit(String kind, int begin, int end) {
        boolean isClaim() {
            return !kind.equals(MENTION) && !kind.equals(CUE);
        }
    }

    /** Every mention, every distinct cue span and every claim of one version. */
    private static List<Unit> units(JsonObject version) {
        List<Unit> units = new ArrayList<>();
        for (JsonObject mention : Json.objects(version, "mentions")) {
            addUnit(units, MENTION, Json.span(Json.get(mention, "span")));
        }
        for (JsonObject attribution : Json.objects(version, "attributions")) {
            addUnit(units, CUE, Json.span(Json.get(attribution, "cue")));
            String type = Json.string(Json.get(attribution, "type"));
            addUnit(units, type == null ? "untyped" : type, Json.span(Json.get(attribution, "content")));
        }
        return units;
    }

    private static void addUnit(List<Unit> units, String kind, int[] span) {
        if (span != null && span[1] > span[0]) {
            Unit unit = new Unit(kind, span[0], span[1]);
            if (!units.contains(unit)) { // two claims sharing one cue mark it once
                units.add(unit);
            }
        }
    }

    /**
     * Each token's label per layer: the kind when a unit of it overlaps the token, else "O"; for
     * claims, the type of the shortest claim over the token (the innermost when nested).
     */
    private static Map<String, String[]> labelTokens(TokenView view, List<Unit> units) {
        List<int[]> tokens = view.tokens();
        Map<String, String[]> labels = new LinkedHashMap<>();
        for (String layer : LAYERS) {
            String[] row = new String[tokens.size()];
            java.util.Arrays.fill(row, OUTSIDE);
            labels.put(layer, row);
        }
        int[] innermost = new int[tokens.size()];
        java.util.Arrays.fill(innermost, Integer.MAX_VALUE);
        for (Unit unit : units) {
            String[] row = labels.get(unit.isClaim() ? CLAIM : unit.kind());
            int length = unit.end() - unit.begin();
            // visit only the tokens the unit covers
            for (int t = view.firstEndingAfter(unit.begin()); t < tokens.size() && tokens.get(t)[0] < unit.end(); t++) {
                if (!unit.isClaim()) {
                    row[t] = unit.kind();
                } else if (length < innermost[t]) {
                    innermost[t] = length;
                    row[t] = unit.kind();
                }
            }
        }
        return labels;
    }

    /** The αu studies of one continuum: one per kind, and the claims by type. */
    private static final class Spans {
        private final UnitizingAlpha mentions;
        private final UnitizingAlpha cues;
        private final UnitizingAlpha claims;
        private final UnitizingAlpha claimsByType;

        Spans(int raters, long length) {
            mentions = new UnitizingAlpha(raters, length);
            cues = new UnitizingAlpha(raters, length);
            claims = new UnitizingAlpha(raters, length);
            claimsByType = new UnitizingAlpha(raters, length);
        }

        long extend(long more) {
            cues.extend(more);
            claims.extend(more);
            claimsByType.extend(more);
            return mentions.extend(more);
        }

        void add(int rater, Unit unit, long offset) {
            long begin = offset + unit.begin();
            long end = offset + unit.end();
            if (unit.kind().equals(MENTION)) {
                mentions.add(rater, MENTION, begin, end);
            } else if (unit.kind().equals(CUE)) {
                cues.add(rater, CUE, begin, end);
            } else {
                claims.add(rater, CLAIM, begin, end);
                claimsByType.add(rater, unit.kind(), begin, end);
            }
        }

        Map<String, Double> alphas() {
            Map<String, Double> result = new LinkedHashMap<>();
            result.put(MENTION, mentions.agreement());
            result.put(CUE, cues.agreement());
            result.put(CLAIM, claims.agreement());
            for (String type : Scorer.TYPES) {
                result.put("claim " + type, claimsByType.categoryAgreement(type));
            }
            return result;
        }
    }

    /** The attributions of {@code first} and {@code second} matched as {@link Scorer} matches them, counted. */
    private static PairCounts comparePair(JsonObject first, JsonObject second) {
        List<JsonObject> firstAttributions = Json.objects(first, "attributions");
        List<JsonObject> secondAttributions = Json.objects(second, "attributions");
        PairCounts counts = new PairCounts();
        counts.first = firstAttributions.size();
        counts.second = secondAttributions.size();
        List<Scorer.Pair> pairs = Scorer.pairs(first, second);
        Map<Integer, Integer> secondOf = new HashMap<>();
        for (Scorer.Pair pair : pairs) {
            secondOf.put(pair.gold(), pair.predicted());
        }
        int[] firstParents = parents(firstAttributions);
        int[] secondParents = parents(secondAttributions);
        boolean[] secondMatched = new boolean[secondAttributions.size()];
        boolean[] firstMatched = new boolean[firstAttributions.size()];
        for (Scorer.Pair pair : pairs) {
            firstMatched[pair.gold()] = true;
            secondMatched[pair.predicted()] = true;
            Map<String, Double> s = pair.scores();
            counts.agreed[0] += 1;
            counts.agreed[1] += s.get("content-exact");
            counts.agreed[2] += s.get("speaker");
            counts.agreed[3] += s.get("cue");
            counts.agreed[4] += s.get("type");
            int firstParent = firstParents[pair.gold()];
            int secondParent = secondParents[pair.predicted()];
            boolean sameNesting = firstParent < 0 ? secondParent < 0
                    : secondParent >= 0 && Objects.equals(secondOf.get(firstParent), secondParent);
            counts.agreed[5] += sameNesting ? 1 : 0;
            count(counts, firstAttributions.get(pair.gold()), secondAttributions.get(pair.predicted()));
        }
        for (int a = 0; a < firstMatched.length; a++) {
            if (!firstMatched[a]) {
                count(counts, firstAttributions.get(a), null);
            }
        }
        for (int b = 0; b < secondMatched.length; b++) {
            if (!secondMatched[b]) {
                count(counts, null, secondAttributions.get(b));
            }
        }
        return counts;
    }

    private static void count(PairCounts counts, JsonObject first, JsonObject second) {
        int row = confusionIndex(first);
        int column = confusionIndex(second);
        if (row >= 0 && column >= 0) {
            counts.confusion[row][column]++;
        }
    }

    /** The attribution's type in {@link #CONFUSION_LABELS}: "none" for null, -1 for a type outside the format. */
    private static int confusionIndex(JsonObject attribution) {
        return attribution == null ? CONFUSION_LABELS.indexOf("none")
                : Scorer.TYPES.indexOf(Json.string(Json.get(attribution, "type")));
    }

    /** For each attribution, the index of its parent in the same list, or -1 (none, or an id not found). */
    private static int[] parents(List<JsonObject> attributions) {
        Map<JsonElement, Integer> byId = new HashMap<>();
        for (int i = 0; i < attributions.size(); i++) {
            byId.putIfAbsent(Json.get(attributions.get(i), "id"), i);
        }
        int[] parents = new int[attributions.size()];
        for (int i = 0; i < parents.length; i++) {
            JsonElement parent = Json.get(attributions.get(i), "parent");
            parents[i] = parent.isJsonNull() ? -1 : byId.getOrDefault(parent, -1);
        }
        return parents;
    }
}
