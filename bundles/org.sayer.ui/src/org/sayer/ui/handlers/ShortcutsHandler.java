package org.sayer.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.swt.widgets.Shell;
import org.sayer.ui.parts.ShortcutsDialog;

/** Help › Keyboard Shortcuts (Ctrl+Shift+L): lists every key binding of the application model. */
public class ShortcutsHandler {

    @Execute
    public void execute(Shell shell, MApplication application) {
        new ShortcutsDialog(shell, application).open();
    }
}
