package org.sayer.ui.export;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.sayer.io.export.ExportFormat;
import org.sayer.io.export.ExportOptions;
import org.sayer.io.export.ExportOptions.CuelessClaims;
import org.sayer.io.export.Exporters;

/**
 * File › Export: every choice of {@code ./sayer export} in one dialog (format, what to include,
 * splits and seed, Citron's cue-less claims, the target folder). The folder is checked as it is
 * typed or chosen, with the export's own rules, and Export stays disabled until it can take the
 * export, so a job never starts only to fail on its folder.
 */
public final class ExportDialog extends TitleAreaDialog {

    private final Path corpus;
    private Combo format;
    private Button pending;
    private Button rejected;
    private Spinner seed;
    private Spinner train;
    private Spinner validation;
    private Label test;
    private Combo cueless;
    private Text folder;

    private ExportFormat chosenFormat;
    private ExportOptions chosenOptions;
    private Path chosenFolder;

    public ExportDialog(Shell parent, Path corpus) {
        super(parent);
        this.corpus = corpus;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Export");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle("Export the corpus");
        setMessage("Writes what is saved; manual and accepted annotations unless you include more.");
        Composite area = (Composite) super.createDialogArea(parent);
        Composite form = new Composite(area, SWT.NONE);
        form.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        form.setLayout(new GridLayout(3, false));

        label(form, "&Format:");
        format = new Combo(form, SWT.READ_ONLY);
        for (ExportFormat each : ExportFormat.values()) {
            format.add(each.id() + " \u2014 " + each.description());
        }
        format.select(0);
        format.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        format.addListener(SWT.Selection, event -> update());

        label(form, "Include:");
        pending = check(form, "&Pending suggestions (not reviewed yet)");
        label(form, "");
        rejected = check(form, "&Rejected annotations (as negatives where the format can mark them)");

        Group splits = new Group(form, SWT.NONE);
        splits.setText("Splits (hf and spacy)");
        splits.setLayout(new GridLayout(6, false));
        splits.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        label(splits, "&Train %");
        train = spinner(splits, (int) Math.round(ExportOptions.DEFAULT.trainRatio() * 100), 100);
        label(splits, "&Validation %");
        validation = spinner(splits, (int) Math.round(ExportOptions.DEFAULT.validationRatio() * 100), 100);
        label(splits, "S&eed");
        seed = spinner(splits, (int) ExportOptions.DEFAULT.seed(), Integer.MAX_VALUE);
        test = new Label(splits, SWT.NONE);
        test.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 6, 1));

        label(form, "&Cue-less claims (citron):");
        cueless = new Combo(form, SWT.READ_ONLY);
        cueless.setItems("skip them", "take the source as the cue");
        cueless.select(0);
        cueless.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));

        label(form, "T&o folder:");
        folder = new Text(form, SWT.BORDER | SWT.SINGLE);
        folder.setMessage("a new or empty folder, or an earlier export to replace");
        GridData wide = new GridData(SWT.FILL, SWT.CENTER, true, false);
        wide.widthHint = 360;
        folder.setLayoutData(wide);
        folder.addListener(SWT.Modify, event -> update());
        Button browse = new Button(form, SWT.PUSH);
        browse.setText("&Browse\u2026");
        browse.addListener(SWT.Selection, event -> {
            Path chosen = new FolderChooser(getShell(), currentFolder(),
                    "The export replaces the folder only when it is empty or an earlier export.").choose();
            if (chosen != null) {
                folder.setText(chosen.toString());
            }
        });
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "&Export", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        update();
    }

    /** Never taller or wider than the screen it opens on. */
    @Override
    protected Point getInitialSize() {
        Point wanted = super.getInitialSize();
        Rectangle screen = getShell().getMonitor().getClientArea();
        return new Point(Math.min(wanted.x, screen.width - 40), Math.min(wanted.y, screen.height - 40));
    }

    /** Enables what the format uses, and Export only for a folder that can take the export. */
    private void update() {
        if (getButton(IDialogConstants.OK_ID) == null) {
            return;
        }
        ExportFormat selected = ExportFormat.values()[format.getSelectionIndex()];
        for (Spinner each : new Spinner[] { train, validation, seed }) {
            each.setEnabled(selected.splits());
        }
        cueless.setEnabled(selected == ExportFormat.CITRON);
        int rest = 100 - train.getSelection() - validation.getSelection();
        test.setText(rest >= 0 ? "Test: " + rest + " %" : "Train and validation add up to more than 100 %");
        String problem = problem(selected, rest);
        setErrorMessage(problem);
        getButton(IDialogConstants.OK_ID).setEnabled(problem == null);
    }

    private String problem(ExportFormat selected, int rest) {
        if (selected.splits() && rest < 0) {
            return "Train and validation add up to more than 100 %.";
        }
        Path target = currentFolder();
        if (target == null) {
            return folder.getText().isBlank() ? null : "Give the folder as a full path (" + folder.getText().strip() + " is relative).";
        }
        try {
            Exporters.checkTarget(target, corpus);
            return null;
        } catch (IOException e) {
            return e.getMessage();
        }
    }

    /** The folder typed, when it is an absolute path. */
    private Path currentFolder() {
        String typed = folder.getText().strip();
        try {
            Path path = typed.isEmpty() ? null : Path.of(typed);
            return path != null && path.isAbsolute() ? path : null;
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
    }

    @Override
    protected void okPressed() {
        if (currentFolder() == null) {
            setErrorMessage("Choose the folder to export to.");
            return;
        }
        chosenFormat = ExportFormat.values()[format.getSelectionIndex()];
        chosenOptions = ExportOptions.DEFAULT.withInclude(pending.getSelection(), rejected.getSelection())
                .withSplits(seed.getSelection(), train.getSelection() / 100.0, validation.getSelection() / 100.0)
                .withCuelessClaims(cueless.getSelectionIndex() == 0 ? CuelessClaims.SKIP : CuelessClaims.SOURCE_AS_CUE);
        chosenFolder = currentFolder();
        super.okPressed();
    }

    public ExportFormat format() {
        return chosenFormat;
    }

    public ExportOptions options() {
        return chosenOptions;
    }

    public Path folder() {
        return chosenFolder;
    }

    private static void label(Composite parent, String text) {
        new Label(parent, SWT.NONE).setText(text);
    }

    private Button check(Composite parent, String text) {
        Button box = new Button(parent, SWT.CHECK);
        box.setText(text);
        box.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        return box;
    }

    private Spinner spinner(Composite parent, int value, int maximum) {
        Spinner spinner = new Spinner(parent, SWT.BORDER);
        spinner.setValues(value, 0, maximum, 0, 1, 10);
        spinner.addListener(SWT.Modify, event -> update());
        return spinner;
    }
}
