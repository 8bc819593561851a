package org.sayer.io.gold;

import java.util.Set;

import org.sayer.io.importer.ImportException;
import org.sayer.model.Annotation;
import org.sayer.model.Corpus;
import org.sayer.model.Document;
import org.sayer.model.ReviewState;
import org.sayer.model.WorkflowState;
import org.sayer.pipeline.eval.Curation;

/**
 * A merge of annotators' versions ({@link Curation.Result}) as a document of the curated corpus:
 * what was taken is decided, every unit left for a person is pending (with the cue of an open claim),
 * so review mode and the workbench's curation editor walk them. Used by {@code ./sayer curate} and
 * the workbench alike.
 */
public final class CuratedDocument {

    private CuratedDocument() {
    }

    /** The curated document, its speakers joining {@code registry}; in progress while anything is open. */
    public static Document of(Curation.Result result, String where, Corpus registry) throws ImportException {
        Document document = GoldToModel.toDocument(result.document(), where, registry);
        markOpen(document, result.openIds());
        document.setState(!result.openIds().isEmpty() ? WorkflowState.IN_PROGRESS
                : document.getAnnotations().isEmpty() ? WorkflowState.NEW : WorkflowState.REVIEWED);
        return document;
    }

    /** The open units, and the cues of open claims, wait for a person's decision. */
    private static void markOpen(Document document, Set<String> openIds) {
        for (Annotation annotation : document.getAnnotations()) {
            String id = annotation.getId();
            String owner = id.endsWith(GoldToModel.CUE_ID_SUFFIX) ? id.substring(0, id.length() - GoldToModel.CUE_ID_SUFFIX.length()) : id;
            if (openIds.contains(owner)) {
                annotation.setReview(ReviewState.PENDING);
            }
        }
    }
}
