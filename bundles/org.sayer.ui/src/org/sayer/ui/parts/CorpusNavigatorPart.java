package org.sayer.ui.parts;

import java.io.IOException;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.sayer.model.DocumentEntry;
import org.sayer.ui.session.CorpusSession;

/** The documents of the corpus with their workflow state and counts; opening one shows it in the editor. */
public class CorpusNavigatorPart implements CorpusSession.Listener {

    @Inject
    private CorpusSession session;

    private Label status;
    private TableViewer viewer;

    @PostConstruct
    public void createControls(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        status = new Label(parent, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        viewer = new TableViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Columns.add(viewer, DocumentEntry.class, "Document", 200, e -> e.getTitle() != null && !e.getTitle().isBlank() ? e.getTitle() : e.getId());
        Columns.add(viewer, DocumentEntry.class, "State", 100, e -> Texts.state(e.getState()));
        Columns.add(viewer, DocumentEntry.class, "Claims", 55, e -> Integer.toString(e.getClaimCount()));
        Columns.add(viewer, DocumentEntry.class, "Pending", 60, e -> Integer.toString(e.getPendingCount()));
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.addOpenListener(event -> open((IStructuredSelection) event.getSelection()));
        session.addListener(this);
        corpusChanged(session);
    }


    private void open(IStructuredSelection selection) {
        if (selection.getFirstElement() instanceof DocumentEntry entry) {
            try {
                session.openDocument(entry);
            } catch (IOException e) {
                MessageDialog.openError(viewer.getControl().getShell(), "Cannot open document", e.getMessage());
            }
        }
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
            status.setText(changed.store().corpus().getName() + " \u2014 " + count + (count == 1 ? " document" : " documents"));
            viewer.setInput(changed.store().corpus().getDocuments().toArray());
        }
        status.getParent().layout();
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
    }
}
