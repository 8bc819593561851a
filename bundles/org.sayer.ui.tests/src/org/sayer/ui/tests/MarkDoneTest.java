package org.sayer.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.sayer.model.Annotation;
import org.sayer.model.Claim;
import org.sayer.model.ClaimType;
import org.sayer.model.Document;
import org.sayer.model.Origin;
import org.sayer.model.ReviewState;
import org.sayer.model.SayerFactory;
import org.sayer.model.WorkflowState;
import org.sayer.model.store.CorpusStore;
import org.sayer.ui.editor.DocumentEditorPart;

/**
 * Review › Mark Document Done by its key, Ctrl+Shift+D: a document annotated by hand only becomes
 * reviewed and done by the analyst (issue 13, defect 8), whose name every annotation records; the
 * mark is undone, taken back, and refused while suggestions are pending.
 */
class MarkDoneTest {

    private static final String TITLE = "Judge rejects bid";
    private static final String ANALYST = "test-analyst";

    @Test
    void aFullyManualDocumentIsMarkedDoneByKeyUndoneAndTakenBack() throws Exception {
        WorkbenchDriver ui = WorkbenchDriver.start();
        ui.onUi(() -> {
            ui.session().setAnalyst(ANALYST);
            return null;
        });
        ui.openDocument(TITLE);
        DocumentEditorPart editor = ui.partObject("org.sayer.ui.part.editor", DocumentEditorPart.class);
        StyledText text = ui.onUi(() -> editor.textWidget());
        Document document = ui.onUi(() -> ui.session().currentDocument());
        ui.onUi(() -> { // whatever the pipeline may have suggested goes: only hand-made annotations stay
            for (Annotation machine : List.copyOf(document.getAnnotations())) {
                if (machine.getOrigin() == Origin.AUTOMATIC) {
                    ui.session().execute(ui.session().edits().delete(document, machine));
                }
            }
            return null;
        });

        String content = ui.onUi(text::getText);
        int begin = content.indexOf("his client was disappointed");
        int end = begin + "his client was disappointed".length();
        ui.keySelect(text, begin, end);
        ui.key('i');
        Claim claim = ui.waitFor("the claim", () -> ui.onUi(() -> document.getAnnotations().stream()
                .filter(a -> a instanceof Claim && a.getBegin() == begin && a.getEnd() == end).map(Claim.class::cast).findFirst().orElse(null)));
        assertEquals(ANALYST, claim.getProducer(), "a hand-made annotation records its analyst");
        assertTrue(claim.getCreated() > 0, "and when it was made");

        ui.key('d', SWT.CTRL, SWT.SHIFT);
        ui.waitFor("the document to be done", () -> ui.onUi(() -> document.getDoneBy().contains(ANALYST) ? Boolean.TRUE : null));
        assertEquals(WorkflowState.REVIEWED, ui.onUi(document::getState), "a fully manual document becomes reviewed");
        ui.key('z', SWT.CTRL);
        assertEquals(List.of(), ui.onUi(() -> List.copyOf(document.getDoneBy())), "Ctrl+Z undoes the mark");
        assertEquals(WorkflowState.IN_PROGRESS, ui.onUi(document::getState));
        ui.key('y', SWT.CTRL);
        assertEquals(List.of(ANALYST), ui.onUi(() -> List.copyOf(document.getDoneBy())), "Ctrl+Y redoes it");
        ui.key('s', SWT.CTRL);
        Path folder = ui.onUi(() -> ui.session().store().folder());
        try (CorpusStore fresh = CorpusStore.open(folder)) {
            Document saved = fresh.load(fresh.entryFor(document.getId()));
            assertEquals(List.of(ANALYST), saved.getDoneBy(), "the done mark is saved");
            assertEquals(WorkflowState.REVIEWED, saved.getState());
        }
        ui.screenshot("marked-done.png");

        ui.key('d', SWT.CTRL, SWT.SHIFT);
        ui.waitFor("the mark to be taken back", () -> ui.onUi(() -> document.getDoneBy().isEmpty() ? Boolean.TRUE : null));
        assertEquals(WorkflowState.IN_PROGRESS, ui.onUi(document::getState));

        ui.onUi(() -> { // a suggestion arrives: nobody may call the document done before deciding on it
            Claim suggestion = SayerFactory.eINSTANCE.createClaim();
            suggestion.setType(ClaimType.DIRECT);
            suggestion.setBegin(0);
            suggestion.setEnd(5);
            suggestion.setOrigin(Origin.AUTOMATIC);
            suggestion.setReview(ReviewState.PENDING);
            suggestion.setId("pending-suggestion");
            ui.session().execute(org.eclipse.emf.edit.command.AddCommand.create(ui.session().editing().domain(), document,
                    org.sayer.model.SayerPackage.Literals.DOCUMENT__ANNOTATIONS, suggestion));
            return null;
        });
        ui.focus(text);
        ui.key('d', SWT.CTRL, SWT.SHIFT);
        Shell refusal = ui.waitFor("the pending-suggestions message", () -> ui.shellTitled("Mark document done"));
        ui.key(SWT.ESC);
        ui.waitFor("the message to close", () -> ui.onUi(() -> refusal.isDisposed() ? Boolean.TRUE : null));
        assertTrue(ui.onUi(() -> document.getDoneBy().isEmpty()), "not done while a suggestion is pending");
        ui.key('z', SWT.CTRL);
        ui.key('s', SWT.CTRL);
    }
}
