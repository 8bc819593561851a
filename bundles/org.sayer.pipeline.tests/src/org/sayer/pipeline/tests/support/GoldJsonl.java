package org.sayer.pipeline.tests.support;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.sayer.model.Annotation;
import org.sayer.model.Claim;
import org.sayer.model.Document;
import org.sayer.model.SayerFactory;
import org.sayer.model.Speaker;
import org.sayer.model.SpeakerMention;

/**
 * Test-side reading of gold JSONL texts into model documents, and writing of annotated documents
 * back as prediction JSONL (shared/eval/FORMAT.md), with offsets converted from UTF-16 units to
 * code points. The product's importer and exporter live in org.sayer.io; this is only what the
 * pipeline's quality tests need.
 */
public final class GoldJsonl {

    private GoldJsonl() {
    }

    /** The documents of a gold file, with their id, title and text only. */
    public static List<Document> readTexts(Path file) throws IOException {
        List<Document> documents = new ArrayList<>();
        int number = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            JsonObject json;
            try {
                json = JsonParser.parseString(line).getAsJsonObject();
            } catch (RuntimeException e) {
                throw new IOException(file + ":" + number + ": not a JSON object: " + e.getMessage(), e);
            }
            Document document = SayerFactory.eINSTANCE.createDocument();
            document.setId(json.get("id").getAsString());
            document.setText(json.get("text").getAsString());
            if (json.has("title") && !json.get("title").isJsonNull()) {
                document.setTitle(json.get("title").getAsString());
            }
            documents.add(document);
        }
        return documents;
    }

    public static void write(List<Document> documents, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Document document : documents) {
                out.write(new GsonBuilder().serializeNulls().create().toJson(toJson(document)));
                out.write('\n');
            }
        }
    }

    public static JsonObject toJson(Document document) {
        String text = document.getText();
        JsonObject json = new JsonObject();
        json.addProperty("id", document.getId());
        json.addProperty("text", text);
        JsonArray entities = new JsonArray();
        for (Speaker speaker : document.getSpeakers()) {
            JsonObject e = new JsonObject();
            e.addProperty("id", speaker.getId());
            e.addProperty("name", speaker.getName());
            e.addProperty("type", speaker.getType().getName());
            JsonArray aliases = new JsonArray();
            speaker.getAliases().forEach(aliases::add);
            e.add("aliases", aliases);
            if (speaker.getRole() != null) {
                e.addProperty("role", speaker.getRole());
            }
            entities.add(e);
        }
        json.add("entities", entities);
        JsonArray mentions = new JsonArray();
        JsonArray attributions = new JsonArray();
        Map<Annotation, String> ids = new HashMap<>();
        for (Annotation a : document.getAnnotations()) {
            ids.put(a, a.getId());
        }
        for (Annotation a : document.getAnnotations()) {
            if (a instanceof SpeakerMention m) {
                JsonObject o = new JsonObject();
                o.addProperty("id", m.getId());
                o.add("span", span(text, m));
                o.add("entity", m.getSpeaker() == null ? JsonNull.INSTANCE : new Gson().toJsonTree(m.getSpeaker().getId()));
                mentions.add(o);
            } else if (a instanceof Claim c) {
                JsonObject o = new JsonObject();
                o.addProperty("id", c.getId());
                o.addProperty("type", c.getType().getName());
                o.add("source", c.getSource() == null ? JsonNull.INSTANCE : new Gson().toJsonTree(c.getSource().getId()));
                o.add("cue", c.getCue() == null ? JsonNull.INSTANCE : span(text, c.getCue()));
                o.add("content", span(text, c));
                o.add("parent", c.getParent() == null ? JsonNull.INSTANCE : new Gson().toJsonTree(c.getParent().getId()));
                o.addProperty("confidence", c.getConfidence());
                attributions.add(o);
            }
        }
        json.add("mentions", mentions);
        json.add("attributions", attributions);
        return json;
    }

    private static JsonElement span(String text, Annotation a) {
        JsonArray span = new JsonArray();
        span.add(text.codePointCount(0, a.getBegin()));
        span.add(text.codePointCount(0, a.getEnd()));
        return span;
    }
}
