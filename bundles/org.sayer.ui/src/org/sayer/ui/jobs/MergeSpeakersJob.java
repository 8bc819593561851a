package org.sayer.ui.jobs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.sayer.model.Document;
import org.sayer.model.DocumentEntry;
import org.sayer.model.Speaker;
import org.sayer.model.query.SpeakerUsage;
import org.sayer.model.store.CorpusStore;
import org.sayer.model.store.StoreException;
import org.sayer.ui.session.CorpusSession;
import org.sayer.ui.session.Stores;

/**
 * Merges speakers of the registry into the first one. The merge re-points mentions in loaded
 * documents only, so every document that mentions a dropped speaker must be loaded first; finding
 * them means reading the corpus, which this job does in the background on a private store. Only the
 * documents that do mention one are then loaded into the workbench, and the merge runs as one
 * undoable command, on the UI thread. If a document cannot be read nothing is merged: its mentions
 * would be left pointing at a speaker that is gone.
 */
public final class MergeSpeakersJob extends Job {

    private final CorpusSession session;
    private final Display display;
    private final Path corpus;
    private final Speaker kept;
    private final List<Speaker> dropped;
    private final List<String> droppedIds = new ArrayList<>();

    /** Call on the UI thread; {@code dropped} merge into {@code kept}. */
    public MergeSpeakersJob(CorpusSession session, Display display, Speaker kept, List<Speaker> dropped) {
        super("Merging " + dropped.size() + (dropped.size() == 1 ? " speaker" : " speakers"));
        this.session = session;
        this.display = display;
        this.corpus = session.store().folder();
        this.kept = kept;
        this.dropped = List.copyOf(dropped);
        for (Speaker speaker : dropped) {
            droppedIds.add(speaker.getId());
        }
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        monitor.beginTask("finding the documents that mention the speakers", droppedIds.size() + 1);
        try {
            Set<String> mentioning = new LinkedHashSet<>();
            CorpusStore reading = Stores.open(corpus);
            for (String id : droppedIds) {
                if (monitor.isCanceled()) {
                    return Status.CANCEL_STATUS;
                }
                Speaker onDisk = speaker(reading, id);
                if (onDisk == null) {
                    continue; // not saved yet: only documents in memory can mention it, and the merge covers those
                }
                List<StoreException> failures = SpeakerUsage.loadDocumentsMentioning(onDisk, reading);
                if (!failures.isEmpty()) {
                    return refuse(failures.stream().map(StoreException::getMessage).toList());
                }
                for (Document document : loaded(reading)) {
                    if (SpeakerUsage.mentions(document, onDisk)) {
                        mentioning.add(document.getId());
                    }
                }
                monitor.worked(1);
            }
            if (monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            List<String> problems = new ArrayList<>();
            display.syncExec(() -> problems.addAll(merge(mentioning)));
            return problems.isEmpty() ? Status.OK_STATUS : refuse(problems);
        } catch (IOException | RuntimeException e) {
            return refuse(List.of(corpus + ": " + e.getMessage()));
        } finally {
            monitor.done();
        }
    }

    /** On the UI thread: loads the mentioning documents into the workbench, then runs the merge. */
    private List<String> merge(Set<String> mentioning) {
        CorpusStore store = session.store();
        if (store == null || !store.folder().equals(corpus) || kept.eContainer() == null) {
            return List.of("the corpus was closed or changed while the documents were searched");
        }
        List<String> unreadable = new ArrayList<>();
        for (DocumentEntry entry : new ArrayList<>(store.corpus().getDocuments())) {
            if (mentioning.contains(entry.getId())) {
                try {
                    store.load(entry);
                } catch (IOException e) {
                    unreadable.add(e.getMessage());
                }
            }
        }
        if (!unreadable.isEmpty()) {
            return unreadable;
        }
        CompoundCommand merge = new CompoundCommand("Merge speakers");
        for (Speaker speaker : dropped) {
            merge.append(session.edits().mergeSpeakers(kept, speaker));
        }
        if (!session.executeOnRegistry(merge)) {
            return List.of("the speakers cannot be merged (one was removed meanwhile)");
        }
        return List.of();
    }

    /** Nothing was merged: tells the analyst why, once. */
    private IStatus refuse(List<String> problems) {
        String message = "Not merged; nothing was changed:\n\n" + String.join("\n", problems);
        display.asyncExec(() -> MessageDialog.openError(display.getActiveShell(), "Merge speakers", message));
        return Status.warning(message);
    }

    private static Speaker speaker(CorpusStore store, String id) {
        for (Speaker speaker : store.corpus().getSpeakers()) {
            if (speaker.getId() != null && speaker.getId().equals(id)) {
                return speaker;
            }
        }
        return null;
    }

    private static List<Document> loaded(CorpusStore store) {
        List<Document> documents = new ArrayList<>();
        for (Resource resource : store.resourceSet().getResources()) {
            if (resource.isLoaded() && !resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Document document) {
                documents.add(document);
            }
        }
        return documents;
    }
}
