package org.sayer.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Shell;
import org.sayer.ui.parts.CorpusNavigatorPart;
import org.sayer.ui.session.CorpusSession;

/** Ctrl+W: closes the document (asking first when there are unsaved changes) and its editor. */
public class CloseDocumentHandler {

    @CanExecute
    public boolean canExecute(CorpusSession session) {
        return session.currentDocument() != null;
    }

    @Execute
    public void execute(Shell shell, CorpusSession session, EPartService parts) {
        if (!SaveFirst.confirm(shell, session, "close the document")) {
            return;
        }
        session.closeDocuments();
        MPart editor = parts.findPart(CorpusNavigatorPart.EDITOR_PART);
        if (editor != null) {
            parts.hidePart(editor);
        }
    }
}
