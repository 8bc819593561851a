package org.sayer.ui.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.sayer.io.importer.FolderImporter;
import org.sayer.model.Document;
import org.sayer.model.DocumentEntry;
import org.sayer.model.edit.EditingDomainService;
import org.sayer.model.store.CorpusStore;

/**
 * The corpus the workbench works on: its store, the one editing domain over it, and the document
 * that is open. Parts get it injected and listen to it.
 */
public class CorpusSession {

    /** Told when the corpus or the open document changes. */
    public interface Listener {
        default void corpusChanged(CorpusSession session) {
        }

        default void documentOpened(CorpusSession session, Document document) {
        }
    }

    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private CorpusStore store;
    private EditingDomainService editing;
    private Document current;
    private String problem;

    /**
     * Opens the corpus in {@code folder}. When the folder holds no corpus yet and {@code seed} is a
     * folder of text articles, they are imported into a new corpus there first.
     */
    public void open(Path folder, Path seed) {
        try {
            if (!Files.exists(folder.resolve(CorpusStore.INDEX_FILE)) && seed != null && Files.isDirectory(seed)) {
                CorpusStore created = CorpusStore.create(folder, seed.getFileName().toString());
                FolderImporter.importTexts(seed, created);
            }
            CorpusStore opened = CorpusStore.open(folder);
            if (editing != null) {
                editing.dispose();
            }
            store = opened;
            editing = new EditingDomainService(opened.resourceSet());
            current = null;
            problem = null;
        } catch (IOException e) {
            problem = "Could not open the corpus: " + e.getMessage();
        }
        for (Listener listener : listeners) {
            listener.corpusChanged(this);
        }
    }

    public void openDocument(DocumentEntry entry) throws IOException {
        current = store.load(entry);
        for (Listener listener : listeners) {
            listener.documentOpened(this, current);
        }
    }

    /** Saves every changed document and the index. */
    public void save() throws IOException {
        if (store != null) {
            store.saveAll();
            editing.markSaved();
        }
    }

    public CorpusStore store() {
        return store;
    }

    public EditingDomainService editing() {
        return editing;
    }

    public Document currentDocument() {
        return current;
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
}
