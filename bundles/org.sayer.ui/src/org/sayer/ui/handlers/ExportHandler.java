package org.sayer.ui.handlers;

import java.nio.file.Path;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;
import org.sayer.io.export.ExportFormat;
import org.sayer.ui.jobs.ExportJob;
import org.sayer.ui.session.CorpusSession;

/** File › Export: the saved corpus in a chosen format to a folder, as a background Job. */
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
        StringBuilder choices = new StringBuilder();
        for (ExportFormat format : ExportFormat.values()) {
            choices.append("\n  ").append(format.id()).append(" \u2014 ").append(format.description());
        }
        InputDialog formats = new InputDialog(shell, "Export", "Export the corpus as (type one):" + choices, "jsonl",
                value -> format(value) == null ? "One of " + ExportFormat.names() : null);
        if (formats.open() != Window.OK) {
            return;
        }
        DirectoryDialog folder = new DirectoryDialog(shell);
        folder.setText("Export");
        folder.setMessage("Choose the folder to write the export to (it is replaced when the export succeeds).");
        String chosen = folder.open();
        if (chosen != null) {
            new ExportJob(shell.getDisplay(), session.store().folder(), format(formats.getValue()), Path.of(chosen)).schedule();
        }
    }

    private static ExportFormat format(String value) {
        try {
            return ExportFormat.parse(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
