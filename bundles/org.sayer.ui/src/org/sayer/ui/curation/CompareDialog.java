package org.sayer.ui.curation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.sayer.model.store.CorpusStore;
import org.sayer.ui.export.FolderChooser;

/**
 * File › Compare Annotators: the annotators' corpora (one folder a line, typed or added from the
 * folder tree) and the curated corpus's folder. Compare stays disabled, with the reason shown,
 * until two or more corpora and a folder of its own for the curated corpus are given.
 */
final class CompareDialog extends Dialog {

    private final Path start;
    private Text versions;
    private Text curated;
    private Label reason;
    private List<Path> chosenVersions = List.of();
    private Path chosenCurated;

    CompareDialog(Shell parent, Path start) {
        super(parent);
        this.start = start;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Compare Annotators");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(2, false));
        Label intro = new Label(area, SWT.WRAP);
        intro.setText("Annotators' corpora, one folder a line (each analyst's copy of the same documents):");
        intro.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        versions = new Text(area, SWT.MULTI | SWT.BORDER | SWT.V_SCROLL);
        GridData versionsData = new GridData(SWT.FILL, SWT.FILL, true, true);
        versionsData.heightHint = 90;
        versionsData.widthHint = 460;
        versions.setLayoutData(versionsData);
        Button add = new Button(area, SWT.PUSH);
        add.setText("Add Folder\u2026");
        add.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
        add.addListener(SWT.Selection, event -> {
            Path folder = new FolderChooser(getShell(), start, "An annotator's corpus (a folder that holds corpus.xmi).").choose();
            if (folder != null) {
                String now = versions.getText().strip();
                versions.setText(now.isEmpty() ? folder.toString() : now + "\n" + folder);
            }
        });
        Label curatedLabel = new Label(area, SWT.WRAP);
        curatedLabel.setText("Curated corpus (created when missing; a document is merged into it when you first open it):");
        curatedLabel.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        curated = new Text(area, SWT.SINGLE | SWT.BORDER);
        curated.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button choose = new Button(area, SWT.PUSH);
        choose.setText("Choose\u2026");
        choose.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false));
        choose.addListener(SWT.Selection, event -> {
            Path folder = new FolderChooser(getShell(), start, "The curated corpus: a new folder is typed into the field.").choose();
            if (folder != null) {
                curated.setText(folder.toString());
            }
        });
        reason = new Label(area, SWT.WRAP);
        reason.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        versions.addListener(SWT.Modify, event -> validate());
        curated.addListener(SWT.Modify, event -> validate());
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "Compare", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        validate();
    }

    /** Why Compare cannot run yet, or null. */
    private String problem() {
        List<Path> folders = folders();
        if (folders.size() < 2) {
            return "Name two or more annotators' corpora.";
        }
        for (Path folder : folders) {
            if (!Files.isRegularFile(folder.resolve(CorpusStore.INDEX_FILE))) {
                return folder + " is not a Sayer corpus (no " + CorpusStore.INDEX_FILE + ").";
            }
        }
        String target = curated.getText().strip();
        if (target.isEmpty()) {
            return "Name the curated corpus's folder.";
        }
        Path folder = Path.of(target).toAbsolutePath().normalize();
        if (folders.stream().anyMatch(f -> f.toAbsolutePath().normalize().equals(folder))) {
            return "The curated corpus needs a folder of its own, not an annotator's.";
        }
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            return folder + " is a file, not a folder.";
        }
        return null;
    }

    private List<Path> folders() {
        List<Path> folders = new ArrayList<>();
        for (String line : versions.getText().split("\\R")) {
            if (!line.isBlank()) {
                folders.add(Path.of(line.strip()));
            }
        }
        return folders;
    }

    private void validate() {
        String problem = problem();
        reason.setText(problem == null ? "" : problem);
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(problem == null);
        }
    }

    @Override
    protected void okPressed() {
        if (problem() != null) {
            return;
        }
        chosenVersions = folders();
        chosenCurated = Path.of(curated.getText().strip());
        super.okPressed();
    }

    List<Path> versions() {
        return chosenVersions;
    }

    Path curated() {
        return chosenCurated;
    }
}
