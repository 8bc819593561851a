package org.sayer.io.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.EnumSet;
import java.util.Set;

import org.sayer.io.gold.GoldJsonlWriter;
import org.sayer.model.ReviewState;

/**
 * Sayer gold JSONL ({@code documents.jsonl}), written by the gold writer of org.sayer.io.gold, so
 * that a gold file imported and exported again has the same content. The gold format has no review
 * field, so rejected annotations cannot be marked as negatives: they are never written, and the
 * manifest says so when they were asked for. The gold writer filters by review state alone: ACCEPTED,
 * plus PENDING with {@code --include pending}.
 */
final class GoldJsonlExport implements FormatWriter {

    static final String FILE = "documents.jsonl";

    private ExportContext context;
    private OutputStream out;
    private GoldJsonlWriter writer;

    @Override
    public void open(ExportContext exportContext) throws IOException {
        this.context = exportContext;
        Set<ReviewState> reviews = EnumSet.of(ReviewState.ACCEPTED);
        if (context.options().includePending()) {
            reviews.add(ReviewState.PENDING);
        }
        if (context.options().includeRejected()) {
            context.manifest().note("rejected", "not written: gold JSONL has no way to mark a negative");
        }
        out = new BufferedOutputStream(Files.newOutputStream(context.folder().resolve(FILE)), 1 << 16);
        writer = new GoldJsonlWriter(out, reviews);
    }

    @Override
    public void write(DocumentView view) throws IOException {
        writer.write(view.document(), context.manifest()::wrote);
    }

    @Override
    public void close() throws IOException {
        writer.flush();
        out.close();
    }
}
