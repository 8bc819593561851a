package org.sayer.io.export;

import java.io.IOException;

/** A format with files per document (brat, Citron, XMI): keeps the context and the file names. */
abstract class PerDocumentFiles implements FormatWriter {

    protected ExportContext context;
    protected FileNaming names;

    @Override
    public final void open(ExportContext exportContext) throws IOException {
        this.context = exportContext;
        names = new FileNaming(exportContext.folder());
        begin();
    }

    /** Writes what the format has besides its documents (descriptors) and its manifest notes. */
    protected abstract void begin() throws IOException;

    @Override
    public void close() throws IOException {
        names.close();
    }
}
