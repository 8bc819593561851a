package org.sayer.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sayer.model.Claim;
import org.sayer.model.ClaimType;
import org.sayer.model.Document;
import org.sayer.model.DocumentEntry;
import org.sayer.model.ReviewState;
import org.sayer.model.Speaker;
import org.sayer.model.SpeakerMention;
import org.sayer.model.WorkflowState;
import org.sayer.model.store.CorpusStore;
import org.sayer.model.store.StoreException;

class CorpusStoreTest {

    @TempDir
    Path folder;

    @Test
    void nestedAttributionSurvivesSaveAndReopen() throws Exception {
        CorpusStore store = CorpusStore.create(folder, "test corpus");
        Speaker price = Fixtures.speaker(store.corpus(), "price", "Ned Price", "Price");
        Speaker blinken = Fixtures.speaker(store.corpus(), "blinken", "Antony Blinken", "Blinken", "the US Secretary of State");
        store.add(Fixtures.nestedAttribution(price, blinken));
        store.saveAll();

        CorpusStore reopened = CorpusStore.open(folder);
        assertEquals("test corpus", reopened.corpus().getName());
        assertEquals(2, reopened.corpus().getSpeakers().size());
        DocumentEntry entry = reopened.corpus().getDocuments().get(0);
        assertEquals("Price on Blinken", entry.getTitle());
        assertEquals(2, entry.getClaimCount());
        assertEquals(1, entry.getPendingCount());
        assertEquals(WorkflowState.IN_PROGRESS, entry.getState());

        Document document = reopened.load(entry);
        assertEquals(Fixtures.TEXT, document.getText());
        assertEquals("Example Wire", document.getSource());
        assertEquals("2022-01-18", document.getPublished());
        assertEquals("\"world\"", document.getMetadata().get("section"));
        assertEquals(2, document.getSpeakers().size());
        Claim inner = (Claim) document.getAnnotations().get(5);
        Claim outer = (Claim) document.getAnnotations().get(2);
        assertSame(outer, inner.getParent());
        assertEquals(ClaimType.DIRECT, inner.getType());
        assertEquals(ReviewState.PENDING, inner.getReview());
        assertEquals(0.75, inner.getConfidence());
        assertEquals(1_700_000_000_000L, inner.getTimestamp());
        assertEquals("the importance of diplomacy.", inner.getCoveredText());
        SpeakerMention source = inner.getSource();
        assertEquals("Blinken", source.getCoveredText());
        // The mention's speaker lives in corpus.xmi: the cross-file reference resolves to the registry entry.
        assertSame(reopened.corpus().getSpeakers().get(1), source.getSpeaker());
        assertEquals(ReviewState.ACCEPTED, outer.getReview(), "hand-made annotations default to accepted");
    }

    @Test
    void openingReadsOnlyTheIndex() throws Exception {
        CorpusStore store = CorpusStore.create(folder, "lazy");
        Speaker price = Fixtures.speaker(store.corpus(), "price", "Ned Price");
        Speaker blinken = Fixtures.speaker(store.corpus(), "blinken", "Antony Blinken");
        store.add(Fixtures.nestedAttribution(price, blinken));
        store.saveAll();

        CorpusStore reopened = CorpusStore.open(folder);
        assertEquals(1, reopened.resourceSet().getResources().size(), "only corpus.xmi is loaded");
        reopened.load(reopened.corpus().getDocuments().get(0));
        assertEquals(2, reopened.resourceSet().getResources().size());
    }

    @Test
    void damagedDocumentIsReportedByNameAndOthersStillLoad() throws Exception {
        CorpusStore store = CorpusStore.create(folder, "damaged");
        Speaker price = Fixtures.speaker(store.corpus(), "price", "Ned Price");
        Speaker blinken = Fixtures.speaker(store.corpus(), "blinken", "Antony Blinken");
        Document good = Fixtures.nestedAttribution(price, blinken);
        Document bad = Fixtures.nestedAttribution(price, blinken);
        bad.setId("doc-2");
        store.add(good);
        store.add(bad);
        store.saveAll();
        Path badFile = store.fileOf(store.corpus().getDocuments().get(1));
        String xml = Files.readString(badFile, StandardCharsets.UTF_8);
        Files.writeString(badFile, xml.substring(0, xml.length() / 2), StandardCharsets.UTF_8);

        CorpusStore reopened = CorpusStore.open(folder);
        StoreException error = assertThrows(StoreException.class, () -> reopened.load(reopened.corpus().getDocuments().get(1)));
        assertTrue(error.getMessage().contains(badFile.getFileName().toString()), error.getMessage());
        assertEquals(badFile, error.file());
        assertNotNull(reopened.load(reopened.corpus().getDocuments().get(0)));
    }

    @Test
    void externalEntitiesAreRefused() throws Exception {
        CorpusStore.create(folder, "xxe");
        Path secret = folder.resolve("secret.txt");
        Files.writeString(secret, "TOP SECRET");
        Path index = folder.resolve(CorpusStore.INDEX_FILE);
        Files.writeString(index, "<?xml version=\"1.0\"?>\n<!DOCTYPE c [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<sayer:Corpus xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:sayer=\"http://sayer.org/model/1.0\" xmi:version=\"2.0\" name=\"&x;\"/>\n");
        StoreException error = assertThrows(StoreException.class, () -> CorpusStore.open(folder));
        assertTrue(error.getMessage().contains("corpus.xmi"), error.getMessage());
        assertFalse(error.getMessage().contains("TOP SECRET"));
    }

    @Test
    void folderWithoutIndexIsNotACorpus() {
        StoreException error = assertThrows(StoreException.class, () -> CorpusStore.open(folder));
        assertTrue(error.getMessage().contains("not a Sayer corpus"), error.getMessage());
    }
}
