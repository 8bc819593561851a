package org.sayer.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

/** Help › About Sayer. */
public class AboutHandler {

    @Execute
    public void execute(Shell shell) {
        MessageDialog.openInformation(shell, "About Sayer",
                "Sayer marks up who said what in news: speakers, cues and claims.");
    }
}
