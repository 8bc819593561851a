package org.sayer.io.importer;

import java.io.IOException;

/** Input that cannot be imported; the message names the file (and line, where there is one) and the problem. */
public class ImportException extends IOException {

    private static final long serialVersionUID = 1L;

    public ImportException(String source, String problem) {
        super(source + ": " + problem);
    }

    public ImportException(String source, String problem, Throwable cause) {
        super(source + ": " + problem, cause);
    }
}
