package org.sayer.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.sayer.model.Annotation;
import org.sayer.model.Claim;
import org.sayer.model.ClaimType;
import org.sayer.model.Origin;
import org.sayer.model.ReviewState;
import org.sayer.model.SayerFactory;
import org.sayer.model.SayerPackage;
import org.sayer.model.WorkflowState;
import org.sayer.ui.editor.DocumentEditorPart;
import org.sayer.ui.parts.ReviewQueuePart;

/**
 * The review queue, driven by keys: filters by kind, type, confidence and engine; a bulk reject that
 * names its count before and asks once more; rejected suggestions shown on request, revisited in the
 * text and restored; all of it undone by Ctrl+Z.
 */
class ReviewQueueTest {

    private static final String TITLE = "Queue: minister";
    private static final String TEXT = TITLE + "\nThe minister said talks would resume. A spokesman warned that \"nothing is agreed\".\n";

    @Test
    void filtersBulkRejectShowRejectedRestoreAndUndo() throws Exception {
        WorkbenchDriver ui = WorkbenchDriver.start();
        ui.addDocument("queue-minister", TITLE, TEXT);
        ui.openDocument(TITLE);
        DocumentEditorPart editor = ui.partObject("org.sayer.ui.part.editor", DocumentEditorPart.class);
        StyledText text = ui.onUi(editor::textWidget);
        // Two speakers, two cues, two claims, from three engines, at known confidences.
        List<Annotation> suggestions = ui.onUi(() -> {
            List<Annotation> made = new ArrayList<>();
            made.add(suggestion(SayerFactory.eINSTANCE.createSpeakerMention(), "The minister", 0.90, "sayer.mentions/0.1"));
            made.add(suggestion(SayerFactory.eINSTANCE.createCue(), "said", 0.20, "sayer.cues/0.1"));
            Claim indirect = suggestion(SayerFactory.eINSTANCE.createClaim(), "talks would resume", 0.40, "sayer.attribution/0.2");
            indirect.setType(ClaimType.INDIRECT);
            made.add(indirect);
            made.add(suggestion(SayerFactory.eINSTANCE.createSpeakerMention(), "A spokesman", 0.30, "sayer.mentions/0.1"));
            made.add(suggestion(SayerFactory.eINSTANCE.createCue(), "warned", 0.80, "sayer.cues/0.1"));
            Claim direct = suggestion(SayerFactory.eINSTANCE.createClaim(), "\"nothing is agreed\"", 0.95, "sayer.attribution/0.2");
            direct.setType(ClaimType.DIRECT);
            made.add(direct);
            CompoundCommand add = new CompoundCommand("suggestions");
            for (Annotation annotation : made) {
                add.append(new AddCommand(ui.session().editing().domain(), ui.session().currentDocument(),
                        SayerPackage.Literals.DOCUMENT__ANNOTATIONS, annotation));
            }
            ui.session().execute(add);
            return made;
        });
        ui.focus(text);
        ui.key('q', SWT.CTRL, SWT.SHIFT); // Review › Review Queue
        ReviewQueuePart queue = ui.partObject(ReviewQueuePart.ID, ReviewQueuePart.class);
        ui.waitFor("the queue to list the six", () -> ui.onUi(() -> queue.viewer().getTable().getItemCount() == 6 ? Boolean.TRUE : null));
        assertEquals("Accept 6\u2026", ui.onUi(() -> queue.acceptButton().getText()), "the button names its count before it is pressed");

        // Kind: Down from "All kinds" picks "Speakers".
        ui.focus(ui.onUi(queue::kindCombo));
        ui.key(SWT.ARROW_DOWN);
        assertEquals(List.of(suggestions.get(0), suggestions.get(3)), shown(ui, queue), "speakers only");
        ui.key(SWT.ARROW_UP);
        assertEquals(6, shown(ui, queue).size(), "all kinds again");

        // Type: "Direct" keeps the one direct claim (the kind filter does not need to say claims).
        ui.focus(ui.onUi(queue::typeCombo));
        ui.key(SWT.ARROW_DOWN);
        assertEquals(List.of(suggestions.get(5)), shown(ui, queue), "direct claims only");
        ui.key(SWT.ARROW_UP);

        // Engine: the engines of the document's suggestions, sorted; the second is sayer.cues/0.1.
        ui.focus(ui.onUi(queue::engineCombo));
        ui.key(SWT.ARROW_DOWN);
        ui.key(SWT.ARROW_DOWN);
        assertEquals(List.of(suggestions.get(1), suggestions.get(4)), shown(ui, queue), "one engine's suggestions only");
        ui.key(SWT.ARROW_UP);
        ui.key(SWT.ARROW_UP);

        // Confidence: the upper end down from 1.00 to 0.50, by ten steps of 0.05.
        ui.focus(ui.onUi(queue::maxSpinner));
        for (int i = 0; i < 10; i++) {
            ui.key(SWT.ARROW_DOWN);
        }
        assertEquals(50, (int) ui.onUi(() -> queue.maxSpinner().getSelection()));
        List<Annotation> low = List.of(suggestions.get(1), suggestions.get(2), suggestions.get(3));
        assertEquals(low, shown(ui, queue), "confidence 0.00-0.50");
        assertEquals("Reject 3\u2026", ui.onUi(() -> queue.rejectButton().getText()));

        // Bulk reject: the dialog asks once more, naming the count and the filter.
        ui.focus(ui.onUi(queue::rejectButton));
        ui.type(" ");
        Shell dialog = ui.waitFor("the reject question", () -> ui.shellTitled(ReviewQueuePart.REJECT_TITLE));
        String question = ui.onUi(() -> labelText(dialog, "Reject"));
        assertTrue(question.startsWith("Reject 3 pending suggestions (all kinds, confidence 0.00\u20130.50)?"), question);
        ui.key(SWT.CR);
        ui.waitFor("the dialog to close", () -> ui.onUi(() -> dialog.isDisposed() ? Boolean.TRUE : null));
        assertEquals(List.of(ReviewState.PENDING, ReviewState.REJECTED, ReviewState.REJECTED, ReviewState.REJECTED, ReviewState.PENDING,
                ReviewState.PENDING), ui.onUi(() -> suggestions.stream().map(Annotation::getReview).toList()), "the three shown were rejected");
        ui.waitFor("the queue to empty", () -> shown(ui, queue).isEmpty() ? Boolean.TRUE : null);

        // Show rejected: the three come back, marked rejected, and can be revisited and restored.
        ui.focus(ui.onUi(queue::rejectedToggle));
        ui.type(" ");
        assertEquals(low, shown(ui, queue), "the rejected ones are listed when asked for");
        ui.focus(ui.onUi(() -> queue.viewer().getControl()));
        ui.key(SWT.HOME);
        for (int i = 0; i < 3 && ui.onUi(() -> queue.viewer().getTable().getSelectionIndex()) < 1; i++) {
            ui.key(SWT.ARROW_DOWN); // GTK: the first Down may only put the cursor on the first row
        }
        assertSame(suggestions.get(2), ui.onUi(() -> queue.viewer().getStructuredSelection().getFirstElement()), "Down selects the second row");
        assertEquals(TEXT.indexOf("talks"), (int) ui.onUi(() -> text.getSelection().x), "selecting a rejected row shows it in the text");
        assertTrue(ui.onUi(() -> queue.restoreButton().isEnabled()), "a rejected row can be restored");
        ui.focus(ui.onUi(queue::restoreButton));
        ui.type(" ");
        assertEquals(ReviewState.PENDING, ui.onUi(suggestions.get(2)::getReview), "restored to the queue");
        assertEquals(ReviewState.REJECTED, ui.onUi(suggestions.get(1)::getReview), "the others stay rejected");

        // Ctrl+Z undoes the restore, then the whole bulk reject.
        ui.focus(text);
        ui.key('z', SWT.CTRL);
        assertEquals(ReviewState.REJECTED, ui.onUi(suggestions.get(2)::getReview), "Ctrl+Z takes the restore back");
        ui.key('z', SWT.CTRL);
        assertEquals(List.of(ReviewState.PENDING), ui.onUi(() -> suggestions.stream().map(Annotation::getReview).distinct().toList()),
                "a second Ctrl+Z takes back the bulk reject, all three at once");
        ui.screenshot("review-queue-fixture.png");
    }

    @Test
    void acceptingEveryShownSuggestionMakesTheDocumentReviewedAndRestoringOneTakesThatBack() throws Exception {
        WorkbenchDriver ui = WorkbenchDriver.start();
        ui.addDocument("queue-accept", "Queue: accept", "Queue: accept\nThe mayor said so.\n");
        ui.openDocument("Queue: accept");
        Annotation cue = ui.onUi(() -> {
            Annotation said = suggestion(SayerFactory.eINSTANCE.createCue(), "said", 0.7, "sayer.cues/0.1", "Queue: accept\nThe mayor said so.\n");
            ui.session().execute(new AddCommand(ui.session().editing().domain(), ui.session().currentDocument(),
                    SayerPackage.Literals.DOCUMENT__ANNOTATIONS, said));
            ui.application.getContext().get(EPartService.class).showPart(ReviewQueuePart.ID, EPartService.PartState.ACTIVATE);
            return said;
        });
        ReviewQueuePart queue = ui.partObject(ReviewQueuePart.ID, ReviewQueuePart.class);
        ui.focus(ui.onUi(queue::clearButton));
        ui.type(" ");
        ui.waitFor("the queue to list it", () -> shown(ui, queue).equals(List.of(cue)) ? Boolean.TRUE : null);
        ui.focus(ui.onUi(queue::acceptButton));
        ui.type(" ");
        Shell dialog = ui.waitFor("the accept question", () -> ui.shellTitled(ReviewQueuePart.ACCEPT_TITLE));
        ui.key(SWT.CR);
        ui.waitFor("the dialog to close", () -> ui.onUi(() -> dialog.isDisposed() ? Boolean.TRUE : null));
        assertEquals(ReviewState.ACCEPTED, ui.onUi(cue::getReview));
        assertSame(WorkflowState.REVIEWED, ui.onUi(() -> ui.session().currentDocument().getState()), "nothing is left pending");
    }

    private static List<Annotation> shown(WorkbenchDriver ui, ReviewQueuePart queue) {
        return ui.onUi(() -> {
            List<Annotation> rows = new ArrayList<>();
            var table = queue.viewer().getTable();
            for (int i = 0; i < table.getItemCount(); i++) {
                rows.add((Annotation) table.getItem(i).getData());
            }
            return rows;
        });
    }

    private static <T extends Annotation> T suggestion(T annotation, String covered, double confidence, String engine) {
        return suggestion(annotation, covered, confidence, engine, TEXT);
    }

    private static <T extends Annotation> T suggestion(T annotation, String covered, double confidence, String engine, String in) {
        int begin = in.indexOf(covered);
        annotation.setBegin(begin);
        annotation.setEnd(begin + covered.length());
        annotation.setOrigin(Origin.AUTOMATIC);
        annotation.setReview(ReviewState.PENDING);
        annotation.setConfidence(confidence);
        annotation.setProducer(engine);
        annotation.setId("queue-" + annotation.eClass().getName() + "-" + begin);
        return annotation;
    }

    static String labelText(org.eclipse.swt.widgets.Composite parent, String start) {
        for (Control child : parent.getChildren()) {
            String found = child instanceof Label label && label.getText().startsWith(start) ? label.getText()
                    : child instanceof org.eclipse.swt.widgets.Composite inner ? labelText(inner, start) : null;
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
