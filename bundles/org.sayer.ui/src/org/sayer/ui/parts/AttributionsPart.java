package org.sayer.ui.parts;

import java.util.Comparator;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.sayer.model.Claim;
import org.sayer.model.Document;
import org.sayer.model.edit.Labels;
import org.sayer.ui.session.CorpusSession;

/** The claims of the open document in text order: speaker, cue, type, review state, confidence, content. */
public class AttributionsPart implements CorpusSession.Listener {

    @Inject
    private CorpusSession session;

    private TableViewer viewer;

    @PostConstruct
    public void createControls(Composite parent) {
        parent.setLayout(new FillLayout());
        viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.V_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        Columns.add(viewer, Claim.class, "Speaker", 160, Labels::speakerOf);
        Columns.add(viewer, Claim.class, "Cue", 100, c -> c.getCue() == null ? "" : c.getCue().getCoveredText());
        Columns.add(viewer, Claim.class, "Type", 70, c -> c.getType() == null ? "" : c.getType().getLiteral().toLowerCase());
        Columns.add(viewer, Claim.class, "Review", 70, c -> c.getReview().getLiteral().toLowerCase());
        Columns.add(viewer, Claim.class, "Conf.", 50, c -> String.format("%.2f", c.getConfidence()));
        Columns.add(viewer, Claim.class, "Content", 400, c -> Labels.firstWords(c.getCoveredText(), 14));
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        session.addListener(this);
        if (session.currentDocument() != null) {
            documentOpened(session, session.currentDocument());
        }
    }


    @Override
    public void documentOpened(CorpusSession opened, Document document) {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        viewer.setInput(document.getAnnotations().stream().filter(Claim.class::isInstance).map(Claim.class::cast)
                .sorted(Comparator.comparingInt(Claim::getBegin)).toArray());
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
