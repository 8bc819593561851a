package org.sayer.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.swt.widgets.Shell;
import org.sayer.ui.session.CorpusSession;

/** File › Quit (Ctrl+Q): asks about unsaved changes first. */
public class QuitHandler {

    @Execute
    public void execute(Shell shell, CorpusSession session, IWorkbench workbench) {
        if (SaveFirst.confirm(shell, session, "quit")) {
            session.closeDocuments();
            workbench.close();
        }
    }
}
