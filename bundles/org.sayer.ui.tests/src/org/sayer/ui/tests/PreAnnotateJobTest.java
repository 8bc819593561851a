package org.sayer.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.junit.jupiter.api.Test;
import org.sayer.model.DocumentEntry;
import org.sayer.model.WorkflowState;
import org.sayer.ui.editor.DocumentEditorPart;
import org.sayer.ui.parts.CorpusNavigatorPart;

/** Pre-annotating runs as a Job: the UI thread answers while it runs, and the document moves on. */
class PreAnnotateJobTest {

    private static final String TITLE = "Study finds glaciers";

    @Test
    void preAnnotateSelectedRunsInTheBackgroundAndMarksTheDocumentPreAnnotated() throws Exception {
        WorkbenchDriver ui = WorkbenchDriver.start();
        CorpusNavigatorPart navigator = ui.partObject("org.sayer.ui.part.navigator", CorpusNavigatorPart.class);
        DocumentEntry entry = ui.onUi(() -> {
            var table = navigator.viewer().getTable();
            for (int i = 0; i < table.getItemCount(); i++) {
                if (table.getItem(i).getText(0).startsWith(TITLE)) {
                    table.setSelection(i);
                    navigator.viewer().setSelection(navigator.viewer().getSelection());
                    return (DocumentEntry) table.getItem(i).getData();
                }
            }
            return null;
        });
        ui.focus(ui.onUi(() -> navigator.viewer().getControl()));
        ui.key('p', SWT.CTRL, SWT.SHIFT);

        ui.waitFor("the pre-annotation job to start", () -> Job.getJobManager().find(null).length > 0
                || ui.onUi(() -> entry.getState() == WorkflowState.PRE_ANNOTATED) ? Boolean.TRUE : null);
        long before = System.nanoTime();
        ui.onUi(() -> navigator.viewer().getTable().getItemCount());
        assertTrue(System.nanoTime() - before < TimeUnit.SECONDS.toNanos(1), "the UI thread answers while the pipeline runs");
        ui.waitFor("the document to be pre-annotated", () -> ui.onUi(
                () -> ui.session().store().corpus().getDocuments().stream().filter(e -> e.getId().equals(entry.getId()))
                        .anyMatch(e -> e.getState() == WorkflowState.PRE_ANNOTATED) ? Boolean.TRUE : null));
        assertEquals("pre-annotated", ui.onUi(() -> {
            var table = navigator.viewer().getTable();
            for (int i = 0; i < table.getItemCount(); i++) {
                if (table.getItem(i).getText(0).startsWith(TITLE)) {
                    return table.getItem(i).getText(1);
                }
            }
            return null;
        }), "the navigator shows the new state");
        assertTrue(ui.onUi(() -> ui.session().isDirty()), "the pipeline's suggestions are an unsaved, undoable edit");
        // The suggestions are an edit of that document: its own history undoes them, in its editor.
        ui.openDocument(TITLE);
        DocumentEditorPart editor = ui.partObject("org.sayer.ui.part.editor", DocumentEditorPart.class);
        ui.focus(ui.onUi(editor::textWidget));
        ui.key('z', SWT.CTRL);
        assertEquals(WorkflowState.NEW, ui.onUi(() -> stateOf(ui, entry)), "Ctrl+Z undoes the pre-annotation");
    }

    private static WorkflowState stateOf(WorkbenchDriver ui, DocumentEntry entry) {
        try {
            return ui.session().store().load(entry).getState();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
