package org.sayer.ui.session;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.sayer.io.CancelledException;
import org.sayer.io.search.SearchException;
import org.sayer.io.search.SearchHit;
import org.sayer.io.search.SearchIndex;
import org.sayer.model.store.CorpusStore;
import org.sayer.ui.jobs.MonitorProgress;

/**
 * The open corpus's search index ({@link SearchIndex}), shared by the Search view and the corpus
 * navigator. It is brought up to date in a background Job whenever the corpus opens, an import
 * joins it, or everything is saved, through a private store over the files on disk, so the live
 * model is never read off the UI thread. Searching reads the last committed index and is quick
 * enough for the UI thread.
 */
public final class CorpusSearch implements CorpusSession.Listener {

    /** Told on the UI thread after each update of the index. */
    public interface Listener {
        void indexUpdated(CorpusSearch search);
    }

    private final Display display;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private SearchIndex index;
    private Job updating;
    private volatile String problem;

    public CorpusSearch(CorpusSession session, Display display) {
        this.display = display;
        session.addListener(this);
        if (session.store() != null) {
            corpusChanged(session);
        }
    }

    @Override
    public void corpusChanged(CorpusSession changed) {
        // an import also ends here (the navigator shows the new documents)
        CorpusStore store = changed.store();
        if (index != null && store != null && index.folder().equals(store.folder().resolve(SearchIndex.FOLDER))) {
            updating.schedule();
            return;
        }
        closeIndex();
        if (store == null) {
            return;
        }
        try {
            SearchIndex opened = SearchIndex.of(store.folder());
            index = opened;
            updating = updateJob(opened);
            updating.schedule();
        } catch (IOException e) {
            problem = "The search index cannot be opened: " + e.getMessage();
        }
    }

    @Override
    public void dirtyChanged(CorpusSession changed, boolean dirty) {
        if (!dirty && updating != null) {
            updating.schedule(); // just saved (or undone to the saved state: then the update finds nothing to do)
        }
    }

    private Job updateJob(SearchIndex target) {
        Job job = new Job("Updating the search index") {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                monitor.beginTask("indexing", MonitorProgress.TICKS);
                try (CorpusStore onDisk = Stores.open(target.folder().getParent())) {
                    SearchIndex.Update update = target.update(onDisk, new MonitorProgress(monitor));
                    problem = update.problems().isEmpty() ? null
                            : update.problems().size() + " document(s) could not be indexed: " + update.problems().get(0);
                } catch (CancelledException e) {
                    return Status.CANCEL_STATUS;
                } catch (IOException | RuntimeException e) {
                    problem = "The search index could not be brought up to date: " + e.getMessage();
                } finally {
                    monitor.done();
                }
                display.asyncExec(() -> listeners.forEach(listener -> listener.indexUpdated(CorpusSearch.this)));
                return Status.OK_STATUS;
            }
        };
        job.setSystem(true);
        return job;
    }

    /** The best hits for {@code query} (Lucene syntax, see {@link SearchIndex#search}); empty while no corpus is open. */
    public List<SearchHit> search(String query, int limit) throws SearchException, IOException {
        return index == null ? List.of() : index.search(query, limit);
    }

    /** The ids of the documents with any hit for {@code query}. */
    public Set<String> matchingDocuments(String query, int limit) throws SearchException, IOException {
        return index == null ? Set.of() : index.matchingDocuments(query, limit);
    }

    /** Whether the index is being brought up to date now (hits may miss the latest saves). */
    public boolean isUpdating() {
        return updating != null && updating.getState() != Job.NONE;
    }

    /** Why the last update failed, or null. */
    public String problem() {
        return problem;
    }

    /** Waits for the running update, if any (for tests). */
    public void join() throws InterruptedException {
        if (updating != null) {
            updating.join();
        }
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    private void closeIndex() {
        if (updating != null) {
            updating.cancel();
            try {
                updating.join(); // it writes through this index; cancelling stops it within a document
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            updating = null;
        }
        if (index != null) {
            try {
                index.close();
            } catch (IOException e) {
                problem = "The search index could not be closed: " + e.getMessage();
            }
            index = null;
        }
    }
}
