package org.sayer.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
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
import org.sayer.model.Origin;
import org.sayer.model.ReviewState;
import org.sayer.model.SayerFactory;
import org.sayer.model.SayerPackage;
import org.sayer.model.Speaker;
import org.sayer.model.SpeakerMention;
import org.sayer.ui.editor.DocumentEditorPart;
import org.sayer.ui.handlers.BulkReviewHandler;
import org.sayer.ui.jobs.ImportJob;
import org.sayer.ui.parts.AttributionsPart;
import org.sayer.ui.parts.ShortcutsDialog;
import org.sayer.ui.parts.SpeakersPart;
import org.sayer.ui.stats.ClaimCounts;
import org.sayer.ui.stats.StatisticsPart;

/**
 * The defects an analyst met in the workbench (issue 13), each driven by real key events the way
 * they were found, each checked where it showed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AnalystDefectsTest {

    private static final String COURT = "Defects: court";
    private static final String COURT_TEXT = COURT + "\n"
            + "Prosecutors refused to comment on the allegations, Daniel Brooks said on Monday after the hearing.\n"
            + "\"We will appeal,\" Brooks said. \"The ruling ignores the facts.\n"
            + "\"It is not over,\" he added.\n"
            + "Dr. Hannah Becker said the data was clear. Becker added that more work was needed. [Wendy] Sherman agreed.\n";
    private static final String OTHER = "Defects: other";
    private static final String LONG = "Defects: long";

    private static WorkbenchDriver ui;
    private static DocumentEditorPart editor;
    private static StyledText text;

    @BeforeAll
    static void addDocuments() throws Exception {
        ui = WorkbenchDriver.start();
        ui.addDocument("defects-court", COURT, COURT_TEXT);
        ui.addDocument("defects-other", OTHER, OTHER + "\nThe mayor said the bridge opens in May.\n");
        StringBuilder paragraphs = new StringBuilder(LONG + "\nThe minister said the first paragraph matters.\n");
        for (int i = 0; i < 120; i++) {
            paragraphs.append("Filler paragraph ").append(i).append(" has no annotation at all in it.\n");
        }
        ui.addDocument("defects-long", LONG, paragraphs.toString());
    }

    @Test
    @Order(1)
    void selectionsSnapToWholeWordsUnlessAltShiftMarksThemExactly() throws Exception {
        open(COURT);
        int refused = COURT_TEXT.indexOf("refused");
        int use = refused + "ref".length();
        ui.keySelect(text, use, use + 3);
        assertEquals(new Point(use, use + 3), ui.onUi(text::getSelection), "\"use\" inside \"refused\" is selected");
        ui.key('c');
        assertNotNull(find(Cue.class, refused, refused + "refused".length()), "C marked the whole word \"refused\"");
        assertNull(find(Cue.class, use, use + 3), "and not part of it");

        ui.keySelect(text, use, use + 3);
        ui.key('c', SWT.ALT, SWT.SHIFT);
        assertNotNull(find(Cue.class, use, use + 3), "Alt+Shift+C marks the selection exactly as it is");
    }

    @Test
    @Order(2)
    void undoAndTheDirtyMarkerBelongToEachDocument() throws Exception {
        int refused = COURT_TEXT.indexOf("refused");
        assertTrue(ui.onUi(() -> ui.part(EDITOR).isDirty()), "the court document has unsaved edits");
        open(OTHER);
        assertFalse(ui.onUi(() -> ui.part(EDITOR).isDirty()), "another document's tab shows no * for them");
        ui.focus(text);
        ui.key('z', SWT.CTRL);
        assertEquals(OTHER, ui.onUi(() -> ui.session().currentDocument().getTitle()), "Ctrl+Z does not switch documents");
        Document court = ui.onUi(() -> documentTitled(COURT));
        assertTrue(ui.onUi(() -> court.getAnnotations().stream().anyMatch(a -> a.getBegin() == refused + 3 && a instanceof Cue)),
                "Ctrl+Z in another document undid nothing in this one");

        open(COURT);
        assertTrue(ui.onUi(() -> ui.part(EDITOR).isDirty()), "back in it, its tab shows * again");
        ui.key('z', SWT.CTRL);
        assertNull(find(Cue.class, refused + 3, refused + 6), "its own Ctrl+Z undoes its last edit");
        ui.key('y', SWT.CTRL);
        assertNotNull(find(Cue.class, refused + 3, refused + 6), "and Ctrl+Y redoes it");
    }

    @Test
    @Order(3)
    void boundariesStopAtParagraphEndsExceptForAQuotationThatRunsOn() throws Exception {
        open(COURT);
        String firstParagraph = "Prosecutors refused to comment on the allegations, Daniel Brooks said on Monday after the hearing.";
        int claimBegin = COURT_TEXT.indexOf("on Monday");
        int paragraphEnd = COURT_TEXT.indexOf(firstParagraph) + firstParagraph.length();
        ui.keySelect(text, claimBegin, paragraphEnd - 1);
        ui.key('i');
        Claim indirect = ui.waitFor("the indirect claim", () -> find(Claim.class, claimBegin, paragraphEnd - 1));
        ui.key(SWT.ARROW_RIGHT, SWT.ALT);
        ui.key(SWT.ARROW_RIGHT, SWT.ALT);
        ui.key(SWT.ARROW_RIGHT, SWT.ALT);
        assertEquals(paragraphEnd, (int) ui.onUi(indirect::getEnd), "Alt+Right extended to the paragraph's end and no further");

        String opening = "\"The ruling ignores the facts.";
        int quoteBegin = COURT_TEXT.indexOf(opening);
        int quoteEnd = quoteBegin + opening.length();
        ui.keySelect(text, quoteBegin, quoteEnd);
        ui.key('d');
        Claim direct = ui.waitFor("the direct claim", () -> find(Claim.class, quoteBegin, quoteEnd));
        ui.key(SWT.ARROW_RIGHT, SWT.ALT);
        int continued = COURT_TEXT.indexOf("\"It is");
        assertEquals(continued + "\"It".length(), (int) ui.onUi(direct::getEnd),
                "a quotation left open at its paragraph's end runs on into the next paragraph");
    }

    @Test
    @Order(4)
    void dIOrMWithTheCaretInAClaimRetypesIt() throws Exception {
        open(COURT);
        int claimBegin = COURT_TEXT.indexOf("on Monday");
        Claim claim = ui.waitFor("the indirect claim", () -> ui.onUi(() -> (Claim) ui.session().currentDocument().getAnnotations().stream()
                .filter(a -> a instanceof Claim && a.getBegin() == claimBegin).findFirst().orElse(null)));
        ui.onUi(() -> {
            text.setSelection(claimBegin + 4);
            return null;
        });
        ui.key(SWT.ARROW_RIGHT);
        ui.key(SWT.ARROW_LEFT);
        ui.key('m');
        assertEquals(ClaimType.MIXED, ui.onUi(claim::getType), "M with the caret in an indirect claim makes it mixed");
        assertEquals(1L, (long) ui.onUi(() -> ui.session().currentDocument().getAnnotations().stream()
                .filter(a -> a instanceof Claim && a.getBegin() == claimBegin).count()), "and adds no claim");
        ui.key('z', SWT.CTRL);
        assertEquals(ClaimType.INDIRECT, ui.onUi(claim::getType), "Ctrl+Z gives it its type back");
    }

    @Test
    @Order(5)
    void aSurnameATitledAndABracketedNameFindTheirSpeaker() throws Exception {
        open(COURT);
        String becker = "Dr. Hannah Becker";
        int full = COURT_TEXT.indexOf(becker);
        ui.keySelect(text, full, full + becker.length());
        ui.key('s');
        SpeakerMention first = ui.waitFor("the first mention", () -> find(SpeakerMention.class, full, full + becker.length()));
        Speaker hannah = ui.onUi(first::getSpeaker);
        assertEquals("Hannah Becker", ui.onUi(hannah::getName), "the title is no part of the name");
        assertEquals("Dr.", ui.onUi(hannah::getRole), "it is the speaker's title");

        int surname = COURT_TEXT.indexOf("Becker added");
        ui.keySelect(text, surname, surname + "Becker".length());
        ui.key('s');
        SpeakerMention second = ui.waitFor("the surname mention", () -> find(SpeakerMention.class, surname, surname + "Becker".length()));
        assertSame(hannah, ui.onUi(second::getSpeaker), "a surname alone is the same speaker, not a second one");

        int bracketed = COURT_TEXT.indexOf("[Wendy] Sherman");
        ui.keySelect(text, bracketed, bracketed + "[Wendy] Sherman".length());
        ui.key('s');
        SpeakerMention third = ui.waitFor("the bracketed mention", () -> find(SpeakerMention.class, bracketed, bracketed + "[Wendy] Sherman".length()));
        assertEquals("Wendy Sherman", ui.onUi(() -> third.getSpeaker().getName()), "editorial brackets are no part of the name");
    }

    @Test
    @Order(6)
    void rejectingACueTakesItOffTheClaimThatIsThenAccepted() throws Exception {
        open(COURT);
        int cueBegin = COURT_TEXT.indexOf("allegations");
        int claimBegin = COURT_TEXT.indexOf("We will appeal");
        int claimEnd = claimBegin + "We will appeal".length();
        Claim claim = ui.onUi(() -> {
            Document document = ui.session().currentDocument();
            Cue cue = suggestion(SayerFactory.eINSTANCE.createCue(), cueBegin, cueBegin + "allegations".length());
            Claim suggested = suggestion(SayerFactory.eINSTANCE.createClaim(), claimBegin, claimEnd);
            suggested.setType(ClaimType.DIRECT);
            suggested.setCue(cue);
            CompoundCommand suggestions = new CompoundCommand("suggestions");
            for (Annotation a : List.of(cue, suggested)) {
                suggestions.append(new AddCommand(ui.session().editing().domain(), document, SayerPackage.Literals.DOCUMENT__ANNOTATIONS, a));
            }
            ui.session().execute(suggestions);
            text.setSelection(cueBegin);
            return suggested;
        });
        ui.focus(text);
        ui.key('r', SWT.CTRL);
        assertEquals(new Point(cueBegin, cueBegin + "allegations".length()), ui.onUi(text::getSelection), "review starts at the cue");
        ui.key('r');
        assertEquals(new Point(claimBegin, claimEnd), ui.onUi(text::getSelection), "then the claim");
        ui.key('a');
        ui.key(SWT.ESC);
        assertEquals(ReviewState.ACCEPTED, ui.onUi(claim::getReview));
        assertNull(ui.onUi(claim::getCue), "the accepted claim does not keep the rejected cue");
        AttributionsPart attributions = ui.partObject("org.sayer.ui.part.attributions", AttributionsPart.class);
        String cueCell = ui.waitFor("the claim's row", () -> ui.onUi(() -> {
            Table table = attributions.viewer().getTable();
            for (int i = 0; i < table.getItemCount(); i++) {
                if (table.getItem(i).getData() == claim) {
                    return table.getItem(i).getText(1);
                }
            }
            return null;
        }));
        assertEquals("", cueCell, "and its Attributions row shows no cue");
    }

    @Test
    @Order(7)
    void savedDocumentsGetTheCorpusFilesPermissions() throws Exception {
        open(COURT);
        ui.focus(text);
        ui.key('s', SWT.CTRL);
        assertFalse(ui.onUi(() -> ui.session().isDirty()), "Ctrl+S saved everything");
        Path saved = ui.onUi(() -> ui.session().store().fileOf(ui.session().entryOf(ui.session().currentDocument())));
        assertTrue(saved.getFileName().toString().endsWith(".xmi"), "the edited document has a file of its own: " + saved);
        Path index = ui.onUi(() -> ui.session().store().folder()).resolve("corpus.xmi");
        assertEquals(Files.getPosixFilePermissions(index), Files.getPosixFilePermissions(saved),
                "a saved document is as readable as the rest of the corpus");
    }

    @Test
    @Order(8)
    void anImportDoesNotReviveASpeakerAnUnsavedMergeRemoved() throws Exception {
        open(COURT);
        Speaker brooks = speakerMarkedAt("Daniel Brooks");
        Speaker prosecutors = speakerMarkedAt("Prosecutors");
        ui.focus(text);
        ui.key('s', SWT.CTRL);
        SpeakersPart speakers = ui.partObject(SpeakersPart.ID, SpeakersPart.class);
        ui.onUi(() -> ui.application.getContext().get(EPartService.class).showPart(SpeakersPart.ID, EPartService.PartState.ACTIVATE));
        ui.onUi(() -> {
            List<Object> selection = new ArrayList<>(List.of(brooks, prosecutors));
            speakers.viewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(selection));
            return null;
        });
        ui.focus(ui.onUi(speakers::mergeButton));
        ui.key(SWT.CR);
        Shell confirm = ui.waitFor("the merge question", () -> ui.shellTitled("Merge speakers"));
        ui.key(SWT.CR);
        ui.waitFor("the question to close", () -> ui.onUi(() -> confirm.isDisposed() ? Boolean.TRUE : null));
        // The first selected row is kept; which one that is depends on the table's order.
        Speaker dropped = ui.waitFor("the merge", () -> ui.onUi(() -> brooks.eContainer() == null ? brooks
                : prosecutors.eContainer() == null ? prosecutors : null));
        assertTrue(ui.onUi(() -> ui.part(SpeakersPart.ID).isDirty()), "the Speakers tab shows the registry's unsaved edit");
        assertFalse(ui.onUi(() -> ui.part(EDITOR).isDirty()), "the document's tab does not: it is the registry's history");

        Path article = Files.createTempDirectory("sayer-revive").resolve("after-merge.txt");
        Files.writeString(article, "Imported after a merge\nThe council said the road reopens.\n", StandardCharsets.UTF_8);
        ImportJob importing = ui.onUi(() -> new ImportJob(ui.session(), ui.display, List.of(article)));
        importing.schedule();
        importing.join();
        assertEquals(IStatus.OK, importing.getResult().getSeverity(), importing.getResult().getMessage());
        String droppedId = ui.onUi(dropped::getId);
        assertFalse(ui.onUi(() -> ui.session().store().corpus().getSpeakers().stream().anyMatch(s -> droppedId.equals(s.getId()))),
                "the merged-away speaker stays gone");

        ui.focus(text);
        ui.key('s', SWT.CTRL);
        Path index = ui.onUi(() -> ui.session().store().folder()).resolve("corpus.xmi");
        assertFalse(Files.readString(index).contains("id=\"" + droppedId + "\""), "and is not written to corpus.xmi");
        assertTrue(Files.readString(index).contains("Imported after a merge"), "while the import is");
    }

    @Test
    @Order(9)
    void ctrlWClosesTheDocumentButKeepsTheEditorArea() throws Exception {
        open(COURT);
        ui.focus(text);
        ui.key('w', SWT.CTRL);
        assertNull(ui.onUi(() -> ui.session().currentDocument()), "Ctrl+W closed the document");
        MPart part = ui.part(EDITOR);
        assertTrue(ui.onUi(() -> part.isToBeRendered() && part.getWidget() != null && !text.isDisposed()), "the editor area stays");
        assertTrue(ui.onUi(text::getText).startsWith("Open a document"), "and says how to open one");
        AttributionsPart attributions = ui.partObject("org.sayer.ui.part.attributions", AttributionsPart.class);
        assertEquals(0, (int) ui.onUi(() -> attributions.viewer().getTable().getItemCount()), "Attributions no longer shows the closed document");
        ui.screenshot("closed-document.png");
    }

    @Test
    @Order(10)
    void theHoverFollowsTheTextWhenItScrollsUnderAStillMouse() throws Exception {
        open(LONG);
        String body = ui.onUi(text::getText);
        int said = body.indexOf("said");
        ui.keySelect(text, said, said + 4);
        ui.key('c');
        ui.onUi(() -> {
            text.setSelection(0);
            return null;
        });
        ui.hover(text, said + 1);
        ui.waitFor("the hover over the cue", () -> ui.onUi(() -> ui.tooltipText("said")));
        // Page Down goes to the text as an SWT key event: posted through X it would go to the window
        // under the pointer, and moving the pointer away first is what this test must not do.
        for (int i = 0; i < 2; i++) {
            ui.onUi(() -> {
                Event pageDown = new Event();
                pageDown.keyCode = SWT.PAGE_DOWN;
                text.notifyListeners(SWT.KeyDown, pageDown);
                return null;
            });
        }
        WorkbenchDriver.sleep(400);
        ui.settle();
        assertTrue(ui.onUi(() -> text.getTopIndex()) > 3, "Page Down scrolled");
        assertNull(ui.onUi(() -> ui.tooltipText("said")), "no stale hover for a cue that scrolled away");
        ui.focus(text);
    }

    @Test
    @Order(11)
    void statisticsCountOnlyConfirmedClaimsAndShowTheWholeTopTenAt700x450() throws Exception {
        ui.onUi(() -> {
            Document document = ui.session().currentDocument();
            CompoundCommand claims = new CompoundCommand("fixture claims");
            for (int i = 0; i < 15; i++) {
                Speaker speaker = SayerFactory.eINSTANCE.createSpeaker();
                speaker.setId("defects-speaker-" + i);
                speaker.setName("Fixture Speaker " + (char) ('A' + i));
                claims.append(new AddCommand(ui.session().editing().domain(), ui.session().store().corpus(), SayerPackage.Literals.CORPUS__SPEAKERS, speaker));
                SpeakerMention mention = SayerFactory.eINSTANCE.createSpeakerMention();
                mention.setSpeaker(speaker);
                place(mention, 100 + i, 101 + i, Origin.MANUAL, ReviewState.ACCEPTED);
                Claim claim = SayerFactory.eINSTANCE.createClaim();
                claim.setSource(mention);
                claim.setType(ClaimType.INDIRECT);
                // Three pending suggestions among them: they must not be counted as claims.
                place(claim, 200 + i, 210 + i, i >= 12 ? Origin.AUTOMATIC : Origin.MANUAL, i >= 12 ? ReviewState.PENDING : ReviewState.ACCEPTED);
                for (Annotation a : List.of(mention, claim)) {
                    claims.append(new AddCommand(ui.session().editing().domain(), document, SayerPackage.Literals.DOCUMENT__ANNOTATIONS, a));
                }
            }
            return ui.session().execute(claims);
        });
        ClaimCounts counts = ui.onUi(() -> ClaimCounts.of(ui.session().currentDocument()));
        assertEquals(3, counts.pending(), "the pending suggestions are counted apart");
        assertEquals(12, (int) counts.byType().get(ClaimType.INDIRECT), "only confirmed claims are counted per type");
        assertEquals(12, counts.bySpeaker().size(), "and per speaker");
        assertEquals(3, counts.pendingBySpeaker().size(), "the pending ones are kept per speaker too");
        assertEquals("1", counts.speakerLabel("defects-speaker-0"), "a speaker with confirmed claims only");
        assertEquals("0 (+1)", counts.speakerLabel("defects-speaker-13"), "a speaker whose claim still waits for review");

        ui.onUi(() -> ui.application.getContext().get(EPartService.class).showPart("org.sayer.ui.part.statistics", EPartService.PartState.ACTIVATE));
        StatisticsPart statistics = ui.partObject("org.sayer.ui.part.statistics", StatisticsPart.class);
        repaint(statistics);
        int limit = ui.onUi(statistics::speakerLimit);
        assertEquals(limit, (int) ui.onUi(statistics::speakerBarsDrawn), "at the default size the chart draws as many as its title says");
        assertNoOverlap(ui.onUi(statistics::chartAreas));
        Rectangle before = ui.onUi(ui.shell::getBounds);
        try {
            ui.onUi(() -> {
                ui.shell.setSize(700, 450);
                ui.application.getContext().get(EPartService.class).showPart("org.sayer.ui.part.statistics", EPartService.PartState.ACTIVATE);
                return null;
            });
            repaint(statistics);
            assertEquals(10, (int) ui.onUi(statistics::speakerBarsDrawn), "at 700x450 the top ten are all drawn (the part scrolls)");
            assertNoOverlap(ui.onUi(statistics::chartAreas));
            ui.screenshot("statistics-700x450.png");
        } finally {
            ui.onUi(() -> {
                ui.shell.setBounds(before);
                return null;
            });
        }
    }

    @Test
    @Order(12)
    void ctrlShiftLListsEveryKeyBindingOfTheApplicationModel() throws Exception {
        open(OTHER);
        ui.key('l', SWT.CTRL, SWT.SHIFT);
        Shell dialog = ui.waitFor("the shortcuts dialog", () -> ui.shellTitled(ShortcutsDialog.TITLE));
        List<String> rows = ui.onUi(() -> {
            List<String> found = new ArrayList<>();
            Table table = (Table) descendant(dialog, Table.class);
            for (int i = 0; i < table.getItemCount(); i++) {
                found.add(table.getItem(i).getText(0) + " | " + table.getItem(i).getText(1));
            }
            return found;
        });
        int bindings = ui.onUi(() -> ui.application.getBindingTables().stream().mapToInt(t -> t.getBindings().size()).sum());
        assertEquals(bindings, rows.size(), "one row per binding of the model: " + rows);
        assertTrue(rows.contains("Ctrl+Z | Undo or Redo: undo"), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.endsWith("C | Mark: cue, exact") && r.contains("Alt") && r.contains("Shift")), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("Alt+") && r.endsWith("| Move Boundary: end-extend")), rows.toString());
        ui.key(SWT.ESC);
        ui.waitFor("the dialog to close", () -> ui.onUi(() -> dialog.isDisposed() ? Boolean.TRUE : null));
    }

    @Test
    @Order(13)
    void ctrlFFindsTextInTheDocumentAndF3FindsTheNextOne() throws Exception {
        open(OTHER);
        String body = ui.onUi(text::getText);
        int first = body.indexOf("mayor");
        int second = body.indexOf("May.");
        ui.onUi(() -> {
            text.setSelection(0);
            return null;
        });
        ui.key('f', SWT.CTRL);
        Shell dialog = ui.waitFor("the find dialog", () -> ui.shellTitled("Find"));
        for (char c : "may".toCharArray()) {
            ui.key(c);
        }
        ui.key(SWT.CR);
        ui.waitFor("the dialog to close", () -> ui.onUi(() -> dialog.isDisposed() ? Boolean.TRUE : null));
        assertEquals(new Point(first, first + 3), ui.onUi(text::getSelection), "Ctrl+F found the first \"may\"");
        assertTrue(ui.onUi(() -> ui.session().currentDocument().getAnnotations().isEmpty()), "the letters typed marked nothing");
        ui.focus(text);
        ui.key(SWT.F3);
        assertEquals(new Point(second, second + 3), ui.onUi(text::getSelection), "F3 found the next one, ignoring case");
        ui.key(SWT.F3);
        assertEquals(new Point(first, first + 3), ui.onUi(text::getSelection), "and then wrapped round to the first");
    }

    @Test
    @Order(14)
    void rejectSuggestionsBelowCountsWhatItTakesBeforeItRejects() throws Exception {
        open(OTHER);
        String body = ui.onUi(text::getText);
        List<Annotation> suggested = ui.onUi(() -> {
            List<Annotation> cues = new ArrayList<>();
            CompoundCommand suggestions = new CompoundCommand("suggestions");
            double[] confidences = { 0.2, 0.4, 0.9 };
            String[] words = { "mayor", "said", "bridge" };
            for (int i = 0; i < words.length; i++) {
                int begin = body.indexOf(words[i]);
                Cue cue = suggestion(SayerFactory.eINSTANCE.createCue(), begin, begin + words[i].length());
                cue.setConfidence(confidences[i]);
                cues.add(cue);
                suggestions.append(new AddCommand(ui.session().editing().domain(), ui.session().currentDocument(),
                        SayerPackage.Literals.DOCUMENT__ANNOTATIONS, cue));
            }
            ui.session().execute(suggestions);
            return cues;
        });
        ui.focus(text);
        ui.key('r', SWT.CTRL, SWT.SHIFT);
        Shell dialog = ui.waitFor("the reject dialog", () -> ui.shellTitled(BulkReviewHandler.REJECT_TITLE));
        String preview = ui.waitFor("the count", () -> ui.onUi(() -> labelContaining(dialog, "will be rejected")));
        assertTrue(preview.startsWith("2 pending suggestions below 0.50"), preview);
        ui.key(SWT.CR);
        ui.waitFor("the dialog to close", () -> ui.onUi(() -> dialog.isDisposed() ? Boolean.TRUE : null));
        assertEquals(List.of(ReviewState.REJECTED, ReviewState.REJECTED, ReviewState.PENDING),
                ui.onUi(() -> suggested.stream().map(Annotation::getReview).toList()), "the two below 0.50 were rejected");
        ui.focus(text);
        ui.key('z', SWT.CTRL);
        assertEquals(List.of(ReviewState.PENDING, ReviewState.PENDING, ReviewState.PENDING),
                ui.onUi(() -> suggested.stream().map(Annotation::getReview).toList()), "one Ctrl+Z takes the whole decision back");
    }

    private static String labelContaining(org.eclipse.swt.widgets.Composite parent, String marker) {
        for (org.eclipse.swt.widgets.Control child : parent.getChildren()) {
            String found = child instanceof org.eclipse.swt.widgets.Label label && label.getText().contains(marker) ? label.getText()
                    : child instanceof org.eclipse.swt.widgets.Composite inner ? labelContaining(inner, marker) : null;
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static org.eclipse.swt.widgets.Control descendant(org.eclipse.swt.widgets.Composite parent, Class<?> type) {
        for (org.eclipse.swt.widgets.Control child : parent.getChildren()) {
            org.eclipse.swt.widgets.Control found = type.isInstance(child) ? child
                    : child instanceof org.eclipse.swt.widgets.Composite inner ? descendant(inner, type) : null;
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static final String EDITOR = "org.sayer.ui.part.editor";

    private static void repaint(StatisticsPart statistics) {
        ui.settle();
        ui.onUi(() -> {
            statistics.canvas().redraw();
            statistics.canvas().update();
            return null;
        });
    }

    private static void assertNoOverlap(List<Rectangle> charts) {
        assertEquals(3, charts.size());
        for (int i = 0; i < charts.size(); i++) {
            for (int j = i + 1; j < charts.size(); j++) {
                assertFalse(charts.get(i).intersects(charts.get(j)), "charts " + i + " and " + j + " do not overlap: " + charts);
            }
        }
    }

    /** Opens a document by keys (each test opens its own, so one that fails leaves the next one a fair start). */
    private static void open(String title) throws Exception {
        ui.openDocument(title);
        editor = ui.partObject(EDITOR, DocumentEditorPart.class);
        text = ui.onUi(editor::textWidget);
        ui.focus(text);
    }

    /** Marks the first occurrence of {@code name} as a speaker by keys; returns its registry speaker. */
    private static Speaker speakerMarkedAt(String name) throws Exception {
        int begin = COURT_TEXT.indexOf(name);
        ui.keySelect(text, begin, begin + name.length());
        ui.key('s');
        SpeakerMention mention = ui.waitFor("the mention of " + name, () -> find(SpeakerMention.class, begin, begin + name.length()));
        return ui.onUi(mention::getSpeaker);
    }

    private static Document documentTitled(String title) {
        for (Document document : ui.session().loadedDocuments()) {
            if (title.equals(document.getTitle())) {
                return document;
            }
        }
        return null;
    }

    private static <T extends Annotation> T find(Class<T> type, int begin, int end) {
        return ui.onUi(() -> {
            for (Annotation annotation : ui.session().currentDocument().getAnnotations()) {
                if (type.isInstance(annotation) && annotation.getBegin() == begin && annotation.getEnd() == end) {
                    return type.cast(annotation);
                }
            }
            return null;
        });
    }

    private static <T extends Annotation> T suggestion(T annotation, int begin, int end) {
        place(annotation, begin, end, Origin.AUTOMATIC, ReviewState.PENDING);
        annotation.setConfidence(0.8);
        annotation.setProducer("test-fixture");
        return annotation;
    }

    private static void place(Annotation annotation, int begin, int end, Origin origin, ReviewState review) {
        annotation.setBegin(begin);
        annotation.setEnd(end);
        annotation.setOrigin(origin);
        annotation.setReview(review);
        annotation.setId("defects-" + annotation.eClass().getName() + "-" + begin + "-" + end);
    }
}
