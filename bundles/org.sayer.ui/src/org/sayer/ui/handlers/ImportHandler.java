package org.sayer.ui.handlers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.sayer.ui.jobs.ImportJob;
import org.sayer.ui.session.CorpusSession;

/**
 * File › Import Files: imports the chosen files (text, HTML, JSONL, gold JSONL, XMI, WebAnno TSV, zip archives
 * of those) as a background Job; the format of each is recognised from its name and content.
 */
public class ImportHandler {

    private static final String[] FILTERS = { "*.txt;*.html;*.htm;*.xhtml;*.jsonl;*.json;*.xmi;*.tsv;*.zip", "*.*" };
    private static final String[] FILTER_NAMES = { "Articles and corpora (txt, html, jsonl, xmi, WebAnno tsv, zip)", "All files" };

    @CanExecute
    public boolean canExecute(CorpusSession session) {
        return session.store() != null;
    }

    @Execute
    public void execute(Shell shell, CorpusSession session) {
        FileDialog dialog = new FileDialog(shell, SWT.OPEN | SWT.MULTI);
        dialog.setText("Import Files");
        dialog.setFilterExtensions(FILTERS);
        dialog.setFilterNames(FILTER_NAMES);
        if (dialog.open() == null) {
            return;
        }
        List<Path> files = new ArrayList<>();
        for (String name : dialog.getFileNames()) {
            files.add(Path.of(dialog.getFilterPath(), name));
        }
        if (!files.isEmpty()) {
            new ImportJob(session, shell.getDisplay(), files).schedule();
        }
    }
}
