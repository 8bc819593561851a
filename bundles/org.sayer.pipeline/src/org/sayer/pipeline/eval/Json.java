package org.sayer.pipeline.eval;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;

/** Reading gold JSON values the way score.py's {@code dict.get} sees them: absent and null are the same. */
public final class Json {

    private Json() {
    }

    /** The value of {@code key}, with absent and null both as {@link JsonNull#INSTANCE}. */
    public static JsonElement get(JsonObject object, String key) {
        JsonElement value = object == null ? null : object.get(key);
        return value == null ? JsonNull.INSTANCE : value;
    }

    public static boolean isNull(JsonObject object, String key) {
        return get(object, key).isJsonNull();
    }

    /** A string value, or null when the value is absent, null or not a string. */
    public static String string(JsonElement value) {
        return value != null && value.isJsonPrimitive() && value.getAsJsonPrimitive().isString() ? value.getAsString() : null;
    }

    /** A {@code [begin, end]} span, or null. */
    public static int[] span(JsonElement value) {
        if (value == null || !value.isJsonArray() || value.getAsJsonArray().size() < 2) {
            return null;
        }
        JsonArray array = value.getAsJsonArray();
        return new int[] { array.get(0).getAsInt(), array.get(1).getAsInt() };
    }

    /** The elements of a list value that are objects; none when the value is absent, null or empty. */
    public static java.util.List<JsonObject> objects(JsonObject object, String key) {
        JsonElement value = get(object, key);
        java.util.List<JsonObject> result = new java.util.ArrayList<>();
        if (value.isJsonArray()) {
            for (JsonElement element : value.getAsJsonArray()) {
                if (element.isJsonObject()) {
                    result.add(element.getAsJsonObject());
                }
            }
        }
        return result;
    }

    /** How Python prints a JSON value with {@code !r}: strings quoted, null as None. */
    public static String repr(JsonElement value) {
        if (value == null || value.isJsonNull()) {
            return "None";
        }
        if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isString()) {
            return PythonText.repr(value.getAsString());
        }
        if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isBoolean()) {
            return value.getAsBoolean() ? "True" : "False";
        }
        return value.toString();
    }

    /** How {@code json.dumps} writes a document id used as a dict key. */
    public static String key(JsonElement id) {
        String string = string(id);
        return string != null ? string : id.toString();
    }
}
