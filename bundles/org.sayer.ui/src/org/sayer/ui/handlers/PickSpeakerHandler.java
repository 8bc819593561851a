package org.sayer.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.sayer.ui.editor.DocumentEditorPart;

/** Shift+L: assigns the mention at the caret (or the claim's source) to a speaker picked from a filterable list. */
public class PickSpeakerHandler {

    @CanExecute
    public boolean canExecute(@Optional DocumentEditorPart editor) {
        return editor != null;
    }

    @Execute
    public void execute(@Optional DocumentEditorPart editor) {
        if (editor != null) {
            editor.pickSpeaker();
        }
    }
}
