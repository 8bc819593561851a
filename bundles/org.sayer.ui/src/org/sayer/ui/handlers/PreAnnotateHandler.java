package org.sayer.ui.handlers;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.swt.widgets.Shell;
import org.sayer.model.DocumentEntry;
import org.sayer.ui.jobs.PreAnnotateJob;
import org.sayer.ui.parts.CorpusNavigatorPart;
import org.sayer.ui.session.CorpusSession;

/** Review › Pre-annotate: runs the pipeline over the selected documents, or all, as a background Job. */
public class PreAnnotateHandler {

    public static final String SCOPE = "org.sayer.ui.commandparameter.scope";

    @CanExecute
    public boolean canExecute(CorpusSession session) {
        return session.store() != null;
    }

    @Execute
    public void execute(Shell shell, CorpusSession session, @Named(SCOPE) String scope, @Optional CorpusNavigatorPart navigator) {
        List<DocumentEntry> entries = new ArrayList<>();
        if ("all".equals(scope)) {
            entries.addAll(session.store().corpus().getDocuments());
        } else if (navigator != null) {
            entries.addAll(navigator.selectedEntries());
        }
        if (entries.isEmpty() && session.currentDocument() != null && session.entryOf(session.currentDocument()) != null) {
            entries.add(session.entryOf(session.currentDocument()));
        }
        if (!entries.isEmpty()) {
            new PreAnnotateJob(session, shell.getDisplay(), entries).schedule();
        }
    }
}
