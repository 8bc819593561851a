package org.sayer.ui.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.swt.widgets.Display;
import org.sayer.model.Document;
import org.sayer.model.store.AtomicFiles;
import org.sayer.model.store.SayerResources;

/**
 * Keeps unsaved work safe from crashes and kills: once the analyst pauses for a second (and at the
 * latest five seconds after the first unsaved change, so steady work is covered too), the changed
 * state (the index and every document in memory that changed since it was saved) is copied on the UI thread and written in the
 * background to {@code .recovery/<time>/} in the corpus folder, with a {@code complete} marker
 * written last so a half-written snapshot is never restored. Saving deletes the journal. On the
 * next start, {@link #latest} finds what a crash left behind, and {@link #restore} puts it in place.
 */
public final class RecoveryJournal implements CorpusSession.Listener {

    public static final String FOLDER = ".recovery";
    static final String COMPLETE = "complete";
    static final int PAUSE_MS = 1000;
    static final int LATEST_MS = 5000;

    private final CorpusSession session;
    private final Display display;
    private final Runnable snapshot = this::snapshot;
    private long firstChange;

    public RecoveryJournal(CorpusSession session, Display display) {
        this.session = session;
        this.display = display;
        session.addListener(this);
    }

    @Override
    public void modelChanged(CorpusSession changed) {
        long now = System.currentTimeMillis();
        if (firstChange == 0) {
            firstChange = now;
        }
        // Copying a large document takes a moment on the UI thread, so wait for a pause in typing.
        long wait = Math.min(PAUSE_MS, Math.max(0, firstChange + LATEST_MS - now));
        display.timerExec(-1, snapshot);
        display.timerExec((int) wait, snapshot);
    }

    @Override
    public void dirtyChanged(CorpusSession changed, boolean dirty) {
        if (!dirty && changed.store() != null) {
            scheduleDelete(changed.store().folder());
        }
    }

    /** Copies the unsaved state now (UI thread) and writes it in the background. */
    void snapshot() {
        firstChange = 0;
        if (session.store() == null || !session.isDirty()) {
            return;
        }
        Path corpusFolder = session.store().folder();
        List<Resource> copies = new ArrayList<>();
        copies.add(copyOf(session.store().corpus()));
        for (Document document : session.loadedDocuments()) {
            if (changedSinceSave(document.eResource())) {
                copies.add(copyOf(document));
            }
        }
        inBackground("Writing the recovery journal", corpusFolder, () -> write(corpusFolder, copies));
    }

    /**
     * Whether a document may differ from its file. A document that is the same as on disk needs no
     * copy (a restore leaves its file as it is), and copying a large one blocks the UI thread; one
     * whose changes are not tracked (e.g. new, never read from disk) is always copied.
     */
    private static boolean changedSinceSave(Resource resource) {
        return !resource.isTrackingModification() || resource.isModified();
    }

    /** A detached copy in a resource with the original's URI, so references are written as on save. */
    private static Resource copyOf(EObject root) {
        EcoreUtil.Copier copier = new EcoreUtil.Copier(false, true);
        EObject copy = copier.copy(root);
        copier.copyReferences();
        Resource resource = new XMIResourceImpl(root.eResource().getURI());
        resource.getContents().add(copy);
        return resource;
    }

    static void write(Path corpusFolder, List<Resource> copies) throws IOException {
        Path generation = corpusFolder.resolve(FOLDER).resolve(Long.toString(System.currentTimeMillis()));
        Files.createDirectories(generation);
        for (Resource resource : copies) {
            Path relative = corpusFolder.toAbsolutePath().normalize().relativize(Path.of(resource.getURI().toFileString()).toAbsolutePath().normalize());
            AtomicFiles.write(generation.resolve(relative), out -> resource.save(out, SayerResources.saveOptionsFor(resource)));
        }
        AtomicFiles.writeString(generation.resolve(COMPLETE), "");
        deleteAllBut(corpusFolder.resolve(FOLDER), generation);
    }

    private void scheduleDelete(Path corpusFolder) {
        inBackground("Clearing the recovery journal", corpusFolder, () -> deleteAllBut(corpusFolder.resolve(FOLDER), null));
    }

    /** File work on the journal, one job at a time per corpus, reported with the journal's folder. */
    private static void inBackground(String name, Path corpusFolder, FileWork work) {
        Job job = new Job(name) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    work.run();
                    return Status.OK_STATUS;
                } catch (IOException e) {
                    return Status.error(name + " failed in " + corpusFolder.resolve(FOLDER) + ": " + e.getMessage(), e);
                }
            }
        };
        job.setSystem(true);
        job.setRule(new JournalRule(corpusFolder));
        job.schedule();
    }

    @FunctionalInterface
    private interface FileWork {
        void run() throws IOException;
    }

    /** The newest complete snapshot a crash left in {@code corpusFolder}, if any. */
    public static Optional<Path> latest(Path corpusFolder) throws IOException {
        Path journal = corpusFolder.resolve(FOLDER);
        if (!Files.isDirectory(journal)) {
            return Optional.empty();
        }
        try (Stream<Path> generations = Files.list(journal)) {
            return generations.filter(g -> Files.isRegularFile(g.resolve(COMPLETE)))
                    .max(Comparator.comparingLong(RecoveryJournal::parse));
        }
    }

    private static long parse(Path generation) {
        try {
            return Long.parseLong(generation.getFileName().toString());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Puts a snapshot's files in place of the corpus files (each atomically), then clears the journal. */
    public static void restore(Path corpusFolder, Path generation) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(generation)) {
            files = walk.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().equals(COMPLETE)).toList();
        }
        for (Path file : files) {
            Path target = corpusFolder.resolve(generation.relativize(file).toString());
            AtomicFiles.write(target, out -> Files.copy(file, out));
        }
        deleteAllBut(corpusFolder.resolve(FOLDER), null);
    }

    /** Throws away what a crash left behind. */
    public static void discard(Path corpusFolder) throws IOException {
        deleteAllBut(corpusFolder.resolve(FOLDER), null);
    }

    private static void deleteAllBut(Path journal, Path keep) throws IOException {
        if (!Files.isDirectory(journal)) {
            return;
        }
        List<Path> doomed;
        try (Stream<Path> walk = Files.walk(journal)) {
            doomed = walk.filter(p -> keep == null || !(p.equals(journal) || p.startsWith(keep))).sorted(Comparator.reverseOrder()).toList();
        }
        for (Path path : doomed) {
            Files.deleteIfExists(path);
        }
    }

    /** One journal writer at a time per corpus. */
    private record JournalRule(Path folder) implements org.eclipse.core.runtime.jobs.ISchedulingRule {
        @Override
        public boolean contains(org.eclipse.core.runtime.jobs.ISchedulingRule rule) {
            return rule == this;
        }

        @Override
        public boolean isConflicting(org.eclipse.core.runtime.jobs.ISchedulingRule rule) {
            return rule instanceof JournalRule other && other.folder.equals(folder);
        }
    }
}
