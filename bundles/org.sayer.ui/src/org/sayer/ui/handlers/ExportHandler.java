package org.sayer.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.sayer.ui.export.ExportDialog;
import org.sayer.ui.jobs.ExportJob;
import org.sayer.ui.session.CorpusSession;

/** File › Export: the saved corpus, with the choices of the export dialog, to a folder, as a background Job. */
public class ExportHandler {

    @CanExecute
    public boolean canExecute(CorpusSession session) {
        return session.store() != null;
    }

    @Execute
    public void execute(Shell shell, CorpusSession session) {
        if (!SaveFirst.confirm(shell, session, "export (the export reads what is saved)")) {
            return;
        }
        ExportDialog dialog = new ExportDialog(shell, session.store().folder());
        if (dialog.open() == Window.OK) {
            new ExportJob(shell.getDisplay(), session.store().folder(), dialog.format(), dialog.options(), dialog.folder()).schedule();
        }
    }
}
