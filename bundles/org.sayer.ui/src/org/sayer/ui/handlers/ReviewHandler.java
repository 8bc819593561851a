package org.sayer.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.sayer.ui.editor.DocumentEditorPart;
import org.sayer.ui.editor.ReviewMode;

/** Ctrl+R: enters review mode in the editor, or leaves it. */
public class ReviewHandler {

    @CanExecute
    public boolean canExecute(@Optional DocumentEditorPart editor) {
        return editor != null;
    }

    @Execute
    public void execute(@Optional DocumentEditorPart editor) {
        if (editor == null) {
            return;
        }
        if (editor.review().step() == ReviewMode.Step.OFF) {
            editor.startReview();
        } else {
            editor.leaveReview();
        }
    }
}
