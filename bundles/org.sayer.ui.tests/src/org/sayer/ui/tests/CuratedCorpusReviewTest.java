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
    // Lavrov 0-6, said 7-11, "talks would go on" 12-29; Baerbock 31-39, said 40-44, "no" 45-47;
    // Price 49-54, added 55-60, "it was over" 66-77
    private static final String TEXT = "Lavrov said talks would go on. Baerbock said no. Price added that it was over.";

    @TempDir
    Path folder;

    /** Baerbock's claim is INDIRECT to anna and ben, DIRECT to carla; only anna marked Price and his claim. */
    private Path version(String name, String baerbockType, boolean price) throws Exception {
        String line = "{\"id\": \"curated-talks\", \"title\": \"Curated talks\", \"text\": \"" + TEXT + "\", \"entities\": ["
                + "{\"id\": \"l\", \"name\": \"Sergey Lavrov\", \"type\": \"PERSON\"}, {\"id\": \"b\", \"name\": \"Annalena Baerbock\", \"type\": \"PERSON\"},"
                + " {\"id\": \"p\", \"name\": \"Ned Price\", \"type\": \"PERSON\"}], \"mentions\": ["
                + "{\"id\": \"m1\", \"span\": [0, 6], \"entity\": \"l\"}, {\"id\": \"m2\", \"span\": [31, 39], \"entity\": \"b\"}"
                + (price ? ", {\"id\": \"m3\", \"span\": [49, 54], \"entity\": \"p\"}" : "") + "], \"attributions\": ["
                + "{\"id\": \"a1\", \"type\": \"INDIRECT\", \"source\": \"m1\", \"cue\": [7, 11], \"content\": [12, 29], \"parent\": null},"
                + " {\"id\": \"a2\", \"type\": \"" + baerbockType + "\", \"source\": \"m2\", \"cue\": [40, 44], \"content\": [45, 47], \"parent\": null}"
                + (price ? ", {\"id\": \"a3\", \"type\": \"INDIRECT\", \"source\": \"m3\", \"cue\": [55, 60], \"content\": [66, 77], \"parent\": null}" : "")
                + "]}\n";
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
