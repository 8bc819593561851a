package org.sayer.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.swt.widgets.Shell;
import org.sayer.ui.session.CorpusSession;

/**
 * Ctrl+W: closes the open document (asking first when it has unsaved edits of its own). The editor
 * area stays, empty, ready for the next document; every view follows.
 */
public class CloseDocumentHandler {

    @CanExecute
    public boolean canExecute(CorpusSession session) {
        return session.currentDocument() != null;
    }

    @Execute
    public void execute(Shell shell, CorpusSession session) {
        if (SaveFirst.confirm(shell, session, session.currentDocument(), "close it")) {
            session.closeDocument();
        }
    }
}
