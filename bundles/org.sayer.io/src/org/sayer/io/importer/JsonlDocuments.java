package org.sayer.io.importer;

import java.util.List;
import java.util.Map;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import org.sayer.model.Document;
import org.sayer.model.SayerFactory;
import org.sayer.model.WorkflowState;

/** One JSON object per line with {@code id}, {@code text}, optional {@code title} and metadata. */
public final class JsonlDocuments {

    /** The analysts who marked the document done (a list of names), as Sayer's exports write it. */
    public static final String DONE_BY = "done_by";

    private static final java.util.Set<String> KNOWN = java.util.Set.of("id", "text", "title", "source", "url",
            "published", "language", "entities", "mentions", "attributions", DONE_BY);

    private JsonlDocuments() {
    }

    /** Parses one line; {@code where} names the file and line for error messages. */
    public static Document parseLine(String line, String where) throws ImportException {
        return fromObject(parseObject(line, where), where);
    }

    /** Parses one line into its JSON object; {@code where} names the file and line for error messages. */
    public static JsonObject parseObject(String line, String where) throws ImportException {
        try {
            JsonElement element = JsonParser.parseString(line);
            if (!element.isJsonObject()) {
                throw new ImportException(where, "expected a JSON object");
            }
            return element.getAsJsonObject();
        } catch (JsonParseException e) {
            throw new ImportException(where, "malformed JSON: " + shortMessage(e), e);
        }
    }

    /**
     * The document of one JSON object: id, text, title and metadata; annotation keys
     * ({@code entities}, {@code mentions}, {@code attributions}) are left to the gold reader.
     */
    public static Document fromObject(JsonObject object, String where) throws ImportException {
        JsonElement textValue = object.get("text");
        if (textValue == null || textValue.isJsonNull()) {
            throw new ImportException(where, "the document has no \"text\"");
        }
        if (!(textValue.isJsonPrimitive() && textValue.getAsJsonPrimitive().isString())) {
            throw new ImportException(where, "\"text\" is " + Texts.shown(textValue.toString()) + "; expected a string");
        }
        String text = textValue.getAsString();
        if (text.isBlank()) {
            throw new ImportException(where, "\"text\" is empty");
        }
        String id = string(object, "id");
        if (id == null || id.isBlank()) {
            throw new ImportException(where, "the document has no \"id\"");
        }
        for (String key : STORED_AS_TEXT) {
            refuseUnstorable(string(object, key), key, where);
        }
        // The text is kept exactly as given: annotations of the same line point into it.
        Document document = SayerFactory.eINSTANCE.createDocument();
        document.setId(id);
        document.setText(text);
        String title = string(object, "title");
        document.setTitle(title != null ? title : Texts.firstLine(text));
        document.setState(WorkflowState.NEW);
        document.setSource(string(object, "source"));
        document.setUrl(string(object, "url"));
        document.setPublished(string(object, "published"));
        document.setLanguage(string(object, "language"));
        JsonElement doneBy = object.get(DONE_BY);
        if (doneBy != null && doneBy.isJsonArray()) {
            for (JsonElement name : doneBy.getAsJsonArray()) {
                if (name.isJsonPrimitive() && name.getAsJsonPrimitive().isString() && !document.getDoneBy().contains(name.getAsString())) {
                    document.getDoneBy().add(name.getAsString());
                }
            }
        }
        for (Map.Entry<String, JsonElement> extra : object.entrySet()) {
            if (!KNOWN.contains(extra.getKey())) {
                document.getMetadata().put(extra.getKey(), extra.getValue().toString());
            }
        }
        return document;
    }

    /** The keys whose values are stored as XML text, which cannot hold most control characters. */
    private static final List<String> STORED_AS_TEXT = List.of("id", "text", "title", "source", "url", "published", "language");

    private static void refuseUnstorable(String value, String key, String where) throws ImportException {
        StorableText.check(value, "\"" + key + "\"", where);
    }

    /** Gson's message without its troubleshooting link and the advice to parse leniently. */
    static String shortMessage(JsonParseException e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String message = String.valueOf(cause.getMessage());
        int link = message.indexOf("\nSee ");
        message = link >= 0 ? message.substring(0, link) : message;
        return message.replace("Use JsonReader.setStrictness(Strictness.LENIENT) to accept malformed JSON ", "");
    }

    private static String string(JsonObject object, String key) {
        JsonElement value = object.get(key);
        return value == null || value.isJsonNull() ? null : value.isJsonPrimitive() ? value.getAsString() : value.toString();
    }
}
