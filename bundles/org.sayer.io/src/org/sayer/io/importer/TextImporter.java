package org.sayer.io.importer;

import org.sayer.model.Document;
import org.sayer.model.SayerFactory;
import org.sayer.model.WorkflowState;

/** Plain text articles: the first non-empty line is the title, and the whole text is kept as written. */
public final class TextImporter {

    private TextImporter() {
    }

    public static Document fromText(String id, String text) {
        String normalized = Texts.normalizeNewlines(Texts.stripBom(text));
        Document document = SayerFactory.eINSTANCE.createDocument();
        document.setId(id);
        document.setText(normalized);
        document.setTitle(Texts.firstLine(normalized));
        document.setState(WorkflowState.NEW);
        return document;
    }
}
