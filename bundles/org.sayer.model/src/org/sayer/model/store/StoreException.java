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

    /**
     * Whether {@code error} (or its cause) is a full disk. Its message names no file, and the file
     * being written then is often one the user never sees (a temp file, a pack, an export's temp
     * folder), so callers name the user's corpus or folder instead.
     */
    public static boolean isDiskFull(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("No space left on device")) {
                return true;
            }
        }
        return false;
    }
}
