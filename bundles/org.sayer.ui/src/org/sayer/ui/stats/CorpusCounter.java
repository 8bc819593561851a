package org.sayer.ui.stats;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.sayer.model.Document;
import org.sayer.model.DocumentEntry;
import org.sayer.model.store.CorpusStore;
import org.sayer.model.store.PrefetchedDocuments;
import org.sayer.ui.session.CorpusSession;

/**
 * Claim counts for the whole corpus. Documents on disk are counted once, in a background Job that
 * reads them through a private, read-only store (so the live model is never touched off the UI
 * thread); documents in memory are counted live, since the analyst is changing them.
 */
public final class CorpusCounter implements CorpusSession.Listener {

    /** Told on the UI thread when the counts changed. */
    public interface Listener {
        void countsChanged(CorpusCounter counter);
    }

    private final CorpusSession session;
    private final Display display;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private volatile Map<String, ClaimCounts> onDisk = Map.of();
    private Job job;
    private boolean fireQueued;

    public CorpusCounter(CorpusSession session, Display display) {
        this.session = session;
        this.display = display;
        session.addListener(this);
    }

    @Override
    public void corpusChanged(CorpusSession changed) {
        onDisk = Map.of();
        if (job != null) {
            job.cancel();
        }
        if (changed.store() == null) {
            fire();
            return;
        }
        CorpusStore live = changed.store();
        List<String> ids = live.documentIds();
        job = new Job("Counting claims") {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                Map<String, ClaimCounts> counted = new HashMap<>();
                try {
                    CorpusStore privateStore = org.sayer.ui.session.Stores.open(live.folder());
                    monitor.beginTask("counting", ids.size());
                    List<DocumentEntry> entries = List.copyOf(privateStore.corpus().getDocuments());
                    if (monitor.isCanceled()) {
                        return Status.CANCEL_STATUS;
                    }
                    try (PrefetchedDocuments documents = new PrefetchedDocuments(privateStore, entries)) {
                        documents.forEach((entry, document) -> counted.put(entry.getId(), ClaimCounts.of(document)),
                                // A damaged document is reported when it is opened; here it just counts nothing.
                                (entry, damaged) -> counted.put(entry.getId(), new ClaimCounts()), (done, entry) -> {
                                    monitor.worked(1);
                                    if (done < entries.size() && monitor.isCanceled()) {
                                        throw new OperationCanceledException();
                                    }
                                });
                    } catch (OperationCanceledException e) {
                        return Status.CANCEL_STATUS;
                    }
                } catch (IOException e) {
                    return Status.error("Cannot count claims: " + e.getMessage(), e);
                } finally {
                    monitor.done();
                }
                display.asyncExec(() -> {
                    if (session.store() == live) {
                        onDisk = counted;
                        fire();
                    }
                });
                return Status.OK_STATUS;
            }
        };
        job.setSystem(true);
        job.schedule();
    }

    @Override
    public void modelChanged(CorpusSession changed) {
        // Counting waits until the edit is on screen, and one count serves a burst of edits.
        if (!fireQueued) {
            fireQueued = true;
            display.asyncExec(() -> {
                fireQueued = false;
                fire();
            });
        }
    }

    @Override
    public void documentOpened(CorpusSession changed, Document document) {
        fire();
    }

    /** The corpus' counts: in-memory documents live, the others as last read from disk. */
    public ClaimCounts total() {
        ClaimCounts total = new ClaimCounts();
        Map<String, Document> loaded = new HashMap<>();
        for (Document document : session.loadedDocuments()) {
            loaded.put(document.getId(), document);
            total.add(ClaimCounts.of(document));
        }
        onDisk.forEach((id, counts) -> {
            if (!loaded.containsKey(id)) {
                total.add(counts);
            }
        });
        return total;
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    private void fire() {
        for (Listener listener : listeners) {
            listener.countsChanged(this);
        }
    }
}
