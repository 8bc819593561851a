package org.sayer.ui.parts;

import java.io.IOException;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.sayer.io.search.SearchException;
import org.sayer.io.search.SearchHit;
import org.sayer.model.Annotation;
import org.sayer.model.Claim;
import org.sayer.model.Document;
import org.sayer.model.DocumentEntry;
import org.sayer.ui.editor.DocumentEditorPart;
import org.sayer.ui.session.CorpusSearch;
import org.sayer.ui.session.CorpusSession;

/**
 * Corpus search: a query (words, "phrases", speaker:, cue:, type:, review:, kind:) over the
 * corpus's Lucene index, and its hits; opening a hit (double-click or Enter) opens its document in
 * the editor with the span selected. The hits follow the index: after a save or an import brings
 * it up to date, the last query runs again.
 */
public class SearchPart implements CorpusSearch.Listener {

    public static final String ID = "org.sayer.ui.part.search";
    static final int LIMIT = 200;

    @Inject
    private CorpusSession session;

    @Inject
    private CorpusSearch search;

    @Inject
    private EPartService parts;

    private Text query;
    private Label status;
    private TableViewer viewer;
    private String lastQuery;

    @PostConstruct
    public void createControls(Composite parent) {
        parent.setLayout(new GridLayout(2, false));
        query = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        query.setMessage("speaker:Lavrov type:indirect sanctions \u2014 cue:warned \u2014 \"a phrase\"");
        query.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        query.addListener(SWT.DefaultSelection, event -> run(query.getText()));
        Button go = new Button(parent, SWT.PUSH);
        go.setText("Search");
        go.addListener(SWT.Selection, event -> run(query.getText()));
        status = new Label(parent, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        viewer = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        Columns.add(viewer, SearchHit.class, "Document", 160, SearchHit::title);
        Columns.add(viewer, SearchHit.class, "What", 320, SearchHit::describe);
        Columns.add(viewer, SearchHit.class, "Snippet", 600, SearchHit::snippet);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.addOpenListener(event -> {
            if (((IStructuredSelection) event.getSelection()).getFirstElement() instanceof SearchHit hit) {
                open(hit);
            }
        });
        search.addListener(this);
        say(null);
    }

    /** Runs {@code typed} and shows its hits. */
    public void run(String typed) {
        lastQuery = typed;
        if (typed == null || typed.isBlank()) {
            viewer.setInput(new Object[0]);
            say(null);
            return;
        }
        try {
            List<SearchHit> hits = search.search(typed, LIMIT);
            viewer.setInput(hits.toArray());
            say(hits.isEmpty() ? "No hits." : hits.size() + (hits.size() == LIMIT ? " best hits" : hits.size() == 1 ? " hit" : " hits")
                    + " \u2014 double-click or Enter opens one.");
        } catch (SearchException e) {
            viewer.setInput(new Object[0]);
            say(e.getMessage());
        } catch (IOException e) {
            viewer.setInput(new Object[0]);
            say("The search index cannot be read: " + e.getMessage());
        }
    }

    private void say(String message) {
        String note = search.isUpdating() ? "Indexing the latest changes\u2026" : search.problem();
        String shown = message == null ? "Search the corpus's text, speakers, cues and claims." : message;
        status.setText(note == null ? shown : shown + "  (" + note + ")");
        status.getParent().layout();
    }

    /** Opens the hit's document in the editor and selects its span (the claim itself when the hit is a claim). */
    public void open(SearchHit hit) {
        if (session.store() == null) {
            return;
        }
        DocumentEntry entry = session.store().entryFor(hit.documentId());
        if (entry == null) {
            say(hit.documentId() + " is no longer in the corpus.");
            return;
        }
        try {
            session.openDocument(entry);
        } catch (IOException e) {
            MessageDialog.openError(viewer.getControl().getShell(), "Cannot open document", e.getMessage());
            return;
        }
        MPart editorPart = parts.showPart(CorpusNavigatorPart.EDITOR_PART, PartState.ACTIVATE);
        if (editorPart != null && editorPart.getObject() instanceof DocumentEditorPart editor) {
            Claim claim = hit.isClaim() ? claimAt(session.currentDocument(), hit) : null;
            if (claim != null) {
                editor.reveal(claim);
            } else {
                editor.showSpan(hit.begin(), hit.end());
            }
        }
    }

    private static Claim claimAt(Document document, SearchHit hit) {
        if (document == null) {
            return null;
        }
        for (Annotation annotation : document.getAnnotations()) {
            if (annotation instanceof Claim claim && claim.getBegin() == hit.begin() && claim.getEnd() == hit.end()) {
                return claim;
            }
        }
        return null;
    }

    @Override
    public void indexUpdated(CorpusSearch updated) {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        if (lastQuery != null && !lastQuery.isBlank()) {
            run(lastQuery);
        } else {
            say(null);
        }
    }

    /** The query field and the hits table, for tests that drive the part. */
    public Text queryField() {
        return query;
    }

    public TableViewer viewer() {
        return viewer;
    }

    @Focus
    public void setFocus() {
        query.setFocus();
    }

    @PreDestroy
    public void dispose() {
        search.removeListener(this);
    }
}
