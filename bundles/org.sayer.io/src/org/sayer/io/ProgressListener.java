package org.sayer.io;

/**
 * Progress of a long import or export, and the way to cancel it. Called from the working thread
 * after each document; a UI forwards it to its job monitor, the CLI prints to stderr.
 */
public interface ProgressListener {

    /** Listens to nothing and never cancels. */
    ProgressListener NONE = (done, total, item) -> {
    };

    /**
     * Reports that {@code done} units of {@code total} are finished ({@code total} is -1 when
     * unknown, e.g. while streaming a JSONL file); {@code item} names the current file or document.
     */
    void worked(long done, long total, String item);

    /** Asked between documents: when it answers true the work stops and nothing is committed. */
    default boolean isCancelled() {
        return false;
    }
}
