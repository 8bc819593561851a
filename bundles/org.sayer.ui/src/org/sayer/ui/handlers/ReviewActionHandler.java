package org.sayer.ui.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.sayer.ui.editor.DocumentEditorPart;
import org.sayer.ui.editor.ReviewMode;

/** The review keys (bound in the review context only): A, R, E, N, Enter, Esc. */
public class ReviewActionHandler {

    public static final String ACTION = "org.sayer.ui.commandparameter.review";

    @CanExecute
    public boolean canExecute(@Optional DocumentEditorPart editor) {
        return editor != null && editor.review().step() != ReviewMode.Step.OFF;
    }

    @Execute
    public void execute(@Optional DocumentEditorPart editor, @Named(ACTION) String action) {
        if (editor != null) {
            editor.reviewAction(action);
        }
    }
}
