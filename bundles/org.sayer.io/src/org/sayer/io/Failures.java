package org.sayer.io;

import java.io.IOException;

/** What a helper thread failed with, thrown again on the thread that waits for its work. */
public final class Failures {

    private Failures() {
    }

    /**
     * Throws {@code error} as it was where the caller may (an {@link IOException}, an unchecked
     * exception or an error), else wrapped in an IOException; does nothing for null.
     */
    public static void rethrow(Throwable error) throws IOException {
        if (error == null) {
            return;
        }
        if (error instanceof IOException io) {
            throw io;
        }
        if (error instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (error instanceof Error fatal) {
            throw fatal;
        }
        throw new IOException(error.getMessage(), error);
    }
}
