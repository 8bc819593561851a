package org.sayer.io.export;

import java.io.IOException;

/**
 * Writes one export format into a (temporary) folder, one document at a time: {@link #open}, then
 * {@link #write} for each document in corpus order, then {@link #close}. A writer holds at most one
 * document's data; whatever it needs across documents must stay small (counts, names).
 */
interface FormatWriter {

    void open(ExportContext context) throws IOException;

    void write(DocumentView document) throws IOException;

    /** Finishes the files (closing streams, writing descriptors); the manifest is written after this. */
    void close() throws IOException;
}
