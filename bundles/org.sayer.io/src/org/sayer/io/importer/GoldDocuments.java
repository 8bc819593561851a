package org.sayer.io.importer;

import org.sayer.io.gold.GoldToModel;
import org.sayer.model.Document;

/** One line of Sayer gold JSONL as a document with its speakers and annotations. */
final class GoldDocuments {

    private GoldDocuments() {
    }

    /**
     * Maps the line without a registry: the import joins the speakers to the corpus registry itself,
     * so that a failed file can take back the speakers it brought.
     */
    static Document parseLine(String line, String where) throws ImportException {
        return GoldToModel.toDocument(JsonlDocuments.parseObject(line, where), where, null);
    }
}
