package org.sayer.io.search;

/** A query the index cannot answer as typed (a syntax error, an unknown field); the message says why, for the user. */
public final class SearchException extends Exception {

    private static final long serialVersionUID = 1L;

    public SearchException(String message, Throwable cause) {
        super(message, cause);
    }
}
