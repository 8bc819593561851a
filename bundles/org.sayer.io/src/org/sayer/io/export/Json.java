package org.sayer.io.export;

import java.io.IOException;
import java.io.StringWriter;

import com.google.gson.stream.JsonWriter;

/** Small helpers for the JSON formats, which write with gson's streaming writer. */
final class Json {

    /** Writes one JSON value. */
    @FunctionalInterface
    interface Body {
        void write(JsonWriter json) throws IOException;
    }

    private Json() {
    }

    /** One compact JSON value as a string, for a JSONL line. */
    static String line(Body body) throws IOException {
        StringWriter buffer = new StringWriter(4096);
        JsonWriter json = new JsonWriter(buffer);
        json.setHtmlSafe(false);
        json.setSerializeNulls(true);
        body.write(json);
        json.flush();
        return buffer.toString();
    }

    /** {"start": s, "end": e, "text": t} with code-point offsets. */
    static void span(JsonWriter json, DocumentView view, int begin, int end) throws IOException {
        json.beginObject();
        json.name("start").value(view.codePoint(begin));
        json.name("end").value(view.codePoint(end));
        json.name("text").value(view.text().substring(begin, end));
        json.endObject();
    }
}
