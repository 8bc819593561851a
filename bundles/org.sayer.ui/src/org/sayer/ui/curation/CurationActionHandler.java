package org.sayer.ui.curation;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;

/** The curation keys (bound in the curation editor only): 1–9, 0, E, Enter, Esc, N, P. */
public class CurationActionHandler {

    public static final String ACTION = "org.sayer.ui.commandparameter.curation";

    @CanExecute
    public boolean canExecute(@Optional CurationPart editor) {
        return editor != null && editor.disagreements() != null;
    }

    @Execute
    public void execute(@Optional CurationPart editor, @Named(ACTION) String action) {
        if (editor != null) {
            editor.action(action);
        }
    }
}
