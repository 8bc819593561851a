package org.sayer.ui.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.sayer.ui.editor.DocumentEditorPart;

/**
 * Ctrl+F asks what to find in the open document and selects the next occurrence; F3 finds the next
 * one again. Asked in a dialog of its own, so the letters typed never reach the editor's one-key
 * bindings.
 */
public class FindHandler {

    public static final String MODE = "org.sayer.ui.commandparameter.find";

    @CanExecute
    public boolean canExecute(@Optional DocumentEditorPart editor) {
        return editor != null;
    }

    @Execute
    public void execute(Shell shell, @Optional DocumentEditorPart editor, @Named(MODE) String mode) {
        if (editor == null) {
            return;
        }
        if ("next".equals(mode) && editor.lastFound() != null) {
            editor.findNext();
            return;
        }
        InputDialog dialog = new InputDialog(shell, "Find", "Find in the document (ignoring case):",
                editor.lastFound() == null ? "" : editor.lastFound(), null);
        if (dialog.open() == Window.OK) {
            editor.find(dialog.getValue());
        }
    }
}
