package org.sayer.io.importer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** What an import did: how many documents it added and every problem it met (one clear line each). */
public final class ImportReport {

    private int documents;
    private final List<String> problems = new ArrayList<>();

    void added() {
        documents++;
    }

    void removed(int count) {
        documents -= count;
    }

    void problem(String message) {
        problems.add(message);
    }

    /** Documents added to the corpus. */
    public int documents() {
        return documents;
    }

    /** Inputs, lines or entries that were refused or skipped, each naming the file (and line). */
    public List<String> problems() {
        return Collections.unmodifiableList(problems);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
