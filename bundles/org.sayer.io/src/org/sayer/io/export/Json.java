package org.sayer.io.export;

import java.io.IOException;
import java.io.Writer;

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
        return line(4096, body);
    }

    /** As {@link #line(Body)}, in a buffer made for about {@code expectedLength} characters (growing it copies it). */
    static String line(int expectedLength, Body body) throws IOException {
        LineBuffer buffer = new LineBuffer(expectedLength);
        JsonWriter json = new JsonWriter(buffer);
        json.setHtmlSafe(false);
        json.setSerializeNulls(true);
        body.write(json);
        json.flush();
        return buffer.line.toString();
    }

    /** A writer into a StringBuilder: a StringWriter's StringBuffer takes a lock on each of gson's many small writes. */
    private static final class LineBuffer extends Writer {
        final StringBuilder line;

        LineBuffer(int expectedLength) {
            line = new StringBuilder(expectedLength);
        }

        @Override
        public void write(int c) {
            line.append((char) c);
        }

        @Override
        public void write(char[] chars, int offset, int length) {
            line.append(chars, offset, length);
        }

        @Override
        public void write(String string, int offset, int length) {
            line.append(string, offset, offset + length);
        }

        @Override
        public Writer append(CharSequence chars) {
            line.append(chars);
            return this;
        }

        @Override
        public Writer append(CharSequence chars, int start, int end) {
            line.append(chars, start, end);
            return this;
        }

        @Override
        public Writer append(char c) {
            line.append(c);
            return this;
        }

        @Override
        public void flush() {
            // nothing held back
        }

        @Override
        public void close() {
            // nothing to let go
        }
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
