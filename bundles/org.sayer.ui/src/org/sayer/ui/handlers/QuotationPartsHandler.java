package org.sayer.ui.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.sayer.ui.editor.DocumentEditorPart;

/** J joins the claim at the caret to the one before it as the parts of one split quotation; Shift+J splits them again. */
public class QuotationPartsHandler {

    public static final String ACTION = "org.sayer.ui.commandparameter.quotation";

    @CanExecute
    public boolean canExecute(@Optional DocumentEditorPart editor) {
        return editor != null;
    }

    @Execute
    public void execute(@Optional DocumentEditorPart editor, @Named(ACTION) String action) {
        if (editor == null) {
            return;
        }
        if ("split".equals(action)) {
            editor.splitQuotation();
        } else {
            editor.joinQuotation();
        }
    }
}
