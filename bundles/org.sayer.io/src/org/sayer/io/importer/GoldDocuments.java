package org.sayer.io.importer;

import org.sayer.model.Document;

/** One line of Sayer gold JSONL as a document with its speakers and annotations. */
final class GoldDocuments {

    private GoldDocuments() {
    }

    static Document parseLine(String line, String where) throws ImportException {
        // Replaced by the gold reader (org.sayer.io.gold) once it lands; until then only the text imports.
        return JsonlDocuments.parseLine(line, where);
    }
}
