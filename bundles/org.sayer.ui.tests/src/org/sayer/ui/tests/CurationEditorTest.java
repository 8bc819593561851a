package org.sayer.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.IPresentationEngine;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.ISaveHandler;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
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
import org.sayer.ui.curation.AgreementPart;
import org.sayer.ui.curation.Comparison;
import org.sayer.ui.curation.CurationPart;

/**
 * File › Compare Annotators on three analysts' corpora: the Agreement view lists the documents
 * worst first; Enter opens one in the curation editor, where what all three marked is merged and
 * its three disagreements are decided by real keys (take an annotator's version, undo, take
 * neither, take an edited one), the figures against the curated version follow, and the saved curated document
 * records whose version each annotation came from.
 */
class CurationEditorTest {

    private static final String CURATOR = "curator";
    private static final String SECOND = "Blinken said the door stays open. Lavrov said talks would go on.";

    @TempDir
    Path folder;

    /**
     * One analyst's corpus of three documents: "Curated talks" (Baerbock's claim INDIRECT, or DIRECT
     * for carla; Price and his claim only when {@code price}), "Agreed talks" (the same for all) and
     * "Open door" (carla leaves Lavrov's claim out).
     */
    private Path corpus(String name, String baerbockType, boolean price, boolean secondLavrov) throws Exception {
        String talks = TalksFixture.line("curated-talks", "Curated talks", baerbockType, price);
        String agreed = talks.replace("curated-talks", "agreed-talks").replace("Curated talks", "Agreed talks")
                .replace(", {\"id\": \"m3\", \"span\": [49, 54], \"entity\": \"p\"}", "")
                .replace(", {\"id\": \"a3\", \"type\": \"INDIRECT\", \"source\": \"m3\", \"cue\": [55, 60], \"content\": [66, 77], \"parent\": null}", "")
                .replace("\"DIRECT\"", "\"INDIRECT\"");
        String door = "{\"id\": \"open-door\", \"title\": \"Open door\", \"text\": \"" + SECOND + "\", \"entities\": ["
                + "{\"id\": \"bl\", \"name\": \"Antony Blinken\", \"type\": \"PERSON\"}, {\"id\": \"l\", \"name\": \"Sergey Lavrov\", \"type\": \"PERSON\"}],"
                + " \"mentions\": [{\"id\": \"m1\", \"span\": [0, 7], \"entity\": \"bl\"}, {\"id\": \"m2\", \"span\": [34, 40], \"entity\": \"l\"}],"
                + " \"attributions\": [{\"id\": \"a1\", \"type\": \"INDIRECT\", \"source\": \"m1\", \"cue\": [8, 12], \"content\": [13, 32], \"parent\": null}"
                + (secondLavrov ? ", {\"id\": \"a2\", \"type\": \"INDIRECT\", \"source\": \"m2\", \"cue\": [41, 45], \"content\": [46, 63], \"parent\": null}" : "")
                + "]}\n";
        Path jsonl = Files.writeString(folder.resolve(name + ".jsonl"), talks + agreed + door);
        Path corpus = folder.resolve(name);
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);
        assertEquals(SayerCli.OK, SayerCli.run(new String[] { "import", jsonl.toString(), "--out", corpus.toString(), "--annotator", name },
                out, out), output.toString(StandardCharsets.UTF_8));
        return corpus;
    }

    /** anna's, ben's and carla's corpora: "Curated talks" has three disagreements, "Open door" one. */
    private List<Path> threeVersions() throws Exception {
        return List.of(corpus("anna", "INDIRECT", true, true), corpus("ben", "INDIRECT", false, true), corpus("carla", "DIRECT", false, false));
    }

    @Test
    void threeDisagreementsAreCuratedByKeysUndoneSavedAndReopened() throws Exception {
        List<Path> versions = threeVersions();
        Path curated = folder.resolve("curated");

        WorkbenchDriver ui = WorkbenchDriver.start();
        Path sample = ui.onUi(() -> ui.session().store().folder());
        String analyst = ui.onUi(() -> ui.session().analyst());
        try {
            startCurating(ui);
            compareFromTheMenu(ui, versions, curated, null);
            assertNull(ui.onUi(() -> ui.session().store().entryFor("curated-talks")), "the curated corpus starts empty: a document is merged when first opened");
            AgreementPart agreement = ui.partObject(AgreementPart.ID, AgreementPart.class);
            Table documents = ui.onUi(agreement::table);
            WorkbenchDriver.waitFor("the agreement figures", () -> ui.onUi(() -> documents.getItemCount() == 3 ? Boolean.TRUE : null));
            List<String> titles = ui.onUi(() -> column(documents, 0));
            assertEquals("Agreed talks", titles.get(2), "the document all agree on comes last");
            List<Double> worst = ui.onUi(() -> {
                List<Double> values = new ArrayList<>();
                for (int i = 0; i < documents.getItemCount(); i++) {
                    values.add(Math.min(figure(documents.getItem(i).getText(1)), figure(documents.getItem(i).getText(2))));
                }
                return values;
            });
            for (int i = 1; i < worst.size(); i++) {
                assertTrue(worst.get(i - 1) <= worst.get(i), "worst first: " + titles + " " + worst);
            }
            assertEquals(List.of("not started", "not started", "not started"), ui.onUi(() -> column(documents, 3)));
            assertTrue(ui.onUi(agreement::summary).contains("3 annotators (anna, ben, carla), 3 documents compared"), ui.onUi(agreement::summary));
            screenshotMaximized(ui, "org.sayer.ui.stack.bottom", "agreement-view.png");

            // Enter on "Curated talks" merges it into the curated corpus and opens the curation editor.
            CurationPart editor = curate(ui, documents, titles.indexOf("Curated talks"));
            Document document = ui.onUi(() -> ui.session().currentDocument());
            assertEquals("curated-talks", ui.onUi(document::getId));
            assertEquals(3, ui.onUi(() -> editor.disagreements().places().size()), "Baerbock's claim type, Price, Price's claim");
            assertEquals(0, ui.onUi(editor::currentPlaceIndex));
            assertEquals(ReviewState.ACCEPTED, ui.onUi(() -> claimAt(document, 12, "INDIRECT").getReview()), "all three marked it: merged");
            assertEquals(2, ui.onUi(() -> editor.variantsTable().getItemCount()), "anna and ben's INDIRECT claim, and carla's DIRECT one");
            String before = WorkbenchDriver.waitFor("the figures against the curated version", () -> ui.onUi(() -> {
                String figures = editor.figuresText();
                return figures.contains("ben F1") ? figures : null;
            }));
            assertTrue(before.contains("ben F1 0.67"), before);
            assertTrue(before.contains("3 of 3 disagreements open"), before);
            // The Agreement view shows the versions against the curated one too (anna 0.50, ben and carla 0.67),
            // and its matrix has the curated version as a row.
            awaitToCurated(ui, agreement, "Curated talks", "0.61");
            assertEquals(List.of("anna", "ben", "carla", Comparison.CURATED), ui.onUi(agreement::matrixNames));
            assertEquals(2.0 / 3, ui.onUi(() -> agreement.matrixValue(1, 3)), 1e-9, "ben against the curated version");
            StyledText text = ui.onUi(editor::textWidget);
            ui.focus(text);

            // 1: carla's DIRECT claim taken by mistake (3), undone by Ctrl+Z, then anna's and ben's (1).
            ui.key('3');
            assertEquals(ReviewState.ACCEPTED, ui.onUi(() -> claimAt(document, 45, "DIRECT").getReview()));
            assertEquals(ReviewState.REJECTED, ui.onUi(() -> claimAt(document, 45, "INDIRECT").getReview()));
            assertTrue(ui.onUi(() -> ui.part(CurationPart.ID).isDirty()), "a decision is an unsaved edit of this document");
            // the Agreement view follows the decision: Baerbock's claim curated, ben and carla agree fully, anna 0.80
            awaitToCurated(ui, agreement, "Curated talks", "0.93");
            assertEquals(1.0, ui.onUi(() -> agreement.matrixValue(3, 1)), 1e-9, "ben against the curated version, after the decision");
            ui.key('z', SWT.CTRL);
            assertEquals(ReviewState.PENDING, ui.onUi(() -> claimAt(document, 45, "DIRECT").getReview()), "Ctrl+Z undoes the decision");
            assertEquals(ReviewState.PENDING, ui.onUi(() -> claimAt(document, 45, "INDIRECT").getReview()));
            awaitToCurated(ui, agreement, "Curated talks", "0.61"); // and its undo
            assertEquals(2.0 / 3, ui.onUi(() -> agreement.matrixValue(1, 3)), 1e-9);
            assertEquals(0, ui.onUi(editor::currentPlaceIndex), "back at the place the undo opened again");
            ui.key('p'); // the previous disagreement wraps round to the last, N comes back
            assertEquals(2, ui.onUi(editor::currentPlaceIndex));
            ui.key('n');
            assertEquals(0, ui.onUi(editor::currentPlaceIndex));
            ui.key('1');
            assertEquals(ReviewState.ACCEPTED, ui.onUi(() -> claimAt(document, 45, "INDIRECT").getReview()));
            assertEquals(ReviewState.REJECTED, ui.onUi(() -> claimAt(document, 45, "DIRECT").getReview()));
            assertEquals(1, ui.onUi(editor::currentPlaceIndex), "on to the next open disagreement");
            WorkbenchDriver.waitFor("the figures after the decision", () -> ui.onUi(() -> editor.figuresText().contains("2 of 3 disagreements open") ? Boolean.TRUE : null));
            screenshotMaximized(ui, "org.sayer.ui.stack.editor", "curation-editor.png");
            awaitToCurated(ui, agreement, "Curated talks", "0.93");
            screenshotMaximized(ui, "org.sayer.ui.stack.bottom", "agreement-view-curating.png");
            ui.focus(text);

            // 2: Price, marked by anna only, is taken (1); 3: his claim, anna's alone, is left out (0).
            ui.key('1');
            assertEquals(2, ui.onUi(editor::currentPlaceIndex));
            ui.key('0');
            assertEquals(0L, ui.onUi(() -> editor.disagreements().openCount()));
            assertEquals(WorkflowState.REVIEWED, ui.onUi(document::getState), "the last decision makes the document reviewed");
            // the figures are computed in the background: the earlier decision's already show "ben F1 1.00"
            WorkbenchDriver.waitFor("the figures to follow the last decision", () -> ui.onUi(() -> {
                String figures = editor.figuresText();
                return figures.contains("ben F1 1.00") && figures.contains("0 of 3 disagreements open") ? figures : null;
            }));
            assertEquals(ReviewState.REJECTED, ui.onUi(() -> claimAt(document, 66, "INDIRECT").getReview()));

            // A decision can be changed: E on Price's claim selects anna's variant, Shift+Left five times
            // leaves "it was", Enter takes it with these boundaries.
            ui.key('e');
            for (int i = 0; i < 5; i++) {
                ui.key(SWT.ARROW_LEFT, SWT.SHIFT);
            }
            ui.key(SWT.CR);
            assertEquals(ReviewState.ACCEPTED, ui.onUi(() -> claimAt(document, 66, "INDIRECT").getReview()));
            assertEquals(72, ui.onUi(() -> claimAt(document, 66, "INDIRECT").getEnd()));
            String edited = WorkbenchDriver.waitFor("the figures to follow the edit", () -> ui.onUi(() -> {
                String figures = editor.figuresText();
                return figures.contains("ben F1 0.80") ? figures : null;
            }));
            assertTrue(edited.contains("anna F1 1.00"), "anna's claim still matches the shorter one: " + edited);

            ui.key('s', SWT.CTRL);
            assertFalse(ui.onUi(() -> ui.part(CurationPart.ID).isDirty()), () -> "saved; shells: " + ui.onUi(() -> {
                StringBuilder open = new StringBuilder();
                for (Shell other : ui.display.getShells()) {
                    if (other != ui.shell && other.isVisible()) {
                        open.append(other.getText()).append(": ").append(ui.tooltipText("")).append('\n');
                    }
                }
                return open.toString();
            }));
            try (CorpusStore saved = CorpusStore.open(curated)) {
                Document reopened = saved.load(saved.entryFor("curated-talks"));
                assertEquals(WorkflowState.REVIEWED, reopened.getState());
                Claim taken = claimAt(reopened, 45, "INDIRECT");
                assertEquals(ReviewState.ACCEPTED, taken.getReview());
                assertEquals(List.of("anna", "ben"), taken.getCuratedFrom());
                assertEquals(CURATOR, taken.getReviewer(), "the curator's decision is recorded");
                assertEquals(ReviewState.ACCEPTED, taken.getCue().getReview(), "a claim's cue goes with it");
                Claim direct = claimAt(reopened, 45, "DIRECT");
                assertEquals(ReviewState.REJECTED, direct.getReview());
                assertEquals(List.of("carla"), direct.getCuratedFrom());
                SpeakerMention price = (SpeakerMention) reopened.getAnnotations().stream()
                        .filter(a -> a instanceof SpeakerMention && a.getBegin() == 49).findFirst().orElseThrow();
                assertEquals(ReviewState.ACCEPTED, price.getReview());
                assertEquals(List.of("anna"), price.getCuratedFrom());
                Claim over = claimAt(reopened, 66, "INDIRECT");
                assertEquals(ReviewState.ACCEPTED, over.getReview(), "anna's, with the curator's boundaries");
                assertEquals(72, over.getEnd());
                assertEquals(List.of("anna"), over.getCuratedFrom());
                Claim lavrov = claimAt(reopened, 12, "INDIRECT");
                assertEquals(List.of("anna", "ben", "carla"), lavrov.getCuratedFrom(), "agreed by all, merged");
                assertNull(lavrov.getReviewer(), "no one had to decide it");
                for (Annotation annotation : reopened.getAnnotations()) {
                    assertFalse(annotation.getCuratedFrom().isEmpty(), "every curated annotation says whose version it came from");
                }
            }
            WorkbenchDriver.waitFor("the view to show the curation done", () -> ui.onUi(() -> column(documents, 3).contains("curated") ? Boolean.TRUE : null));

            // Reopened in the editor, the decided places are found again from curatedFrom.
            ui.onUi(() -> {
                ui.session().open(curated, null);
                return null;
            });
            ui.onUi(() -> {
                try {
                    ui.session().openDocument(ui.session().store().entryFor("curated-talks"));
                } catch (java.io.IOException e) {
                    throw new IllegalStateException(e);
                }
                return null;
            });
            assertEquals(3, ui.onUi(() -> editor.disagreements().places().size()));
            assertEquals(0L, ui.onUi(() -> editor.disagreements().openCount()));
            assertEquals("taken", ui.onUi(() -> editor.variantsTable().getItem(0).getText(3)));

            // Compared again from the analysts' gold JSONL files (the ones their corpora were imported from),
            // into the same curated corpus: the view shows the saved curation against them before anything is
            // opened (anna 1.00, ben and carla 0.80, who did not mark Price's claim).
            compareFromTheMenu(ui, versions.stream().map(corpus -> corpus.resolveSibling(corpus.getFileName() + ".jsonl")).toList(), curated,
                    "compare-dialog.png");
            AgreementPart again = ui.partObject(AgreementPart.ID, AgreementPart.class);
            WorkbenchDriver.waitFor("the agreement figures of the JSONL files", () -> ui.onUi(() -> again.table().getItemCount() == 3 ? Boolean.TRUE : null));
            assertTrue(ui.onUi(again::summary).contains("3 annotators (anna, ben, carla), 3 documents compared"), ui.onUi(again::summary));
            assertEquals(titles, ui.onUi(() -> column(again.table(), 0)), "the same documents, in the same order, as from the corpora");
            assertEquals("0.87", ui.onUi(() -> again.table().getItem(titles.indexOf("Curated talks")).getText(AgreementPart.CURATED_COLUMN)));
            assertEquals("", ui.onUi(() -> again.table().getItem(titles.indexOf("Open door")).getText(AgreementPart.CURATED_COLUMN)),
                    "not curated yet");
        } finally {
            restore(ui, sample, analyst);
        }
    }

    /**
     * Decisions the curator does not save are dropped, and the Agreement view's F1 to curated goes back
     * to that of the curated version as saved: after Ctrl+W's Don't Save, and after the curation
     * editor's tab is closed and its question to save answered no.
     */
    @Test
    void unsavedDecisionsDroppedTakeTheAgreementViewBackToTheSavedFigures() throws Exception {
        List<Path> versions = threeVersions();
        Path curated = folder.resolve("curated");

        WorkbenchDriver ui = WorkbenchDriver.start();
        Path sample = ui.onUi(() -> ui.session().store().folder());
        String analyst = ui.onUi(() -> ui.session().analyst());
        IEclipseContext window = ui.onUi(() -> ((MWindow) ui.models.find("org.sayer.ui.window.main", ui.application)).getContext());
        EPartService parts = ui.onUi(() -> window.get(EPartService.class));
        ISaveHandler saveHandler = ui.onUi(() -> (ISaveHandler) window.getLocal(ISaveHandler.class.getName()));
        try {
            startCurating(ui);
            compareFromTheMenu(ui, versions, curated, null);
            AgreementPart agreement = ui.partObject(AgreementPart.ID, AgreementPart.class);
            Table documents = ui.onUi(agreement::table);
            WorkbenchDriver.waitFor("the agreement figures", () -> ui.onUi(() -> documents.getItemCount() == 3 ? Boolean.TRUE : null));
            int row = ui.onUi(() -> column(documents, 0)).indexOf("Curated talks");

            // Ctrl+W on an unsaved decision, then Don't Save.
            CurationPart editor = curate(ui, documents, row);
            awaitToCurated(ui, agreement, "Curated talks", "0.61"); // as merged and saved when first opened
            ui.focus(ui.onUi(editor::textWidget));
            ui.key('3');
            awaitToCurated(ui, agreement, "Curated talks", "0.93");
            ui.key('w', SWT.CTRL);
            Shell question = WorkbenchDriver.waitFor("the unsaved-changes question", () -> ui.shellTitled("Unsaved changes"));
            assertTrue(ui.onUi(() -> press(question, "Don't Save")));
            WorkbenchDriver.waitFor("the question to close", () -> ui.onUi(() -> question.isDisposed() ? Boolean.TRUE : null));
            assertFalse(ui.onUi(() -> ui.session().isDirty()), "Don't Save dropped the decision");
            awaitToCurated(ui, agreement, "Curated talks", "0.61");
            assertEquals(2.0 / 3, ui.onUi(() -> agreement.matrixValue(1, 3)), 1e-9, "ben against the curated version as saved");

            // The curation editor's tab closed on an unsaved decision, its question to save answered no.
            // (Reopened by what Enter runs: after the modal question, which window has the keyboard varies.)
            ui.onUi(() -> {
                documents.setSelection(row);
                agreement.curateSelected();
                return null;
            });
            WorkbenchDriver.waitFor("the curation editor to show the document again",
                    () -> ui.onUi(() -> editor.disagreements() != null ? Boolean.TRUE : null));
            ui.focus(ui.onUi(editor::textWidget));
            ui.key('3');
            awaitToCurated(ui, agreement, "Curated talks", "0.93");
            Document document = ui.onUi(() -> ui.session().currentDocument());
            ui.onUi(() -> {
                window.set(ISaveHandler.class, new AnsweringNo());
                MPart tab = ui.part(CurationPart.ID);
                if (parts.savePart(tab, true)) { // as the tab's close button does
                    parts.hidePart(tab);
                }
                return null;
            });
            assertFalse(ui.onUi(() -> ui.session().isDirty()), "closing the editor unsaved dropped the decision");
            assertEquals(ReviewState.PENDING, ui.onUi(() -> claimAt(document, 45, "DIRECT").getReview()), "the document is as saved again");
            awaitToCurated(ui, agreement, "Curated talks", "0.61");
        } finally {
            ui.onUi(() -> {
                if (saveHandler == null) {
                    window.remove(ISaveHandler.class);
                } else {
                    window.set(ISaveHandler.class, saveHandler);
                }
                return null;
            });
            restore(ui, sample, analyst);
        }
    }

    /** The question to save a part, answered no: nothing is saved, and the part may close. */
    private static final class AnsweringNo implements ISaveHandler {
        @Override
        public boolean save(MPart dirtyPart, boolean confirm) {
            return promptToSave(dirtyPart) == Save.NO;
        }

        @Override
        public boolean saveParts(java.util.Collection<MPart> dirtyParts, boolean confirm) {
            return true;
        }

        @Override
        public Save promptToSave(MPart dirtyPart) {
            return Save.NO;
        }

        @Override
        public Save[] promptToSave(java.util.Collection<MPart> dirtyParts) {
            return dirtyParts.stream().map(p -> Save.NO).toArray(Save[]::new);
        }
    }

    /** What earlier tests left unsaved is dropped, so File › Compare asks nothing first; the curator is the analyst. */
    private static void startCurating(WorkbenchDriver ui) throws Exception {
        ui.onUi(() -> {
            ui.session().closeDocuments();
            ui.session().setAnalyst(CURATOR);
            return null;
        });
    }

    /** The other tests work on the sample corpus, as their analyst, in the document editor. */
    private static void restore(WorkbenchDriver ui, Path sample, String analyst) throws Exception {
        Shell stray = ui.shellTitled("Compare Annotators");
        if (stray != null) {
            ui.onUi(() -> {
                stray.close();
                return null;
            });
        }
        ui.onUi(() -> {
            EPartService parts = ((MWindow) ui.models.find("org.sayer.ui.window.main", ui.application)).getContext().get(EPartService.class);
            parts.hidePart(ui.part(CurationPart.ID));
            parts.hidePart(ui.part(AgreementPart.ID));
            ui.application.getContext().remove(Comparison.class);
            ui.session().open(sample, null);
            ui.session().setAnalyst(analyst);
            return null;
        });
    }

    /** Enter on the Agreement view's row {@code row}: the document opens in the curation editor. */
    private static CurationPart curate(WorkbenchDriver ui, Table documents, int row) throws Exception {
        ui.onUi(() -> {
            documents.setSelection(row);
            ui.shell.forceActive();
            return documents.setFocus();
        });
        ui.key(SWT.CR);
        CurationPart editor = ui.partObject(CurationPart.ID, CurationPart.class);
        WorkbenchDriver.waitFor("the curation editor to show the document", () -> ui.onUi(() -> editor.disagreements() != null ? Boolean.TRUE : null));
        return editor;
    }

    /** Presses the button labelled {@code label} in {@code control} or below it, as a click does; true once pressed (the dialog is gone then). */
    private static boolean press(Control control, String label) {
        if (control instanceof Button button && button.getText().replace("&", "").equals(label)) {
            button.notifyListeners(SWT.Selection, new Event());
            return true;
        }
        if (control instanceof org.eclipse.swt.widgets.Composite composite) {
            for (Control child : composite.getChildren()) {
                if (press(child, label)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A screenshot with one part stack maximized (as its maximize button does), then restored. */
    private static void screenshotMaximized(WorkbenchDriver ui, String stackId, String name) throws Exception {
        MUIElement stack = ui.models.find(stackId, ui.application);
        ui.onUi(() -> stack.getTags().add(IPresentationEngine.MAXIMIZED));
        ui.settle();
        ui.screenshot(name);
        ui.onUi(() -> stack.getTags().remove(IPresentationEngine.MAXIMIZED));
        ui.settle();
    }

    /** File › Compare Annotators…: the dialog's fields filled in (a screenshot taken when {@code screenshot} names one), Enter compares. */
    private static void compareFromTheMenu(WorkbenchDriver ui, List<Path> versions, Path curated, String screenshot) throws Exception {
        ui.display.asyncExec(() -> {
            ECommandService commands = ui.application.getContext().get(ECommandService.class);
            EHandlerService handlers = ui.application.getContext().get(EHandlerService.class);
            handlers.executeHandler(commands.createCommand("org.sayer.ui.command.compareAnnotators", null));
        });
        Shell dialog = WorkbenchDriver.waitFor("the Compare Annotators dialog", () -> ui.shellTitled("Compare Annotators"));
        Text curatedField = ui.onUi(() -> {
            List<Text> fields = new ArrayList<>();
            collect(dialog, fields);
            fields.get(0).setText(versions.stream().map(Path::toString).reduce((a, b) -> a + "\n" + b).orElseThrow());
            fields.get(1).setText(curated.toString());
            return fields.get(1);
        });
        if (screenshot != null) {
            ui.screenshot(screenshot);
        }
        ui.onUi(() -> {
            dialog.forceActive();
            return curatedField.setFocus();
        });
        ui.key(SWT.CR);
        WorkbenchDriver.waitFor("the dialog to close", () -> ui.onUi(() -> dialog.isDisposed() ? Boolean.TRUE : null));
        assertEquals(curated.toAbsolutePath().normalize(), ui.onUi(() -> ui.session().store().folder().toAbsolutePath().normalize()));
    }

    private static void collect(org.eclipse.swt.widgets.Composite composite, List<Text> fields) {
        for (Control child : composite.getChildren()) {
            if (child instanceof Text field) {
                fields.add(field);
            } else if (child instanceof org.eclipse.swt.widgets.Composite inner) {
                collect(inner, fields);
            }
        }
    }

    /** Waits until the Agreement view's row {@code title} shows {@code expected} as the versions' F1 against the curated one. */
    private static void awaitToCurated(WorkbenchDriver ui, AgreementPart agreement, String title, String expected) throws Exception {
        WorkbenchDriver.waitFor(title + "'s F1 to curated to be " + expected, () -> ui.onUi(() -> {
            Table table = agreement.table();
            int row = column(table, 0).indexOf(title);
            return table.getItem(row).getText(AgreementPart.CURATED_COLUMN).equals(expected) ? Boolean.TRUE : null;
        }));
    }

    /** A figure as the view shows it; "n/a" (nothing to agree on) sorts last. */
    private static double figure(String shown) {
        return shown.equals("n/a") ? 2 : Double.parseDouble(shown);
    }

    private static List<String> column(Table table, int column) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < table.getItemCount(); i++) {
            values.add(table.getItem(i).getText(column));
        }
        return values;
    }

    private static Claim claimAt(Document document, int begin, String type) {
        return document.getAnnotations().stream().filter(a -> a instanceof Claim c && c.getBegin() == begin && c.getType().getLiteral().equals(type))
                .map(Claim.class::cast).findFirst().orElseThrow();
    }
}
