package org.sayer.io.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;

import org.sayer.model.Document;

/**
 * Reads and parses the lines of a JSONL or gold JSONL input on a thread of its own, a bounded number
 * of lines ahead of the caller, who adds the documents to the corpus: JSON parsing and model
 * building then overlap with writing XMI. The documents made here belong to no resource set yet,
 * so nothing is shared between the two threads but the documents handed over.
 */
final class ParsedLines implements AutoCloseable {

    /** A line's document, or why the line is skipped ({@code at} is file:line). */
    record Line(String at, Document document, ImportException problem) {
    }

    private static final int AHEAD = 64;

    private final Handoff<Line> lines = new Handoff<>(AHEAD);
    private final Thread thread;

    /** Starts reading {@code in}; the caller closes {@code in} after {@link #close}. */
    ParsedLines(InputStream in, String where, InputFormat format, ImportLimits limits) {
        thread = new Thread(() -> read(in, where, format, limits), "sayer-import-parser");
        thread.setDaemon(true);
        thread.start();
    }

    private void read(InputStream in, String where, InputFormat format, ImportLimits limits) {
        try {
            try {
                ByteLines input = new ByteLines(in, limits.maxLineBytes(), where);
                while (true) {
                    Line line;
                    try {
                        if (!input.next()) {
                            break;
                        }
                        if (input.isBlank()) {
                            continue;
                        }
                        line = parse(input, where, format);
                    } catch (LimitExceededException tooLong) {
                        // read past, never held: that line alone is skipped
                        line = new Line(where + ":" + input.number(), null, tooLong);
                    }
                    if (!lines.put(line)) {
                        return;
                    }
                }
                lines.end();
            } catch (Throwable e) {
                lines.fail(e);
            }
        } catch (InterruptedException e) {
            lines.close();
        }
    }

    private static Line parse(ByteLines input, String where, InputFormat format) throws IOException {
        String at = where + ":" + input.number();
        try {
            String line = Utf8.decode(input.bytes(), 0, input.length(), at);
            Document document = format == InputFormat.GOLD ? GoldDocuments.parseLine(line, at) : JsonlDocuments.parseLine(line, at);
            return new Line(at, document, null);
        } catch (LimitExceededException e) {
            throw e;
        } catch (ImportException e) {
            return new Line(at, null, e);
        }
    }

    /**
     * The next line's document or problem (a line over the size limit among them), or null after
     * the last line. Throws what stops the whole input: a read error.
     */
    Line next() throws IOException {
        try {
            return lines.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("The import was interrupted");
        }
    }

    /** Stops reading (if the caller gives up early) and waits for the reader to let go of the input. */
    @Override
    public void close() {
        lines.closeAndJoin(thread);
    }
}
