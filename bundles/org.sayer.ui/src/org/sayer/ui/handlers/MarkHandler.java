package org.sayer.ui.handlers;

import java.util.Locale;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.sayer.ui.edit.AnnotationEdits.Mark;
import org.sayer.ui.editor.DocumentEditorPart;

/**
 * S, C, D, I, M in the editor: marks the selected text, widened to whole tokens, as a speaker, a
 * cue, or a claim of a type. With Alt+Shift the selection is marked exactly as it is.
 */
public class MarkHandler {

    public static final String KIND = "org.sayer.ui.commandparameter.mark";
    public static final String EXACT = "org.sayer.ui.commandparameter.exact";

    @CanExecute
    public boolean canExecute(@Optional DocumentEditorPart editor) {
        return editor != null;
    }

    @Execute
    public void execute(@Optional DocumentEditorPart editor, @Named(KIND) String kind, @Optional @Named(EXACT) String exact) {
        if (editor != null) {
            editor.mark(Mark.valueOf(kind.toUpperCase(Locale.ROOT)), "true".equals(exact));
        }
    }
}
