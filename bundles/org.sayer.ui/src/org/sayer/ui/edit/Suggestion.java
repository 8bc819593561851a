package org.sayer.ui.edit;

import org.sayer.model.Annotation;
import org.sayer.model.Claim;
import org.sayer.model.ClaimType;
import org.sayer.model.Document;
import org.sayer.model.ReviewState;
import org.sayer.model.edit.Labels;

/**
 * What the review queue knows of a suggestion in a document that is not in memory: read from disk
 * by a scan of the corpus and kept as these few facts, so that a queue over the whole corpus holds
 * no document. The annotation itself is found again by its id when the document is opened or a
 * decision is made.
 */
public record Suggestion(String documentId, String documentTitle, String annotationId, SuggestionFilter.Kind kind, ClaimType type,
        double confidence, String engine, ReviewState review, int begin, String text) {

    /** Words of the covered text a row shows. */
    public static final int TEXT_WORDS = 14;

    /** The facts of {@code annotation}, a suggestion of {@code document}. */
    public static Suggestion of(Document document, Annotation annotation) {
        return new Suggestion(document.getId(), titleOf(document), annotation.getId(), SuggestionFilter.Kind.ofAnnotation(annotation),
                annotation instanceof Claim claim ? claim.getType() : null, annotation.getConfidence(), annotation.getProducer(),
                annotation.getReview(), annotation.getBegin(), Labels.firstWords(annotation.getCoveredText(), TEXT_WORDS));
    }

    /** The title a row shows for a document: its title, else its id. */
    public static String titleOf(Document document) {
        return document.getTitle() == null || document.getTitle().isBlank() ? document.getId() : document.getTitle();
    }
}
