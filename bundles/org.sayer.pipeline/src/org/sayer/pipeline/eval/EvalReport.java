package org.sayer.pipeline.eval;

import java.util.List;
import java.util.Map;

/**
 * What {@code eval} reports, in score.py's structure: documents, attribution counts, threshold,
 * metrics (tp, pred, gold, precision, recall, f1), per type, per document and warnings. It prints
 * as score.py's table or, with {@link #toJson()}, as its {@code --json} output.
 */
public final class EvalReport {

    private final Map<String, Object> tree;

    EvalReport(Map<String, Object> tree) {
        this.tree = tree;
    }

    /** The report as nested maps, lists, strings and numbers, keys in score.py's order. */
    public Map<String, Object> asMap() {
        return tree;
    }

    /** One figure of {@code metric}: "tp", "pred", "gold", "precision", "recall" or "f1". */
    public double metric(String metric, String figure) {
        return ((Number) section("metrics", metric).get(figure)).doubleValue();
    }

    /** One count of "documents" ("gold", "predicted", "paired") or "attributions" ("gold", "predicted", "matched"). */
    public int count(String part, String figure) {
        return ((Number) section(part).get(figure)).intValue();
    }

    @SuppressWarnings("unchecked")
    public List<String> warnings() {
        return (List<String>) tree.get("warnings");
    }

    /** The report as score.py prints it with {@code --json} ({@code json.dumps(report, indent=2, ensure_ascii=False)}). */
    public String toJson() {
        StringBuilder out = new StringBuilder();
        PythonJson.write(tree, 0, out);
        return out.toString();
    }

    /** The readable table that score.py prints by default. */
    public String toTable() {
        StringBuilder out = new StringBuilder();
        Map<String, Object> documents = section("documents");
        Map<String, Object> attributions = section("attributions");
        line(out, "Documents:    %s gold, %s predicted, %s paired by id", documents.get("gold"), documents.get("predicted"),
                documents.get("paired"));
        line(out, "Attributions: %s gold, %s predicted, %s matched (content Jaccard >= %s)", attributions.get("gold"),
                attributions.get("predicted"), attributions.get("matched"), PythonNumbers.repr((double) tree.get("threshold")));
        out.append('\n');
        line(out, "%-17s%9s%7s%7s%8s%8s%8s", "metric", "tp", "pred", "gold", "P", "R", "F1");
        for (String metric : Scorer.METRICS) {
            Map<String, Object> r = section("metrics", metric);
            line(out, "%-17s%9s%7s%7s%8s%8s%8s", metric, fixed(r.get("tp"), 2), r.get("pred"), r.get("gold"),
                    fixed(r.get("precision"), 3), fixed(r.get("recall"), 3), fixed(r.get("f1"), 3));
        }
        out.append('\n');
        line(out, "Per type (P over predictions of that type, R over gold attributions of that type)");
        line(out, "%-10s%-17s%14s%14s%8s%8s%8s", "type", "metric", "tp/pred", "tp/gold", "P", "R", "F1");
        for (String type : Scorer.TYPES) {
            for (String metric : Scorer.METRICS) {
                Map<String, Object> r = section("per_type", type, metric);
                line(out, "%-10s%-17s%8s/%-5s%8s/%-5s%8s%8s%8s", type, metric, fixed(r.get("tp_pred"), 2), r.get("pred"),
                        fixed(r.get("tp_gold"), 2), r.get("gold"), fixed(r.get("precision"), 3), fixed(r.get("recall"), 3),
                        fixed(r.get("f1"), 3));
            }
        }
        if (!warnings().isEmpty()) {
            out.append('\n');
            for (String warning : warnings()) {
                line(out, "warning: %s", warning);
            }
        }
        // print() adds the last line break; the caller prints this with println.
        out.setLength(out.length() - 1);
        return out.toString();
    }

    private static void line(StringBuilder out, String format, Object... values) {
        out.append(String.format(java.util.Locale.ROOT, format, values)).append('\n');
    }

    private static String fixed(Object number, int digits) {
        return PythonNumbers.fixed(((Number) number).doubleValue(), digits);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> section(String... path) {
        Object node = tree;
        for (String key : path) {
            node = ((Map<String, Object>) node).get(key);
        }
        return (Map<String, Object>) node;
    }
}
