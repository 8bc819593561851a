package org.sayer.io.gold;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.google.gson.JsonObject;

import org.sayer.io.importer.ByteLines;
import org.sayer.io.importer.ImportException;
import org.sayer.io.importer.ImportLimits;
import org.sayer.io.importer.Utf8;
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
    private final ByteLines lines;
    private final String sourceName;
    private final Corpus registry;
    private final List<ImportException> errors = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();
    private boolean annotations = true;

    /**
     * @param in the JSONL bytes (UTF-8); closed by {@link #close()}
     * @param sourceName the file name that error messages give
     * @param registry the corpus whose speaker registry receives the entities; may be null
     */
    public GoldJsonlReader(InputStream in, String sourceName, Corpus registry) {
        this.in = in;
        this.lines = new ByteLines(in, ImportLimits.DEFAULT.maxLineBytes(), sourceName);
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
        while (true) {
            String where = sourceName + ":" + (lines.number() + 1);
            try {
                if (!lines.next()) {
                    return null;
                }
                if (lines.isBlank()) {
                    continue;
                }
                return document(Utf8.decode(lines.bytes(), 0, lines.length(), where), where);
            } catch (ImportException e) {
                errors.add(e);
            }
        }
    }

    /** The line number of the document last returned (1-based). */
    public int lineNumber() {
        return lines.number();
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
}
