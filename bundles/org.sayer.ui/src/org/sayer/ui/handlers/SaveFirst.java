package org.sayer.ui.handlers;

import java.io.IOException;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.sayer.model.Document;
import org.sayer.ui.session.CorpusSession;

/** Asks before work that would drop unsaved changes: save them, discard them, or stop. */
public final class SaveFirst {

    private static final int SAVE = 0;
    private static final int DONT_SAVE = 1;

    private SaveFirst() {
    }

    /** True when the caller may go on to {@code action}, which drops every unsaved change. */
    public static boolean confirm(Shell shell, CorpusSession session, String action) {
        if (!session.isDirty()) {
            return true;
        }
        int answer = ask(shell, "There are unsaved changes. Save them before you " + action + "?");
        return answer == DONT_SAVE || answer == SAVE && saved(shell, session);
    }

    /**
     * True when the caller may go on to {@code action}, which drops the unsaved edits of
     * {@code document} (and only those): after "Don't Save" they are discarded here.
     */
    static boolean confirm(Shell shell, CorpusSession session, Document document, String action) {
        if (!session.isDirty(document)) {
            return true;
        }
        String title = document.getTitle() == null || document.getTitle().isBlank() ? document.getId() : document.getTitle();
        int answer = ask(shell, "\u201c" + title + "\u201d has unsaved changes. Save them before you " + action + "?");
        if (answer == DONT_SAVE) {
            session.discard(document);
            return true;
        }
        return answer == SAVE && saved(shell, session);
    }

    private static int ask(Shell shell, String question) {
        return new MessageDialog(shell, "Unsaved changes", null, question, MessageDialog.QUESTION,
                new String[] { "Save", "Don't Save", "Cancel" }, SAVE).open();
    }

    private static boolean saved(Shell shell, CorpusSession session) {
        try {
            session.save();
            return true;
        } catch (IOException e) {
            MessageDialog.openError(shell, "Save failed", e.getMessage());
            return false;
        }
    }
}
