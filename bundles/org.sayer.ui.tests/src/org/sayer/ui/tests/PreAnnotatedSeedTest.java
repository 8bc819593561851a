package org.sayer.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.junit.jupiter.api.Test;
import org.sayer.io.gold.GoldJsonlReader;
import org.sayer.model.Annotation;
import org.sayer.model.Claim;
import org.sayer.model.Origin;
import org.sayer.model.ReviewState;
import org.sayer.model.WorkflowState;
import org.sayer.ui.editor.DocumentEditorPart;
import org.sayer.ui.editor.ReviewMode;
import org.sayer.ui.parts.AttributionsPart;
import org.sayer.ui.parts.CorpusNavigatorPart;
import org.sayer.ui.parts.ReviewQueuePart;
import org.sayer.ui.stats.ClaimCounts;
import org.sayer.ui.stats.CorpusCounter;

/**
 * The seed article's text pre-annotated by the real pipeline (Review › Pre-annotate Selected,
 * Ctrl+Shift+P, as an analyst does it), reviewed by keys, filtered in the review queue, with the
 * statistics it leads to. Saves the README's screenshots when -Dsayer.screenshots is set.
 */
class PreAnnotatedSeedTest {

    private static final String TITLE = "Pre-annotated: Blinken";

    @Test
    void seedArticlePreAnnotatedByThePipelineIsReviewedByKeysFilteredAndCounted() throws Exception {
        WorkbenchDriver ui = WorkbenchDriver.start();
        // Only the text of the seed article: its gold annotations stay out of the corpus.
        Path gold = Path.of(System.getProperty("sayer.seedGold"));
        String text = GoldJsonlReader.readAll(gold, null).documents().get(0).getText();
        ui.addDocument("seed-preannotated", TITLE + ": Russia rejects new talks until West responds to demands", text);
        ui.openDocument(TITLE);
        CorpusNavigatorPart navigator = ui.partObject("org.sayer.ui.part.navigator", CorpusNavigatorPart.class);
        ui.focus(ui.onUi(() -> navigator.viewer().getControl()));
        ui.key('p', SWT.CTRL, SWT.SHIFT);
        List<Annotation> suggested = ui.waitFor("the pipeline's suggestions", () -> ui.onUi(() -> {
            var document = ui.session().currentDocument();
            return document.getState() == WorkflowState.PRE_ANNOTATED && !document.getAnnotations().isEmpty()
                    ? new ArrayList<>(document.getAnnotations()) : null;
        }));
        assertTrue(suggested.size() > 20, "the pipeline suggested speakers, cues and claims: " + suggested.size());
        assertTrue(suggested.stream().allMatch(a -> a.getOrigin() == Origin.AUTOMATIC && a.getReview() == ReviewState.PENDING
                && a.getProducer() != null && a.getProducer().startsWith("sayer.")), "every suggestion is the pipeline's, pending");

        DocumentEditorPart editor = ui.partObject("org.sayer.ui.part.editor", DocumentEditorPart.class);
        StyledText widget = ui.onUi(editor::textWidget);
        ui.focus(widget);
        ui.onUi(() -> {
            widget.setSelection(0);
            widget.setTopPixel(0);
            return null;
        });
        ui.screenshot("editor-preannotated.png");

        ui.key('r', SWT.CTRL);
        for (int i = 0; i < 6; i++) {
            ui.key('a');
        }
        ui.key('r');
        ui.key('a');
        ui.key('a');
        ui.key(SWT.ESC);
        List<Annotation> annotations = ui.onUi(() -> new ArrayList<>(ui.session().currentDocument().getAnnotations()));
        assertEquals(8, annotations.stream().filter(a -> a.getReview() == ReviewState.ACCEPTED).count(), "A accepted eight");
        assertEquals(1, annotations.stream().filter(a -> a.getReview() == ReviewState.REJECTED).count(), "R rejected one");
        ui.onUi(() -> {
            widget.setTopIndex(0);
            return null;
        });
        ui.key('k', SWT.CTRL, SWT.SHIFT);
        assertTrue(ui.onUi(() -> editor.linkArcs().size()) > 4, "Ctrl+Shift+K links every claim on the page");
        ui.screenshot("links.png");
        ui.key('k', SWT.CTRL, SWT.SHIFT);

        ui.key('r', SWT.CTRL);
        assertEquals(ReviewMode.Step.REVIEWING, ui.onUi(() -> editor.review().step()));
        ui.screenshot("review-mode.png");
        Annotation shown = ui.onUi(() -> editor.review().current());
        ui.key('n');
        assertTrue(shown != ui.onUi(() -> editor.review().current()), "N skips to the next suggestion");
        ui.key(SWT.ESC);
        assertEquals(ReviewMode.Step.OFF, ui.onUi(() -> editor.review().step()), "Esc leaves review mode");

        reviewQueueFilteredToConfidentClaims(ui, annotations);

        long claims = annotations.stream().filter(a -> a instanceof Claim && a.getReview() == ReviewState.ACCEPTED).count();
        long pendingClaims = annotations.stream().filter(a -> a instanceof Claim && a.getReview() == ReviewState.PENDING).count();
        AttributionsPart attributions = ui.partObject("org.sayer.ui.part.attributions", AttributionsPart.class);
        assertEquals((int) annotations.stream().filter(Claim.class::isInstance).count(),
                (int) ui.onUi(() -> attributions.viewer().getTable().getItemCount()), "the attributions view lists every claim");
        ui.onUi(() -> ui.application.getContext().get(EPartService.class).showPart("org.sayer.ui.part.statistics", EPartService.PartState.ACTIVATE));
        ClaimCounts total = ui.waitFor("the corpus counts", () -> ui.onUi(() -> {
            ClaimCounts counts = ui.application.getContext().get(CorpusCounter.class).total();
            return counts.byType().values().stream().mapToInt(Integer::intValue).sum() >= claims && counts.pending() >= pendingClaims ? counts : null;
        }));
        assertTrue(pendingClaims > 0 && total.pending() >= pendingClaims, "pending suggestions are counted apart: " + total.pending());
        ui.screenshot("statistics.png");
    }

    /** The review queue by keys: claims only, confidence from 0.50, rejected ones shown; the README's picture of it. */
    private static void reviewQueueFilteredToConfidentClaims(WorkbenchDriver ui, List<Annotation> annotations) throws Exception {
        ui.onUi(() -> ui.application.getContext().get(EPartService.class).showPart(ReviewQueuePart.ID, EPartService.PartState.ACTIVATE));
        ReviewQueuePart queue = ui.partObject(ReviewQueuePart.ID, ReviewQueuePart.class);
        ui.focus(ui.onUi(queue::clearButton));
        ui.type(" ");
        ui.focus(ui.onUi(queue::kindCombo));
        for (int i = 0; i < 3; i++) {
            ui.key(SWT.ARROW_DOWN); // All kinds, Speakers, Cues, Claims
        }
        ui.focus(ui.onUi(queue::minSpinner));
        for (int i = 0; i < 10; i++) {
            ui.key(SWT.ARROW_UP); // 0.00 to 0.50 by steps of 0.05
        }
        ui.focus(ui.onUi(queue::rejectedToggle));
        ui.type(" ");
        long expected = annotations.stream().filter(a -> a instanceof Claim && a.getReview() != ReviewState.ACCEPTED && a.getConfidence() >= 0.5)
                .count();
        int rows = ui.onUi(() -> queue.viewer().getTable().getItemCount());
        assertEquals(expected, rows, "pending and rejected claims at or above 0.50");
        assertEquals(String.format("Reject %d\u2026", ui.onUi(queue::shownPending).size()), ui.onUi(() -> queue.rejectButton().getText()));
        ui.screenshot("review-queue.png");
        ui.focus(ui.onUi(queue::clearButton));
        ui.type(" ");
    }
}
