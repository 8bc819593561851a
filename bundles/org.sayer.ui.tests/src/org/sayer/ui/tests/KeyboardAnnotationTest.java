package org.sayer.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.sayer.model.Annotation;
import org.sayer.model.Claim;
import org.sayer.model.ClaimType;
import org.sayer.model.Cue;
import org.sayer.model.Document;
import org.sayer.model.DocumentEntry;
import org.sayer.model.Origin;
import org.sayer.model.ReviewState;
import org.sayer.model.SayerFactory;
import org.sayer.model.SayerPackage;
import org.sayer.model.SpeakerMention;
import org.sayer.model.WorkflowState;
import org.sayer.model.store.CorpusStore;
import org.sayer.model.store.SayerResources;
import org.sayer.ui.editor.DocumentEditorPart;
import org.sayer.ui.editor.ReviewMode;
import org.sayer.ui.session.RecoveryJournal;

/**
 * An analyst's session on the seed article, driven by real key and mouse events: mark a speaker, a
 * cue and a claim, link them, undo and redo, walk suggestions in review mode, save, close, reopen.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KeyboardAnnotationTest {

    private static final String SEED = "Blinken: Russia rejects";
    private static final String SPEAKER = "State Department Spokesperson Ned Price";
    private static final String CLAIM_START = "Blinken stressed the";
    private static final String CLAIM_END = "near Ukraine.\"";

    private static WorkbenchDriver ui;
    private static DocumentEditorPart editor;
    private static StyledText text;

    @BeforeAll
    static void openSeedArticle() throws Exception {
        ui = WorkbenchDriver.start();
        ui.openDocument(SEED);
        editor = ui.partObject("org.sayer.ui.part.editor", DocumentEditorPart.class);
        text = ui.onUi(() -> editor.textWidget());
        ui.focus(text);
    }

    @Test
    @Order(1)
    void marksSpeakerCueAndClaimByKeysThenLinksUndoesAndRedoes() throws Exception {
        String content = ui.onUi(text::getText);
        int speaker = content.indexOf(SPEAKER);
        int cue = content.indexOf(" said ", speaker) + 1;
        int claimBegin = content.indexOf(CLAIM_START, cue);
        int claimEnd = content.indexOf(CLAIM_END, claimBegin) + CLAIM_END.length();

        ui.keySelect(text, speaker, speaker + SPEAKER.length());
        assertEquals(new Point(speaker, speaker + SPEAKER.length()), ui.onUi(text::getSelection), "Ctrl+Shift+Right selected the speaker");
        ui.key('s');
        SpeakerMention mention = ui.waitFor("the speaker mention", () -> ui.onUi(() -> find(SpeakerMention.class, speaker, speaker + SPEAKER.length())));
        assertEquals(Origin.MANUAL, mention.getOrigin());
        assertEquals("State Department Spokesperson Ned Price", mention.getSpeaker().getName(), "a registry speaker was created");
        assertTrue(ui.onUi(() -> ui.session().store().corpus().getSpeakers().contains(mention.getSpeaker())));
        assertTrue(ui.onUi(() -> ui.part("org.sayer.ui.part.editor").isDirty()), "the editor tab shows unsaved changes");

        ui.keySelect(text, cue, cue + 4);
        ui.key('c');
        Cue said = ui.waitFor("the cue", () -> ui.onUi(() -> find(Cue.class, cue, cue + 4)));

        ui.keySelect(text, claimBegin, claimEnd);
        ui.key('m');
        Claim claim = ui.waitFor("the claim", () -> ui.onUi(() -> find(Claim.class, claimBegin, claimEnd)));
        assertEquals(ClaimType.MIXED, claim.getType());
        assertEquals(WorkflowState.IN_PROGRESS, ui.onUi(() -> ui.session().currentDocument().getState()));

        ui.key('l');
        assertEquals(mention, ui.onUi(claim::getSource), "L links the claim to the nearest speaker mention");
        ui.key('k');
        assertEquals(said, ui.onUi(claim::getCue), "K links the claim to the nearest cue");
        ui.hover(text, claimBegin + 10);
        String hover = ui.waitFor("the attribution hover", () -> ui.onUi(() -> ui.tooltipText("Speaker:")));
        assertTrue(hover.contains("State Department Spokesperson Ned Price") && hover.contains("said") && hover.contains("mixed")
                && hover.contains("manual"), hover);
        ui.focus(text);

        ui.key('z', SWT.CTRL);
        assertNull(ui.onUi(claim::getCue), "Ctrl+Z undid the cue link");
        ui.key('z', SWT.CTRL);
        assertNull(ui.onUi(claim::getSource), "Ctrl+Z undid the speaker link");
        ui.key('y', SWT.CTRL);
        assertEquals(mention, ui.onUi(claim::getSource), "Ctrl+Y redid the speaker link");
        ui.key('y', SWT.CTRL);
        assertEquals(said, ui.onUi(claim::getCue), "Ctrl+Y redid the cue link");
        ui.screenshot("editor-marked.png");
    }

    @Test
    @Order(2)
    void editsGoToTheRecoveryJournalWithinSeconds() throws Exception {
        Path corpus = ui.onUi(() -> ui.session().store().folder());
        Path snapshot = ui.waitFor("a recovery snapshot", () -> {
            try {
                return RecoveryJournal.latest(corpus).orElse(null);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
        DocumentEntry entry = ui.onUi(() -> ui.session().entryOf(ui.session().currentDocument()));
        Path file = snapshot.resolve(CorpusStore.DOCUMENTS_FOLDER).resolve(ui.onUi(() -> ui.session().store().fileOf(entry)).getFileName());
        assertTrue(Files.isRegularFile(file), "the open document is in the snapshot: " + file);
        // The annotations themselves, read back from the snapshot: the text names Ned Price either way.
        Document kept = (Document) SayerResources.newResourceSet()
                .getResource(org.eclipse.emf.common.util.URI.createFileURI(file.toString()), true).getContents().get(0);
        int speaker = kept.getText().indexOf(SPEAKER);
        SpeakerMention mention = kept.getAnnotations().stream().filter(SpeakerMention.class::isInstance).map(SpeakerMention.class::cast)
                .filter(m -> m.getBegin() == speaker && m.getEnd() == speaker + SPEAKER.length() && m.getOrigin() == Origin.MANUAL)
                .findFirst().orElse(null);
        assertNotNull(mention, "the snapshot holds the speaker mention marked by S");
        assertTrue(kept.getAnnotations().stream().anyMatch(a -> a instanceof Claim claim && claim.getOrigin() == Origin.MANUAL
                && claim.getType() == ClaimType.MIXED && claim.getSource() == mention && claim.getCue() != null),
                "the snapshot holds the mixed claim linked to that mention and a cue");
    }

    @Test
    @Order(3)
    void reviewModeAcceptsEditsSkipsAndRejectsSuggestionsInOrder() throws Exception {
        String content = ui.onUi(text::getText);
        int lavrov = content.indexOf("Sergey Lavrov");
        int approach = content.indexOf("called for a diplomatic approach");
        int approachEnd = content.indexOf("in Ukraine", approach) + "in Ukraine".length();
        int confirmed = content.indexOf("confirmed", approach);
        int declined = content.indexOf("declined");
        // Fixture: what the pipeline would suggest, added as one command like a pre-annotation run.
        ui.onUi(() -> {
            Document document = ui.session().currentDocument();
            CompoundCommand suggestions = new CompoundCommand("suggestions");
            for (Annotation a : List.of(suggestion(SayerFactory.eINSTANCE.createSpeakerMention(), lavrov, lavrov + 13, 0.95),
                    claimSuggestion(approach, approachEnd, 0.8), suggestion(SayerFactory.eINSTANCE.createCue(), confirmed, confirmed + 9, 0.7),
                    suggestion(SayerFactory.eINSTANCE.createCue(), declined, declined + 8, 0.6))) {
                suggestions.append(new AddCommand(ui.session().editing().domain(), document, SayerPackage.Literals.DOCUMENT__ANNOTATIONS, a));
            }
            return ui.session().execute(suggestions);
        });
        ui.onUi(() -> {
            text.setSelection(0);
            return null;
        });
        ui.focus(text);
        ui.key('r', SWT.CTRL);
        assertEquals(ReviewMode.Step.REVIEWING, ui.onUi(() -> editor.review().step()));
        assertEquals(new Point(lavrov, lavrov + 13), ui.onUi(text::getSelection), "review selects the first suggestion");
        ui.key('a');
        assertEquals(ReviewState.ACCEPTED, ui.onUi(() -> find(SpeakerMention.class, lavrov, lavrov + 13).getReview()));
        assertEquals(new Point(approach, approachEnd), ui.onUi(text::getSelection), "then the next one in text order");

        ui.key('e');
        ui.key(SWT.ARROW_LEFT, SWT.SHIFT);
        ui.key(SWT.ARROW_LEFT, SWT.SHIFT);
        ui.key(SWT.CR);
        Claim edited = ui.onUi(() -> find(Claim.class, approach, approachEnd - 2));
        assertNotNull(edited, "E, Shift+Left twice, Enter moved the end back two characters");
        assertEquals(ReviewState.ACCEPTED, edited.getReview());

        assertEquals(new Point(confirmed, confirmed + 9), ui.onUi(text::getSelection));
        ui.key('n');
        assertEquals(new Point(declined, declined + 8), ui.onUi(text::getSelection), "N skipped to the next suggestion");
        ui.key('r');
        Cue rejected = ui.onUi(() -> find(Cue.class, declined, declined + 8));
        assertEquals(ReviewState.REJECTED, rejected.getReview(), "rejected suggestions stay, marked REJECTED");
        assertEquals(ReviewState.PENDING, ui.onUi(() -> find(Cue.class, confirmed, confirmed + 9).getReview()), "the skipped one is still pending");
        assertEquals(ReviewMode.Step.FINISHED, ui.onUi(() -> editor.review().step()));

        ui.key('z', SWT.CTRL);
        assertEquals(ReviewState.PENDING, ui.onUi(rejected::getReview), "a review decision is undone like any edit");
        ui.key('y', SWT.CTRL);
        assertEquals(ReviewState.REJECTED, ui.onUi(rejected::getReview));
        ui.key(SWT.ESC);
        assertEquals(ReviewMode.Step.OFF, ui.onUi(() -> editor.review().step()));
    }

    @Test
    @Order(4)
    void bulkAcceptTakesAThresholdAndFinishesTheReview() throws Exception {
        ui.key('a', SWT.CTRL, SWT.SHIFT);
        Shell dialog = ui.waitFor("the threshold dialog", () -> ui.shellTitled("Accept suggestions"));
        assertNotNull(dialog);
        ui.key('a', SWT.CTRL);
        ui.key('0');
        ui.key('.');
        ui.key('5');
        ui.key(SWT.CR);
        ui.waitFor("the dialog to close", () -> ui.onUi(() -> dialog.isDisposed() ? Boolean.TRUE : null));
        String content = ui.onUi(text::getText);
        int confirmed = content.indexOf("confirmed", content.indexOf("called for a diplomatic approach"));
        assertEquals(ReviewState.ACCEPTED, ui.onUi(() -> find(Cue.class, confirmed, confirmed + 9).getReview()));
        assertEquals(WorkflowState.REVIEWED, ui.onUi(() -> ui.session().currentDocument().getState()), "no suggestion is left");
    }

    @Test
    @Order(5)
    void closingWithUnsavedChangesAsksFirst() throws Exception {
        ui.focus(text);
        ui.key('w', SWT.CTRL);
        Shell question = ui.waitFor("the unsaved-changes question", () -> ui.shellTitled("Unsaved changes"));
        ui.key(SWT.ESC);
        ui.waitFor("the question to close", () -> ui.onUi(() -> question.isDisposed() ? Boolean.TRUE : null));
        assertTrue(ui.onUi(() -> ui.session().isDirty()), "cancel keeps the changes");
        assertNotNull(ui.onUi(() -> ui.session().currentDocument()), "and the document open");
    }

    @Test
    @Order(6)
    void savedWorkSurvivesCloseAndReopen() throws Exception {
        ui.focus(text);
        ui.key('s', SWT.CTRL);
        assertFalse(ui.onUi(() -> ui.session().isDirty()), "Ctrl+S saved everything");
        assertFalse(ui.onUi(() -> ui.part("org.sayer.ui.part.editor").isDirty()), "the tab is clean again");
        Path corpus = ui.onUi(() -> ui.session().store().folder());
        ui.waitFor("the recovery journal to be cleared", () -> {
            try {
                return RecoveryJournal.latest(corpus).isEmpty() ? Boolean.TRUE : null;
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });

        ui.key('w', SWT.CTRL);
        assertNull(ui.onUi(() -> ui.session().currentDocument()), "Ctrl+W closed the document");
        ui.openDocument(SEED);
        Document reopened = ui.onUi(() -> ui.session().currentDocument());
        assertChecked(reopened);

        // And what is on disk, read by a store of its own.
        CorpusStore fresh = CorpusStore.open(corpus);
        DocumentEntry entry = fresh.corpus().getDocuments().stream().filter(e -> e.getTitle().startsWith(SEED)).findFirst().orElseThrow();
        assertEquals(WorkflowState.REVIEWED, entry.getState());
        assertChecked(fresh.load(entry));
    }

    private static void assertChecked(Document document) {
        String content = document.getText();
        int speaker = content.indexOf(SPEAKER);
        int claimBegin = content.indexOf(CLAIM_START, speaker);
        Optional<Claim> claim = document.getAnnotations().stream().filter(Claim.class::isInstance).map(Claim.class::cast)
                .filter(c -> c.getBegin() == claimBegin).findFirst();
        assertTrue(claim.isPresent(), "the marked claim was saved");
        assertEquals(ClaimType.MIXED, claim.get().getType());
        assertEquals(speaker, claim.get().getSource().getBegin(), "with its speaker link");
        assertEquals(SPEAKER, claim.get().getSource().getSpeaker().getName());
        assertEquals("said", claim.get().getCue().getCoveredText(), "and its cue link");
        long rejected = document.getAnnotations().stream().filter(a -> a.getReview() == ReviewState.REJECTED).count();
        assertEquals(1, rejected, "the rejected suggestion is kept");
        assertEquals(0, document.getAnnotations().stream().filter(a -> a.getReview() == ReviewState.PENDING).count());
        assertEquals(WorkflowState.REVIEWED, document.getState());
    }

    private static <T extends Annotation> T find(Class<T> type, int begin, int end) {
        for (Annotation annotation : ui.session().currentDocument().getAnnotations()) {
            if (type.isInstance(annotation) && annotation.getBegin() == begin && annotation.getEnd() == end) {
                return type.cast(annotation);
            }
        }
        return null;
    }

    private static Annotation suggestion(Annotation annotation, int begin, int end, double confidence) {
        annotation.setBegin(begin);
        annotation.setEnd(end);
        annotation.setOrigin(Origin.AUTOMATIC);
        annotation.setReview(ReviewState.PENDING);
        annotation.setConfidence(confidence);
        annotation.setProducer("test-fixture");
        annotation.setId("fixture-" + begin + "-" + end);
        return annotation;
    }

    private static Annotation claimSuggestion(int begin, int end, double confidence) {
        Claim claim = SayerFactory.eINSTANCE.createClaim();
        claim.setType(ClaimType.INDIRECT);
        return suggestion(claim, begin, end, confidence);
    }
}
