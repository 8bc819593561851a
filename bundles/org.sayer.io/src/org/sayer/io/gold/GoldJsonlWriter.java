package org.sayer.io.gold;

import java.io.BufferedWriter;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonIOException;
import com.google.gson.JsonObject;

import org.sayer.model.Annotation;
import org.sayer.model.Document;
import org.sayer.model.ReviewState;
import org.sayer.model.store.AtomicFiles;

/**
 * Writes documents as Sayer gold JSONL, one line per document, streaming: memory holds one
 * document's JSON at a time.
 */
public final class GoldJsonlWriter implements Flushable {

    /** Every annotation, whatever its review state: what a round trip needs. */
    public static final Set<ReviewState> ALL_REVIEWS = Collections.unmodifiableSet(EnumSet.allOf(ReviewState.class));

    private static final Gson GSON = new GsonBuilder().serializeNulls().disableHtmlEscaping().create();

    private final Writer out;
    private final Set<ReviewState> reviews;

    /** A writer of the annotations in {@code reviews} to {@code out} (UTF-8); the caller closes {@code out}. */
    public GoldJsonlWriter(OutputStream out, Set<ReviewState> reviews) {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        this.reviews = EnumSet.copyOf(reviews.isEmpty() ? EnumSet.noneOf(ReviewState.class) : reviews);
    }

    public GoldJsonlWriter(OutputStream out) {
        this(out, ALL_REVIEWS);
    }

    public void write(Document document) throws IOException {
        write(document, annotation -> {
        });
    }

    /** Writes {@code document}, telling {@code written} each annotation the line holds. */
    public void write(Document document, Consumer<Annotation> written) throws IOException {
        write(ModelToGold.toJson(document, reviews, written));
    }

    /**
     * Writes a document's gold JSON as {@link ModelToGold#toJson} made it: for a caller that reads
     * the JSON too (the Spark job's tables), so that it is neither made twice nor parsed back.
     */
    public void write(JsonObject gold) throws IOException {
        // A text's own line breaks are escaped by JSON, so a document stays on one line.
        // Straight to the writer: a large document's line is never held as one more string.
        try {
            GSON.toJson(gold, out);
        } catch (JsonIOException e) {
            if (e.getCause() instanceof IOException io) {
                throw io; // a full disk stays an IOException
            }
            throw e;
        }
        out.write('\n');
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    /** Writes {@code documents} to {@code file} atomically: the file holds all of them or is left as it was. */
    public static void write(Path file, Iterable<Document> documents, Set<ReviewState> reviews) throws IOException {
        AtomicFiles.write(file, stream -> {
            GoldJsonlWriter writer = new GoldJsonlWriter(stream, reviews);
            for (Document document : documents) {
                writer.write(document);
            }
            writer.flush();
        });
    }
}
