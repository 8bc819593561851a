package org.sayer.io.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.stream.JsonWriter;

import org.sayer.model.Annotation;
import org.sayer.model.Claim;
import org.sayer.model.Cue;
import org.sayer.model.Speaker;
import org.sayer.model.SpeakerMention;

/**
 * Hugging Face {@code datasets}-ready JSONL: {@code train.jsonl}, {@code validation.jsonl} and
 * {@code test.jsonl}, split by document (a seeded shuffle of the document ids, cut by the ratios;
 * a split with no document is not written), a dataset card {@code README.md} whose YAML header
 * declares the splits and features as the Hub documents them (so {@code load_dataset(DIR)} needs
 * no recipe), and {@code dataset_info.json} declaring the features, so that
 * {@code load_dataset("json", data_files={...}, features=Features.from_dict(info["features"]))}
 * loads them with the declared types. Features use the {@code datasets} serialisation:
 * {@code {"dtype": ..., "_type": "Value"}} for values and {@code [ {...} ]} for lists of records
 * (checked with datasets 5.0.1: {@code load_dataset} casts every split to these features). Offsets are code points (Python string indices); absent references are null.
 */
final class HfExport implements FormatWriter {

    static final String[] SPLITS = { "train", "validation", "test" };

    private ExportContext context;
    private Splits splits;
    private final Map<String, BufferedWriter> files = new LinkedHashMap<>();
    private final long[] examples = new long[SPLITS.length];
    private final long[] bytes = new long[SPLITS.length];

    @Override
    public void open(ExportContext exportContext) throws IOException {
        this.context = exportContext;
        splits = new Splits(exportContext.documentIds(), exportContext.options());
        for (String split : SPLITS) {
            files.put(split, Files.newBufferedWriter(exportContext.folder().resolve(split + ".jsonl"), StandardCharsets.UTF_8));
        }
        exportContext.manifest().note("splits", Splits.describe(exportContext.options()));
    }

    @Override
    public void write(DocumentView view) throws IOException {
        view.annotations().forEach(context.manifest()::wrote);
        String line = Json.line(json -> row(json, view)) + "\n";
        int split = splits.of(view.document().getId());
        files.get(SPLITS[split]).write(line);
        examples[split]++;
        bytes[split] += line.getBytes(StandardCharsets.UTF_8).length;
    }

    private static void row(JsonWriter json, DocumentView view) throws IOException {
        json.beginObject();
        json.name("id").value(view.document().getId());
        json.name("title").value(view.document().getTitle());
        json.name("text").value(view.text());
        json.name("speakers").beginArray();
        for (Speaker speaker : view.speakers()) {
            json.beginObject();
            json.name("id").value(speaker.getId());
            json.name("name").value(speaker.getName());
            json.name("type").value(speaker.getType() == null ? null : speaker.getType().getName());
            json.endObject();
        }
        json.endArray();
        json.name("mentions").beginArray();
        for (SpeakerMention mention : view.mentions()) {
            span(json, view, mention);
            json.name("speaker").value(mention.getSpeaker() == null ? null : mention.getSpeaker().getId());
            json.name("kind").value(mention.getKind() == null ? null : mention.getKind().getName());
            json.endObject();
        }
        json.endArray();
        json.name("cues").beginArray();
        for (Cue cue : view.cues()) {
            span(json, view, cue);
            json.endObject();
        }
        json.endArray();
        json.name("claims").beginArray();
        for (Claim claim : view.claims()) {
            span(json, view, claim);
            json.name("type").value(claim.getType() == null ? null : claim.getType().getName());
            json.name("source").value(view.source(claim) == null ? null : view.idOf(view.source(claim)));
            json.name("cue").value(view.cue(claim) == null ? null : view.idOf(view.cue(claim)));
            json.name("parent").value(view.parent(claim) == null ? null : view.idOf(view.parent(claim)));
            json.endObject();
        }
        json.endArray();
        json.endObject();
    }

    /** Opens the annotation's record with the fields every layer shares. */
    private static void span(JsonWriter json, DocumentView view, Annotation annotation) throws IOException {
        json.beginObject();
        json.name("id").value(view.idOf(annotation));
        json.name("start").value(view.codePoint(annotation.getBegin()));
        json.name("end").value(view.codePoint(annotation.getEnd()));
        json.name("text").value(view.text().substring(annotation.getBegin(), annotation.getEnd()));
        json.name("review").value(annotation.getReview().getName());
        json.name("negative").value(DocumentView.isNegative(annotation));
    }

    @Override
    public void close() throws IOException {
        for (BufferedWriter writer : files.values()) {
            writer.close();
        }
        // An empty split is left out of the files and the metadata: datasets refuses a declared split with no data.
        List<Integer> written = new ArrayList<>();
        for (int i = 0; i < SPLITS.length; i++) {
            context.manifest().add("hf." + SPLITS[i], examples[i]);
            if (examples[i] > 0) {
                written.add(i);
            } else {
                Files.delete(context.folder().resolve(SPLITS[i] + ".jsonl"));
            }
        }
        JsonObject info = new JsonObject();
        info.addProperty("description", "Who-said-what annotations exported by Sayer: speaker mentions, cues and claims.");
        info.addProperty("citation", "");
        info.addProperty("homepage", "");
        info.addProperty("license", "");
        info.add("features", features());
        JsonObject splits = new JsonObject();
        for (int i : written) {
            JsonObject split = new JsonObject();
            split.addProperty("name", SPLITS[i]);
            split.addProperty("num_bytes", bytes[i]);
            split.addProperty("num_examples", examples[i]);
            split.addProperty("dataset_name", "sayer");
            splits.add(SPLITS[i], split);
        }
        info.add("splits", splits);
        info.addProperty("builder_name", "json");
        info.addProperty("dataset_name", "sayer");
        info.addProperty("config_name", "default");
        Files.writeString(context.folder().resolve("dataset_info.json"),
                new GsonBuilder().setPrettyPrinting().create().toJson(info) + "\n", StandardCharsets.UTF_8);
        Files.writeString(context.folder().resolve(CARD), card(written), StandardCharsets.UTF_8);
    }

    /** The dataset card the Hub shows and {@code load_dataset(DIR)} reads: splits and features in its YAML header. */
    static final String CARD = "README.md";

    private String card(List<Integer> written) {
        StringBuilder yaml = new StringBuilder("---\nconfigs:\n- config_name: default\n  data_files:\n");
        for (int i : written) {
            yaml.append("  - split: ").append(SPLITS[i]).append("\n    path: ").append(SPLITS[i]).append(".jsonl\n");
        }
        yaml.append("dataset_info:\n  features:\n");
        featuresYaml(features(), "  ", yaml);
        yaml.append("  splits:\n");
        long size = 0;
        for (int i : written) {
            yaml.append("  - name: ").append(SPLITS[i]).append("\n    num_bytes: ").append(bytes[i])
                    .append("\n    num_examples: ").append(examples[i]).append("\n");
            size += bytes[i];
        }
        yaml.append("  dataset_size: ").append(size).append("\n---\n");
        return yaml + "\n# Sayer export\n\nWho-said-what annotations exported by Sayer: speaker mentions, cues and claims"
                + " (direct, indirect and mixed quotes, nested ones linked by `parent`). Offsets count code points, as"
                + " Python strings do. Load it with `datasets.load_dataset(\"path/to/this/folder\")`; `manifest.json`"
                + " says which annotations went in (review states, filters) and how the splits were drawn.\n";
    }

    /** The Hub's YAML form of datasets features: {@code dtype} for a value, {@code list} of fields for a list of records. */
    private static void featuresYaml(JsonObject features, String indent, StringBuilder yaml) {
        for (String name : features.keySet()) {
            JsonElement feature = features.get(name);
            yaml.append(indent).append("- name: ").append(name).append('\n');
            if (feature.isJsonArray()) {
                yaml.append(indent).append("  list:\n");
                featuresYaml(feature.getAsJsonArray().get(0).getAsJsonObject(), indent + "  ", yaml);
            } else {
                yaml.append(indent).append("  dtype: ").append(feature.getAsJsonObject().get("dtype").getAsString()).append('\n');
            }
        }
    }

    static JsonObject features() {
        JsonObject features = new JsonObject();
        features.add("id", value("string"));
        features.add("title", value("string"));
        features.add("text", value("string"));
        features.add("speakers", listOf(record("id", "string", "name", "string", "type", "string")));
        features.add("mentions", listOf(withSpan(record("speaker", "string", "kind", "string"))));
        features.add("cues", listOf(withSpan(new JsonObject())));
        features.add("claims", listOf(withSpan(record("type", "string", "source", "string", "cue", "string", "parent", "string"))));
        return features;
    }

    private static JsonObject withSpan(JsonObject fields) {
        JsonObject all = record("id", "string", "start", "int32", "end", "int32", "text", "string", "review", "string", "negative", "bool");
        fields.entrySet().forEach(e -> all.add(e.getKey(), e.getValue()));
        return all;
    }

    private static JsonObject record(String... namesAndTypes) {
        JsonObject fields = new JsonObject();
        for (int i = 0; i < namesAndTypes.length; i += 2) {
            fields.add(namesAndTypes[i], value(namesAndTypes[i + 1]));
        }
        return fields;
    }

    private static JsonObject value(String dtype) {
        JsonObject value = new JsonObject();
        value.addProperty("dtype", dtype);
        value.addProperty("_type", "Value");
        return value;
    }

    /**
     * A list of records as {@code [ {fields} ]}: datasets 2 and 3 read it as a list of dicts and
     * datasets 4+ as {@code List(struct)}. ({@code Sequence} of a dict would mean a dict of lists.)
     */
    private static JsonArray listOf(JsonObject record) {
        JsonArray list = new JsonArray();
        list.add(record);
        return list;
    }
}
