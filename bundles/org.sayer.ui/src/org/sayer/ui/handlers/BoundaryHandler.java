package org.sayer.ui.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.sayer.ui.editor.DocumentEditorPart;

/**
 * Alt+Right / Alt+Left extend / shrink the end of the annotation at the caret by a word;
 * Alt+Shift+Left / Alt+Shift+Right extend / shrink its beginning.
 */
public class BoundaryHandler {

    public static final String MOVE = "org.sayer.ui.commandparameter.boundary";

    @CanExecute
    public boolean canExecute(@Optional DocumentEditorPart editor) {
        return editor != null;
    }

    /** {@code move} is one of end-extend, end-shrink, begin-extend, begin-shrink. */
    @Execute
    public void execute(@Optional DocumentEditorPart editor, @Named(MOVE) String move) {
        if (editor != null) {
            editor.moveBoundary(move.startsWith("end"), move.endsWith("extend"));
        }
    }
}
