package org.sayer.ui.jobs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.sayer.model.Annotation;
import org.sayer.model.Document;
import org.sayer.model.DocumentEntry;
import org.sayer.model.ReviewState;
import org.sayer.model.store.CorpusStore;
import org.sayer.ui.edit.Suggestion;
import org.sayer.ui.session.Stores;

/**
 * Reads the suggestions of every document of a corpus for the review queue's corpus scope. The
 * corpus index does not hold them (only a count of pending ones per document), so the documents are
 * read from disk through a private store, one at a time, and dropped again: memory holds the
 * {@link Suggestion} facts, never the documents. Documents whose index entry counts no pending
 * suggestion are skipped unless rejected ones are wanted too. The result reaches {@code done} on
 * the UI thread; documents that cannot be read are named in it.
 */
public final class SuggestionScanJob extends Job {

    /** The suggestions by document id, in the index's order, and the documents that could not be read. */
    public record Result(Map<String, List<Suggestion>> byDocument, List<String> problems, boolean withRejected) {
    }

    private final Path corpus;
    private final boolean withRejected;
    private final Display display;
    private final Consumer<Result> done;

    public SuggestionScanJob(Path corpus, boolean withRejected, Display display, Consumer<Result> done) {
        super("Reading the corpus's suggestions");
        this.corpus = corpus;
        this.withRejected = withRejected;
        this.display = display;
        this.done = done;
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        Map<String, List<Suggestion>> found = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        try (CorpusStore onDisk = Stores.open(corpus)) {
            List<DocumentEntry> entries = List.copyOf(onDisk.corpus().getDocuments());
            monitor.beginTask("Reading suggestions", entries.size());
            for (DocumentEntry entry : entries) {
                if (monitor.isCanceled()) {
                    return Status.CANCEL_STATUS;
                }
                monitor.subTask(entry.getTitle() == null ? entry.getId() : entry.getTitle());
                if (withRejected || entry.getPendingCount() > 0) {
                    read(onDisk, entry, found, problems);
                }
                monitor.worked(1);
            }
        } catch (IOException | RuntimeException e) {
            problems.add(corpus + ": " + e.getMessage());
        } finally {
            monitor.done();
        }
        Result result = new Result(found, problems, withRejected);
        display.asyncExec(() -> done.accept(result));
        return Status.OK_STATUS;
    }

    private void read(CorpusStore onDisk, DocumentEntry entry, Map<String, List<Suggestion>> found, List<String> problems) {
        try {
            Document document = onDisk.load(entry);
            List<Suggestion> suggestions = new ArrayList<>();
            for (Annotation annotation : document.getAnnotations()) {
                if (annotation.getReview() == ReviewState.PENDING || withRejected && annotation.getReview() == ReviewState.REJECTED) {
                    suggestions.add(Suggestion.of(document, annotation));
                }
            }
            suggestions.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
            found.put(entry.getId(), suggestions);
            onDisk.unload(document);
        } catch (IOException | RuntimeException e) {
            problems.add(entry.getId() + ": " + e.getMessage());
        }
    }
}
