package org.sayer.ui.jobs;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.sayer.io.CancelledException;
import org.sayer.io.export.ExportFormat;
import org.sayer.io.export.ExportOptions;
import org.sayer.io.export.Exporters;
import org.sayer.io.export.Manifest;
import org.sayer.ui.session.Stores;

/**
 * Exports the saved corpus in the background. It reads the corpus through a private store of its
 * own, so the analyst can go on working while it runs; the export is atomic (a cancelled or failed
 * one leaves the target folder as it was).
 */
public final class ExportJob extends Job {

    private final Display display;
    private final Path corpus;
    private final ExportFormat format;
    private final ExportOptions options;
    private final Path target;

    public ExportJob(Display display, Path corpus, ExportFormat format, ExportOptions options, Path target) {
        super("Exporting " + format.id() + " to " + target.getFileName());
        this.display = display;
        this.corpus = corpus;
        this.format = format;
        this.options = options;
        this.target = target;
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        monitor.beginTask("exporting", MonitorProgress.TICKS);
        try {
            Manifest manifest = Exporters.export(Stores.open(corpus), format, target, options, new MonitorProgress(monitor));
            if (!manifest.damaged().isEmpty()) {
                return Problems.report(display, "Export", manifest.damaged().values().stream().map(p -> p + "; left out of the export").toList());
            }
            display.asyncExec(() -> MessageDialog.openInformation(display.getActiveShell(), "Export",
                    "Exported the corpus as " + format.description() + " to " + target + "."));
            return Status.OK_STATUS;
        } catch (CancelledException e) {
            return Status.CANCEL_STATUS;
        } catch (IOException | RuntimeException e) {
            // Nothing was exported: one error, in the exception's own words (they name the folder or file).
            String message = "Nothing was exported; " + target + " is as it was.\n\n"
                    + (e.getMessage() != null ? e.getMessage() : e.toString());
            display.asyncExec(() -> MessageDialog.openError(display.getActiveShell(), "Export failed", message));
            return Status.error(message);
        } finally {
            monitor.done();
        }
    }
}
