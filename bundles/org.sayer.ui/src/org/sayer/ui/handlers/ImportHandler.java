package org.sayer.ui.handlers;

import java.nio.file.Path;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;
import org.sayer.ui.jobs.ImportJob;
import org.sayer.ui.session.CorpusSession;

/** File › Import Texts: imports the .txt and .html articles of a folder, as a background Job. */
public class ImportHandler {

    @CanExecute
    public boolean canExecute(CorpusSession session) {
        return session.store() != null;
    }

    @Execute
    public void execute(Shell shell, CorpusSession session) {
        DirectoryDialog dialog = new DirectoryDialog(shell);
        dialog.setText("Import Texts");
        dialog.setMessage("Choose a folder of articles (.txt: the first line is the title; .html).");
        String folder = dialog.open();
        if (folder != null) {
            new ImportJob(session, shell.getDisplay(), Path.of(folder)).schedule();
        }
    }
}
