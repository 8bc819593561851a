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
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.sayer.io.gold.Versions;
import org.sayer.ui.export.FolderChooser;

/**
 * File › Compare Annotators: the annotators' versions (one a line, typed or added: corpus folders
 * from the folder tree, gold JSONL files from the file dialog) and the curated corpus's folder.
 * Compare stays disabled, with the reason shown, until two or more versions and a folder of its own
 * for the curated corpus are given.
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
        intro.setText("Annotators' versions of the same documents, one a line: a corpus folder or a gold JSONL file each"
                + " (the annotator's name is the folder's, or the file's without .jsonl):");
        GridData introData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        introData.widthHint = 560; // wrapped, or the dialog is as wide as the sentence
        intro.setLayoutData(introData);
        versions = new Text(area, SWT.MULTI | SWT.BORDER | SWT.V_SCROLL);
        GridData versionsData = new GridData(SWT.FILL, SWT.FILL, true, true);
        versionsData.heightHint = 90;
        versionsData.widthHint = 460;
        versions.setLayoutData(versionsData);
        Composite adders = new Composite(area, SWT.NONE);
        adders.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
        GridLayout addersLayout = new GridLayout(1, true);
        addersLayout.marginWidth = 0;
        addersLayout.marginHeight = 0;
        adders.setLayout(addersLayout);
        Button addFolder = new Button(adders, SWT.PUSH);
        addFolder.setText("Add Folder\u2026");
        addFolder.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        addFolder.addListener(SWT.Selection, event -> addVersions(
                new FolderChooser(getShell(), start, "An annotator's corpus (a folder that holds corpus.xmi).").choose()));
        Button addFiles = new Button(adders, SWT.PUSH);
        addFiles.setText("Add Files\u2026");
        addFiles.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        addFiles.addListener(SWT.Selection, event -> addFiles());
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

    /** Gold JSONL files (one per annotator), chosen in the desktop's file dialog. */
    private void addFiles() {
        FileDialog dialog = new FileDialog(getShell(), SWT.OPEN | SWT.MULTI);
        dialog.setText("Annotators' Gold JSONL Files");
        dialog.setFilterExtensions(new String[] { "*.jsonl", "*.*" });
        dialog.setFilterNames(new String[] { "Gold JSONL (one document a line)", "All files" });
        if (start != null) {
            dialog.setFilterPath(start.toString());
        }
        if (dialog.open() != null) {
            for (String name : dialog.getFileNames()) {
                addVersions(Path.of(dialog.getFilterPath(), name));
            }
        }
    }

    private void addVersions(Path input) {
        if (input != null) {
            String now = versions.getText().strip();
            versions.setText(now.isEmpty() ? input.toString() : now + "\n" + input);
        }
    }

    /** Why Compare cannot run yet, or null. */
    private String problem() {
        List<Path> inputs = inputs();
        if (inputs.size() < 2) {
            return "Name two or more annotators' versions.";
        }
        for (Path input : inputs) {
            String problem = Versions.whyNotAVersion(input);
            if (problem != null) {
                return problem + ".";
            }
        }
        String target = curated.getText().strip();
        if (target.isEmpty()) {
            return "Name the curated corpus's folder.";
        }
        Path folder = Path.of(target).toAbsolutePath().normalize();
        if (inputs.stream().anyMatch(input -> input.toAbsolutePath().normalize().equals(folder))) {
            return "The curated corpus needs a folder of its own, not an annotator's.";
        }
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            return folder + " is a file, not a folder.";
        }
        return null;
    }

    private List<Path> inputs() {
        List<Path> inputs = new ArrayList<>();
        for (String line : versions.getText().split("\\R")) {
            if (!line.isBlank()) {
                inputs.add(Path.of(line.strip()));
            }
        }
        return inputs;
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
        chosenVersions = inputs();
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
