package org.sayer.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sayer.cli.SayerCli;
import org.sayer.model.Annotation;
import org.sayer.model.Claim;
import org.sayer.model.Document;
import org.sayer.model.ReviewState;
import org.sayer.model.SpeakerMention;
import org.sayer.model.WorkflowState;
import org.sayer.model.store.CorpusStore;
import org.sayer.ui.editor.DocumentEditorPart;
import org.sayer.ui.editor.ReviewMode;

/**
 * A corpus made by {@code ./sayer curate} is finished in the workbench by review keys: what the
 * annotators disagreed on is pending, A takes a variant and R rejects one, a decision is undone by
 * Ctrl+Z, and the saved document records who decided and whose versions each annotation came from.
 */
class CuratedCorpusReviewTest {

    private static final String CURATOR = "curator";

    @TempDir
    Path folder;

    /** Baerbock's claim is INDIRECT to anna and ben, DIRECT to carla; only anna marked Price and his claim. */
    private Path version(String name, String baerbockType, boolean price) throws Exception {
        String line = TalksFixture.line("curated-talks", "Curated talks", baerbockType, price);
        return Files.writeString(folder.resolve(name + ".jsonl"), line);
    }

    @Test
    void whatCurateLeftIsDecidedByReviewKeysUndoneAndSaved() throws Exception {
        Path curated = folder.resolve("curated");
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);
        assertEquals(SayerCli.OK, SayerCli.run(new String[] { "curate", version("anna", "INDIRECT", true).toString(),
                version("ben", "INDIRECT", false).toString(), version("carla", "DIRECT", false).toString(), "--out", curated.toString() },
                out, out), output.toString(StandardCharsets.UTF_8));

        WorkbenchDriver ui = WorkbenchDriver.start();
        Path sample = ui.onUi(() -> ui.session().store().folder());
        String analyst = ui.onUi(() -> ui.session().analyst());
        try {
            ui.onUi(() -> {
                ui.session().open(curated, null);
                ui.session().setAnalyst(CURATOR);
                return null;
            });
            assertNull(ui.onUi(() -> ui.session().problem()));
            ui.openDocument("Curated talks");
            DocumentEditorPart editor = ui.partObject("org.sayer.ui.part.editor", DocumentEditorPart.class);
            StyledText text = ui.onUi(() -> editor.textWidget());
            Document document = ui.onUi(() -> ui.session().currentDocument());
            assertEquals(WorkflowState.IN_PROGRESS, ui.onUi(document::getState));
            ui.onUi(() -> {
                text.setSelection(0);
                return null;
            });
            ui.focus(text);
            ui.key('r', SWT.CTRL);
            // The curator sides with anna and ben: carla's variant (the DIRECT claim and its cue) is rejected, the rest taken.
            Annotation last = null;
            int decisions = 0;
            for (; decisions < 12 && ui.onUi(() -> editor.review().step()) == ReviewMode.Step.REVIEWING; decisions++) {
                last = ui.onUi(() -> editor.review().current());
                List<String> from = ui.onUi(last::getCuratedFrom);
                ui.key(from.equals(List.of("carla")) ? 'r' : 'a');
            }
            assertEquals(ReviewMode.Step.FINISHED, ui.onUi(() -> editor.review().step()));
            assertEquals(7, decisions, "three claims, their three cues and Price were left to decide");
            Claim taken = claim(ui, document, "INDIRECT");
            assertEquals(ReviewState.ACCEPTED, taken.getReview());
            assertEquals(CURATOR, taken.getReviewer(), "the curator's decision is recorded");
            assertEquals(List.of("anna", "ben"), taken.getCuratedFrom());
            assertEquals(ReviewState.REJECTED, claim(ui, document, "DIRECT").getReview());
            assertEquals(WorkflowState.REVIEWED, ui.onUi(document::getState), "the last decision makes the document reviewed");

            Annotation lastDecided = last;
            ui.key('z', SWT.CTRL);
            assertEquals(ReviewState.PENDING, ui.onUi(lastDecided::getReview), "Ctrl+Z undoes the last decision");
            ui.key('y', SWT.CTRL);
            assertEquals(ReviewState.ACCEPTED, ui.onUi(lastDecided::getReview));
            ui.key(SWT.ESC);
            ui.key('s', SWT.CTRL);
            ui.screenshot("curated-review.png");

            try (CorpusStore saved = CorpusStore.open(curated)) {
                Document reopened = saved.load(saved.entryFor("curated-talks"));
                assertEquals(WorkflowState.REVIEWED, reopened.getState());
                assertEquals(0, saved.entryFor("curated-talks").getPendingCount());
                SpeakerMention price = reopened.getAnnotations().stream().filter(a -> a instanceof SpeakerMention && a.getBegin() == 49)
                        .map(SpeakerMention.class::cast).findFirst().orElseThrow();
                assertEquals(ReviewState.ACCEPTED, price.getReview());
                assertEquals(List.of("anna"), price.getCuratedFrom());
                assertEquals(CURATOR, price.getReviewer());
                Claim lavrov = reopened.getAnnotations().stream().filter(a -> a instanceof Claim && a.getBegin() == 12)
                        .map(Claim.class::cast).findFirst().orElseThrow();
                assertEquals(List.of("anna", "ben", "carla"), lavrov.getCuratedFrom(), "agreed by all, taken by curate");
                assertNull(lavrov.getReviewer(), "no one had to decide it");
            }
        } finally {
            ui.onUi(() -> { // the other tests work on the sample corpus, as their analyst
                ui.session().open(sample, null);
                ui.session().setAnalyst(analyst);
                return null;
            });
        }
    }

    private static Claim claim(WorkbenchDriver ui, Document document, String type) {
        return ui.onUi(() -> document.getAnnotations().stream()
                .filter(a -> a instanceof Claim c && c.getBegin() == 45 && c.getType().getLiteral().equals(type))
                .map(Claim.class::cast).findFirst().orElseThrow());
    }
}
