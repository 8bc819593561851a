package org.sayer.ui.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.emf.common.command.Command;
import org.sayer.model.Annotation;
import org.sayer.model.Document;
import org.sayer.ui.session.CorpusSession;

/**
 * Ctrl+Z / Ctrl+Y: undo and redo through the corpus' command stack. When the step changed another
 * document than the open one, that document is shown, so the analyst sees what was undone.
 */
public class HistoryHandler {

    public static final String DIRECTION = "org.sayer.ui.commandparameter.history";

    @CanExecute
    public boolean canExecute(CorpusSession session, @Named(DIRECTION) String direction) {
        if (session.editing() == null) {
            return false;
        }
        return "redo".equals(direction) ? session.editing().commandStack().canRedo() : session.editing().commandStack().canUndo();
    }

    @Execute
    public void execute(CorpusSession session, @Named(DIRECTION) String direction) {
        boolean done = "redo".equals(direction) ? session.editing().redo() : session.editing().undo();
        if (!done) {
            return;
        }
        Command step = session.editing().commandStack().getMostRecentCommand();
        if (step == null) {
            return;
        }
        for (Object affected : step.getAffectedObjects()) {
            Document document = affected instanceof Annotation a ? a.getDocument() : affected instanceof Document d ? d : null;
            if (document != null && document != session.currentDocument()) {
                session.show(document);
                return;
            }
        }
    }
}
