package org.sayer.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.sayer.model.Annotation;
import org.sayer.model.Claim;
import org.sayer.model.Cue;
import org.sayer.model.Document;
import org.sayer.model.DocumentEntry;
import org.sayer.model.ReviewState;
import org.sayer.model.WorkflowState;
import org.sayer.ui.edit.AnnotationEdits;
import org.sayer.ui.session.CorpusSession;

/**
 * Walks the pending suggestions of the open document in text order. Accepting or rejecting one
 * moves on to the next; after the last it offers the next document that still has suggestions.
 * Every decision is one command on the stack, so a wrong key is one Ctrl+Z away.
 */
public final class ReviewMode {

    /** Where the walk is. */
    public enum Step {
        OFF, REVIEWING, EDITING, FINISHED
    }

    private final CorpusSession session;
    private Step step = Step.OFF;
    private Annotation current;
    private DocumentEntry nextDocument;

    ReviewMode(CorpusSession session) {
        this.session = session;
    }

    /** Starts at the first pending suggestion at or after {@code offset}, wrapping to the start. */
    void start(int offset) {
        step = Step.REVIEWING;
        current = null;
        List<Annotation> pending = pending();
        for (Annotation annotation : pending) {
            if (annotation.getBegin() >= offset) {
                current = annotation;
                break;
            }
        }
        if (current == null && !pending.isEmpty()) {
            current = pending.get(0);
        }
        if (current == null) {
            finish();
        }
    }

    void accept() {
        decide(ReviewState.ACCEPTED);
    }

    void reject() {
        decide(ReviewState.REJECTED);
    }

    void skip() {
        if (step == Step.REVIEWING || step == Step.EDITING) {
            advance();
        }
    }

    /** E: the analyst now adjusts the selection; {@link #applyEdit} accepts it as the new boundaries. */
    void edit() {
        if (step == Step.REVIEWING && current != null) {
            step = Step.EDITING;
        }
    }

    void applyEdit(int begin, int end) {
        if (step != Step.EDITING || current == null || begin >= end) {
            return;
        }
        Document document = session.currentDocument();
        CompoundCommand command = new CompoundCommand("Edit and accept");
        command.append(session.edits().acceptWithBounds(document, current, begin, end));
        appendReviewedWhenDone(command, current);
        session.execute(command);
        step = Step.REVIEWING;
        advance();
    }

    void cancelEdit() {
        if (step == Step.EDITING) {
            step = Step.REVIEWING;
        }
    }

    void leave() {
        step = Step.OFF;
        current = null;
        nextDocument = null;
    }

    private void decide(ReviewState state) {
        if ((step != Step.REVIEWING && step != Step.EDITING) || current == null) {
            return;
        }
        Document document = session.currentDocument();
        CompoundCommand command = new CompoundCommand(state == ReviewState.ACCEPTED ? "Accept suggestion" : "Reject suggestion");
        command.append(session.edits().review(document, List.of(current), state));
        appendReviewedWhenDone(command, current);
        session.execute(command);
        step = Step.REVIEWING;
        advance();
    }

    /** The decision on the last pending suggestion makes the document reviewed. */
    private void appendReviewedWhenDone(CompoundCommand command, Annotation decided) {
        for (Annotation annotation : session.currentDocument().getAnnotations()) {
            if (annotation != decided && annotation.getReview() == ReviewState.PENDING) {
                return;
            }
        }
        command.append(session.edits().setState(session.currentDocument(), WorkflowState.REVIEWED));
    }

    /**
     * What a bulk decision at {@code threshold} takes: to accept, the pending suggestions at or
     * above it; to reject, those below it.
     */
    public List<Annotation> bulkTargets(double threshold, boolean accept) {
        List<Annotation> targets = new ArrayList<>();
        for (Annotation annotation : pending()) {
            if (accept == annotation.getConfidence() >= threshold) {
                targets.add(annotation);
            }
        }
        return targets;
    }

    /** One command that decides every one of {@code targets}; the document is reviewed when none is left pending. */
    public Command decideAll(List<Annotation> targets, ReviewState state) {
        return session.edits().decide(session.currentDocument(), targets, state);
    }

    private void advance() {
        Annotation from = current;
        current = null;
        List<Annotation> ordered = session.index().all();
        int position = ordered.indexOf(from);
        for (int i = position + 1; i < ordered.size(); i++) {
            if (ordered.get(i).getReview() == ReviewState.PENDING) {
                current = ordered.get(i);
                return;
            }
        }
        finish();
    }

    private void finish() {
        step = Step.FINISHED;
        current = null;
        nextDocument = null;
        Document open = session.currentDocument();
        for (DocumentEntry entry : session.store().corpus().getDocuments()) {
            if (entry.getPendingCount() > 0 && (open == null || !entry.getId().equals(open.getId()))) {
                nextDocument = entry;
                return;
            }
        }
    }

    /** The suggestions still pending, in text order. */
    List<Annotation> pending() {
        List<Annotation> pending = new ArrayList<>();
        for (Annotation annotation : session.index().all()) {
            if (AnnotationEdits.isPending(annotation)) {
                pending.add(annotation);
            }
        }
        return pending;
    }

    public Step step() {
        return step;
    }

    public Annotation current() {
        return current;
    }

    /** After the last suggestion: the next document that has some, or null. */
    public DocumentEntry nextDocument() {
        return nextDocument;
    }

    /** What the status line says. */
    String status() {
        return switch (step) {
            case OFF -> "";
            case REVIEWING -> "REVIEW  " + describe(current) + "   \u2014   A accept \u00b7 R reject \u00b7 E edit \u00b7 N skip \u00b7 Esc leave   ("
                    + pending().size() + " pending)";
            case EDITING -> "EDIT  Adjust the selection (Shift+arrows), then Enter accepts it as the new boundaries; Esc cancels";
            case FINISHED -> nextDocument == null ? "REVIEW  No suggestions left in the corpus. Esc leaves review mode."
                    : "REVIEW  Done here. N or Enter opens \u201c" + title(nextDocument) + "\u201d (" + nextDocument.getPendingCount()
                            + " pending); Esc stays.";
        };
    }

    private static String describe(Annotation annotation) {
        if (annotation == null) {
            return "";
        }
        String kind = annotation instanceof Claim c ? (c.getType() == null ? "claim" : c.getType().getLiteral().toLowerCase(Locale.ROOT) + " claim")
                : annotation instanceof Cue ? "cue" : "speaker";
        return String.format(Locale.ROOT, "%s, confidence %.2f", kind, annotation.getConfidence());
    }

    private static String title(DocumentEntry entry) {
        return entry.getTitle() != null && !entry.getTitle().isBlank() ? entry.getTitle() : entry.getId();
    }
}
