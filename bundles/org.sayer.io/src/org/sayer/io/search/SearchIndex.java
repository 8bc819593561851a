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
import org.sayer.model.store.StoreException;

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
    private static final String LAYOUT = "1";
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
        String registry = registryStamp(store);
        Map<String, String> indexed = new HashMap<>();
        boolean rebuild = true;
        if (exists()) {
            try (DirectoryReader current = DirectoryReader.open(directory)) {
                Map<String, String> data = current.getIndexCommit().getUserData();
                rebuild = !LAYOUT.equals(data.get(LAYOUT_KEY)) || !registry.equals(data.get(REGISTRY_KEY));
                if (!rebuild) {
                    indexed = indexedStamps(current);
                }
            }
        }
        IndexWriterConfig config = new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(64);
        IndexWriter writer;
        try {
            writer = new IndexWriter(directory, config);
        } catch (LockObtainFailedException e) {
            return new Update(0, 0, store.corpus().getDocuments().size(), false, true, List.of());
        } catch (NoSuchFileException | java.nio.file.AccessDeniedException e) {
            throw new IOException(folder + ": the search index cannot be written there (" + e.getMessage() + ")", e);
        }
        try (writer) {
            if (rebuild) {
                writer.deleteAll();
                indexed = Map.of();
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
            int removed = 0;
            for (String id : indexed.keySet()) {
                if (!present.contains(id)) {
                    writer.deleteDocuments(new Term(SearchFields.DOC, id));
                    removed++;
                }
            }
            List<String> problems = new ArrayList<>();
            int done = 0;
            try (PrefetchedDocuments documents = new PrefetchedDocuments(store, changed)) {
                for (DocumentEntry entry : changed) {
                    if (progress.isCancelled()) {
                        writer.rollback(); // what was committed before stays; nothing of this update
                        throw new CancelledException("search index update");
                    }
                    Term units = new Term(SearchFields.DOC, entry.getId());
                    try {
                        writer.updateDocuments(units, SearchFields.units(documents.next(), stamps.get(entry)));
                    } catch (StoreException e) {
                        // not stamped, so the next update tries it again; the others are indexed
                        writer.deleteDocuments(units);
                        problems.add(e.getMessage());
                    }
                    progress.worked(++done, changed.size(), entry.getId());
                }
            }
            writer.setLiveCommitData(Map.of(LAYOUT_KEY, LAYOUT, REGISTRY_KEY, registry).entrySet());
            writer.commit();
            return new Update(changed.size() - problems.size(), removed, present.size(), rebuild, false, problems);
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

    /** A checksum of what {@code speaker:} finds each registry speaker by: names and aliases. */
    private static String registryStamp(CorpusStore store) {
        CRC32C crc = new CRC32C();
        for (Speaker speaker : store.corpus().getSpeakers()) {
            StringBuilder words = new StringBuilder().append(speaker.getId()).append('\u0000').append(speaker.getName());
            for (String alias : speaker.getAliases()) {
                words.append('\u0000').append(alias);
            }
            crc.update(words.append('\u0001').toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return store.corpus().getSpeakers().size() + "-" + Long.toHexString(crc.getValue());
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
