package org.sayer.ui.parts;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.sayer.model.Speaker;
import org.sayer.model.edit.Labels;
import org.sayer.ui.session.CorpusSession;

/** The corpus speaker registry: name, type, role and aliases. */
public class SpeakersPart implements CorpusSession.Listener {

    @Inject
    private CorpusSession session;

    private TableViewer viewer;

    @PostConstruct
    public void createControls(Composite parent) {
        parent.setLayout(new FillLayout());
        viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.V_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        Columns.add(viewer, Speaker.class, "Speaker", 150, Labels::speaker);
        Columns.add(viewer, Speaker.class, "Type", 80, s -> s.getType().getLiteral().toLowerCase());
        Columns.add(viewer, Speaker.class, "Role", 150, s -> s.getRole() == null ? "" : s.getRole());
        Columns.add(viewer, Speaker.class, "Aliases", 200, s -> String.join(", ", s.getAliases()));
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        session.addListener(this);
        corpusChanged(session);
    }


    @Override
    public void corpusChanged(CorpusSession changed) {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        viewer.setInput(changed.store() == null ? new Object[0] : changed.store().corpus().getSpeakers().toArray());
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
