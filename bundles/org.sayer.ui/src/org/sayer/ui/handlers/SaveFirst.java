package org.sayer.ui.handlers;

import java.io.IOException;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.sayer.ui.session.CorpusSession;

/** Asks before work that would drop unsaved changes: save them, discard them, or stop. */
final class SaveFirst {

    private SaveFirst() {
    }

    /** True when the caller may go on to {@code action}. */
    static boolean confirm(Shell shell, CorpusSession session, String action) {
        if (!session.isDirty()) {
            return true;
        }
        MessageDialog dialog = new MessageDialog(shell, "Unsaved changes", null,
                "There are unsaved changes. Save them before you " + action + "?", MessageDialog.QUESTION,
                new String[] { "Save", "Don't Save", "Cancel" }, 0);
        int answer = dialog.open();
        if (answer == 0) {
            try {
                session.save();
                return true;
            } catch (IOException e) {
                MessageDialog.openError(shell, "Save failed", e.getMessage());
                return false;
            }
        }
        return answer == 1;
    }
}
