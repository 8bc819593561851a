package org.sayer.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sayer.model.Annotation;
import org.sayer.model.Document;
import org.sayer.model.DocumentEntry;
import org.sayer.model.Origin;
import org.sayer.model.ReviewState;
import org.sayer.model.store.CorpusStore;
import org.sayer.model.validation.Validation;

/**
 * A corpus written by Sayer before annotations recorded created/reviewer/reviewed and documents
 * their done marks (data/corpus-before-provenance: the seed article imported as gold, in a pack,
 * and a sample pre-annotated by the pipeline, in a file of its own) opens, validates, and takes
 * the new fields on its next save.
 */
class CorpusBeforeProvenanceTest {

    private static final String FIXTURE = "/data/corpus-before-provenance/";
    private static final List<String> FILES = List.of("corpus.xmi", "documents/blinken-lavrov.xmi",
            "documents/pack-1796458627038-27240-1.xmipack");

    @TempDir
    Path folder;

    @Test
    void anOldCorpusLoadsValidatesAndSavesTheNewFields() throws Exception {
        Fixtures.copyCorpus(FIXTURE, FILES, folder);
        try (CorpusStore store = CorpusStore.open(folder)) {
            assertEquals(2, store.corpus().getDocuments().size());
            for (DocumentEntry entry : store.corpus().getDocuments()) {
                Document document = store.load(entry);
                assertTrue(Validation.validate(document).getSeverity() < org.eclipse.emf.common.util.Diagnostic.ERROR,
                        () -> entry.getId() + " validates: " + Validation.problems(Validation.validate(document)));
                assertTrue(document.getDoneBy().isEmpty());
                for (Annotation annotation : document.getAnnotations()) {
                    assertNull(annotation.getReviewer());
                    assertEquals(0, annotation.getCreated());
                    assertTrue(annotation.getCuratedFrom().isEmpty(), "no curation before curatedFrom");
                }
            }
            Document suggested = store.load(store.entryFor("blinken-lavrov"));
            Annotation suggestion = suggested.getAnnotations().stream().filter(a -> a.getOrigin() == Origin.AUTOMATIC).findFirst().orElseThrow();
            assertNotNull(suggestion.getProducer(), "a pipeline suggestion keeps its engine");
            suggestion.setReview(ReviewState.ACCEPTED);
            suggestion.setReviewer("anna");
            suggestion.setReviewed(1_800_000_000_000L);
            suggested.getDoneBy().add("anna");
            store.save(suggested);
        }
        try (CorpusStore reopened = CorpusStore.open(folder)) {
            Document document = reopened.load(reopened.entryFor("blinken-lavrov"));
            assertEquals(List.of("anna"), document.getDoneBy());
            assertEquals(1, document.getAnnotations().stream().filter(a -> "anna".equals(a.getReviewer()) && a.getReviewed() == 1_800_000_000_000L).count());
        }
    }
}
