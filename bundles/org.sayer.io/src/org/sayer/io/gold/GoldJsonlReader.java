package org.sayer.io.gold;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.google.gson.JsonObject;

import org.sayer.io.importer.ImportException;
import org.sayer.io.importer.JsonlDocuments;
import org.sayer.model.Corpus;
import org.sayer.model.Document;

/**
 * Reads Sayer gold JSONL one line at a time. A line that cannot be read (bad JSON, invalid UTF-8,
 * a span outside the text, a dangling reference) is skipped and kept in {@link #errors()} as a
 * message naming the file and line; the good lines still come through, and the caller decides
 * what the errors mean.
 *
 * <pre>
 * try (GoldJsonlReader reader = GoldJsonlReader.open(file, corpus)) {
 *     for (Document d; (d = reader.next()) != null;) { ... }
 *     reader.errors().forEach(...);
 * }
 * </pre>
 */
public final class GoldJsonlReader implements Closeable {

    /** What {@link #readAll} returns: the documents read and the lines that were not. */
    public record Result(List<Document> documents, List<ImportException> errors) {
    }

    private final InputStream in;
    private final String sourceName;
    private final Corpus registry;
    private final List<ImportException> errors = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();
    private boolean annotations = true;
    private int lineNumber;
    private boolean ended;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;

    /**
     * @param in the JSONL bytes (UTF-8); closed by {@link #close()}
     * @param sourceName the file name that error messages give
     * @param registry the corpus whose speaker registry receives the entities; may be null
     */
    public GoldJsonlReader(InputStream in, String sourceName, Corpus registry) {
        this.in = in;
        this.sourceName = sourceName;
        this.registry = registry;
    }

    public static GoldJsonlReader open(Path file, Corpus registry) throws IOException {
        return new GoldJsonlReader(Files.newInputStream(file), file.toString(), registry);
    }

    /** Reads every document of {@code file}. */
    public static Result readAll(Path file, Corpus registry) throws IOException {
        try (GoldJsonlReader reader = open(file, registry)) {
            List<Document> documents = new ArrayList<>();
            for (Document document; (document = reader.next()) != null;) {
                documents.add(document);
            }
            return new Result(documents, reader.errors());
        }
    }

    /**
     * Reads only what plain JSONL holds (id, text, title, metadata) and ignores entities, mentions
     * and attributions, e.g. to annotate the texts of a gold file afresh.
     */
    public GoldJsonlReader withoutAnnotations() {
        annotations = false;
        return this;
    }

    /** The next document, or null at the end of the input. Lines that fail go to {@link #errors()}. */
    public Document next() throws IOException {
        while (!ended) {
            byte[] bytes = readLine();
            if (bytes == null) {
                break;
            }
            lineNumber++;
            String where = sourceName + ":" + lineNumber;
            try {
                String line = decode(bytes, where);
                if (line.isBlank()) {
                    continue;
                }
                return document(line, where);
            } catch (ImportException e) {
                errors.add(e);
            }
        }
        return null;
    }

    /** The line number of the document last returned (1-based). */
    public int lineNumber() {
        return lineNumber;
    }

    /** The lines skipped so far, each naming the file, line and problem. */
    public List<ImportException> errors() {
        return Collections.unmodifiableList(errors);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private Document document(String line, String where) throws ImportException {
        JsonObject object = JsonlDocuments.parseObject(line, where);
        Document document = annotations ? GoldToModel.toDocument(object, where, registry)
                : JsonlDocuments.fromObject(object, where);
        if (!ids.add(document.getId())) {
            throw new ImportException(where, "the document id \"" + document.getId() + "\" was used on an earlier line");
        }
        return document;
    }

    private static String decode(byte[] bytes, String where) throws ImportException {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ImportException(where, "not valid UTF-8 text", e);
        }
    }

    /** The bytes of the next line without its line break (LF or CRLF), or null at the end. */
    private byte[] readLine() throws IOException {
        ByteArrayOutputStream line = null;
        while (true) {
            if (position == limit) {
                limit = in.read(buffer);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    ended = true;
                    return line == null ? null : withoutCarriageReturn(line.toByteArray());
                }
            }
            int start = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            if (line == null) {
                line = new ByteArrayOutputStream(Math.max(64, position - start));
            }
            line.write(buffer, start, position - start);
            if (position < limit) {
                position++; // the line break
                return withoutCarriageReturn(line.toByteArray());
            }
        }
    }

    private static byte[] withoutCarriageReturn(byte[] bytes) {
        int length = bytes.length;
        return length > 0 && bytes[length - 1] == '\r' ? Arrays.copyOf(bytes, length - 1) : bytes;
    }
}
