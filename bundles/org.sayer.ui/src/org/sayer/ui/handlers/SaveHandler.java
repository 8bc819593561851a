package org.sayer.ui.handlers;

import java.io.IOException;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.sayer.ui.session.CorpusSession;

/** File › Save (Ctrl+S): writes every changed document and the index, each atomically. */
public class SaveHandler {

    @CanExecute
    public boolean canExecute(CorpusSession session) {
        return session.store() != null;
    }

    @Execute
    public void execute(Shell shell, CorpusSession session) {
        save(shell, session);
    }

    /** Saves everything; a failure is said once, in a message that names the file (the editors' Save does the same). */
    public static void save(Shell shell, CorpusSession session) {
        try {
            session.save();
        } catch (IOException e) {
            MessageDialog.openError(shell, "Save failed", e.getMessage() + "\n\nYour changes are still in memory; nothing on disk was overwritten.");
        }
    }
}
