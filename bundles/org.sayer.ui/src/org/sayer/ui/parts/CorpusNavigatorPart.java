package org.sayer.ui.parts;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.sayer.io.search.SearchException;
import org.sayer.model.Document;
import org.sayer.model.DocumentEntry;
import org.sayer.model.WorkflowState;
import org.sayer.ui.session.CorpusSearch;
import org.sayer.ui.session.CorpusSession;

/**
 * The documents of the corpus with their workflow state and counts, filtered by state and by a
 * search over titles, text and speakers (the corpus search index, as in the Search view; the last
 * word typed may be the start of a word); opening one (double-click or Enter) shows it in the editor.
 */
public class CorpusNavigatorPart implements CorpusSession.Listener, CorpusSearch.Listener {

    public static final String EDITOR_PART = "org.sayer.ui.part.editor";
    private static final String ALL_STATES = "All states";
    private static final String WITH_PENDING = "With suggestions";

    @Inject
    private CorpusSession session;

    @Inject
    private EPartService parts;

    @Inject
    private CorpusSearch corpusSearch;

    /** How many index hits the filter takes at most. */
    private static final int FILTER_HITS = 10_000;
    /** The documents the index finds for the search box's words; empty when it finds none or cannot read them. */
    private Set<String> foundInText = Set.of();

    @Inject
    private MApplication application;

    private Label status;
    private Combo stateFilter;
    private Text search;
    private TableViewer viewer;

    @PostConstruct
    public void createControls(Composite parent) {
        parent.setLayout(new GridLayout(2, false));
        status = new Label(parent, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        stateFilter = new Combo(parent, SWT.READ_ONLY);
        stateFilter.setItems(ALL_STATES, Texts.state(WorkflowState.NEW), Texts.state(WorkflowState.PRE_ANNOTATED),
                Texts.state(WorkflowState.IN_PROGRESS), Texts.state(WorkflowState.REVIEWED), WITH_PENDING);
        stateFilter.select(0);
        search = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        search.setMessage("Search titles, text and speakers");
        search.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        viewer = new TableViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        Columns.add(viewer, DocumentEntry.class, "Document", 200, CorpusNavigatorPart::title);
        Columns.add(viewer, DocumentEntry.class, "State", 95, e -> Texts.state(e.getState()));
        Columns.add(viewer, DocumentEntry.class, "Claims", 55, e -> Integer.toString(e.getClaimCount()));
        Columns.add(viewer, DocumentEntry.class, "Pending", 60, e -> Integer.toString(e.getPendingCount()));
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.addFilter(new ViewerFilter() {
            @Override
            public boolean select(Viewer shown, Object parentElement, Object element) {
                return element instanceof DocumentEntry entry && matches(entry);
            }
        });
        viewer.addOpenListener(event -> open((IStructuredSelection) event.getSelection()));
        stateFilter.addListener(SWT.Selection, event -> viewer.refresh());
        search.addListener(SWT.Modify, event -> {
            foundInText = searchText(search.getText());
            viewer.refresh();
        });
        application.getContext().set(CorpusNavigatorPart.class, this);
        session.addListener(this);
        corpusSearch.addListener(this);
        corpusChanged(session);
    }

    private boolean matches(DocumentEntry entry) {
        String state = stateFilter.getText();
        if (WITH_PENDING.equals(state) ? entry.getPendingCount() == 0 : !ALL_STATES.equals(state) && !state.equals(Texts.state(entry.getState()))) {
            return false;
        }
        String wanted = search.getText().strip().toLowerCase(Locale.ROOT);
        return wanted.isEmpty() || title(entry).toLowerCase(Locale.ROOT).contains(wanted)
                || (entry.getId() != null && entry.getId().toLowerCase(Locale.ROOT).contains(wanted))
                || foundInText.contains(entry.getId());
    }

    /**
     * The documents whose text or speakers hold the typed words, the last one perhaps still being
     * typed ("Lavr" finds Lavrov). Half-typed syntax ("speaker:") finds nothing more than the titles do.
     */
    private Set<String> searchText(String typed) {
        String words = typed.strip();
        if (words.isEmpty()) {
            return Set.of();
        }
        boolean wordBeingTyped = Character.isLetterOrDigit(words.charAt(words.length() - 1));
        try {
            return corpusSearch.matchingDocuments(wordBeingTyped ? words + "*" : words, FILTER_HITS);
        } catch (SearchException | IOException e) {
            return Set.of();
        }
    }

    @Override
    public void indexUpdated(CorpusSearch updated) {
        if (!viewer.getControl().isDisposed() && !search.getText().isBlank()) {
            foundInText = searchText(search.getText());
            viewer.refresh();
        }
    }

    private static String title(DocumentEntry entry) {
        return entry.getTitle() != null && !entry.getTitle().isBlank() ? entry.getTitle() : entry.getId();
    }

    private void open(IStructuredSelection selection) {
        if (selection.getFirstElement() instanceof DocumentEntry entry) {
            try {
                session.openDocument(entry);
                parts.showPart(EDITOR_PART, PartState.ACTIVATE);
            } catch (IOException e) {
                MessageDialog.openError(viewer.getControl().getShell(), "Cannot open document", e.getMessage());
            }
        }
    }

    /** The entries the analyst selected, in table order. */
    public List<DocumentEntry> selectedEntries() {
        List<DocumentEntry> selected = new ArrayList<>();
        for (Object element : viewer.getStructuredSelection().toList()) {
            selected.add((DocumentEntry) element);
        }
        return selected;
    }

    @Override
    public void corpusChanged(CorpusSession changed) {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        if (changed.store() == null) {
            status.setText(changed.problem() != null ? changed.problem() : "No corpus open. File \u203a Open Corpus\u2026 (Ctrl+O)");
            viewer.setInput(new Object[0]);
        } else {
            int count = changed.store().corpus().getDocuments().size();
            status.setText(changed.store().corpus().getName() + " \u2014 " + count + (count == 1 ? " document" : " documents")
                    + (changed.readOnly() == null ? "" : " \u2014 " + changed.readOnly()));
            viewer.setInput(changed.store().corpus().getDocuments().toArray());
        }
        status.getParent().layout();
    }

    @Override
    public void entriesChanged(CorpusSession changed) {
        if (viewer.getControl().isDisposed() || changed.store() == null) {
            return;
        }
        // Only loaded documents' counts can change; refresh their rows, not the whole table.
        for (Document document : changed.loadedDocuments()) {
            DocumentEntry entry = changed.entryOf(document);
            if (entry != null) {
                viewer.update(entry, null);
            }
        }
    }

    @Override
    public void documentOpened(CorpusSession opened, Document document) {
        DocumentEntry entry = opened.entryOf(document);
        if (entry != null && !viewer.getControl().isDisposed()) {
            viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(entry), true);
        }
    }

    /** The table, for tests that drive the part. */
    public TableViewer viewer() {
        return viewer;
    }

    @Focus
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @PreDestroy
    public void dispose() {
        session.removeListener(this);
        corpusSearch.removeListener(this);
        application.getContext().remove(CorpusNavigatorPart.class);
    }
}
