package org.sayer.io.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

import org.sayer.model.Annotation;
import org.sayer.model.Claim;
import org.sayer.model.Cue;
import org.sayer.model.Document;
import org.sayer.model.SpeakerMention;
import org.sayer.model.provenance.Provenance;
import org.sayer.model.store.AtomicFiles;

/**
 * {@code manifest.json}, written with every export: the format, the Sayer version, the filters used,
 * counts per annotation type, and the choices a format had to make (e.g. cue-less claims in Citron).
 */
public final class Manifest {

    public static final String FILE = "manifest.json";
    /** Marks a manifest as Sayer's, so that no other program's manifest.json makes a folder look like an export. */
    static final String GENERATOR = "sayer-export";

    private final ExportFormat format;
    private final ExportOptions options;
    private long documents;
    private final Map<String, Long> counts = new TreeMap<>();
    private final Map<String, String> notes = new LinkedHashMap<>();
    /** Documents that could not be read, by id: what was wrong with each. They are left out. */
    private final Map<String, String> damaged = new LinkedHashMap<>();
    /** Every analyst who made, reviewed or marked done what was exported, or whose version a curated annotation came from, by name. */
    private final java.util.Set<String> annotators = new java.util.TreeSet<>();

    Manifest(ExportFormat format, ExportOptions options) {
        this.format = format;
        this.options = options;
    }

    /** Counts one more document written, and the analysts who marked it done. */
    void countDocument(Document document) {
        documents++;
        document.getDoneBy().forEach(annotators::add);
    }

    /**
     * Counts an annotation that the format wrote into its files: its layer, claim type, review
     * state and analysts. Each writer counts what it writes, so that the manifest's counts are those of the files.
     */
    void wrote(Annotation annotation) {
        String type = annotation instanceof SpeakerMention ? "mentions" : annotation instanceof Cue ? "cues" : "claims";
        add(type, 1);
        if (annotation instanceof Claim claim && claim.getType() != null) {
            add("claims." + claim.getType().getName(), 1);
        }
        add("review." + annotation.getReview().getName(), 1);
        String analyst = Provenance.analyst(annotation);
        if (analyst != null) {
            annotators.add(analyst);
        }
        // In a curated corpus the annotators whose versions held it are its authors too, though they made nothing here.
        annotators.addAll(annotation.getCuratedFrom());
    }

    /**
     * The analysts whose work the export holds: makers of hand annotations, reviewers of suggestions,
     * done marks, and the annotators a curated annotation came from.
     */
    public java.util.Set<String> annotators() {
        return annotators;
    }

    /** Adds to a named count, e.g. a format's skipped items. */
    void add(String name, long amount) {
        counts.merge(name, amount, Long::sum);
    }

    /** Records a choice the format made, e.g. how it wrote rejected annotations. */
    void note(String name, String value) {
        notes.put(name, value);
    }

    /** Records a document that could not be read and was left out. */
    void damaged(String id, String problem) {
        damaged.put(id, problem);
    }

    /** The documents left out because they could not be read, by id, with what was wrong. */
    public Map<String, String> damaged() {
        return damaged;
    }

    public long documents() {
        return documents;
    }

    public long count(String name) {
        return counts.getOrDefault(name, 0L);
    }

    public Map<String, String> notes() {
        return notes;
    }

    /** What Sayer needs to know of an earlier export it may replace: the files it wrote (null if it did not say). */
    record Earlier(List<String> files) {
    }

    /**
     * The earlier Sayer export whose manifest is {@code file}, or null when {@code file} is missing
     * or is not a Sayer export manifest (another program's manifest.json).
     */
    static Earlier readEarlier(Path file) {
        try {
            JsonObject json = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8)).getAsJsonObject();
            boolean sayer = GENERATOR.equals(string(json, "generator"))
                    // exports before the generator key: their own set of keys
                    || string(json, "sayerVersion") != null && string(json, "format") != null
                            && ExportFormat.parse(string(json, "format")) != null
                            && json.has("filters") && json.has("counts");
            if (!sayer) {
                return null;
            }
            if (!(json.get("files") instanceof JsonArray array)) {
                return new Earlier(null);
            }
            List<String> files = new ArrayList<>();
            array.forEach(element -> files.add(element.getAsString()));
            return new Earlier(files);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static String string(JsonObject json, String key) {
        return json.get(key) instanceof JsonPrimitive primitive && primitive.isString() ? primitive.getAsString() : null;
    }

    /** Writes the manifest, listing {@code files}: what the export wrote, so that a later export replaces only those. */
    void write(Path file, List<String> files) throws IOException {
        JsonObject json = new JsonObject();
        json.addProperty("generator", GENERATOR);
        json.addProperty("format", format.id());
        json.addProperty("sayerVersion", SayerVersion.get());
        JsonObject filters = new JsonObject();
        filters.addProperty("manual", true);
        filters.addProperty("accepted", true);
        filters.addProperty("pending", options.includePending());
        filters.addProperty("rejected", options.includeRejected());
        json.add("filters", filters);
        json.addProperty("documents", documents);
        JsonArray annotatorJson = new JsonArray();
        annotators.forEach(annotatorJson::add);
        json.add("annotators", annotatorJson);
        JsonObject countJson = new JsonObject();
        counts.forEach(countJson::addProperty);
        json.add("counts", countJson);
        JsonObject noteJson = new JsonObject();
        notes.forEach(noteJson::addProperty);
        json.add("notes", noteJson);
        if (!damaged.isEmpty()) {
            JsonObject damagedJson = new JsonObject();
            damaged.forEach(damagedJson::addProperty);
            json.add("damaged", damagedJson);
        }
        JsonArray fileJson = new JsonArray();
        files.forEach(fileJson::add);
        json.add("files", fileJson);
        String text = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(json);
        AtomicFiles.write(file, out -> out.write((text + "\n").getBytes(StandardCharsets.UTF_8)));
    }
}
