package org.sayer.io.importer;

/** Input that breaks an {@link ImportLimits} bound: the whole file or archive is refused. */
public class LimitExceededException extends ImportException {

    private static final long serialVersionUID = 1L;

    public LimitExceededException(String source, String problem) {
        super(source, problem);
    }
}
