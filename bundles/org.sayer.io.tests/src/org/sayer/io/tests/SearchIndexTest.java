package org.sayer.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sayer.io.CancelledException;
import org.sayer.io.ProgressListener;
import org.sayer.io.importer.ImportLimits;
import org.sayer.io.importer.Importers;
import org.sayer.io.search.SearchException;
import org.sayer.io.search.SearchHit;
import org.sayer.io.search.SearchIndex;
import org.sayer.model.Claim;
import org.sayer.model.ClaimType;
import org.sayer.model.Cue;
import org.sayer.model.Document;
import org.sayer.model.SayerFactory;
import org.sayer.model.Speaker;
import org.sayer.model.SpeakerMention;
import org.sayer.model.store.CorpusStore;

/** Corpus search over the real seed article (gold) and the export fixture, as the CLI and the workbench use it. */
class SearchIndexTest {

    private static final String SEED = "seed-blinken-lavrov";

    @TempDir
    Path folder;

    /** The real seed article as gold JSONL, in the test's folder. */
    private Path seedGold() throws Exception {
        Path gold = folder.resolve("seed.jsonl");
        try (InputStream in = SearchIndexTest.class.getResourceAsStream("/data/seed-article.jsonl")) {
            Files.copy(in, gold);
        }
        return gold;
    }

    private CorpusStore seedCorpus() throws Exception {
        Path gold = seedGold();
        CorpusStore store = CorpusStore.create(folder.resolve("corpus"), "seed");
        Importers.importInto(store, List.of(gold), ProgressListener.NONE);
        return store;
    }

    private static String textOf(CorpusStore store, SearchHit hit) throws Exception {
        return store.load(store.entryFor(hit.documentId())).getText().substring(hit.begin(), hit.end());
    }

    @Test
    void speakerTypeAndWordsFindTheClaimsOfThatSpeakerIncludingThroughPronouns() throws Exception {
        try (CorpusStore store = seedCorpus(); SearchIndex index = SearchIndex.of(store.folder())) {
            SearchIndex.Update update = index.update(store, ProgressListener.NONE);
            assertEquals(1, update.indexed());
            assertTrue(update.rebuilt());

            List<SearchHit> hits = index.search("speaker:Lavrov type:indirect soldiers", 10);
            assertEquals(1, hits.size(), hits.toString());
            SearchHit hit = hits.get(0);
            assertEquals(SEED, hit.documentId());
            assertTrue(hit.isClaim());
            assertEquals("indirect", hit.type());
            assertEquals("Sergey Lavrov", hit.speaker()); // the mention is "he"
            assertEquals("refused", hit.cue());
            assertTrue(textOf(store, hit).startsWith("the Western demand to start withdrawing tens of thousands of soldiers"),
                    textOf(store, hit));
            assertTrue(hit.snippet().contains("soldiers"), hit.snippet());

            // no claim of another speaker holds the word; the article, which mentions both, still does
            assertEquals(List.of(), index.search("kind:claim speaker:Stoltenberg soldiers", 10));
            List<SearchHit> article = index.search("speaker:Stoltenberg soldiers", 10);
            assertEquals(1, article.size(), article.toString());
            assertFalse(article.get(0).isClaim());
            assertEquals("soldiers", textOf(store, article.get(0)));
        }
    }

    @Test
    void cuesAndPhrasesFindTheirClaims() throws Exception {
        try (CorpusStore store = seedCorpus(); SearchIndex index = SearchIndex.of(store.folder())) {
            index.update(store, ProgressListener.NONE);

            List<SearchHit> stressing = index.search("cue:stressing", 10);
            assertEquals(1, stressing.size(), stressing.toString());
            assertEquals("these forces \"do not threaten\" anyone", textOf(store, stressing.get(0)));
            assertEquals("mixed", stressing.get(0).type());

            Set<String> saidByBaerbock = index.search("speaker:Baerbock cue:said", 10).stream()
                    .map(hit -> uncheckedText(store, hit)).collect(Collectors.toSet());
            assertEquals(Set.of("she wanted the dialogue to continue with Russia", "she supported dialogue"), saidByBaerbock);

            List<SearchHit> phrase = index.search("\"heavy price\"", 10);
            assertEquals(1, phrase.size(), phrase.toString());
            assertEquals("Jens Stoltenberg", phrase.get(0).speaker());
            assertEquals("direct", phrase.get(0).type());
            assertEquals(List.of(), index.search("\"price heavy\"", 10), "a phrase keeps its word order");
        }
    }

    @Test
    void wordsOutsideAnyClaimFindTheDocumentTextAtTheWord() throws Exception {
        try (CorpusStore store = Fixtures.corpus(folder.resolve("fixture")); SearchIndex index = SearchIndex.of(store.folder())) {
            index.update(store, ProgressListener.NONE);
            List<SearchHit> hits = index.search("nobody", 10);
            assertEquals(1, hits.size(), hits.toString());
            SearchHit hit = hits.get(0);
            assertFalse(hit.isClaim());
            assertEquals("world/2024 #2", hit.documentId());
            assertEquals("Short", hit.title());
            assertEquals("Nobody", textOf(store, hit));
            assertEquals("Short Nobody said anything.", hit.snippet());
        }
    }

    @Test
    void theIndexFollowsSavedEditsRemovedDocumentsAndRenamedSpeakers() throws Exception {
        try (CorpusStore store = Fixtures.corpus(folder.resolve("fixture")); SearchIndex index = SearchIndex.of(store.folder())) {
            index.update(store, ProgressListener.NONE);
            assertEquals(0, index.update(store, ProgressListener.NONE).indexed(), "nothing changed, nothing indexed");

            Document short2 = store.load(store.entryFor("world/2024 #2"));
            Speaker nobody = SayerFactory.eINSTANCE.createSpeaker();
            nobody.setId("nobody");
            nobody.setName("Nobody Atall");
            store.corpus().getSpeakers().add(nobody);
            SpeakerMention mention = Fixtures.add(short2, SayerFactory.eINSTANCE.createSpeakerMention(), "Nobody");
            mention.setSpeaker(nobody);
            Cue warned = Fixtures.add(short2, SayerFactory.eINSTANCE.createCue(), "said");
            Claim claim = Fixtures.add(short2, SayerFactory.eINSTANCE.createClaim(), "anything");
            claim.setType(ClaimType.INDIRECT);
            claim.setSource(mention);
            claim.setCue(warned);
            store.save(short2);
            store.saveIndex();
            assertEquals(List.of(), index.search("speaker:Atall", 10), "not indexed before the update");

            SearchIndex.Update update = index.update(store, ProgressListener.NONE);
            assertFalse(update.rebuilt(), "a new registry speaker changes no other document");
            assertEquals(1, update.indexed(), "the saved document is indexed again");
            List<SearchHit> hits = index.search("speaker:Atall type:indirect", 10);
            assertEquals(1, hits.size(), hits.toString());
            assertEquals("anything", textOf(store, hits.get(0)));

            nobody.setName("Someone Else");
            store.saveIndex();
            assertTrue(index.update(store, ProgressListener.NONE).rebuilt(), "a renamed speaker rebuilds the index");
            assertEquals(List.of(), index.search("speaker:Atall", 10), "the old name is gone");
            assertEquals(1, index.search("speaker:Someone cue:said", 10).size());

            store.remove(store.entryFor("world/2024 #2"));
            store.saveIndex();
            assertEquals(1, index.update(store, ProgressListener.NONE).removed());
            assertEquals(List.of(), index.search("nobody", 10));
        }
    }

    @Test
    void aDeletedIndexIsRebuiltAndRejectedClaimsAreFoundOnlyWhenAskedFor() throws Exception {
        try (CorpusStore store = Fixtures.corpus(folder.resolve("fixture"))) {
            Fixtures.addRejectedClaim(store);
            store.saveIndex();
            try (SearchIndex index = SearchIndex.of(store.folder())) {
                index.update(store, ProgressListener.NONE);
            }
            Path indexFolder = store.folder().resolve(SearchIndex.FOLDER);
            try (var files = Files.walk(indexFolder)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
            try (SearchIndex index = SearchIndex.of(store.folder())) {
                assertFalse(index.exists());
                SearchIndex.Update update = index.update(store, ProgressListener.NONE);
                assertTrue(update.rebuilt());
                assertEquals(2, update.indexed());
                assertEquals(List.of(), index.search("kind:claim type:direct \"Lavrov said\"", 10), "rejected claims are left out");
                List<SearchHit> rejected = index.search("review:rejected", 10);
                assertEquals(1, rejected.size(), rejected.toString());
                assertEquals("Lavrov said", textOf(store, rejected.get(0)));
            }
        }
    }

    @Test
    void anImportFeedsTheIndexFromMemoryWithTheChecksumsTheCorpusRecords() throws Exception {
        Path gold = seedGold();
        try (CorpusStore store = Fixtures.corpus(folder.resolve("fixture")); SearchIndex index = SearchIndex.of(store.folder())) {
            index.update(store, ProgressListener.NONE);
            SearchIndex.Update update;
            try (SearchIndex.Feed feed = index.feed(store)) {
                Importers.importInto(store, List.of(gold), ImportLimits.DEFAULT, ProgressListener.NONE, null, feed::add);
                // Gone from disk after the import: finishing must not need to read it back.
                for (Path file : documentFiles(store)) {
                    Files.delete(file);
                }
                update = feed.finish(ProgressListener.NONE);
            }
            assertEquals(List.of(), update.problems());
            assertEquals(1, update.indexed());
            assertFalse(update.rebuilt(), "the import's new speakers change no indexed document");
            assertEquals(1, index.search("speaker:Lavrov type:indirect soldiers", 10).size());
            assertEquals(1, index.search("nobody", 10).size(), "the documents indexed before stay");
            assertEquals(0, index.update(store, ProgressListener.NONE).indexed(), "indexed under the checksum the corpus recorded");
        }
    }

    @Test
    void aCancelledImportLeavesTheIndexAsItWas() throws Exception {
        Path gold = seedGold();
        try (CorpusStore store = Fixtures.corpus(folder.resolve("fixture")); SearchIndex index = SearchIndex.of(store.folder())) {
            index.update(store, ProgressListener.NONE);
            try (SearchIndex.Feed feed = index.feed(store)) {
                assertThrows(CancelledException.class,
                        () -> Importers.importInto(store, List.of(gold), ImportLimits.DEFAULT, Fixtures.CANCELLING, null, feed::add));
            }
            assertEquals(List.of(), index.search("soldiers", 10), "nothing of the cancelled import is searchable");
            assertEquals(1, index.search("nobody", 10).size());
        }
    }

    private static List<Path> documentFiles(CorpusStore store) throws Exception {
        try (var files = Files.list(store.folder().resolve(CorpusStore.DOCUMENTS_FOLDER))) {
            return files.filter(file -> file.getFileName().toString().startsWith("pack-")).toList();
        }
    }

    @Test
    void aQueryThatCannotBeReadSaysWhy() throws Exception {
        try (CorpusStore store = Fixtures.corpus(folder.resolve("fixture")); SearchIndex index = SearchIndex.of(store.folder())) {
            index.update(store, ProgressListener.NONE);
            SearchException unknown = assertThrows(SearchException.class, () -> index.search("spaeker:Lavrov", 10));
            assertTrue(unknown.getMessage().contains("Unknown field 'spaeker:'"), unknown.getMessage());
            assertTrue(unknown.getMessage().contains("speaker, title, cue, type, review, kind"), unknown.getMessage());
            SearchException syntax = assertThrows(SearchException.class, () -> index.search("\"unclosed phrase", 10));
            assertTrue(syntax.getMessage().startsWith("Cannot read the query '\"unclosed phrase': "), syntax.getMessage());
        }
    }

    private static String uncheckedText(CorpusStore store, SearchHit hit) {
        try {
            return textOf(store, hit);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
