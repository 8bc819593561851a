package org.sayer.ui.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.Map;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.widgets.Display;
import org.sayer.io.importer.FolderImporter;
import org.sayer.model.Annotation;
import org.sayer.model.Document;
import org.sayer.model.DocumentEntry;
import org.sayer.model.edit.EditingDomainService;
import org.sayer.model.store.CorpusLock;
import org.sayer.model.store.CorpusStore;
import org.sayer.model.store.StoreException;
import org.sayer.ui.edit.AnnotationEdits;
import org.sayer.model.SayerFactory;
import org.sayer.model.SayerPackage;
import org.sayer.model.Speaker;
import org.sayer.model.query.AnnotationIndex;

/**
 * The corpus the workbench works on: its store, the editing domain over it with an undo history per
 * document and one for the speaker registry ({@link EditHistories}), the document that is open and
 * the annotation that is selected. Parts get it injected and listen to it; it lives on the UI thread.
 */
public class CorpusSession {

    /** Told when the corpus, the open document, the model or the selected annotation changes. */
    public interface Listener {
        default void corpusChanged(CorpusSession session) {
        }

        default void documentOpened(CorpusSession session, Document document) {
        }

        /** The open document was closed; no document is open now. */
        default void documentClosed(CorpusSession session) {
        }

        /**
         * The unsaved edits of {@code document} were dropped ({@link CorpusSession#discard}): it is as
         * last saved again, in memory or, when undo could not reach that state, on disk only.
         */
        default void documentDiscarded(CorpusSession session, Document document) {
        }

        /** After every command, undo and redo. */
        default void modelChanged(CorpusSession session) {
        }

        default void annotationSelected(CorpusSession session, Annotation annotation) {
        }

        /** The index entries' counts and states were brought up to date (shortly after a change). */
        default void entriesChanged(CorpusSession session) {
        }

        /** Any history's dirty state may have changed; {@code dirty} is true while anything is unsaved. */
        default void dirtyChanged(CorpusSession session, boolean dirty) {
        }

        /** Rejected suggestions are to be shown, or hidden again (the review queue's "Show rejected"). */
        default void rejectedShownChanged(CorpusSession session, boolean shown) {
        }
    }

    /** What the index answers when no document is open: nothing. */
    private static final Document NO_DOCUMENT = SayerFactory.eINSTANCE.createDocument();

    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final CommandStackListener stackListener = event -> {
        modelChanged();
        fireDirty();
    };
    private CorpusStore store;
    private EditingDomainService editing;
    private EditHistories histories;
    /** Entries adopted from an import while there were unsaved edits: the next save writes the index. */
    private boolean indexUnsaved;
    private AnnotationEdits edits;
    private Document current;
    private boolean entriesStale;
    private Annotation selected;
    private String problem;
    /** The writer's lock of the open corpus, held while it is open here; null when read-only. */
    private CorpusLock lock;
    private String readOnly;
    private boolean rejectedShown;

    /**
     * Opens the corpus in {@code folder}. When the folder holds no corpus yet and {@code seed} is a
     * folder of text articles, they are imported into a new corpus there first.
     */
    public void open(Path folder, Path seed) {
        try {
            lockOrReadOnly(folder);
            if (readOnly == null && !Files.exists(folder.resolve(CorpusStore.INDEX_FILE)) && seed != null && Files.isDirectory(seed)) {
                try (CorpusStore created = CorpusStore.create(folder, seed.getFileName().toString())) {
                    FolderImporter.importTexts(seed, created);
                }
            }
            use(Stores.open(folder));
        } catch (IOException e) {
            problem = "Could not open the corpus: " + e.getMessage();
            fireCorpusChanged();
        }
    }

    /** Creates an empty corpus in {@code folder} and makes it the open one. */
    public void create(Path folder, String name) throws IOException {
        lockOrReadOnly(folder);
        if (readOnly != null) {
            throw new StoreException(folder, readOnly, null);
        }
        use(Stores.create(folder, name));
    }

    /**
     * Takes the writer's lock of {@code folder} for as long as it is open here (the one of the
     * corpus open before is let go). When another process writes there, the corpus opens read-only
     * and {@link #readOnly} says why; a save is then refused by the store.
     */
    private void lockOrReadOnly(Path folder) throws IOException {
        if (lock != null && lock.folder().equals(folder.toAbsolutePath().normalize())) {
            return;
        }
        if (lock != null) {
            lock.close();
            lock = null;
        }
        lock = CorpusLock.tryAcquire(folder, "the Sayer workbench");
        readOnly = lock != null ? null
                : "read-only: " + CorpusLock.holderOf(folder) + " is writing this corpus; reopen it when that has finished to save changes";
    }

    /** Why the open corpus is read-only (another process writes it), or null when this workbench may write it. */
    public String readOnly() {
        return readOnly;
    }

    private void use(CorpusStore opened) {
        if (editing != null) {
            histories.dispose();
            editing.dispose();
        }
        store = opened;
        editing = new EditingDomainService(opened.resourceSet());
        histories = new EditHistories(stackListener);
        indexUnsaved = false;
        edits = new AnnotationEdits(editing.domain(), AnalystName.get());
        current = null;
        selected = null;
        problem = null;
        fireCorpusChanged();
        fireDirty();
    }

    /**
     * Closes the open document and drops every unsaved change: the corpus is read again from disk
     * and the undo history starts afresh. Callers ask the analyst first (or save).
     */
    public void closeDocuments() {
        if (store == null) {
            return;
        }
        try {
            use(Stores.open(store.folder()));
        } catch (IOException e) {
            problem = "Could not read the corpus again: " + e.getMessage();
            fireCorpusChanged();
        }
    }

    public void openDocument(DocumentEntry entry) throws IOException {
        show(store.load(entry));
    }

    /**
     * Closes the open document: no document is shown. Its unsaved edits stay in memory (and are
     * saved with the next save) unless {@link #discard} dropped them first.
     */
    public void closeDocument() {
        current = null;
        selected = null;
        for (Listener listener : listeners) {
            listener.documentClosed(this);
        }
    }

    /**
     * Drops the unsaved edits of {@code document}: its history is undone back to where it was last
     * saved (so a speaker its edits added to the registry goes too), or, when the saved state is no
     * longer reachable by undo, the document is dropped from memory and read from disk when next
     * opened. Other documents keep their unsaved edits.
     */
    public void discard(Document document) {
        if (histories == null || document == null || !histories.isDirty(document)) {
            return;
        }
        BasicCommandStack history = histories.of(document);
        while (history.isSaveNeeded() && history.canUndo()) {
            history.undo();
        }
        if (history.isSaveNeeded()) {
            store.unload(document);
        }
        histories.forget(document);
        fireDirty();
        for (Listener listener : listeners) {
            listener.documentDiscarded(this, document);
        }
    }

    /** Shows a loaded document in the editor. */
    public void show(Document document) {
        current = document;
        selected = null;
        for (Listener listener : listeners) {
            listener.documentOpened(this, current);
        }
    }

    /**
     * Adds an imported document to the corpus and writes it at once (import is not an edit: it is
     * on disk when it returns). Returns why it could not be added, or null.
     */
    public String addImported(Document document) {
        if (store == null) {
            return "no corpus is open";
        }
        if (store.documentIds().contains(document.getId())) {
            return "a document with id " + document.getId() + " is already in the corpus";
        }
        try {
            store.add(document);
            store.save(document);
            return null;
        } catch (IOException e) {
            return e.getMessage();
        }
    }

    /** After an import: the index is written and every part shows the new documents. */
    public void importFinished() {
        if (store == null) {
            return;
        }
        try {
            store.saveIndex();
        } catch (IOException e) {
            problem = e.getMessage();
        }
        fireCorpusChanged();
    }

    /**
     * After a background import into {@code imported} (a private store over this corpus's folder):
     * its new index entries and speakers join the open corpus, the documents staying on disk until
     * opened. Only the speakers the import added join ({@code speakersBefore} are the ids the
     * registry on disk held when the import began): a speaker the analyst merged away and has not
     * saved yet is still on disk, and must not come back. The index is written now unless there are
     * unsaved changes (the next save writes it; the import already wrote its own). Returns why
     * nothing could be adopted, or null.
     */
    public String adoptImported(CorpusStore imported, Set<String> speakersBefore) {
        if (store == null || !store.folder().equals(imported.folder())) {
            return null; // another corpus is open now; the import is on disk in its own folder
        }
        Set<String> speakerIds = new HashSet<>();
        for (Speaker speaker : store.corpus().getSpeakers()) {
            speakerIds.add(speaker.getId());
        }
        for (Speaker speaker : imported.corpus().getSpeakers()) {
            if (!speakersBefore.contains(speaker.getId()) && speakerIds.add(speaker.getId())) {
                store.corpus().getSpeakers().add(EcoreUtil.copy(speaker));
            }
        }
        Set<String> ids = new HashSet<>(store.documentIds());
        List<DocumentEntry> adopted = new ArrayList<>();
        for (DocumentEntry entry : imported.corpus().getDocuments()) {
            if (ids.add(entry.getId())) {
                adopted.add(onDisk(entry));
            }
        }
        // One change for the whole import: this runs on the UI thread, and an import can bring 100,000 entries.
        store.corpus().getDocuments().addAll(adopted);
        if (isDirty()) {
            indexUnsaved = true;
            fireCorpusChanged();
            return null;
        }
        importFinished();
        return problem;
    }

    /** A copy of {@code entry} whose document is a proxy to its file: it is read when opened. */
    private static DocumentEntry onDisk(DocumentEntry entry) {
        DocumentEntry copy = SayerFactory.eINSTANCE.createDocumentEntry();
        // Every attribute, so that fields added to the model later (like where a pack holds it) come along.
        for (EAttribute attribute : entry.eClass().getEAllAttributes()) {
            copy.eSet(attribute, entry.eGet(attribute));
        }
        Object document = entry.eGet(SayerPackage.Literals.DOCUMENT_ENTRY__DOCUMENT, false);
        if (document instanceof EObject target) {
            InternalEObject proxy = (InternalEObject) SayerFactory.eINSTANCE.createDocument();
            proxy.eSetProxyURI(EcoreUtil.getURI(target));
            copy.setDocument((Document) proxy);
        }
        return copy;
    }

    /** Runs an edit of the open document on its history; false when it cannot run. */
    public boolean execute(Command command) {
        return execute(current, command);
    }

    /** Runs an edit of {@code document} on its history; false when it cannot run. */
    public boolean execute(Document document, Command command) {
        return document != null && histories != null && run(histories.of(document), command);
    }

    /** Runs an edit of the speaker registry (rename, aliases, merge) on the registry's own history. */
    public boolean executeOnRegistry(Command command) {
        return histories != null && run(histories.registry(), command);
    }

    private static boolean run(CommandStack history, Command command) {
        if (command == null || !command.canExecute()) {
            return false;
        }
        history.execute(command);
        return true;
    }

    /** The undo history of {@code document}, or of the speaker registry when it is null. */
    public CommandStack history(Document document) {
        if (histories == null) {
            return null;
        }
        return document == null ? histories.registry() : histories.of(document);
    }

    private void modelChanged() {
        // The counts in the navigator can follow a moment later; the repaint of the text cannot.
        if (!entriesStale && Display.getCurrent() != null) {
            entriesStale = true;
            Display.getCurrent().asyncExec(() -> {
                entriesStale = false;
                refreshEntries();
                for (Listener listener : listeners) {
                    listener.entriesChanged(this);
                }
            });
        } else if (Display.getCurrent() == null) {
            refreshEntries();
        }
        if (selected != null && selected.getDocument() == null) {
            selected = null;
        }
        for (Listener listener : listeners) {
            listener.modelChanged(this);
        }
    }

    /**
     * Brings the index entries of the loaded documents up to date. Title, state and counts in the
     * index are a cache of the documents, recomputed rather than edited.
     */
    public void refreshEntries() {
        if (store == null) {
            return;
        }
        Map<String, Document> loaded = new HashMap<>();
        for (Document document : loadedDocuments()) {
            loaded.put(document.getId(), document);
        }
        for (DocumentEntry entry : store.corpus().getDocuments()) {
            // Only entries whose document is in memory: refreshing resolves the entry's reference.
            if (loaded.containsKey(entry.getId())) {
                CorpusStore.refreshEntry(entry);
            }
        }
    }

    /** Selects an annotation of the open document; every part follows. */
    public void select(Annotation annotation) {
        if (annotation == selected) {
            return;
        }
        selected = annotation;
        for (Listener listener : listeners) {
            listener.annotationSelected(this, annotation);
        }
    }

    /** Saves every changed document and the index. */
    public void save() throws IOException {
        if (store != null) {
            store.saveAll();
            histories.markSaved();
            indexUnsaved = false;
            fireDirty();
        }
    }

    /** True when there are changes that are not on disk, in any document or the registry. */
    public boolean isDirty() {
        return histories != null && (indexUnsaved || histories.isAnyDirty());
    }

    /** True when {@code document} has edits of its own that are not on disk. */
    public boolean isDirty(Document document) {
        return histories != null && document != null && histories.isDirty(document);
    }

    /** True when the speaker registry has edits of its own that are not on disk. */
    public boolean isRegistryDirty() {
        return histories != null && histories.isRegistryDirty();
    }

    /** The documents in memory, the open one included. */
    public List<Document> loadedDocuments() {
        List<Document> loaded = new ArrayList<>();
        if (store == null) {
            return loaded;
        }
        for (Resource resource : store.resourceSet().getResources()) {
            if (resource.isLoaded() && !resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Document d) {
                loaded.add(d);
            }
        }
        return loaded;
    }

    /** The index entry of {@code document}, or null. */
    public DocumentEntry entryOf(Document document) {
        if (store == null || document == null) {
            return null;
        }
        for (DocumentEntry entry : store.corpus().getDocuments()) {
            if (entry.getId() != null && entry.getId().equals(document.getId())) {
                return entry;
            }
        }
        return null;
    }

    public CorpusStore store() {
        return store;
    }

    public EditingDomainService editing() {
        return editing;
    }

    public AnnotationEdits edits() {
        return edits;
    }

    /** The analyst whose name this workbench records on annotations, decisions and done marks. */
    public String analyst() {
        return edits == null ? AnalystName.get() : edits.analyst();
    }

    /** Records {@code name} as the analyst from now on (and in the preferences, for the next start). */
    public void setAnalyst(String name) {
        AnalystName.set(name);
        if (editing != null) {
            edits = new AnnotationEdits(editing.domain(), AnalystName.get());
        }
    }

    public Document currentDocument() {
        return current;
    }

    /** The open document's annotations by position; rebuilt after every change. */
    public AnnotationIndex index() {
        return AnnotationIndex.of(current == null ? NO_DOCUMENT : current);
    }

    public Annotation selected() {
        return selected;
    }

    /** Whether rejected suggestions are shown (in the review queue, and drawn in the editor). */
    public boolean showsRejected() {
        return rejectedShown;
    }

    /** Shows rejected suggestions, or hides them again; every part follows. */
    public void showRejected(boolean shown) {
        if (shown != rejectedShown) {
            rejectedShown = shown;
            for (Listener listener : listeners) {
                listener.rejectedShownChanged(this, shown);
            }
        }
    }

    /** Why the corpus could not be opened, or null. */
    public String problem() {
        return problem;
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    private void fireCorpusChanged() {
        for (Listener listener : listeners) {
            listener.corpusChanged(this);
        }
    }

    private void fireDirty() {
        boolean dirty = isDirty();
        for (Listener listener : listeners) {
            listener.dirtyChanged(this, dirty);
        }
    }
}
