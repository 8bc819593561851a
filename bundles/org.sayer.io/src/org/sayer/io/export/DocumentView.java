package org.sayer.io.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.sayer.io.gold.Offsets;
import org.sayer.io.gold.ExportedSpeakers;
import org.sayer.model.Annotation;
import org.sayer.model.Claim;
import org.sayer.model.Cue;
import org.sayer.model.Document;
import org.sayer.model.Origin;
import org.sayer.model.ReviewState;
import org.sayer.model.Speaker;
import org.sayer.model.SpeakerMention;

/**
 * One document as an export sees it: only the annotations the review filter lets through, with
 * references to left-out annotations cut, code-point offsets, and stable export ids.
 *
 * <p>Review filter: MANUAL and ACCEPTED annotations are always written; automatic PENDING ones only
 * with {@code includePending}; REJECTED ones only with {@code includeRejected}, and then marked
 * negative.
 */
public final class DocumentView {

    private final Document document;
    private final List<SpeakerMention> mentions = new ArrayList<>();
    private final List<Cue> cues = new ArrayList<>();
    private final List<Claim> claims = new ArrayList<>();
    private final ExportOptions options;
    private int includedCount;
    private Offsets offsets;

    DocumentView(Document document, ExportOptions options) {
        this.document = document;
        this.options = options;
        for (Annotation annotation : document.getAnnotations()) {
            if (!includes(annotation, options)) {
                continue;
            }
            includedCount++;
            if (annotation instanceof SpeakerMention mention) {
                mentions.add(mention);
            } else if (annotation instanceof Cue cue) {
                cues.add(cue);
            } else if (annotation instanceof Claim claim) {
                claims.add(claim);
            }
        }
    }

    /** The review filter shared by every format. */
    public static boolean includes(Annotation annotation, ExportOptions options) {
        ReviewState review = annotation.getReview();
        if (review == ReviewState.REJECTED) {
            return options.includeRejected();
        }
        if (review == ReviewState.PENDING && annotation.getOrigin() != Origin.MANUAL) {
            return options.includePending();
        }
        return true;
    }

    public Document document() {
        return document;
    }

    public String text() {
        return document.getText() == null ? "" : document.getText();
    }

    /** The speakers this view exports (see {@link ExportedSpeakers}). */
    public List<Speaker> speakers() {
        return ExportedSpeakers.of(document, this::isIncluded);
    }

    public List<SpeakerMention> mentions() {
        return Collections.unmodifiableList(mentions);
    }

    public List<Cue> cues() {
        return Collections.unmodifiableList(cues);
    }

    public List<Claim> claims() {
        return Collections.unmodifiableList(claims);
    }

    /** Every included annotation, in document order of the model. */
    public List<Annotation> annotations() {
        List<Annotation> all = new ArrayList<>(includedCount);
        for (Annotation annotation : document.getAnnotations()) {
            if (includes(annotation, options)) {
                all.add(annotation);
            }
        }
        return all;
    }

    /**
     * Whether {@code annotation} is one of this document's that the filter lets through. Asked of the
     * annotation itself, not of a set: putting every annotation into an identity map took a tenth of
     * the writing thread's time in a profile of the exports.
     */
    public boolean isIncluded(Annotation annotation) {
        return annotation != null && annotation.eContainer() == document && includes(annotation, options);
    }

    /** The claim's source mention, or null when it has none or the mention was filtered out. */
    public SpeakerMention source(Claim claim) {
        return isIncluded(claim.getSource()) ? claim.getSource() : null;
    }

    public Cue cue(Claim claim) {
        return isIncluded(claim.getCue()) ? claim.getCue() : null;
    }

    public Claim parent(Claim claim) {
        return isIncluded(claim.getParent()) ? claim.getParent() : null;
    }

    public static boolean isNegative(Annotation annotation) {
        return annotation.getReview() == ReviewState.REJECTED;
    }

    /** Code-point offset of a UTF-16 offset of this document's text. */
    public int codePoint(int utf16) {
        if (offsets == null) {
            offsets = Offsets.of(text());
        }
        return offsets.toCodePoint(utf16);
    }

    /** The id an export shows for an annotation: its own, or a positional one when it has none. */
    public String idOf(Annotation annotation) {
        if (annotation.getId() != null && !annotation.getId().isEmpty()) {
            return annotation.getId();
        }
        return "a" + document.getAnnotations().indexOf(annotation);
    }
}
