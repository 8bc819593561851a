package org.sayer.model.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.zip.CheckedOutputStream;
import java.util.zip.Checksum;

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
 * A corpus on disk: a folder with {@code corpus.xmi} (speaker registry and document index) and the
 * documents under {@code documents/}, each an XMI resource of its own: in its own file
 * {@code ID.xmi}, or, as bulk imports write them, in a pack file with many others (see
 * {@link DocumentPacks}); its own file, once written, wins.
 *
 * <p>Opening reads only the index; a document is read when it is asked for. Every write of a file
 * the index lists is atomic (see {@link AtomicFiles}); packs are written in place and listed only
 * once they are on disk ({@link #saveDeferred}, {@link #saveIndex}). A document that cannot be
 * read is reported with its file (or pack) without affecting the others.
 *
 * <p>A store belongs to one thread at a time, like the EMF resource set it holds; other threads
 * read its documents through {@link DocumentReader}s.
 *
 * <p>Only one process writes a corpus at a time ({@link CorpusLock}). A store takes the lock when
 * it is made with one, or at its first write; then it refuses to write when another process has
 * the lock, or has changed the index since this store read it, instead of overwriting what that
 * process wrote. {@link #close} lets the lock go.
 */
public final class CorpusStore implements AutoCloseable {

    public static final String INDEX_FILE = "corpus.xmi";
    public static final String DOCUMENTS_FOLDER = "documents";

    private final Path folder;
    private final ResourceSet resources;
    private final Corpus corpus;
    /** Index entries by document id, built when first needed; saving and unloading look entries up here. */
    private Map<String, DocumentEntry> entriesById;
    /** Index entries by document file name, for reading packed documents; built when first needed. */
    private Map<String, DocumentEntry> entriesByFileName;
    /** One set of save options for the store's life: its lookup-table cache then serves every save. */
    private final Map<Object, Object> saveOptions = SayerResources.saveOptions();
    private final Map<Object, Object> indexSaveOptions = SayerResources.indexSaveOptions();
    /** Documents written by bulk imports, many to a file; also the URI handler that reads them. */
    private final DocumentPacks packs;
    /** The writer's lock while this store holds it, else null. */
    private CorpusLock lock;
    /** The index file as this store last read or wrote it: another process's write changes it. */
    private IndexStamp indexStamp;

    private CorpusStore(Path folder, ResourceSet resources, Corpus corpus, CorpusLock lock, IndexStamp indexStamp) {
        this.folder = folder;
        this.resources = resources;
        this.corpus = corpus;
        this.lock = lock;
        this.indexStamp = indexStamp;
        this.packs = new DocumentPacks(folder.resolve(DOCUMENTS_FOLDER), this::entryForFileName, this::writtenAfterIndex);
        resources.getURIConverter().getURIHandlers().add(0, packs);
        DocumentPacks.shareNames(corpus.getDocuments());
    }

    /** Creates an empty corpus in {@code folder} and writes its index; refused while another process writes there. */
    public static CorpusStore create(Path folder, String name) throws IOException {
        return create(folder, name, lockNow(folder));
    }

    /** Creates an empty corpus in {@code folder} under {@code lock}, which the store then holds. */
    public static CorpusStore create(Path folder, String name, CorpusLock lock) throws IOException {
        Path index = folder.resolve(INDEX_FILE);
        try {
            if (Files.exists(index)) {
                throw new StoreException(index, "a corpus already exists here", null);
            }
            ResourceSet resources = SayerResources.newResourceSet();
            Resource resource = resources.createResource(fileUri(index));
            Corpus corpus = SayerFactory.eINSTANCE.createCorpus();
            corpus.setName(name);
            resource.getContents().add(corpus);
            CorpusStore store = new CorpusStore(folder, resources, corpus, lock, null);
            store.saveIndex();
            return store;
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** Opens the corpus in {@code folder}, reading the index only. The store takes the writer's lock when it first writes. */
    public static CorpusStore open(Path folder) throws IOException {
        Path index = folder.resolve(INDEX_FILE);
        IndexStamp stamp = stampOf(index);
        Corpus corpus = readIndex(index);
        return new CorpusStore(folder, corpus.eResource().getResourceSet(), corpus, null, stamp);
    }

    /** Opens the corpus in {@code folder} under {@code lock} (taken before the index is read), which the store then holds. */
    public static CorpusStore open(Path folder, CorpusLock lock) throws IOException {
        try {
            Path index = folder.resolve(INDEX_FILE);
            IndexStamp stamp = stampOf(index);
            Corpus corpus = readIndex(index);
            CorpusStore store = new CorpusStore(folder, corpus.eResource().getResourceSet(), corpus, lock, stamp);
            if (lock.soleHolder()) {
                store.sweepLeftovers();
            }
            return store;
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    private static Corpus readIndex(Path index) throws StoreException {
        if (!Files.isRegularFile(index)) {
            throw new StoreException(index, "not a Sayer corpus (no " + INDEX_FILE + ")", null);
        }
        ResourceSet resources = SayerResources.newResourceSet();
        Resource resource = load(resources, index);
        if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Corpus corpus)) {
            throw new StoreException(index, "does not hold a Sayer corpus", null);
        }
        return corpus;
    }

    private static CorpusLock lockNow(Path folder) throws IOException {
        CorpusLock lock = CorpusLock.tryAcquire(folder, "Sayer");
        if (lock == null) {
            throw new StoreException(folder, "is being written by " + CorpusLock.holderOf(folder) + "; nothing was written", null);
        }
        return lock;
    }

    /**
     * Takes the writer's lock before the first write of a store opened without it. A process that
     * wrote the index since this store read it would lose its work to this store's index, so that
     * is refused too; a store of this same process is left to its process (the lock is shared).
     */
    private void claimForWriting() throws IOException {
        if (lock != null) {
            return;
        }
        boolean sharedHere = CorpusLock.isHeldHere(folder);
        CorpusLock taken = lockNow(folder);
        if (!sharedHere && !Objects.equals(indexStamp, stampOf(folder.resolve(INDEX_FILE)))) {
            taken.close();
            throw new StoreException(folder, "was changed by another process since it was opened; open it again (nothing was written)", null);
        }
        lock = taken;
        if (!sharedHere) {
            sweepLeftovers();
        }
    }

    /**
     * The files in documents/ that no entry of this store's index uses: packs and temp files that a
     * killed import or save left behind. Only meaningful while this store's index is the one on disk.
     */
    List<Path> unusedFiles() throws IOException {
        Path documents = folder.resolve(DOCUMENTS_FOLDER);
        List<Path> unused = new ArrayList<>();
        if (!Files.isDirectory(documents)) {
            return unused;
        }
        Set<String> used = new HashSet<>();
        for (DocumentEntry entry : corpus.getDocuments()) {
            if (hasId(entry)) {
                used.add(fileNameOf(entry));
            }
            if (entry.getPack() != null) {
                used.add(entry.getPack());
            }
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(documents)) {
            for (Path file : files) {
                if (Files.isRegularFile(file) && !used.contains(file.getFileName().toString())) {
                    unused.add(file);
                }
            }
        }
        unused.sort(null);
        return unused;
    }

    /**
     * Deletes what a killed writer left (see {@link #unusedFiles}). Called only when this store has
     * just taken the writer's lock alone, with an index that is the one on disk: then no one else
     * can be writing a file that the index does not list yet.
     */
    private void sweepLeftovers() {
        try {
            for (Path file : unusedFiles()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // a leftover that stays costs disk space, nothing else; check lists it
        }
    }

    /** The identity of the index file as written last: each atomic write makes a new file (a new inode). */
    private record IndexStamp(Object fileKey, FileTime modified, long size) {
    }

    private static IndexStamp stampOf(Path index) throws IOException {
        try {
            BasicFileAttributes attributes = Files.readAttributes(index, BasicFileAttributes.class);
            return new IndexStamp(attributes.fileKey(), attributes.lastModifiedTime(), attributes.size());
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /**
     * Whether {@code file} was written after the index this store read or wrote last: a document
     * saved just before a crash that kept its index from being saved. Its checksum is not in that
     * index, so it cannot be verified; its own file wins all the same.
     */
    boolean writtenAfterIndex(Path file) {
        IndexStamp stamp = indexStamp;
        try {
            // Same time counts as after: the kernel stamps files in ticks of a few ms, and a document
            // saved in the index's tick must not read as damaged (its checksum is not in that index).
            return stamp == null || Files.getLastModifiedTime(file).compareTo(stamp.modified()) >= 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether this store holds the writer's lock (it took it, or was made with it). */
    public boolean holdsLock() {
        return lock != null;
    }

    /** Lets the writer's lock go, if this store holds it. The store can still be read; a later write takes the lock again. */
    @Override
    public void close() throws IOException {
        if (lock != null) {
            CorpusLock held = lock;
            lock = null;
            held.close();
        }
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
        return folder.resolve(DOCUMENTS_FOLDER).resolve(fileNameOf(entry));
    }

    /** An index entry without an id names no file: the index is damaged, which is reported by name, not a crash. */
    void requireId(DocumentEntry entry) throws StoreException {
        if (!hasId(entry)) {
            throw new StoreException(folder.resolve(INDEX_FILE), "lists a document without an id (\"" + entry.getTitle()
                    + "\"); the index is damaged", null);
        }
    }

    private static boolean hasId(DocumentEntry entry) {
        return entry.getId() != null && !entry.getId().isEmpty();
    }

    static String fileNameOf(DocumentEntry entry) {
        return FileNames.forId(entry.getId()) + "." + SayerResources.EXTENSION;
    }

    /** The entry whose document file is called {@code name}, or null. Entries may be added behind the store's back. */
    private DocumentEntry entryForFileName(String name) {
        DocumentEntry entry = entriesByFileName == null ? null : entriesByFileName.get(name);
        if (entry == null || entry.eContainer() != corpus) {
            // Unknown or taken out since the map was made: look again, from scratch.
            entriesByFileName = new HashMap<>();
            for (DocumentEntry candidate : corpus.getDocuments()) {
                if (hasId(candidate)) {
                    entriesByFileName.putIfAbsent(fileNameOf(candidate), candidate);
                }
            }
            entry = entriesByFileName.get(name);
        }
        return entry;
    }

    /** The document's file, or its pack when it has no file of its own: for error messages. */
    Path whereIs(DocumentEntry entry) {
        Path file = fileOf(entry);
        DocumentPacks.Slice slice = packs.sliceOf(entry);
        return slice == null || Files.exists(file) ? file : slice.pack();
    }

    /** The saved XMI of a document, from its own file or its pack. */
    public byte[] bytesOf(DocumentEntry entry) throws StoreException {
        requireId(entry);
        Path file = fileOf(entry);
        try {
            DocumentPacks.Slice slice = packs.sliceOf(entry);
            if (slice != null && !Files.exists(file)) {
                return DocumentPacks.read(slice);
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new StoreException(whereIs(entry), "cannot be read: " + e.getMessage(), e);
        }
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
        requireId(entry);
        Path file = fileOf(entry);
        Resource resource = resources.getResource(fileUri(file), false);
        if (resource == null || !resource.isLoaded()) {
            if (resource != null) {
                resources.getResources().remove(resource);
            }
            resource = load(resources, file, () -> whereIs(entry));
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
        return new DocumentReader(this, index);
    }

    /** Writes one document atomically and brings its index entry up to date (in memory). */
    public void save(Document document) throws IOException {
        claimForWriting();
        Resource resource = resourceOf(document);
        Path file = Path.of(resource.getURI().toFileString());
        Checksum checksum = Checksums.newChecksum();
        try {
            AtomicFiles.write(file, out -> resource.save(new CheckedOutputStream(out, checksum), saveOptionsFor(document)));
        } catch (IOException | RuntimeException e) {
            throw saveFailed(file, e);
        }
        DocumentEntry entry = entryFor(document.getId());
        if (entry != null) {
            // Its own file wins from now on anyway; the index says so too once it is saved.
            DocumentPacks.forget(entry);
            entry.setChecksum(Checksums.format(checksum));
        }
        saved(document);
    }

    /**
     * Saves a document that is new on disk for a bulk import: its XMI is appended to a pack file
     * (see {@link DocumentPacks}) instead of a file of its own, and nothing is forced to disk yet.
     * {@link #saveIndex} forces the packs to disk in one flush before the index lists their
     * documents, so a crash before then loses nothing that was listed. A document that has a file
     * of its own already is saved as by {@link #save}.
     */
    public void saveDeferred(Document document) throws IOException {
        claimForWriting();
        Resource resource = resourceOf(document);
        Path file = Path.of(resource.getURI().toFileString());
        DocumentEntry entry = entryFor(document.getId());
        if (entry == null || Files.exists(file)) {
            save(document);
            return;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
        try {
            resource.save(bytes, saveOptionsFor(document));
            packs.append(entry, bytes.toByteArray());
        } catch (IOException | RuntimeException e) {
            throw saveFailed(file, e);
        }
        saved(document);
    }

    /** A failed write, named by its file; a full disk is named by the corpus folder, the path the user knows. */
    private StoreException saveFailed(Path file, Exception e) {
        if (StoreException.isDiskFull(e)) {
            Path inside = folder.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize());
            return new StoreException(folder, "No space left on device (while writing " + inside + ")", e);
        }
        return new StoreException(file, "could not be saved: " + e.getMessage(), e);
    }

    private Map<Object, Object> saveOptionsFor(Document document) {
        return SayerResources.isLarge(document) ? indexSaveOptions : saveOptions;
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
        claimForWriting();
        if (entry.eGet(SayerPackage.Literals.DOCUMENT_ENTRY__DOCUMENT, false) instanceof Document document && !document.eIsProxy()) {
            unload(document);
        }
        corpus.getDocuments().remove(entry);
        Path file = fileOf(entry);
        if (!Files.isDirectory(file)) {
            // A document's file is never a folder: one found there is someone else's and stays.
            Files.deleteIfExists(file);
        }
    }

    /** Deletes the pack files this store wrote that no document uses any more, e.g. after an import was taken back. */
    public void deleteUnusedPacks() throws IOException {
        claimForWriting();
        packs.deleteUnused(corpus.getDocuments());
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
        claimForWriting();
        // Documents saved without a sync must be on disk before the index lists them.
        AtomicFiles.syncAll(folder.resolve(DOCUMENTS_FOLDER), packs.finish());
        Resource resource = corpus.eResource();
        Path file = Path.of(resource.getURI().toFileString());
        try {
            AtomicFiles.write(file, out -> resource.save(out, indexSaveOptions));
        } catch (IOException | RuntimeException e) {
            throw saveFailed(file, e);
        }
        indexStamp = stampOf(file);
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
        return load(resources, file, () -> file);
    }

    /**
     * Loads {@code file}, from its pack when it is packed; errors name {@code where}, the file or
     * the pack (asked only then: finding out costs a look at the disk).
     */
    static Resource load(ResourceSet resources, Path file, Supplier<Path> where) throws StoreException {
        URI uri = fileUri(file);
        if (!resources.getURIConverter().exists(uri, null)) {
            throw new StoreException(file, "file not found", null);
        }
        try {
            return resources.getResource(uri, true);
        } catch (RuntimeException e) {
            // EMF wraps what the parser throws, but not its own runtime errors on crafted content
            // (an invalid namespace URI): those are damage too, not a crash of the command.
            Resource broken = resources.getResource(uri, false);
            if (broken != null) {
                broken.unload();
                resources.getResources().remove(broken);
            }
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            Path shown = where.get();
            if (notFound(e)) {
                // a pack that is gone is missing, not damaged: say which, and that the index still lists it
                throw new StoreException(shown, "not found (document " + file.getFileName() + " is listed in the index but its "
                        + (shown.equals(file) ? "file" : "pack") + " is gone)", cause);
            }
            String packed = shown.equals(file) ? "" : "document " + file.getFileName() + " in this pack is ";
            throw new StoreException(shown, packed + "damaged or unreadable: " + whereAndWhat(e), cause);
        }
    }

    private static boolean notFound(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof NoSuchFileException || t instanceof java.io.FileNotFoundException) {
                return true;
            }
        }
        return false;
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
