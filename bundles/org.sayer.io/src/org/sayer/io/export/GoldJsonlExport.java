package org.sayer.io.export;

import java.io.IOException;

/** Sayer gold JSONL, written through the gold writer of org.sayer.io.gold. */
final class GoldJsonlExport implements FormatWriter {

    @Override
    public void open(ExportContext context) throws IOException {
        throw new ExportException("jsonl", "the gold JSONL writer is not in this build yet", null);
    }

    @Override
    public void write(DocumentView document) throws IOException {
        throw new IllegalStateException("not opened");
    }

    @Override
    public void close() throws IOException {
        // nothing was opened
    }
}
