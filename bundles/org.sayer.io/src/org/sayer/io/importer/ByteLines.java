package org.sayer.io.importer;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;

/**
 * Reads a stream line by line as raw bytes, so that each line is decoded on its own: one bad line
 * (invalid UTF-8, broken JSON) is reported with its number while the others still import, and a
 * file of any size is never held whole.
 *
 * <p>A line is one document, so it may be no longer than the limit given, nor than what this
 * process's heap can import ({@link HeapBudget#IMPORT}). A longer line is read past without being
 * held and refused by its number, with its size; the next line is read as usual.
 */
public final class ByteLines {

    private final InputStream in;
    private final long maxLineBytes;
    /** The bytes of the current line past the limit, which are read past, not kept; 0 while it is within. */
    private long overLimitBytes;
    private final String where;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private byte[] line = new byte[1024];
    private int lineLength;
    private int lineNumber;

    public ByteLines(InputStream in, int maxLineBytes, String where) {
        this.in = in;
        this.maxLineBytes = Math.min(maxLineBytes, HeapBudget.IMPORT.maxDocumentBytes());
        this.where = where;
    }

    /**
     * Advances to the next line; false at the end of the stream. Throws {@link LimitExceededException}
     * for a line over the limit, named by its number; the following call goes on with the next line.
     */
    public boolean next() throws IOException {
        lineLength = 0;
        overLimitBytes = 0;
        boolean any = false;
        while (true) {
            if (position == limit) {
                limit = in.read(buffer);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    if (any) {
                        lineNumber++;
                        refuseOverLimit();
                    }
                    return any;
                }
            }
            any = true;
            int start = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            append(start, position - start);
            if (position < limit) {
                position++;
                lineNumber++;
                refuseOverLimit();
                if (lineLength > 0 && line[lineLength - 1] == '\r') {
                    lineLength--;
                }
                return true;
            }
        }
    }

    private void append(int start, int count) {
        if (overLimitBytes > 0 || lineLength + count > maxLineBytes) {
            // Counted, not kept: holding it is what the limit is there to prevent.
            overLimitBytes += overLimitBytes == 0 ? lineLength + count : count;
            lineLength = 0;
            if (line.length > 1 << 16) {
                line = new byte[1024];
            }
            return;
        }
        if (lineLength + count > line.length) {
            line = Arrays.copyOf(line, Math.max(line.length * 2, lineLength + count));
        }
        System.arraycopy(buffer, start, line, lineLength, count);
        lineLength += count;
    }

    /** Refuses the line just read past when it was over the limit, by its number and size. */
    private void refuseOverLimit() throws LimitExceededException {
        if (overLimitBytes == 0) {
            return;
        }
        String at = where + ":" + lineNumber;
        HeapBudget.IMPORT.check(at, overLimitBytes);
        throw new LimitExceededException(at, String.format(Locale.ROOT, "a line of %.1f MB, longer than the limit of %d MB for one document",
                overLimitBytes / 1048576.0, maxLineBytes >> 20));
    }

    public byte[] bytes() {
        return line;
    }

    public int length() {
        return lineLength;
    }

    /** 1-based number of the current line. */
    public int number() {
        return lineNumber;
    }

    public boolean isBlank() {
        for (int i = 0; i < lineLength; i++) {
            if (line[i] != ' ' && line[i] != '\t' && line[i] != '\r') {
                return false;
            }
        }
        return true;
    }
}
