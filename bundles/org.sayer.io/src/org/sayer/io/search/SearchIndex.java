package org.sayer.io.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32C;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.eclipse.emf.ecore.resource.Resource;
import org.sayer.io.CancelledException;
import org.sayer.io.ProgressListener;
import org.sayer.model.Document;
import org.sayer.model.DocumentEntry;
import org.sayer.model.Speaker;
import org.sayer.model.store.CorpusStore;
import org.sayer.model.store.PrefetchedDocuments;

/**
 * The Lucene index of a corpus, in its folder ({@value #FOLDER}/). It is a cache: {@link #update}
 * brings it in line with the corpus on disk (documents added, changed or removed since, found by
 * the checksum of their saved bytes), and rebuilds it when it is missing, of another layout, or
 * made under another speaker registry (renamed or merged speakers change what {@code speaker:}
 * finds). Only one process updates it at a time (Lucene's lock); any number search it.
 */
public final class SearchIndex implements AutoCloseable {

    public static final String FOLDER = "search-index";
    /** Bump when {@link SearchFields} changes what it indexes: older indexes are rebuilt. */
    private static final String LAYOUT = "2";
    private static final String LAYOUT_KEY = "sayer.layout";
    private static final String REGISTRY_KEY = "sayer.registry";

    /** What one update did. {@code busy} when another process was updating the index, so this one left it as it was. */
    public record Update(int indexed, int removed, int documents, boolean rebuilt, boolean busy, List<String> problems) {
    }

    /**
     * Lucene says on every start, through java.util.logging, that the JDK's incubating vector API is
     * not enabled; it matters for vector search only, which Sayer does not do. Held here: a logger
     * nothing references loses its level.
     */
    private static final java.util.logging.Logger VECTOR_NOTICE = quiet("org.apache.lucene.internal.vectorization");

    private final Path folder;
    private final Directory directory;
    private final Analyzer analyzer = new StandardAnalyzer();
    private DirectoryReader reader;

    private SearchIndex(Path folder, Directory directory) {
        this.folder = folder;
        this.directory = directory;
    }

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(java.util.logging.Level.SEVERE);
        return logger;
    }

    /** The index of the corpus in {@code corpusFolder} (created by the first {@link #update}). */
    public static SearchIndex of(Path corpusFolder) throws IOException {
        Path folder = corpusFolder.resolve(FOLDER);
        return new SearchIndex(folder, FSDirectory.open(folder));
    }

    /** The index folder, for messages. */
    public Path folder() {
        return folder;
    }

    /** Whether the index has been built at all. */
    public boolean exists() throws IOException {
        return Files.isDirectory(folder) && DirectoryReader.indexExists(directory);
    }

    /**
     * Brings the index in line with {@code store}'s documents as saved on disk (a loaded document with
     * unsaved edits is indexed as it is in memory). The store must not change meanwhile.
     */
    public Update update(CorpusStore store, ProgressListener progress) throws IOException {
        try (Feed feed = feed(store)) {
            return feed.finish(progress);
        }
    }

    /**
     * Opens the index for writing while {@code store} is being written to: an import or annotate
     * hands each document it saved to {@link Feed#add} while it still holds it, and
     * {@link Feed#finish} then brings the rest in line as {@link #update} does, reading back only
     * what was not fed. Reading every document back is most of the time an update takes.
     * Nothing of the feed is committed before {@link Feed#finish}; closing a feed that was not
     * finished (an import taken back) leaves the index as it was.
     */
    public Feed feed(CorpusStore store) throws IOException {
        String layout = null;
        String committedRegistry = null;
        Map<String, String> committed = new HashMap<>();
        if (exists()) {
            try (DirectoryReader current = DirectoryReader.open(directory)) {
                Map<String, String> data = current.getIndexCommit().getUserData();
                layout = data.get(LAYOUT_KEY);
                committedRegistry = data.get(REGISTRY_KEY);
                if (LAYOUT.equals(layout) && registryStillHolds(store, committedRegistry)) {
                    committed = indexedStamps(current);
                }
            }
        }
        boolean rebuild = !LAYOUT.equals(layout) || !registryStillHolds(store, committedRegistry);
        IndexWriter writer;
        try {
            writer = new IndexWriter(directory, writerConfig());
        } catch (LockObtainFailedException e) {
            return new Feed(store, null, false, Map.of());
        } catch (NoSuchFileException | java.nio.file.AccessDeniedException e) {
            throw new IOException(folder + ": the search index cannot be written there (" + e.getMessage() + ")", e);
        }
        try {
            if (rebuild) {
                writer.deleteAll();
            }
        } catch (IOException | RuntimeException e) {
            writer.rollback();
            throw e;
        }
        return new Feed(store, writer, rebuild, rebuild ? new HashMap<>() : committed);
    }

    /**
     * One writer per update (or feed), 64 MB of documents in memory between flushes. No compound
     * files: building one copies every segment once more, for fewer open files that an index of a
     * few dozen segments does not need.
     */
    private IndexWriterConfig writerConfig() {
        TieredMergePolicy merges = new TieredMergePolicy();
        merges.setNoCFSRatio(0.0);
        return new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND).setRAMBufferSizeMB(64)
                .setUseCompoundFile(false).setMergePolicy(merges);
    }

    /**
     * The index being written for one store (see {@link #feed}). {@code writer} is null when another
     * process was updating the index: then nothing is written and {@link #finish} says so.
     */
    public final class Feed implements AutoCloseable {

        private final CorpusStore store;
        private final IndexWriter writer;
        private IndexingThreads indexing;
        private boolean rebuild;
        /** Document id → the stamp its units in the writer show: as committed, then as fed. */
        private final Map<String, String> indexed;
        /** The registry as the feed began: speakers the store adds later only extend it. */
        private final String registryAtStart;
        /** The documents fed, for the count {@link #finish} reports. */
        private final Set<String> fed = new HashSet<>();
        private IOException failed;
        private boolean finished;

        private Feed(CorpusStore store, IndexWriter writer, boolean rebuild, Map<String, String> indexed) {
            this.store = store;
            this.writer = writer;
            this.rebuild = rebuild;
            this.indexed = indexed;
            this.registryAtStart = registryStamp(store.corpus().getSpeakers());
            indexing = writer == null ? null : new IndexingThreads(writer);
        }

        /**
         * Indexes a document the store has just saved, as it is in memory: its units are stamped
         * with the checksum its entry records of the saved bytes, so that {@link #finish} and later
         * updates know them as indexed. A document that has no checksum or was changed since it was
         * saved is left to {@link #finish}. The units are made here, while the caller holds the
         * document; Lucene indexes them on its own threads. A failure fails only {@link #finish},
         * never the caller's import.
         */
        public void add(Document document, DocumentEntry entry) {
            if (writer == null || failed != null || entry.getChecksum() == null
                    || document.eResource() != null && document.eResource().isModified()) {
                return;
            }
            try {
                indexing.update(new Term(SearchFields.DOC, entry.getId()), SearchFields.units(document, entry.getChecksum()));
                indexed.put(entry.getId(), entry.getChecksum());
                fed.add(entry.getId());
            } catch (IOException e) {
                failed = e;
            } catch (RuntimeException e) {
                failed = new IOException(e.getMessage(), e);
            }
        }

        /**
         * Brings the index in line with the store's documents, reading back those not fed (added,
         * changed or removed otherwise), and commits. The store must not change meanwhile.
         */
        public Update finish(ProgressListener progress) throws IOException {
            if (writer == null) {
                return new Update(0, 0, store.corpus().getDocuments().size(), false, true, List.of());
            }
            if (failed != null) {
                throw failed;
            }
            if (!registryStillHolds(store, registryAtStart)) {
                // a speaker renamed or merged while the feed ran: what was fed may name it wrongly
                indexing.stop();
                writer.deleteAll();
                indexing = new IndexingThreads(writer);
                indexed.clear();
                rebuild = true;
                fed.clear();
            }
            List<DocumentEntry> changed = new ArrayList<>();
            Map<DocumentEntry, String> stamps = new HashMap<>();
            Set<String> present = new HashSet<>();
            Set<String> unsaved = unsavedDocuments(store);
            for (DocumentEntry entry : store.corpus().getDocuments()) {
                present.add(entry.getId());
                String stamp = unsaved.contains(entry.getId()) ? "unsaved-" + System.nanoTime() : stampOf(store, entry);
                if (!stamp.equals(indexed.get(entry.getId()))) {
                    changed.add(entry);
                    stamps.put(entry, stamp);
                }
            }
            fed.retainAll(present); // fed, then taken back by the import
            int removed = 0;
            for (String id : indexed.keySet()) {
                if (!present.contains(id)) {
                    indexing.delete(new Term(SearchFields.DOC, id));
                    removed++;
                }
            }
            List<String> problems = new ArrayList<>();
            stopIfCancelled(progress);
            try (PrefetchedDocuments documents = new PrefetchedDocuments(store, changed)) {
                documents.forEach((entry, document) -> indexing.update(new Term(SearchFields.DOC, entry.getId()),
                        SearchFields.units(document, stamps.get(entry))), (entry, damaged) -> {
                            // not stamped, so the next update tries it again; the others are indexed
                            indexing.delete(new Term(SearchFields.DOC, entry.getId()));
                            problems.add(damaged.getMessage());
                        }, (done, entry) -> {
                            progress.worked(done, changed.size(), entry.getId());
                            if (done < changed.size()) {
                                stopIfCancelled(progress);
                            }
                        });
            }
            indexing.stop();
            writer.setLiveCommitData(Map.of(LAYOUT_KEY, LAYOUT, REGISTRY_KEY, registryStamp(store.corpus().getSpeakers())).entrySet());
            writer.commit();
            finished = true;
            return new Update(fed.size() + changed.size() - problems.size(), removed, present.size(), rebuild, false, problems);
        }

        /** A cancel is heard before each document; close() then takes this update back. */
        private static void stopIfCancelled(ProgressListener progress) throws CancelledException {
            if (progress.isCancelled()) {
                throw new CancelledException("search index update");
            }
        }

        /** Lets the writer go; what was not committed by {@link #finish} is taken back, and what was committed before stays. */
        @Override
        public void close() throws IOException {
            if (writer == null) {
                return;
            }
            if (finished) {
                writer.close();
                return;
            }
            try {
                indexing.stop();
            } catch (IOException e) {
                // taken back anyway; the failure was the caller's to see in finish
            } finally {
                writer.rollback();
            }
        }
    }

    /**
     * The best {@code limit} hits of {@code typed} (see {@link SearchQuery} for the syntax), most
     * relevant first. A document's text hit is left out when one of its claims is a hit: the claim
     * is the finer answer.
     */
    public List<SearchHit> search(String typed, int limit) throws SearchException, IOException {
        SearchQuery query = SearchQuery.parse(typed, analyzer);
        IndexSearcher searcher = searcher();
        if (searcher == null) {
            return List.of();
        }
        TopDocs top = searcher.search(query.query, Math.max(1, limit) * 2);
        StoredFields stored = searcher.storedFields();
        List<SearchHit> claims = new ArrayList<>();
        List<SearchHit> all = new ArrayList<>();
        Set<String> documentsWithClaimHits = new HashSet<>();
        for (ScoreDoc scored : top.scoreDocs) {
            SearchHit hit = hitOf(stored.document(scored.doc), query);
            all.add(hit);
            if (hit.isClaim()) {
                claims.add(hit);
                documentsWithClaimHits.add(hit.documentId());
            }
        }
        List<SearchHit> hits = new ArrayList<>();
        for (SearchHit hit : all) {
            if ((hit.isClaim() || !documentsWithClaimHits.contains(hit.documentId())) && hits.size() < limit) {
                hits.add(hit);
            }
        }
        return hits;
    }

    /** The ids of the documents that have any hit for {@code typed}, at most {@code limit}: for filtering a list of documents. */
    public Set<String> matchingDocuments(String typed, int limit) throws SearchException, IOException {
        SearchQuery query = SearchQuery.parse(typed, analyzer);
        IndexSearcher searcher = searcher();
        Set<String> ids = new HashSet<>();
        if (searcher != null) {
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc scored : searcher.search(query.query, limit).scoreDocs) {
                ids.add(stored.document(scored.doc, Set.of(SearchFields.DOC)).get(SearchFields.DOC));
            }
        }
        return ids;
    }

    /** A searcher over the latest commit, or null while the index has never been built. */
    private synchronized IndexSearcher searcher() throws IOException {
        if (reader == null) {
            if (!exists()) {
                return null;
            }
            reader = DirectoryReader.open(directory);
        } else {
            DirectoryReader newer = DirectoryReader.openIfChanged(reader);
            if (newer != null) {
                reader.close();
                reader = newer;
            }
        }
        return new IndexSearcher(reader);
    }

    private SearchHit hitOf(org.apache.lucene.document.Document unit, SearchQuery query) {
        String text = unit.get(SearchFields.TEXT);
        int begin = unit.getField(SearchFields.BEGIN).numericValue().intValue();
        int end = unit.getField(SearchFields.END).numericValue().intValue();
        String kind = unit.get(SearchFields.KIND);
        Snippets.Match match = Snippets.firstMatch(analyzer, text, query.textTerms);
        String snippet;
        if (SearchFields.CLAIM.equals(kind)) {
            snippet = Snippets.around(text, match == null ? 0 : match.begin(), match == null ? 0 : match.end());
        } else {
            // the article's hit is its first matching word, or its start when only a speaker or the title matched
            begin = match == null ? 0 : match.begin();
            end = match == null ? 0 : match.end();
            snippet = Snippets.around(text, begin, end);
        }
        return new SearchHit(unit.get(SearchFields.DOC), unit.get(SearchFields.TITLE_SHOWN), kind, begin, end, snippet,
                unit.get(SearchFields.TYPE), unit.get(SearchFields.SPEAKER_NAME), unit.get(SearchFields.CUE_TEXT),
                unit.get(SearchFields.REVIEW));
    }

    /** Document id → the stamp its units were indexed at, from the article units' doc values. */
    private static Map<String, String> indexedStamps(DirectoryReader reader) throws IOException {
        Map<String, String> stamps = new HashMap<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            SortedDocValues ids = leaf.reader().getSortedDocValues(SearchFields.INDEXED_ID);
            BinaryDocValues values = leaf.reader().getBinaryDocValues(SearchFields.INDEXED_STAMP);
            if (ids == null || values == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            for (int doc = ids.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = ids.nextDoc()) {
                if ((live == null || live.get(doc)) && values.advanceExact(doc)) {
                    stamps.put(ids.lookupOrd(ids.ordValue()).utf8ToString(), values.binaryValue().utf8ToString());
                }
            }
        }
        return stamps;
    }

    /**
     * Which saved version of a document the index shows: the checksum of its bytes, which every save
     * and import records. Old corpora without checksums fall back to the file's time and size.
     */
    private static String stampOf(CorpusStore store, DocumentEntry entry) {
        if (entry.getChecksum() != null) {
            return entry.getChecksum();
        }
        try {
            Path file = store.fileOf(entry);
            return Files.exists(file) ? "file-" + Files.getLastModifiedTime(file).toMillis() + "-" + Files.size(file)
                    : "pack-" + entry.getPack() + "-" + entry.getPackOffset();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The ids of loaded documents with unsaved edits: indexed as they are in memory, and again once
     * saved. Found in one pass over the loaded resources, not by asking per document (100,000 asks cost seconds).
     */
    private static Set<String> unsavedDocuments(CorpusStore store) {
        Set<String> ids = new HashSet<>();
        for (Resource resource : store.resourceSet().getResources()) {
            if (resource.isModified() && !resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Document document) {
                ids.add(document.getId());
            }
        }
        return ids;
    }

    /**
     * A checksum of what {@code speaker:} finds each registry speaker by (names and aliases), with
     * their count: "COUNT-CRC".
     */
    private static String registryStamp(List<Speaker> speakers) {
        CRC32C crc = new CRC32C();
        for (Speaker speaker : speakers) {
            StringBuilder words = new StringBuilder().append(speaker.getId()).append('\u0000').append(speaker.getName());
            for (String alias : speaker.getAliases()) {
                words.append('\u0000').append(alias);
            }
            crc.update(words.append('\u0001').toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return speakers.size() + "-" + Long.toHexString(crc.getValue());
    }

    /**
     * Whether the registry an index was made under ({@code stamp}) still begins the store's: its
     * speakers as they were, in the same order, perhaps followed by new ones (an import appends the
     * speakers it brings). A new speaker changes no indexed document (documents that name it are
     * new or changed themselves); a renamed or merged one does, and then the index is rebuilt.
     */
    private static boolean registryStillHolds(CorpusStore store, String stamp) {
        List<Speaker> speakers = store.corpus().getSpeakers();
        int dash = stamp == null ? -1 : stamp.indexOf('-');
        if (dash < 0) {
            return false;
        }
        int count;
        try {
            count = Integer.parseInt(stamp.substring(0, dash));
        } catch (NumberFormatException e) {
            return false;
        }
        return count <= speakers.size() && stamp.equals(registryStamp(speakers.subList(0, count)));
    }

    @Override
    public synchronized void close() throws IOException {
        if (reader != null) {
            reader.close();
            reader = null;
        }
        directory.close();
    }
}
