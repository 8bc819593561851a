package org.sayer.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.sayer.ui.session.CorpusSession;

/** File › Analyst Name…: the name Sayer records on your annotations, review decisions and done marks. */
public class AnalystNameHandler {

    @Execute
    public void execute(Shell shell, CorpusSession session) {
        InputDialog dialog = new InputDialog(shell, "Analyst name",
                "Your annotations, review decisions and done marks are recorded under this name\n(empty: your user name):",
                session.analyst(), null);
        if (dialog.open() == Window.OK) {
            session.setAnalyst(dialog.getValue());
        }
    }
}
