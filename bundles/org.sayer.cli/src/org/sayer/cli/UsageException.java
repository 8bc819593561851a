package org.sayer.cli;

/** The command line is not what the command expects; the message says what is wrong. */
public class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
