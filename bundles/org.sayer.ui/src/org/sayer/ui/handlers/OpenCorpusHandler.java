package org.sayer.ui.handlers;

import java.nio.file.Path;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;
import org.sayer.ui.session.CorpusSession;
import org.sayer.ui.session.LifeCycle;

/** File › Open Corpus: choose a corpus folder. */
public class OpenCorpusHandler {

    @Execute
    public void execute(Shell shell, CorpusSession session) {
        if (!SaveFirst.confirm(shell, session, "open another corpus")) {
            return;
        }
        DirectoryDialog dialog = new DirectoryDialog(shell);
        dialog.setText("Open Corpus");
        dialog.setMessage("Choose a Sayer corpus folder (it holds corpus.xmi).");
        String folder = dialog.open();
        if (folder == null) {
            return;
        }
        LifeCycle.offerRestore(Path.of(folder));
        session.open(Path.of(folder), null);
        if (session.problem() != null) {
            MessageDialog.openError(shell, "Cannot open corpus", session.problem());
        }
    }
}
