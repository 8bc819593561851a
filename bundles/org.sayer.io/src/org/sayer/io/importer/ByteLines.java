package org.sayer.io.importer;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads a stream line by line as raw bytes, so that each line is decoded on its own: one bad line
 * (invalid UTF-8, broken JSON) is reported with its number while the others still import, and a
 * file of any size is never held whole.
 */
public final class ByteLines {

    private final InputStream in;
    private final int maxLineBytes;
    private final String where;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private byte[] line = new byte[1024];
    private int lineLength;
    private int lineNumber;

    public ByteLines(InputStream in, int maxLineBytes, String where) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
        this.where = where;
    }

    /** Advances to the next line; false at the end of the stream. */
    public boolean next() throws IOException {
        lineLength = 0;
        boolean any = false;
        while (true) {
            if (position == limit) {
                limit = in.read(buffer);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    if (any) {
                        lineNumber++;
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
                if (lineLength > 0 && line[lineLength - 1] == '\r') {
                    lineLength--;
                }
                return true;
            }
        }
    }

    private void append(int start, int count) throws ImportException {
        if (lineLength + count > maxLineBytes) {
            throw new ImportException(where + ":" + (lineNumber + 1), "line longer than " + (maxLineBytes >> 20) + " MB");
        }
        if (lineLength + count > line.length) {
            line = Arrays.copyOf(line, Math.max(line.length * 2, lineLength + count));
        }
        System.arraycopy(buffer, start, line, lineLength, count);
        lineLength += count;
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
