package org.sayer.pipeline.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

/**
 * Loads a gold or prediction JSONL file for scoring, at the JSON level (no model), as score.py
 * does: one document per non-blank line, each with at least {@code id} and {@code text}, ids
 * unique. The first bad line stops the load with a message naming the file and line, because a
 * score over part of a file would mislead.
 */
public final class ScoringInput {

    /** A file that cannot be scored; the message names the file (and line) and the problem. */
    public static final class InvalidInputException extends IOException {
        private static final long serialVersionUID = 1L;

        InvalidInputException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private ScoringInput() {
    }

    /** The documents of {@code file} by id, in file order. */
    public static Map<JsonElement, JsonObject> load(Path file) throws IOException {
        Map<JsonElement, JsonObject> documents = new LinkedHashMap<>();
        read(file, (id, document, line) -> documents.putIfAbsent(id, document) == null);
        return documents;
    }

    /**
     * The documents of {@code file} by id, in file order, as their lines, checked as {@link #load}
     * checks them: a tenth of the memory that parsed documents take, for a caller that needs one
     * document at a time ({@link #parse}).
     */
    public static Map<JsonElement, String> lines(Path file) throws IOException {
        Map<JsonElement, String> lines = new LinkedHashMap<>();
        read(file, (id, document, line) -> lines.putIfAbsent(id, line) == null);
        return lines;
    }

    /** The document of a line that {@link #lines} returned. */
    public static JsonObject parse(String line) {
        return JsonParser.parseString(line).getAsJsonObject();
    }

    /** Takes one checked document; false when its id was taken already. */
    private interface Keeper {
        boolean keep(JsonElement id, JsonObject document, String line);
    }

    private static void read(Path file, Keeper keeper) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder))) {
            int number = 0;
            for (String line; (line = lines.readLine()) != null;) {
                number++;
                if (PythonText.isBlank(line)) {
                    continue;
                }
                String where = file + ":" + number;
                JsonElement parsed = parse(line, where);
                if (!parsed.isJsonObject() || !parsed.getAsJsonObject().has("id") || !parsed.getAsJsonObject().has("text")) {
                    throw new InvalidInputException(where + ": a document needs at least 'id' and 'text'", null);
                }
                JsonObject document = parsed.getAsJsonObject();
                JsonElement id = document.get("id");
                if (!keeper.keep(id, document, line)) {
                    throw new InvalidInputException(where + ": duplicate document id " + Json.repr(id), null);
                }
            }
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(file + ": not valid UTF-8 text", e);
        }
    }

    private static JsonElement parse(String line, String where) throws InvalidInputException {
        try {
            JsonReader reader = new JsonReader(new StringReader(line));
            reader.setStrictness(Strictness.STRICT);
            JsonElement element = JsonParser.parseReader(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new JsonParseException("extra data after the JSON value");
            }
            return element;
        } catch (JsonParseException | IOException e) {
            throw new InvalidInputException(where + ": not valid JSON (" + e.getMessage() + ")", e);
        }
    }
}
