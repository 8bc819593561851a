package org.sayer.ui.handlers;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;
import org.sayer.ui.jobs.ImportJob;
import org.sayer.ui.session.CorpusSession;

/** File › Import Folder: imports every file of a folder and its subfolders, as a background Job. */
public class ImportFolderHandler {

    @CanExecute
    public boolean canExecute(CorpusSession session) {
        return session.store() != null;
    }

    @Execute
    public void execute(Shell shell, CorpusSession session) {
        DirectoryDialog dialog = new DirectoryDialog(shell);
        dialog.setText("Import Folder");
        dialog.setMessage("Choose a folder of articles or corpora (txt, html, jsonl, gold jsonl, xmi, zip).");
        String folder = dialog.open();
        if (folder != null) {
            new ImportJob(session, shell.getDisplay(), List.of(Path.of(folder))).schedule();
        }
    }
}
