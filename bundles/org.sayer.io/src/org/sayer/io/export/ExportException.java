package org.sayer.io.export;

import java.io.IOException;

/** An export that cannot be done; the message names the path and the problem. */
public class ExportException extends IOException {

    private static final long serialVersionUID = 1L;

    public ExportException(String where, String problem, Throwable cause) {
        super(where + ": " + problem, cause);
    }
}
