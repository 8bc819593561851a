package org.sayer.io.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.sayer.fuzz.Oracle;

/** Runs JSONL or gold JSONL bytes through the import's line parser and checks every line's outcome. */
final class Lines {

    private Lines() {
    }

    static void check(byte[] bytes, String input, InputFormat format) throws IOException {
        try (ParsedLines lines = new ParsedLines(new ByteArrayInputStream(bytes), input, format, ImportLimits.DEFAULT)) {
            for (ParsedLines.Line line; (line = lines.next()) != null;) {
                if (line.problem() != null) {
                    Oracle.namesInput(line.problem(), line.at() + ":");
                } else {
                    Oracle.imported(line.document(), line.at());
                }
            }
        } catch (ImportException refused) {
            Oracle.namesInput(refused, input);
        }
    }
}
