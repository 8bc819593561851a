package org.sayer.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sayer.model.Document;
import org.sayer.model.DocumentEntry;
import org.sayer.model.Speaker;
import org.sayer.model.SpeakerMention;
import org.sayer.model.edit.EditingDomainService;
import org.sayer.model.query.SpeakerUsage;
import org.sayer.model.store.CorpusStore;
import org.sayer.model.validation.Validation;

/** Merging two registry speakers reaches documents that were on disk only, once they are loaded first. */
class SpeakerMergeAcrossCorpusTest {

    @TempDir
    Path folder;

    @Test
    void mergeAfterLoadingTheDocumentsThatMentionTheDuplicateLeavesNoDanglingMention() throws Exception {
        CorpusStore store = CorpusStore.create(folder, "merge");
        Speaker price = Fixtures.speaker(store.corpus(), "price", "Ned Price");
        Speaker blinken = Fixtures.speaker(store.corpus(), "blinken", "Antony Blinken");
        Speaker duplicate = Fixtures.speaker(store.corpus(), "blinken-2", "Tony Blinken");
        for (String id : List.of("doc-1", "doc-2", "doc-3")) {
            Document document = Fixtures.nestedAttribution(price, id.equals("doc-2") ? blinken : duplicate);
            document.setId(id);
            store.add(document);
        }
        store.saveAll();

        CorpusStore reopened = CorpusStore.open(folder);
        Speaker kept = reopened.corpus().getSpeakers().get(1);
        Speaker gone = reopened.corpus().getSpeakers().get(2);
        assertEquals(List.of(), SpeakerUsage.loadDocumentsMentioning(gone, reopened));
        List<DocumentEntry> entries = reopened.corpus().getDocuments();
        assertTrue(reopened.isLoaded(entries.get(0)));
        assertFalse(reopened.isLoaded(entries.get(1)), "a document without the speaker is not kept in memory");
        assertTrue(reopened.isLoaded(entries.get(2)));

        EditingDomainService editing = new EditingDomainService(reopened.resourceSet());
        assertTrue(editing.execute(editing.commands().mergeSpeakers(kept, gone)));
        reopened.saveAll();

        CorpusStore merged = CorpusStore.open(folder);
        assertEquals(2, merged.corpus().getSpeakers().size());
        for (DocumentEntry entry : merged.corpus().getDocuments()) {
            Document document = merged.load(entry);
            assertEquals(List.of(), Validation.problems(Validation.validate(document)), entry.getId());
            SpeakerMention mention = (SpeakerMention) document.getAnnotations().get(3);
            assertSame(merged.corpus().getSpeakers().get(1), mention.getSpeaker(), entry.getId());
        }
        assertEquals(List.of("Tony Blinken"), merged.corpus().getSpeakers().get(1).getAliases());
    }
}
