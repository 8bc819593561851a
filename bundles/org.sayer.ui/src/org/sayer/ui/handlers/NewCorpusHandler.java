package org.sayer.ui.handlers;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;
import org.sayer.ui.session.CorpusSession;

/** File › New Corpus: creates an empty corpus in a chosen folder and opens it. */
public class NewCorpusHandler {

    @Execute
    public void execute(Shell shell, CorpusSession session) {
        if (!SaveFirst.confirm(shell, session, "open another corpus")) {
            return;
        }
        DirectoryDialog dialog = new DirectoryDialog(shell);
        dialog.setText("New Corpus");
        dialog.setMessage("Choose an empty folder for the new corpus.");
        String folder = dialog.open();
        if (folder == null) {
            return;
        }
        Path path = Path.of(folder);
        try {
            session.create(path, path.getFileName() == null ? "corpus" : path.getFileName().toString());
        } catch (IOException e) {
            MessageDialog.openError(shell, "Cannot create corpus", e.getMessage());
        }
    }
}
