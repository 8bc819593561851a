package org.sayer.io;

import java.io.IOException;

/** The user cancelled an import or export; whatever it had started was rolled back. */
public class CancelledException extends IOException {

    private static final long serialVersionUID = 1L;

    public CancelledException(String what) {
        super(what + " was cancelled; nothing was changed");
    }
}
