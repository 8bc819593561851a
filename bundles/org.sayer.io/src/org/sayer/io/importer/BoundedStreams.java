package org.sayer.io.importer;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reading with a ceiling: hostile input stops at a size limit instead of exhausting memory. */
final class BoundedStreams {

    private BoundedStreams() {
    }

    /** The refusal of a document file larger than {@code limit} bytes. */
    static LimitExceededException tooLarge(String where, long limit) {
        return new LimitExceededException(where, "larger than the limit of " + (limit >> 20) + " MB for one document");
    }

    /** Reads the whole stream, refusing more than {@code limit} bytes. */
    static byte[] readAll(InputStream in, long limit, String where) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        byte[] buffer = new byte[8192];
        long total = 0;
        int read;
        while ((read = in.read(buffer)) > 0) {
            total += read;
            if (total > limit) {
                throw tooLarge(where, limit);
            }
            out.write(buffer, 0, read);
        }
        return out.toByteArray();
    }

    /**
     * Counts what really comes out of a zip entry (declared sizes can lie) and stops at the entry
     * limit, the archive limit, or an expansion ratio only a zip bomb reaches.
     */
    static final class ZipEntryStream extends FilterInputStream {

        private final String where;
        private final ImportLimits limits;
        private final long compressedSize;
        private final long[] archiveTotal;
        private long count;

        ZipEntryStream(InputStream in, String where, ImportLimits limits, long compressedSize, long[] archiveTotal) {
            super(in);
            this.where = where;
            this.limits = limits;
            this.compressedSize = compressedSize;
            this.archiveTotal = archiveTotal;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int read = super.read(b, off, len);
            if (read > 0) {
                counted(read);
            }
            return read;
        }

        private void counted(int read) throws LimitExceededException {
            count += read;
            archiveTotal[0] += read;
            if (count > limits.maxZipEntryBytes()) {
                throw new LimitExceededException(where, "expands beyond the limit of " + (limits.maxZipEntryBytes() >> 20)
                        + " MB for one entry (zip bomb?); archive refused");
            }
            if (archiveTotal[0] > limits.maxZipTotalBytes()) {
                throw new LimitExceededException(where, "the archive expands beyond the limit of "
                        + (limits.maxZipTotalBytes() >> 20) + " MB (zip bomb?); archive refused");
            }
            if (count > (1 << 20) && compressedSize > 0 && count / compressedSize > limits.maxZipRatio()) {
                throw new LimitExceededException(where, "expands more than " + limits.maxZipRatio()
                        + " times its compressed size (zip bomb?); archive refused");
            }
        }
    }
}
