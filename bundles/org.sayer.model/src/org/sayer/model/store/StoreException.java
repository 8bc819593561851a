package org.sayer.model.store;

import java.io.IOException;
import java.nio.file.Path;

/** A corpus or document file that cannot be read or written; the message names the file and the problem. */
public class StoreException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;

    public StoreException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
