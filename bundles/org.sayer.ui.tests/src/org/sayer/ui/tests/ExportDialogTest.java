package org.sayer.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.sayer.io.export.ExportFormat;
import org.sayer.io.export.ExportOptions;
import org.sayer.ui.export.ExportDialog;
import org.sayer.ui.handlers.ExportHandler;
import org.sayer.ui.jobs.ExportJob;

/**
 * File › Export opens a dialog with the command's choices; the folder is checked as it is typed,
 * before any job starts; a failed export says so once, without repeating the path.
 */
class ExportDialogTest {

    @Test
    void theDialogChecksTheFolderAsTypedAndExportsWithTheChosenOptions() throws Exception {
        WorkbenchDriver ui = WorkbenchDriver.start();
        Path scratch = Files.createTempDirectory("sayerexport");
        Path file = Files.writeString(scratch.resolve("notes.txt"), "not a folder");
        Path target = scratch.resolve("hf");
        ui.onUi(() -> {
            try {
                ui.session().save(); // so that no "save first?" question comes before the dialog
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
        ui.display.asyncExec(() -> new ExportHandler().execute(ui.shell, ui.session()));
        Shell shell = WorkbenchDriver.waitFor("the export dialog", () -> ui.shellTitled("Export"));
        ExportDialog dialog = ui.onUi(() -> (ExportDialog) shell.getData());
        Text folder = ui.onUi(() -> find(shell, Text.class, t -> t.getMessage().startsWith("a new or empty folder")));
        Combo format = ui.onUi(() -> find(shell, Combo.class, c -> c.getItem(0).startsWith("jsonl")));
        Button pending = ui.onUi(() -> find(shell, Button.class, b -> b.getText().startsWith("&Pending")));
        Button export = ui.onUi(() -> find(shell, Button.class, b -> "&Export".equals(b.getText())));

        ui.onUi(folder::setFocus);
        ui.type(file.toString());
        assertEquals(file + ": is a file; the export needs a folder", ui.onUi(dialog::getErrorMessage));
        assertFalse(ui.onUi(export::isEnabled), "no export to a file");

        ui.key('a', SWT.CTRL);
        ui.type(target.toString());
        assertNull(ui.onUi(dialog::getErrorMessage), "a new folder can take the export");
        assertTrue(ui.onUi(export::isEnabled));

        ui.onUi(format::setFocus);
        for (int i = 0; i < ExportFormat.HF.ordinal(); i++) {
            ui.key(SWT.ARROW_DOWN);
        }
        assertTrue(ui.onUi(format::getText).startsWith("hf"), ui.onUi(format::getText));
        ui.onUi(pending::setFocus);
        ui.type(" ");
        assertTrue(ui.onUi(pending::getSelection), "pending suggestions included");
        ui.key(SWT.CR);

        Path manifest = target.resolve("manifest.json");
        WorkbenchDriver.waitFor("the export to be written", () -> Files.exists(manifest) ? Boolean.TRUE : null);
        String json = Files.readString(manifest).replaceAll("\\s", "");
        assertTrue(json.contains("\"format\":\"hf\""), json);
        assertTrue(json.contains("\"pending\":true"), json);
        assertTrue(json.contains("\"rejected\":false"), json);
        closeShell(ui, "Export");
    }

    @Test
    void aFailedExportSaysWhatHappenedOnceWithoutRepeatingThePath() throws Exception {
        WorkbenchDriver ui = WorkbenchDriver.start();
        Path file = Files.writeString(Files.createTempDirectory("sayerexport").resolve("taken.txt"), "a file, not a folder");
        ExportJob job = ui.onUi(() -> new ExportJob(ui.display, ui.session().store().folder(), ExportFormat.JSONL,
                ExportOptions.DEFAULT, file));
        job.schedule();
        job.join();
        String message = job.getResult().getMessage();
        assertEquals(IStatus.ERROR, job.getResult().getSeverity());
        assertEquals("Nothing was exported; " + file + " is as it was.\n\n" + file + ": is a file; the export needs a folder", message);
        assertFalse(message.contains("went on"), "nothing went on: " + message);
        closeShell(ui, "Export failed");
    }

    private static void closeShell(WorkbenchDriver ui, String title) throws InterruptedException {
        Shell shell = WorkbenchDriver.waitFor("the \"" + title + "\" message", () -> ui.shellTitled(title));
        ui.onUi(() -> {
            shell.close();
            return null;
        });
    }

    private static <T extends Control> T find(Composite parent, Class<T> type, java.util.function.Predicate<T> wanted) {
        for (Control child : parent.getChildren()) {
            if (type.isInstance(child) && wanted.test(type.cast(child))) {
                return type.cast(child);
            }
            if (child instanceof Composite inner) {
                T found = find(inner, type, wanted);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
