package org.sayer.ui.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.sayer.ui.edit.AnnotationEdits;
import org.sayer.ui.editor.DocumentEditorPart;

/** L (speaker) and K (cue): links the claim at the caret to the nearest candidate; again for the next. */
public class LinkHandler {

    public static final String TARGET = "org.sayer.ui.commandparameter.link";

    @CanExecute
    public boolean canExecute(@Optional DocumentEditorPart editor) {
        return editor != null;
    }

    @Execute
    public void execute(@Optional DocumentEditorPart editor, @Named(TARGET) String target) {
        if (editor != null) {
            editor.link("cue".equals(target) ? AnnotationEdits.cueFeature() : AnnotationEdits.sourceFeature());
        }
    }
}
