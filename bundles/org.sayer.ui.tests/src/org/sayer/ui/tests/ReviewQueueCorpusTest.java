package org.sayer.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.sayer.model.Annotation;
import org.sayer.model.Document;
import org.sayer.model.Origin;
import org.sayer.model.ReviewState;
import org.sayer.model.SayerFactory;
import org.sayer.ui.edit.Suggestion;
import org.sayer.ui.editor.DocumentEditorPart;
import org.sayer.ui.parts.ReviewQueuePart;

/**
 * The review queue over the whole corpus, driven by keys: it lists the suggestions of documents
 * that are not in memory (read by a background scan), jumps to one by opening its document, and
 * rejects in bulk across documents; and rejected suggestions, when the queue shows them, are drawn
 * in the editor, struck through, where the caret finds them to restore them.
 */
class ReviewQueueCorpusTest {

    /** Only this test's suggestions carry it: the engine filter keeps other tests' documents out of the queue. */
    private static final String ENGINE = "corpus-queue-test/1";

    @Test
    void wholeCorpusScopeListsDocumentsOnDiskOpensAHitAndRejectsAcrossDocuments() throws Exception {
        WorkbenchDriver ui = WorkbenchDriver.start();
        String[] titles = { "Corpus queue: envoy", "Corpus queue: governor", "Corpus queue: mayor" };
        String[] texts = { titles[0] + "\nThe envoy said the border stays shut.\n", titles[1] + "\nThe governor warned that prices would rise.\n",
                titles[2] + "\nThe mayor claimed the vote was fair.\n" };
        String[] cues = { "said", "warned", "claimed" };
        for (int i = 0; i < titles.length; i++) {
            addOnDisk(ui, "corpus-queue-" + i, titles[i], texts[i], cues[i]);
        }
        ui.openDocument(titles[0]);
        DocumentEditorPart editor = ui.partObject("org.sayer.ui.part.editor", DocumentEditorPart.class);
        StyledText text = ui.onUi(editor::textWidget);
        ui.focus(text);
        ui.key('q', SWT.CTRL, SWT.SHIFT);
        ReviewQueuePart queue = ui.partObject(ReviewQueuePart.ID, ReviewQueuePart.class);
        try {
            listDecideAndShow(ui, queue, editor, text, titles, texts);
        } finally {
            // The queue as other tests expect it: no filter, this document.
            ui.onUi(() -> {
                queue.clearButton().notifyListeners(SWT.Selection, null);
                queue.scopeCombo().select(0);
                queue.scopeCombo().notifyListeners(SWT.Selection, null);
                return null;
            });
        }
    }

    private static void listDecideAndShow(WorkbenchDriver ui, ReviewQueuePart queue, DocumentEditorPart editor, StyledText text, String[] titles,
            String[] texts)
            throws Exception {
        // Scope: Down from "This document" picks "Whole corpus"; the documents on disk are read in the background.
        focusInQueue(ui, queue, queue.scopeCombo());
        ui.key(SWT.ARROW_DOWN);
        assertEquals(ReviewQueuePart.SCOPES[1], ui.onUi(() -> queue.scopeCombo().getText()));
        chooseEngine(ui, queue);
        List<Object> rows = ui.waitFor("the scan to list the three documents' suggestions",
                () -> ui.onUi(() -> !queue.isScanning() && rows(queue).size() == 6 ? rows(queue) : null));
        assertEquals(List.of("corpus-queue-0", "corpus-queue-0", "corpus-queue-1", "corpus-queue-1", "corpus-queue-2", "corpus-queue-2"),
                rows.stream().map(ReviewQueueCorpusTest::documentOf).toList(), "every document's suggestions, in the index's order");
        assertEquals("Accept 6\u2026", ui.onUi(() -> queue.acceptButton().getText()), "the count covers the corpus");
        assertFalse(isLoaded(ui, "corpus-queue-1"), "listing the corpus loaded no document into the workbench");
        assertFalse(isLoaded(ui, "corpus-queue-2"));
        assertTrue(ui.onUi(() -> queue.viewer().getTable().getItem(2).getText(0)).startsWith(titles[1]), "rows name their document");

        // Enter on a row of another document opens it with the suggestion selected.
        ui.focus(ui.onUi(() -> queue.viewer().getControl()));
        ui.onUi(() -> {
            queue.viewer().getTable().setSelection(2);
            return null;
        });
        ui.key(SWT.CR);
        ui.waitFor("the governor's document to open", () -> ui.onUi(() -> "corpus-queue-1".equals(ui.session().currentDocument().getId()) ? Boolean.TRUE : null));
        int governor = texts[1].indexOf("The governor");
        assertEquals(governor, (int) ui.onUi(() -> text.getSelection().x), "the suggestion is selected in the text");
        assertFalse(isLoaded(ui, "corpus-queue-2"), "only the document opened was loaded");

        // Bulk reject across the corpus: the question counts the suggestions and the documents.
        assertEquals("Reject 6\u2026", ui.onUi(() -> queue.rejectButton().getText()), "opening a row changed no count");
        focusInQueue(ui, queue, queue.rejectButton());
        assertTrue(ui.onUi(() -> queue.rejectButton().isFocusControl()), "the reject button has the keyboard");
        ui.type(" ");
        Shell dialog = ui.waitFor("the reject question", () -> ui.shellTitled(ReviewQueuePart.REJECT_TITLE));
        String question = ui.onUi(() -> ReviewQueueTest.labelText(dialog, "Reject"));
        assertTrue(question.startsWith("Reject 6 pending suggestions (all kinds, by " + ENGINE + ", whole corpus)?"), question);
        assertTrue(question.contains("in 3 documents"), question);
        ui.key(SWT.CR);
        ui.waitFor("the document on disk to be loaded and decided", () -> ui.onUi(() -> isLoaded(ui, "corpus-queue-2")
                && reviews(ui, "corpus-queue-2").equals(List.of(ReviewState.REJECTED, ReviewState.REJECTED)) ? Boolean.TRUE : null));
        for (int i = 0; i < 3; i++) {
            String id = "corpus-queue-" + i;
            assertEquals(List.of(ReviewState.REJECTED, ReviewState.REJECTED), ui.onUi(() -> reviews(ui, id)), id + " rejected");
            assertTrue(ui.onUi(() -> ui.session().isDirty(document(ui, id))), id + " has the decision on its own history, unsaved");
        }
        ui.waitFor("the queue to empty", () -> ui.onUi(() -> rows(queue).isEmpty() ? Boolean.TRUE : null));

        // Show rejected: they come back in the list, and the open document draws its own struck through.
        focusInQueue(ui, queue, queue.rejectedToggle());
        ui.type(" ");
        ui.waitFor("the rejected ones to be listed", () -> ui.onUi(() -> rows(queue).size() == 6 ? Boolean.TRUE : null));
        StyleRange struck = ui.onUi(() -> editor.drawnStyleAt(governor + 1));
        assertNotNull(struck, "the rejected mention is drawn");
        assertTrue(struck.strikeout, "struck through");
        ui.screenshot("review-queue-corpus.png");

        focusInQueue(ui, queue, queue.rejectedToggle());
        ui.type(" ");
        ui.focus(text);
        ui.key('s', SWT.CTRL);
        ui.waitFor("the decisions to be saved", () -> ui.onUi(() -> ui.session().isDirty() ? null : Boolean.TRUE));
    }

    @Test
    void rejectedSuggestionsAreDrawnStruckThroughWhileShownAndTheCaretRestoresThem() throws Exception {
        WorkbenchDriver ui = WorkbenchDriver.start();
        String title = "Queue drawing: minister";
        String content = title + "\nThe minister said talks would resume.\n";
        ui.addDocument("queue-drawing", title, content);
        ui.openDocument(title);
        int said = content.indexOf("said");
        int minister = content.indexOf("The minister");
        List<Annotation> made = ui.onUi(() -> {
            Document document = ui.session().currentDocument();
            Annotation cue = suggestion(SayerFactory.eINSTANCE.createCue(), content, "said", ReviewState.REJECTED, "queue-drawing-test/1");
            Annotation mention = suggestion(SayerFactory.eINSTANCE.createSpeakerMention(), content, "The minister", ReviewState.PENDING,
                    "queue-drawing-test/1");
            ui.session().execute(new org.eclipse.emf.edit.command.AddCommand(ui.session().editing().domain(), document,
                    org.sayer.model.SayerPackage.Literals.DOCUMENT__ANNOTATIONS, List.of(cue, mention)));
            return List.of(cue, mention);
        });
        Annotation cue = made.get(0);
        DocumentEditorPart editor = ui.partObject("org.sayer.ui.part.editor", DocumentEditorPart.class);
        StyledText text = ui.onUi(editor::textWidget);
        ui.focus(text);
        ui.key('q', SWT.CTRL, SWT.SHIFT);
        ReviewQueuePart queue = ui.partObject(ReviewQueuePart.ID, ReviewQueuePart.class);
        ui.waitFor("the queue to list the pending one", () -> ui.onUi(() -> rows(queue).size() == 1 ? Boolean.TRUE : null));
        StyleRange hidden = ui.onUi(() -> editor.drawnStyleAt(said + 1));
        assertTrue(hidden == null || !hidden.strikeout, "a rejected suggestion is not drawn while the queue hides it");

        focusInQueue(ui, queue, queue.rejectedToggle());
        ui.type(" ");
        assertTrue(ui.onUi(() -> queue.rejectedToggle().getSelection()), "Show rejected is on");
        assertTrue(ui.onUi(() -> ui.session().showsRejected()), "and the workbench knows");
        StyleRange rejected = ui.onUi(() -> editor.drawnStyleAt(said + 1));
        assertNotNull(rejected, "shown: the rejected cue is drawn");
        assertTrue(rejected.strikeout, "struck through");
        assertEquals(SWT.NONE, rejected.borderStyle, "not boxed, as a pending suggestion is");
        assertNull(rejected.background, "not filled, as an accepted annotation is");
        StyleRange pending = ui.onUi(() -> editor.drawnStyleAt(minister + 1));
        assertFalse(pending.strikeout, "the pending mention is not struck");
        assertEquals(SWT.BORDER_DASH, pending.borderStyle, "and stays boxed");

        // The caret in the struck cue selects it; the queue follows, and Restore puts it back in place.
        ui.onUi(() -> {
            text.setCaretOffset(said - 1);
            return null;
        });
        ui.focus(text);
        ui.key(SWT.ARROW_RIGHT);
        ui.key(SWT.ARROW_RIGHT);
        ui.waitFor("the queue to select the rejected cue", () -> ui.onUi(() -> queue.viewer().getStructuredSelection().getFirstElement() == cue
                && queue.restoreButton().isEnabled() ? Boolean.TRUE : null));
        ui.screenshot("rejected-drawn.png");
        focusInQueue(ui, queue, queue.restoreButton());
        ui.type(" ");
        assertEquals(ReviewState.PENDING, ui.onUi(cue::getReview), "restored from where it is drawn");

        focusInQueue(ui, queue, queue.rejectedToggle());
        ui.type(" ");
        assertFalse(ui.onUi(() -> ui.session().showsRejected()), "hidden again with the toggle");
        ui.focus(text);
        ui.key('s', SWT.CTRL);
    }

    /**
     * Gives {@code control} of the queue the keyboard after the editor had it: activating the queue's
     * part first hands the keyboard to its table (its @Focus), as a click on the part's tab would.
     */
    private static void focusInQueue(WorkbenchDriver ui, ReviewQueuePart queue, org.eclipse.swt.widgets.Control control) {
        ui.focus(ui.onUi(() -> queue.viewer().getControl()));
        ui.focus(control);
    }

    /** Adds a document with a pending speaker mention and cue, saved, and drops it from memory: it is on disk only. */
    private static void addOnDisk(WorkbenchDriver ui, String id, String title, String content, String cue) {
        String problem = ui.onUi(() -> {
            Document document = SayerFactory.eINSTANCE.createDocument();
            document.setId(id);
            document.setTitle(title);
            document.setText(content);
            String speaker = content.substring(content.indexOf("The "), content.indexOf(' ', content.indexOf("The ") + 4));
            document.getAnnotations().add(suggestion(SayerFactory.eINSTANCE.createSpeakerMention(), content, speaker, ReviewState.PENDING, ENGINE));
            document.getAnnotations().add(suggestion(SayerFactory.eINSTANCE.createCue(), content, cue, ReviewState.PENDING, ENGINE));
            String failed = ui.session().addImported(document);
            ui.session().importFinished();
            ui.session().store().unload(document);
            return failed;
        });
        assertNull(problem, "the fixture document was added");
    }

    private static void chooseEngine(WorkbenchDriver ui, ReviewQueuePart queue) throws InterruptedException {
        ui.waitFor("the scan to list this test's engine", () -> ui.onUi(() -> !queue.isScanning() && queue.engineCombo().indexOf(ENGINE) > 0 ? Boolean.TRUE : null));
        focusInQueue(ui, queue, queue.engineCombo());
        for (int i = 0; i < 30 && !ENGINE.equals(ui.onUi(() -> queue.engineCombo().getText())); i++) {
            ui.key(SWT.ARROW_DOWN);
        }
        assertEquals(ENGINE, ui.onUi(() -> queue.engineCombo().getText()));
    }

    private static <T extends Annotation> T suggestion(T annotation, String content, String covered, ReviewState review, String engine) {
        int begin = content.indexOf(covered);
        annotation.setBegin(begin);
        annotation.setEnd(begin + covered.length());
        annotation.setOrigin(Origin.AUTOMATIC);
        annotation.setReview(review);
        annotation.setConfidence(0.7);
        annotation.setProducer(engine);
        annotation.setId("q-" + annotation.eClass().getName() + "-" + begin);
        return annotation;
    }

    private static List<Object> rows(ReviewQueuePart queue) {
        List<Object> rows = new ArrayList<>();
        var table = queue.viewer().getTable();
        for (int i = 0; i < table.getItemCount(); i++) {
            rows.add(table.getItem(i).getData());
        }
        return rows;
    }

    private static String documentOf(Object row) {
        return row instanceof Annotation annotation ? annotation.getDocument().getId() : ((Suggestion) row).documentId();
    }

    private static boolean isLoaded(WorkbenchDriver ui, String id) {
        return ui.onUi(() -> ui.session().store().isLoaded(ui.session().store().entryFor(id)));
    }

    private static Document document(WorkbenchDriver ui, String id) {
        return ui.session().loadedDocuments().stream().filter(d -> d.getId().equals(id)).findFirst().orElseThrow();
    }

    private static List<ReviewState> reviews(WorkbenchDriver ui, String id) {
        return document(ui, id).getAnnotations().stream().map(Annotation::getReview).toList();
    }
}
