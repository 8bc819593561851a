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
import org.sayer.model.Document;
import org.sayer.model.Origin;
import org.sayer.model.ReviewState;
import org.sayer.model.SayerFactory;
import org.sayer.ui.edit.PipelineMerge;
import org.sayer.ui.editor.DocumentEditorPart;
import org.sayer.ui.editor.ReviewMode;
import org.sayer.ui.parts.AttributionsPart;
import org.sayer.ui.stats.ClaimCounts;
import org.sayer.ui.stats.CorpusCounter;

/**
 * The seed article pre-annotated (its gold annotations stand in for pipeline output, as PENDING
 * AUTOMATIC suggestions), reviewed by keys, with the statistics it leads to. Saves the README's
 * screenshots when -Dsayer.screenshots is set.
 */
class PreAnnotatedSeedTest {

    private static final String TITLE = "Pre-annotated: Blinken";

    @Test
    void preAnnotatedSeedIsReviewedByKeysAndCounted() throws Exception {
        WorkbenchDriver ui = WorkbenchDriver.start();
        Path gold = Path.of(System.getProperty("sayer.seedGold"));
        String text = GoldJsonlReader.readAll(gold, null).documents().get(0).getText();
        String problem = ui.onUi(() -> {
            Document plain = SayerFactory.eINSTANCE.createDocument();
            plain.setId("seed-preannotated");
            plain.setTitle(TITLE + ": Russia rejects new talks until West responds to demands");
            plain.setText(text);
            String failed = ui.session().addImported(plain);
            ui.session().importFinished();
            return failed;
        });
        assertEquals(null, problem);
        ui.openDocument(TITLE);
        int suggested = ui.onUi(() -> preAnnotateFromGold(ui, gold));
        assertTrue(suggested > 40, "the gold annotations came in as suggestions: " + suggested);

        DocumentEditorPart editor = ui.partObject("org.sayer.ui.part.editor", DocumentEditorPart.class);
        StyledText widget = ui.onUi(editor::textWidget);
        ui.focus(widget);
        ui.onUi(() -> {
            widget.setSelection(0);
            return null;
        });
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
        ui.screenshot("editor-preannotated.png");
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

    /** Test fixture: the seed's gold annotations added the way a pre-annotation run adds suggestions. */
    private static int preAnnotateFromGold(WorkbenchDriver ui, Path gold) {
        Document live = ui.session().currentDocument();
        PipelineMerge merge = PipelineMerge.prepare(ui.session().store().corpus(), live);
        Document goldDocument;
        try {
            goldDocument = GoldJsonlReader.readAll(gold, merge.registry()).documents().get(0);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        List<Annotation> suggestions = new ArrayList<>(goldDocument.getAnnotations());
        int i = 0;
        for (Annotation annotation : suggestions) {
            annotation.setOrigin(Origin.AUTOMATIC);
            annotation.setReview(ReviewState.PENDING);
            annotation.setConfidence(0.55 + 0.44 * ((i++ * 37) % 100) / 100.0);
            annotation.setProducer("seed gold (test fixture)");
        }
        merge.document().getAnnotations().addAll(suggestions);
        merge.document().getSpeakers().addAll(goldDocument.getSpeakers());
        ui.session().execute(merge.command(ui.session().editing().domain()));
        return suggestions.size();
    }
}
