package org.sayer.ui.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.emf.common.command.CommandStack;
import org.sayer.ui.parts.SpeakersPart;
import org.sayer.ui.session.CorpusSession;

/**
 * Ctrl+Z / Ctrl+Y: undo and redo in the history of what the analyst works on. In the Speakers view
 * that is the speaker registry's history; everywhere else it is the open document's own, so an undo
 * never reaches into another document.
 */
public class HistoryHandler {

    public static final String DIRECTION = "org.sayer.ui.commandparameter.history";

    @CanExecute
    public boolean canExecute(CorpusSession session, @Named(DIRECTION) String direction,
            @Optional @Named(IServiceConstants.ACTIVE_PART) MPart active) {
        CommandStack history = history(session, active);
        return history != null && ("redo".equals(direction) ? history.canRedo() : history.canUndo());
    }

    @Execute
    public void execute(CorpusSession session, @Named(DIRECTION) String direction, @Optional @Named(IServiceConstants.ACTIVE_PART) MPart active) {
        CommandStack history = history(session, active);
        if (history == null) {
            return;
        }
        if ("redo".equals(direction) && history.canRedo()) {
            history.redo();
        } else if (!"redo".equals(direction) && history.canUndo()) {
            history.undo();
        }
    }

    private static CommandStack history(CorpusSession session, MPart active) {
        if (active != null && SpeakersPart.ID.equals(active.getElementId())) {
            return session.history(null);
        }
        return session.currentDocument() == null ? null : session.history(session.currentDocument());
    }
}
