package org.sayer.ui.handlers;

import java.util.Locale;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.sayer.ui.editor.DocumentEditorPart;
import org.sayer.ui.session.CorpusSession;

/** Review › Accept All Above…: accepts every pending suggestion of the document at or above a confidence. */
public class BulkAcceptHandler {

    @CanExecute
    public boolean canExecute(@Optional DocumentEditorPart editor, CorpusSession session) {
        return editor != null && session.currentDocument() != null;
    }

    @Execute
    public void execute(Shell shell, @Optional DocumentEditorPart editor, CorpusSession session) {
        InputDialog dialog = new InputDialog(shell, "Accept suggestions", "Accept every pending suggestion with a confidence of at least:",
                "0.90", value -> threshold(value) == null ? "Enter a number from 0 to 1, e.g. 0.9" : null);
        if (editor == null || dialog.open() != Window.OK) {
            return;
        }
        Command command = editor.review().acceptAtLeast(threshold(dialog.getValue()));
        if (command == null || !session.execute(command)) {
            MessageDialog.openInformation(shell, "Accept suggestions", "No pending suggestion reaches "
                    + String.format(Locale.ROOT, "%.2f", threshold(dialog.getValue())) + ".");
        }
    }

    static Double threshold(String value) {
        try {
            double parsed = Double.parseDouble(value.trim());
            return parsed >= 0 && parsed <= 1 ? parsed : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
