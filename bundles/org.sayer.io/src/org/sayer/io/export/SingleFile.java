package org.sayer.io.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

/** A format that streams every document into one UTF-8 file (CoNLL, spaCy). */
abstract class SingleFile implements FormatWriter {

    protected ExportContext context;
    protected BufferedWriter out;

    @Override
    public final void open(ExportContext exportContext) throws IOException {
        this.context = exportContext;
        out = Files.newBufferedWriter(exportContext.folder().resolve(fileName()), StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE_NEW);
        begin();
    }

    protected abstract String fileName();

    /** Writes the file's header, if any, and the format's manifest notes. */
    protected abstract void begin() throws IOException;

    @Override
    public void close() throws IOException {
        out.close();
    }
}
