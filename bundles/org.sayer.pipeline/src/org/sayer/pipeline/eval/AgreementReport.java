package org.sayer.pipeline.eval;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import org.sayer.pipeline.eval.AgreementStudy.DocumentAgreement;
import org.sayer.pipeline.eval.AgreementStudy.PairCounts;

/** An {@link AgreementStudy} printed: a readable table, or JSON ({@code agree --json}). A figure with nothing to agree on is "n/a" (null in JSON). */
public final class AgreementReport {

    private AgreementReport() {
    }

    public static String toJson(AgreementStudy study) {
        JsonObject root = new JsonObject();
        JsonArray annotators = new JsonArray();
        study.annotators().forEach(annotators::add);
        root.add("annotators", annotators);
        root.addProperty("kappa", study.kappaName());
        JsonObject documents = new JsonObject();
        documents.addProperty("compared", study.documents().size());
        JsonArray missing = new JsonArray();
        for (AgreementStudy.Missing m : study.missing()) {
            JsonObject entry = new JsonObject();
            entry.addProperty("id", m.id());
            JsonArray from = new JsonArray();
            m.missingFrom().forEach(from::add);
            entry.add("missing_from", from);
            missing.add(entry);
        }
        documents.add("missing", missing);
        JsonArray differs = new JsonArray();
        study.textDiffers().forEach(differs::add);
        documents.add("text_differs", differs);
        root.add("documents", documents);
        root.add("corpus", figures(study.corpus(), true));
        JsonArray perDocument = new JsonArray();
        for (DocumentAgreement document : study.documents()) {
            perDocument.add(figures(document, false));
        }
        root.add("per_document", perDocument);
        return new GsonBuilder().setPrettyPrinting().serializeNulls().disableHtmlEscaping().create().toJson(root);
    }

    private static JsonObject figures(DocumentAgreement figures, boolean withConfusion) {
        JsonObject json = new JsonObject();
        if (figures.id() != null) {
            json.addProperty("id", figures.id());
        }
        json.add("alpha_u", numbers(figures.alpha()));
        json.add("kappa", numbers(figures.kappa()));
        JsonObject pairs = new JsonObject();
        figures.pairs().forEach((name, counts) -> {
            JsonObject pair = new JsonObject();
            pair.addProperty("first", counts.first());
            pair.addProperty("second", counts.second());
            JsonObject agreed = new JsonObject();
            JsonObject f1 = new JsonObject();
            for (String row : AgreementStudy.ATTRIBUTION_ROWS) {
                agreed.add(row, number(counts.agreed(row)));
                f1.add(row, number(counts.f1(row)));
            }
            pair.add("agreed", agreed);
            pair.add("f1", f1);
            if (withConfusion) {
                JsonObject confusion = new JsonObject();
                for (String row : AgreementStudy.CONFUSION_LABELS) {
                    JsonObject columns = new JsonObject();
                    for (String column : AgreementStudy.CONFUSION_LABELS) {
                        columns.addProperty(column, counts.confusion(row, column));
                    }
                    confusion.add(row, columns);
                }
                pair.add("type_confusion", confusion);
            }
            pairs.add(name, pair);
        });
        json.add("attributions", pairs);
        JsonObject mean = new JsonObject();
        for (String row : AgreementStudy.ATTRIBUTION_ROWS) {
            mean.add(row, number(figures.meanF1(row)));
        }
        json.add("attributions_mean_f1", mean);
        return json;
    }

    private static JsonObject numbers(Map<String, Double> values) {
        JsonObject json = new JsonObject();
        values.forEach((key, value) -> json.add(key, number(value)));
        return json;
    }

    private static JsonElement number(double value) {
        return Double.isNaN(value) ? JsonNull.INSTANCE : new JsonPrimitive(value);
    }

    /** The corpus figures, each pair's confusion table, then one line per document. */
    public static String toTable(AgreementStudy study) {
        StringBuilder out = new StringBuilder();
        List<String> annotators = study.annotators();
        out.append("Annotators: ").append(String.join(", ", annotators)).append('\n');
        out.append("Documents compared: ").append(study.documents().size());
        if (!study.missing().isEmpty()) {
            out.append("; not in every version: ").append(study.missing().size());
        }
        if (!study.textDiffers().isEmpty()) {
            out.append("; texts differ: ").append(study.textDiffers().size());
        }
        out.append('\n');
        for (AgreementStudy.Missing m : study.missing()) {
            out.append("  missing ").append(m.id()).append(" from ").append(String.join(", ", m.missingFrom())).append('\n');
        }
        for (String id : study.textDiffers()) {
            out.append("  text differs: ").append(id).append('\n');
        }
        DocumentAgreement corpus = study.corpus();
        out.append("\nKrippendorff's alpha for unitizing (code points), corpus\n");
        for (String kind : AgreementStudy.UNIT_KINDS) {
            out.append(String.format(Locale.ROOT, "  %-18s %s%n", kind, figure(corpus.alpha().get(kind))));
        }
        out.append("\n").append(study.kappaName()).append(study.kappaName().endsWith("s") ? "'" : "'s").append(" kappa on token labels, corpus\n");
        for (String layer : AgreementStudy.LAYERS) {
            out.append(String.format(Locale.ROOT, "  %-18s %s%n", layer, figure(corpus.kappa().get(layer))));
        }
        out.append("\nAttributions, F1 of each pair (matched as eval matches them; the first of the pair as gold)\n");
        int width = Math.max(14, corpus.pairs().keySet().stream().mapToInt(String::length).max().orElse(0));
        String cell = " %" + width + "s";
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "  %-15s", "row"));
        for (String pair : corpus.pairs().keySet()) {
            header.append(String.format(Locale.ROOT, cell, pair));
        }
        if (corpus.pairs().size() > 1) {
            header.append(String.format(Locale.ROOT, cell, "mean"));
        }
        out.append(header).append('\n');
        for (String row : AgreementStudy.ATTRIBUTION_ROWS) {
            out.append(String.format(Locale.ROOT, "  %-15s", row));
            for (PairCounts counts : corpus.pairs().values()) {
                out.append(String.format(Locale.ROOT, cell, figure(counts.f1(row))));
            }
            if (corpus.pairs().size() > 1) {
                out.append(String.format(Locale.ROOT, cell, figure(corpus.meanF1(row))));
            }
            out.append('\n');
        }
        out.append(String.format(Locale.ROOT, "  %-15s", "(attributions)"));
        for (PairCounts counts : corpus.pairs().values()) {
            out.append(String.format(Locale.ROOT, cell, counts.first() + " / " + counts.second()));
        }
        out.append('\n');
        corpus.pairs().forEach((pair, counts) -> {
            out.append("\nClaim types, ").append(pair).append(" (rows: the first, columns: the second)\n");
            out.append(String.format(Locale.ROOT, "  %-9s", ""));
            for (String column : AgreementStudy.CONFUSION_LABELS) {
                out.append(String.format(Locale.ROOT, " %9s", column));
            }
            out.append('\n');
            for (String row : AgreementStudy.CONFUSION_LABELS) {
                out.append(String.format(Locale.ROOT, "  %-9s", row));
                for (String column : AgreementStudy.CONFUSION_LABELS) {
                    out.append(String.format(Locale.ROOT, " %9d", counts.confusion(row, column)));
                }
                out.append('\n');
            }
        });
        out.append("\nPer document (alpha_u of mentions, cues, claims; kappa of claim tokens; mean attribution F1)\n");
        out.append(String.format(Locale.ROOT, "  %-32s %8s %8s %8s %8s %8s%n", "document", "mention", "cue", "claim", "kappa", "attr F1"));
        for (DocumentAgreement document : study.documents()) {
            out.append(String.format(Locale.ROOT, "  %-32s %8s %8s %8s %8s %8s%n", shorten(document.id(), 32),
                    figure(document.alpha().get(AgreementStudy.MENTION)), figure(document.alpha().get(AgreementStudy.CUE)),
                    figure(document.alpha().get(AgreementStudy.CLAIM)), figure(document.kappa().get(AgreementStudy.CLAIM)),
                    figure(document.meanF1("attribution"))));
        }
        return out.toString();
    }

    private static String figure(Double value) {
        return value == null || value.isNaN() ? "n/a" : String.format(Locale.ROOT, "%.4f", value);
    }

    private static String shorten(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
