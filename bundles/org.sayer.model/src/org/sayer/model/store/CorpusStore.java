package org.sayer.model.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.xml.sax.SAXParseException;
import org.eclipse.emf.common.util.WrappedException;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.sayer.model.Annotation;
import org.sayer.model.Claim;
import org.sayer.model.Corpus;
import org.sayer.model.Document;
import org.sayer.model.DocumentEntry;
import org.sayer.model.ReviewState;
import org.sayer.model.SayerFactory;
import org.sayer.model.SayerPackage;

/**
 * A corpus on disk: a folder with {@code corpus.xmi} (speaker registry and document index) and one
 * XMI file per document under {@code documents/}.
 *
 * <p>Opening reads only the index; a document is read when it is asked for. Every write of a file
 * the index lists is atomic (see {@link AtomicFiles}); new files of a bulk import are written in
 * place and listed only once they are on disk ({@link #saveDeferred}). A document that cannot be
 * read is reported with its file name without affecting the others.
 *
 * <p>A store belongs to one thread at a time, like the EMF resource set it holds; the only work
 * it hands to other threads is its own file writing ({@link DeferredWrites}) and reading for
 * {@link DocumentReader}s.
 */
public final class CorpusStore {

    public static final String INDEX_FILE = "corpus.xmi";
    public static final String DOCUMENTS_FOLDER = "documents";

    private final Path folder;
    private final ResourceSet resources;
    private final Corpus corpus;
    /** Index entries by document id, built when first needed; saving and unloading look entries up here. */
    private Map<String, DocumentEntry> entriesById;
    /** One set of save options for the store's life: its lookup-table cache then serves every save. */
    private final Map<Object, Object> saveOptions = SayerResources.saveOptions();
    /** File writes of {@link #saveDeferred}, done on a thread of their own. */
    private final DeferredWrites deferred = new DeferredWrites();

    private CorpusStore(Path folder, ResourceSet resources, Corpus corpus) {
        this.folder = folder;
        this.resources = resources;
        this.corpus = corpus;
    }

    /** Creates an empty corpus in {@code folder} and writes its index. */
    public static CorpusStore create(Path folder, String name) throws IOException {
        Path index = folder.resolve(INDEX_FILE);
        if (Files.exists(index)) {
            throw new StoreException(index, "a corpus already exists here", null);
        }
        ResourceSet resources = SayerResources.newResourceSet();
        Resource resource = resources.createResource(fileUri(index));
        Corpus corpus = SayerFactory.eINSTANCE.createCorpus();
        corpus.setName(name);
        resource.getContents().add(corpus);
        CorpusStore store = new CorpusStore(folder, resources, corpus);
        store.saveIndex();
        return store;
    }

    /** Opens the corpus in {@code folder}, reading the index only. */
    public static CorpusStore open(Path folder) throws IOException {
        Path index = folder.resolve(INDEX_FILE);
        if (!Files.isRegularFile(index)) {
            throw new StoreException(index, "not a Sayer corpus (no " + INDEX_FILE + ")", null);
        }
        ResourceSet resources = SayerResources.newResourceSet();
        Resource resource = load(resources, index);
        if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Corpus corpus)) {
            throw new StoreException(index, "does not hold a Sayer corpus", null);
        }
        return new CorpusStore(folder, resources, corpus);
    }

    public Path folder() {
        return folder;
    }

    public Corpus corpus() {
        return corpus;
    }

    public ResourceSet resourceSet() {
        return resources;
    }

    /** The file that holds the document of {@code entry}. */
    public Path fileOf(DocumentEntry entry) {
        return folder.resolve(DOCUMENTS_FOLDER).resolve(FileNames.forId(entry.getId()) + "." + SayerResources.EXTENSION);
    }

    /** Adds a new document: gives it its own resource and an index entry. Nothing is written yet. */
    public DocumentEntry add(Document document) {
        DocumentEntry entry = SayerFactory.eINSTANCE.createDocumentEntry();
        entry.setId(document.getId());
        Resource resource = resources.createResource(fileUri(fileOf(entry)));
        resource.getContents().add(document);
        entry.setDocument(document);
        corpus.getDocuments().add(entry);
        if (entriesById != null) {
            entriesById.putIfAbsent(entry.getId(), entry);
        }
        refreshEntry(entry);
        return entry;
    }

    /** Whether the document of {@code entry} is in memory. */
    public boolean isLoaded(DocumentEntry entry) {
        Resource resource = resources.getResource(fileUri(fileOf(entry)), false);
        return resource != null && resource.isLoaded();
    }

    /** Reads the document of {@code entry} if it is not in memory yet. */
    public Document load(DocumentEntry entry) throws StoreException {
        Path file = fileOf(entry);
        if (deferred.isPending(file)) {
            deferred.awaitIdle();
        }
        Resource resource = resources.getResource(fileUri(file), false);
        if (resource == null || !resource.isLoaded()) {
            if (resource != null) {
                resources.getResources().remove(resource);
            }
            resource = load(resources, file);
        }
        return documentIn(resource, file);
    }

    static Document documentIn(Resource resource, Path file) throws StoreException {
        if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Document document)) {
            throw new StoreException(file, "does not hold a Sayer document", null);
        }
        return document;
    }

    /**
     * A reader of this store's documents for another thread (see {@link DocumentReader}). Call it on
     * the store's own thread: it readies the registry's id lookups, so that readers only read them.
     */
    public DocumentReader newReader() {
        Resource index = corpus.eResource();
        // A lookup that misses fills the id map of the whole index in one walk; later lookups only read it.
        index.getEObject("\0");
        deferred.awaitIdle();
        return new DocumentReader(this, index);
    }

    /** Writes one document atomically and brings its index entry up to date (in memory). */
    public void save(Document document) throws IOException {
        Resource resource = resourceOf(document);
        Path file = Path.of(resource.getURI().toFileString());
        // A deferred write of the same file still queued would land after this one.
        deferred.awaitIdle();
        try {
            AtomicFiles.write(file, out -> resource.save(out, saveOptions));
        } catch (IOException | RuntimeException e) {
            throw new StoreException(file, "could not be saved: " + e.getMessage(), e);
        }
        saved(document);
    }

    /**
     * Saves a document that is new on disk for a bulk import: it is turned into bytes here, and a
     * second thread writes them straight into its file, without a temp file or a sync of its own
     * (see {@link DeferredWrites}), while this thread goes on with the next document. The files are
     * forced to disk in one flush by {@link #saveIndex}, before the index lists them, so a crash
     * before then loses nothing that was listed. An existing file is replaced atomically and
     * durably, as by {@link #save}. A failed write is thrown by a later call of this method or by
     * {@link #saveIndex}, naming its file.
     */
    public void saveDeferred(Document document) throws IOException {
        Resource resource = resourceOf(document);
        Path file = Path.of(resource.getURI().toFileString());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
        try {
            resource.save(bytes, saveOptions);
        } catch (IOException | RuntimeException e) {
            throw new StoreException(file, "could not be saved: " + e.getMessage(), e);
        }
        deferred.submit(file, bytes.toByteArray());
        saved(document);
    }

    private static Resource resourceOf(Document document) {
        Resource resource = document.eResource();
        if (resource == null) {
            throw new IllegalArgumentException("Document " + document.getId() + " does not belong to this corpus");
        }
        return resource;
    }

    private void saved(Document document) {
        document.eResource().setModified(false);
        DocumentEntry entry = entryFor(document.getId());
        if (entry != null) {
            refreshEntry(entry);
        }
    }

    /**
     * Takes a document out of the corpus: its index entry (in memory, until the index is saved) and
     * its file. For taking back what an import added.
     */
    public void remove(DocumentEntry entry) throws IOException {
        deferred.awaitIdle();
        if (entry.eGet(SayerPackage.Literals.DOCUMENT_ENTRY__DOCUMENT, false) instanceof Document document && !document.eIsProxy()) {
            unload(document);
        }
        corpus.getDocuments().remove(entry);
        Path file = fileOf(entry);
        if (!Files.isDirectory(file)) {
            // A document's file is never a folder: one found there is someone else's and stays.
            Files.deleteIfExists(file);
        }
        deferred.forget(file);
    }

    /** The index entry of the document with {@code id}, or null. */
    public DocumentEntry entryFor(String id) {
        if (entriesById == null || entriesById.size() > corpus.getDocuments().size()) {
            entriesById = new HashMap<>();
            for (DocumentEntry entry : corpus.getDocuments()) {
                entriesById.putIfAbsent(entry.getId(), entry);
            }
        }
        DocumentEntry entry = entriesById.get(id);
        if (entry == null || entry.eContainer() != corpus) {
            // Entries were removed or added behind the store's back: look again, from scratch.
            entriesById = null;
            for (DocumentEntry candidate : corpus.getDocuments()) {
                if (id != null && id.equals(candidate.getId())) {
                    return candidate;
                }
            }
            return null;
        }
        return entry;
    }

    /** Writes the index (registry and document entries) atomically. */
    public void saveIndex() throws IOException {
        // Documents saved without a sync must be on disk before the index lists them.
        AtomicFiles.syncAll(folder.resolve(DOCUMENTS_FOLDER), deferred.finish());
        Resource resource = corpus.eResource();
        Path file = Path.of(resource.getURI().toFileString());
        try {
            AtomicFiles.write(file, out -> resource.save(out, saveOptions));
        } catch (IOException | RuntimeException e) {
            throw new StoreException(file, "could not be saved: " + e.getMessage(), e);
        }
        resource.setModified(false);
    }

    /** Writes every loaded document that changed, then the index. */
    public void saveAll() throws IOException {
        for (Resource resource : new ArrayList<>(resources.getResources())) {
            if (resource != corpus.eResource() && resource.isLoaded() && !resource.getContents().isEmpty()
                    && resource.getContents().get(0) instanceof Document document) {
                save(document);
            }
        }
        saveIndex();
    }

    /** Drops a loaded document from memory; its entry stays. */
    public void unload(Document document) {
        Resource resource = document.eResource();
        if (resource == null || resource == corpus.eResource()) {
            return;
        }
        URI uri = resource.getURI().appendFragment(resource.getURIFragment(document));
        resource.unload();
        resources.getResources().remove(resource);
        // EMF turns the document into a proxy but keeps its text and annotations, and the index
        // entry keeps that proxy: streaming through a corpus would keep every document in memory.
        // A fresh, empty proxy to the same file lets the old document be collected.
        DocumentEntry entry = entryFor(document.getId());
        if (entry != null && entry.eGet(SayerPackage.Literals.DOCUMENT_ENTRY__DOCUMENT, false) == document) {
            Document empty = SayerFactory.eINSTANCE.createDocument();
            ((InternalEObject) empty).eSetProxyURI(uri);
            entry.setDocument(empty);
        }
    }

    /** Recomputes what the index shows of a loaded document: title, state and counts. */
    public static void refreshEntry(DocumentEntry entry) {
        Document document = entry.getDocument();
        if (document == null || document.eIsProxy()) {
            return;
        }
        entry.setTitle(document.getTitle());
        entry.setState(document.getState());
        int claims = 0;
        int pending = 0;
        for (Annotation annotation : document.getAnnotations()) {
            if (annotation instanceof Claim) {
                claims++;
            }
            if (annotation.getReview() == ReviewState.PENDING) {
                pending++;
            }
        }
        entry.setClaimCount(claims);
        entry.setPendingCount(pending);
    }

    /** The ids of all documents in index order. */
    public List<String> documentIds() {
        List<String> ids = new ArrayList<>(corpus.getDocuments().size());
        for (DocumentEntry entry : corpus.getDocuments()) {
            ids.add(entry.getId());
        }
        return ids;
    }

    static Resource load(ResourceSet resources, Path file) throws StoreException {
        if (!Files.isRegularFile(file)) {
            throw new StoreException(file, "file not found", null);
        }
        URI uri = fileUri(file);
        try {
            return resources.getResource(uri, true);
        } catch (WrappedException | IllegalStateException e) {
            Resource broken = resources.getResource(uri, false);
            if (broken != null) {
                broken.unload();
                resources.getResources().remove(broken);
            }
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new StoreException(file, "damaged or unreadable: " + whereAndWhat(e), cause);
        }
    }

    /**
     * "line 12, column 40: the problem". The parser's exception knows where a file breaks off; for
     * EMF's own errors (unknown feature, unresolved reference) its wrapper knows. The exception at
     * the bottom of the chain says what, without EMF's prefixes.
     */
    private static String whereAndWhat(Throwable error) {
        String where = "";
        Throwable deepest = error;
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SAXParseException parse && parse.getLineNumber() > 0) {
                where = "line " + parse.getLineNumber() + ", column " + parse.getColumnNumber() + ": ";
            } else if (where.isEmpty() && t instanceof Resource.Diagnostic diagnostic && diagnostic.getLine() > 0) {
                where = "line " + diagnostic.getLine() + ", column " + diagnostic.getColumn() + ": ";
            }
            if (t.getMessage() != null) {
                deepest = t;
            }
        }
        // EMF appends "(uri, line, column)" to its own exceptions; the file and line are already said.
        return where + deepest.getMessage().replaceFirst("\\s*\\(\\S+, \\d+, \\d+\\)$", "");
    }

    static URI fileUri(Path file) {
        return URI.createFileURI(file.toAbsolutePath().normalize().toString());
    }
}
