package org.sayer.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sayer.model.Annotation;
import org.sayer.model.Claim;
import org.sayer.model.ClaimType;
import org.sayer.model.Corpus;
import org.sayer.model.Cue;
import org.sayer.model.Document;
import org.sayer.model.DocumentEntry;
import org.sayer.model.ReviewState;
import org.sayer.model.SayerFactory;
import org.sayer.model.Speaker;
import org.sayer.model.SpeakerMention;
import org.sayer.model.query.AnnotationIndex;
import org.sayer.model.query.ClaimTree;
import org.sayer.model.query.PendingSuggestions;
import org.sayer.model.query.SpeakerClaims;
import org.sayer.model.store.CorpusStore;
import org.sayer.model.store.StoreException;

class AnnotationQueriesTest {

    @TempDir
    Path folder;

    @Test
    void overlapQueryAgreesWithAFullScanOnRandomSpans() {
        Random random = new Random(42);
        Document document = SayerFactory.eINSTANCE.createDocument();
        document.setText("x".repeat(10_000));
        for (int i = 0; i < 2_000; i++) {
            int begin = random.nextInt(10_000);
            int length = random.nextInt(10) == 0 ? random.nextInt(3_000) : random.nextInt(40);
            document.getAnnotations().add(Fixtures.cue("c" + i, begin, Math.min(10_000, begin + length)));
        }
        AnnotationIndex index = AnnotationIndex.of(document);
        for (int q = 0; q < 500; q++) {
            int begin = random.nextInt(10_000);
            int end = begin + random.nextInt(200);
            assertEquals(scan(document, begin, end), index.overlapping(begin, end), "query [" + begin + ", " + end + ")");
        }
    }

    @Test
    void overlapQueryAgreesWithAFullScanAfterEachOfManyAddsAndRemoves() {
        Random random = new Random(7);
        Document document = SayerFactory.eINSTANCE.createDocument();
        document.setText("x".repeat(5_000));
        for (int i = 0; i < 500; i++) {
            int begin = random.nextInt(5_000);
            document.getAnnotations().add(Fixtures.cue("c" + i, begin, Math.min(5_000, begin + random.nextInt(60))));
        }
        AnnotationIndex index = AnnotationIndex.of(document);
        index.size(); // built once; every change below is applied to it in place
        for (int step = 0; step < 400; step++) {
            if (random.nextBoolean()) {
                int begin = random.nextInt(5_000);
                // Some share their begin (and end) with others, as a mention and the claim starting with it do.
                Annotation other = document.getAnnotations().get(random.nextInt(document.getAnnotations().size()));
                boolean same = random.nextInt(4) == 0;
                document.getAnnotations().add(Fixtures.cue("n" + step, same ? other.getBegin() : begin,
                        same ? other.getEnd() : Math.min(5_000, begin + random.nextInt(60))));
            } else {
                document.getAnnotations().remove(random.nextInt(document.getAnnotations().size()));
            }
            int begin = random.nextInt(5_000);
            int end = begin + random.nextInt(300);
            assertEquals(scan(document, begin, end), index.overlapping(begin, end), "step " + step + ", query [" + begin + ", " + end + ")");
            assertEquals(document.getAnnotations().size(), index.size());
        }
    }

    @Test
    void overlapQueryFollowsAddedRemovedAndMovedAnnotations() {
        Corpus corpus = SayerFactory.eINSTANCE.createCorpus();
        Document document = Fixtures.nestedAttribution(Fixtures.speaker(corpus, "p", "Ned Price"), Fixtures.speaker(corpus, "b", "Antony Blinken"));
        AnnotationIndex index = AnnotationIndex.of(document);
        assertSame(index, AnnotationIndex.of(document), "one index per document");
        assertEquals(List.of("m1"), ids(index.at(2)));
        // "said" [6, 10) and the outer claim starting at 11 are the only things touching [8, 12)
        assertEquals(List.of("c1", "a1", "m2"), ids(index.overlapping(8, 12)));

        Cue extra = Fixtures.cue("c9", 1, 3);
        document.getAnnotations().add(extra);
        assertEquals(List.of("m1", "c9"), ids(index.at(2)));

        extra.setBegin(40);
        extra.setEnd(45);
        assertEquals(List.of("m1"), ids(index.at(2)));
        assertEquals(List.of("a1", "a2", "c9"), ids(index.at(41)));

        document.getAnnotations().remove(extra);
        assertEquals(List.of("a1", "a2"), ids(index.at(41)));
        assertEquals(List.of(), index.overlapping(58, 70));
        assertEquals(List.of("m1", "m2"), ids(index.overlapping(0, 20, SpeakerMention.class)));
    }

    @Test
    void pendingSuggestionsComeInDocumentOrder() {
        Corpus corpus = SayerFactory.eINSTANCE.createCorpus();
        Document document = Fixtures.nestedAttribution(Fixtures.speaker(corpus, "p", "Ned Price"), Fixtures.speaker(corpus, "b", "Antony Blinken"));
        // a2 is pending already; make the earlier cue c1 pending as well (it comes later in the list)
        Annotation said = document.getAnnotations().get(1);
        document.getAnnotations().move(5, said);
        said.setReview(ReviewState.PENDING);
        document.getAnnotations().get(0).setReview(ReviewState.REJECTED);

        assertEquals(List.of("c1", "a2"), ids(PendingSuggestions.of(document)));
        assertEquals("a2", PendingSuggestions.nextAfter(document, 6).getId());
        assertEquals(null, PendingSuggestions.nextAfter(document, 29));
    }

    @Test
    void claimTreeNestsInnerClaimUnderOuterAndSurvivesACycle() {
        Corpus corpus = SayerFactory.eINSTANCE.createCorpus();
        Document document = Fixtures.nestedAttribution(Fixtures.speaker(corpus, "p", "Ned Price"), Fixtures.speaker(corpus, "b", "Antony Blinken"));
        Claim outer = (Claim) document.getAnnotations().get(2);
        Claim inner = (Claim) document.getAnnotations().get(5);

        List<ClaimTree.Node> tree = ClaimTree.of(document);
        assertEquals(1, tree.size());
        assertSame(outer, tree.get(0).claim());
        assertSame(inner, tree.get(0).children().get(0).claim());
        assertTrue(tree.get(0).children().get(0).children().isEmpty());

        outer.setParent(inner);
        tree = ClaimTree.of(document);
        assertEquals(1, tree.size(), "a cycle is shown once, from its first claim");
        assertSame(outer, tree.get(0).claim());
        assertSame(inner, tree.get(0).children().get(0).claim());
    }

    @Test
    void claimsOfASpeakerAreFoundInLoadedDocumentsAndThroughTheStore() throws Exception {
        CorpusStore store = CorpusStore.create(folder, "claims");
        Speaker price = Fixtures.speaker(store.corpus(), "price", "Ned Price");
        Speaker blinken = Fixtures.speaker(store.corpus(), "blinken", "Antony Blinken");
        for (int i = 1; i <= 3; i++) {
            Document document = Fixtures.nestedAttribution(price, blinken);
            document.setId("doc-" + i);
            store.add(document);
        }
        store.saveAll();
        Files.writeString(store.fileOf(store.corpus().getDocuments().get(2)), "<broken");

        CorpusStore reopened = CorpusStore.open(folder);
        Speaker reopenedBlinken = reopened.corpus().getSpeakers().get(1);
        assertEquals(List.of(), SpeakerClaims.inLoadedDocuments(reopenedBlinken, reopened.resourceSet()), "nothing is loaded yet");
        reopened.load(reopened.corpus().getDocuments().get(0));
        assertEquals(List.of("a2"), ids(SpeakerClaims.inLoadedDocuments(reopenedBlinken, reopened.resourceSet())));

        List<String> seen = new ArrayList<>();
        List<StoreException> failures = SpeakerClaims.inAllDocuments(reopenedBlinken, reopened,
                (DocumentEntry entry, Claim claim) -> seen.add(entry.getId() + "/" + claim.getId() + ":" + claim.getCoveredText()));
        assertEquals(List.of("doc-1/a2:the importance of diplomacy.", "doc-2/a2:the importance of diplomacy."), seen);
        assertEquals(1, failures.size());
        assertTrue(failures.get(0).getMessage().contains("doc-3"), failures.get(0).getMessage());
        assertTrue(reopened.isLoaded(reopened.corpus().getDocuments().get(0)), "a document that was open stays open");
        assertTrue(!reopened.isLoaded(reopened.corpus().getDocuments().get(1)), "a document read for the query is dropped again");
    }

    private static List<Annotation> scan(Document document, int begin, int end) {
        List<Annotation> result = new ArrayList<>();
        for (Annotation annotation : document.getAnnotations()) {
            if (annotation.getBegin() < end && annotation.getEnd() > begin && begin < end) {
                result.add(annotation);
            }
        }
        result.sort(AnnotationIndex.DOCUMENT_ORDER);
        return result;
    }

    static List<String> ids(List<? extends Annotation> annotations) {
        List<String> ids = new ArrayList<>();
        for (Annotation annotation : annotations) {
            ids.add(annotation.getId());
        }
        return ids;
    }
}
