package org.sayer.ui.jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.Command;
import org.eclipse.swt.widgets.Display;
import org.sayer.model.Document;
import org.sayer.model.DocumentEntry;
import org.sayer.pipeline.Annotator;
import org.sayer.ui.edit.PipelineMerge;
import org.sayer.ui.session.CorpusSession;

/**
 * Pre-annotates documents in the background. Each document is copied on the UI thread, annotated
 * here, and its suggestions come back as one undoable command. A document that fails is reported
 * and the rest go on; cancelling stops after the current document.
 */
public final class PreAnnotateJob extends Job {

    private final CorpusSession session;
    private final Display display;
    private final List<DocumentEntry> entries;

    public PreAnnotateJob(CorpusSession session, Display display, List<DocumentEntry> entries) {
        super("Pre-annotating " + entries.size() + (entries.size() == 1 ? " document" : " documents"));
        this.session = session;
        this.display = display;
        this.entries = List.copyOf(entries);
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        monitor.beginTask("starting the pipeline", entries.size() + 1);
        List<String> failures = new ArrayList<>();
        try (Annotator annotator = Annotator.create()) {
            monitor.worked(1);
            for (DocumentEntry entry : entries) {
                if (monitor.isCanceled()) {
                    return Status.CANCEL_STATUS;
                }
                monitor.subTask(entry.getId());
                AtomicReference<PipelineMerge> merge = new AtomicReference<>();
                AtomicReference<Document> live = new AtomicReference<>();
                AtomicReference<String> problem = new AtomicReference<>();
                display.syncExec(() -> {
                    try {
                        live.set(session.store().load(entry));
                        merge.set(PipelineMerge.prepare(session.store().corpus(), live.get()));
                    } catch (java.io.IOException e) {
                        problem.set(e.getMessage());
                    }
                });
                if (merge.get() == null) {
                    failures.add(entry.getId() + ": " + problem.get());
                    monitor.worked(1);
                    continue;
                }
                try {
                    annotator.annotate(merge.get().document(), merge.get().registry());
                    display.syncExec(() -> {
                        Command command = merge.get().command(session.editing().domain());
                        if (command != null) {
                            session.execute(live.get(), command);
                        }
                    });
                } catch (Exception e) {
                    // Whatever one document makes the pipeline throw, the others still get annotated.
                    failures.add(entry.getId() + ": " + e);
                }
                monitor.worked(1);
            }
        } catch (Exception e) {
            return Problems.report(display, "Pre-annotation", List.of("the pipeline could not start: " + e));
        } finally {
            monitor.done();
        }
        return Problems.report(display, "Pre-annotation", failures);
    }
}
