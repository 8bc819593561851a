package org.sayer.pipeline.engines;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;

/** Reads a lexicon file: one entry a line; blank lines and lines starting with '#' are skipped. */
final class LexiconLines {

    /** Receives one entry line (stripped) and its line number, for error messages. */
    interface Entry {
        void accept(String line, int number) throws IOException;
    }

    private LexiconLines() {
    }

    static void read(Reader source, Entry entry) throws IOException {
        BufferedReader reader = new BufferedReader(source);
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            line = line.strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                entry.accept(line, number);
            }
        }
    }
}
