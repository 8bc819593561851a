package org.sayer.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.sayer.model.Document;
import org.sayer.model.edit.AnnotationCommands;
import org.sayer.ui.session.CorpusSession;

/**
 * Review › Mark Document Done (Ctrl+Shift+D): the open document is done by this analyst, and
 * reviewed, also when every annotation in it was made by hand; again, and the mark is taken back.
 */
public class MarkDoneHandler {

    @CanExecute
    public boolean canExecute(CorpusSession session) {
        return session.currentDocument() != null;
    }

    @Execute
    public void execute(Shell shell, CorpusSession session) {
        Document document = session.currentDocument();
        if (document == null) {
            return;
        }
        boolean done = !document.getDoneBy().contains(session.analyst());
        int pending = AnnotationCommands.pendingCount(document);
        if (done && pending > 0) {
            MessageDialog.openInformation(shell, "Mark document done", pending + " suggestion" + (pending == 1 ? " is" : "s are")
                    + " still pending: accept or reject " + (pending == 1 ? "it" : "them") + " first (Review Mode, Ctrl+R).");
            return;
        }
        session.execute(session.edits().markDone(document, done));
    }
}
