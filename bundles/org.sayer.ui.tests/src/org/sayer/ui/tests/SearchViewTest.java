package org.sayer.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.Test;
import org.sayer.model.Claim;
import org.sayer.model.ClaimType;
import org.sayer.model.Cue;
import org.sayer.model.Document;
import org.sayer.model.MentionKind;
import org.sayer.model.SayerFactory;
import org.sayer.model.Speaker;
import org.sayer.model.SpeakerMention;
import org.sayer.model.WorkflowState;
import org.sayer.model.store.CorpusStore;
import org.sayer.ui.editor.DocumentEditorPart;
import org.sayer.ui.parts.CorpusNavigatorPart;
import org.sayer.ui.parts.SearchPart;
import org.sayer.ui.session.CorpusSearch;

/**
 * Edit › Search Corpus (Ctrl+Shift+F), a query typed with real keys, Enter; the hit opens its
 * document with the claim selected. The navigator's box finds the document by a word of its text.
 */
class SearchViewTest {

    private static final String TEXT = "Trade talks stall\n"
            + "Trade minister Zorana Velkova warned that tariffs would rise sharply. Markets were calm.\n";
    private static final String CLAIM = "tariffs would rise sharply";

    @Test
    void aTypedQueryFindsTheClaimAndOpeningTheHitSelectsIt() throws Exception {
        WorkbenchDriver ui = WorkbenchDriver.start();
        addAnnotatedDocument(ui);
        CorpusSearch search = ui.application.getContext().get(CorpusSearch.class);
        search.join(); // the import brings the index up to date in the background

        ui.focus(ui.partObject("org.sayer.ui.part.navigator", CorpusNavigatorPart.class).viewer().getTable());
        ui.key('f', SWT.CTRL, SWT.SHIFT);
        SearchPart part = ui.partObject(SearchPart.ID, SearchPart.class);
        ui.waitFor("the query field to have the keyboard", () -> ui.onUi(() -> part.queryField().isFocusControl() ? Boolean.TRUE : null));
        ui.type("speaker:velkova type:indirect tariffs");
        assertEquals("speaker:velkova type:indirect tariffs", ui.onUi(() -> part.queryField().getText()));
        ui.key(SWT.CR);

        Table hits = part.viewer().getTable();
        List<String> row = ui.waitFor("a hit", () -> ui.onUi(() -> hits.getItemCount() == 0 ? null
                : List.of(hits.getItem(0).getText(0), hits.getItem(0).getText(1), hits.getItem(0).getText(2))));
        assertEquals(List.of("Trade talks stall", "indirect claim by Zorana Velkova, cue 'warned'", CLAIM), row);
        assertEquals(1, (int) ui.onUi(hits::getItemCount));

        // the same words by nobody of that name find nothing
        ui.key('a', SWT.CTRL); // select the query, so typing replaces it
        ui.type("speaker:price tariffs");
        ui.key(SWT.CR);
        ui.waitFor("no hits", () -> ui.onUi(() -> hits.getItemCount() == 0 ? Boolean.TRUE : null));
        ui.key('a', SWT.CTRL); // select the query, so typing replaces it
        ui.type("cue:warned");
        ui.key(SWT.CR);
        ui.waitFor("the hit again", () -> ui.onUi(() -> hits.getItemCount() == 1 ? Boolean.TRUE : null));

        ui.focus(hits);
        ui.key(SWT.ARROW_DOWN);
        ui.waitFor("the row to be selected", () -> ui.onUi(() -> hits.getSelectionCount() == 1 ? Boolean.TRUE : null));
        ui.key(SWT.CR);
        DocumentEditorPart editor = ui.partObject("org.sayer.ui.part.editor", DocumentEditorPart.class);
        int begin = TEXT.indexOf(CLAIM);
        Point selected = ui.waitFor("the claim to be selected in the editor", () -> ui.onUi(() -> {
            Document open = ui.session().currentDocument();
            Point selection = editor.textWidget().getSelection();
            return open != null && "velkova".equals(open.getId()) && selection.x == begin ? selection : null;
        }));
        assertEquals(begin + CLAIM.length(), selected.y);
        ui.screenshot("search.png");

        // the navigator's box finds the document by the start of a word of its text, not in its title
        CorpusNavigatorPart navigator = ui.partObject("org.sayer.ui.part.navigator", CorpusNavigatorPart.class);
        ui.onUi(() -> { // the editor is the active part now; a click on the Corpus tab does this
            org.eclipse.e4.ui.model.application.ui.basic.MPart corpus = ui.part("org.sayer.ui.part.navigator");
            corpus.getContext().get(org.eclipse.e4.ui.workbench.modeling.EPartService.class).activate(corpus);
            return null;
        });
        ui.focus(searchBox(ui, navigator));
        ui.type("tarif");
        assertEquals("tarif", ui.onUi(() -> searchBox(ui, navigator).getText()));
        List<String> titles = new ArrayList<>();
        for (int wait = 0; wait < 50 && titles.size() != 1; wait++) {
            WorkbenchDriver.sleep(100);
            titles = ui.onUi(() -> {
                Table table = navigator.viewer().getTable();
                List<String> shown = new ArrayList<>();
                for (int i = 0; i < table.getItemCount(); i++) {
                    shown.add(table.getItem(i).getText(0));
                }
                return shown;
            });
        }
        assertEquals(List.of("Trade talks stall"), titles);
        ui.onUi(() -> {
            searchBox(ui, navigator).setText("");
            return null;
        });
    }

    private static org.eclipse.swt.widgets.Text searchBox(WorkbenchDriver ui, CorpusNavigatorPart navigator) {
        return ui.onUi(() -> {
            for (org.eclipse.swt.widgets.Control child : navigator.viewer().getTable().getParent().getChildren()) {
                if (child instanceof org.eclipse.swt.widgets.Text text) {
                    return text;
                }
            }
            return null;
        });
    }

    /** Velkova (registry speaker) warned that tariffs would rise: an indirect claim, saved as an import saves it. */
    private static void addAnnotatedDocument(WorkbenchDriver ui) {
        String problem = ui.onUi(() -> {
            SayerFactory f = SayerFactory.eINSTANCE;
            CorpusStore store = ui.session().store();
            Speaker velkova = f.createSpeaker();
            velkova.setId("speaker-zorana-velkova"); // not the document's id: corpus.xmi holds both, and ids there must differ
            velkova.setName("Zorana Velkova");
            store.corpus().getSpeakers().add(velkova);
            Document document = f.createDocument();
            document.setId("velkova");
            document.setTitle("Trade talks stall");
            document.setText(TEXT);
            document.setState(WorkflowState.IN_PROGRESS);
            document.getSpeakers().add(velkova);
            SpeakerMention mention = span(document, f.createSpeakerMention(), "Trade minister Zorana Velkova");
            mention.setSpeaker(velkova);
            mention.setKind(MentionKind.NAME);
            Cue cue = span(document, f.createCue(), "warned");
            Claim claim = span(document, f.createClaim(), CLAIM);
            claim.setType(ClaimType.INDIRECT);
            claim.setSource(mention);
            claim.setCue(cue);
            String failed = ui.session().addImported(document);
            ui.session().importFinished();
            return failed;
        });
        assertNull(problem, "the fixture document was added");
    }

    private static <T extends org.sayer.model.Annotation> T span(Document document, T annotation, String what) {
        int at = document.getText().indexOf(what);
        assertTrue(at >= 0, what);
        annotation.setBegin(at);
        annotation.setEnd(at + what.length());
        document.getAnnotations().add(annotation);
        return annotation;
    }
}
