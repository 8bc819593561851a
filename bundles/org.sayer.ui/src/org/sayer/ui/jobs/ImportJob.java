package org.sayer.ui.jobs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.sayer.io.CancelledException;
import org.sayer.io.importer.ImportReport;
import org.sayer.io.importer.Importers;
import org.sayer.model.Speaker;
import org.sayer.model.store.CorpusStore;
import org.sayer.ui.session.CorpusSession;
import org.sayer.ui.session.Stores;

/**
 * Imports files, folders and zip archives (text, HTML, JSONL, gold JSONL, XMI; see
 * {@link Importers}) in the background. The import runs on a private store over the same corpus
 * folder, so the workbench's model is never touched off the UI thread; when it is done the new
 * index entries and speakers join the open corpus on the UI thread. Inputs that fail are reported
 * once, by name, at the end; the rest import. Cancelling takes back everything the job added.
 */
public final class ImportJob extends Job {

    private final CorpusSession session;
    private final Display display;
    private final Path corpus;
    private final List<Path> inputs;

    /** Call on the UI thread, with a corpus open. */
    public ImportJob(CorpusSession session, Display display, List<Path> inputs) {
        super("Importing " + (inputs.size() == 1 ? inputs.get(0).getFileName() : inputs.size() + " inputs"));
        this.session = session;
        this.display = display;
        this.corpus = session.store().folder();
        this.inputs = List.copyOf(inputs);
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        monitor.beginTask("importing", IProgressMonitor.UNKNOWN);
        try (CorpusStore importing = Stores.open(corpus)) {
            // What the registry on disk held before: only speakers the import itself adds may join the
            // open corpus; the others are the workbench's own, which it may have merged away unsaved.
            Set<String> speakersBefore = new HashSet<>();
            for (Speaker speaker : importing.corpus().getSpeakers()) {
                speakersBefore.add(speaker.getId());
            }
            ImportReport report = Importers.importInto(importing, inputs, new MonitorProgress(monitor));
            List<String> failures = new ArrayList<>(report.problems());
            display.syncExec(() -> {
                String problem = session.adoptImported(importing, speakersBefore);
                if (problem != null) {
                    failures.add(problem);
                }
            });
            return Problems.report(display, "Import", failures);
        } catch (CancelledException e) {
            return Status.CANCEL_STATUS;
        } catch (IOException | RuntimeException e) {
            return Problems.report(display, "Import", List.of(corpus + ": " + e.getMessage()));
        } finally {
            monitor.done();
        }
    }
}
