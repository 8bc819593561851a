package org.sayer.model.query;

import java.util.ArrayList;
import java.util.List;

import org.sayer.model.Annotation;
import org.sayer.model.Document;
import org.sayer.model.ReviewState;

/** The machine suggestions of a document that nobody has accepted or rejected yet. */
public final class PendingSuggestions {

    private PendingSuggestions() {
    }

    /** The pending annotations of {@code document} in document order, as a reviewer walks through them. */
    public static List<Annotation> of(Document document) {
        List<Annotation> pending = new ArrayList<>();
        for (Annotation annotation : AnnotationIndex.of(document).all()) {
            if (annotation.getReview() == ReviewState.PENDING) {
                pending.add(annotation);
            }
        }
        return pending;
    }

    /** The first pending annotation that begins after {@code offset}, or null: "next suggestion". */
    public static Annotation nextAfter(Document document, int offset) {
        for (Annotation annotation : of(document)) {
            if (annotation.getBegin() > offset) {
                return annotation;
            }
        }
        return null;
    }
}
