package org.sayer.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sayer.model.Claim;
import org.sayer.model.ClaimType;
import org.sayer.model.Corpus;
import org.sayer.model.Document;
import org.sayer.model.DocumentEntry;
import org.sayer.model.MentionKind;
import org.sayer.model.SayerFactory;
import org.sayer.model.Speaker;
import org.sayer.model.SpeakerMention;
import org.sayer.model.store.CorpusStore;
import org.sayer.model.store.DocumentReader;

/**
 * Document, speaker, index entry and annotation ids are the users' own and may be equal: a speaker
 * called like a document, a mention like its document. XMI gives a file one id space, and a speaker
 * link that found the document's index entry instead broke every read of the corpus
 * (ArrayStoreException). Links now find what they link to, in new files and in old ones.
 */
class SharedIdsTest {

    /**
     * data/corpus-with-shared-ids as Sayer wrote it before the fix: gold JSONL imported into a pack,
     * whose speaker "lavrov" is also a document id (and speaker "m1" a mention id), plus a document
     * in a file of its own whose mention has the document's id, linked from the index as {@code #d3}.
     */
    private static final String FIXTURE = "/data/corpus-with-shared-ids/";
    private static final List<String> FILES = List.of("corpus.xmi", "documents/d3.xmi", "documents/pack-1796475606116-690-1.xmipack");

    @TempDir
    Path folder;

    @Test
    void anOldCorpusWhoseSpeakerIsCalledLikeADocumentOpensWithEveryLinkRight() throws Exception {
        Fixtures.copyCorpus(FIXTURE, FILES, folder);
        try (CorpusStore store = CorpusStore.open(folder)) {
            Speaker lavrov = speaker(store.corpus(), "lavrov");
            DocumentReader reader = store.newReader();
            for (DocumentEntry entry : store.corpus().getDocuments()) {
                assertLinksRight(store.load(entry), entry.getId());
                assertLinksRight(reader.read(entry), entry.getId());
                assertEquals(entry.getId(), entry.getDocument().getId(), "the index entry's link finds its document");
            }
            assertSame(lavrov, mention(store.load(store.entryFor("lavrov"))).getSpeaker());
            assertSame(lavrov, mention(store.load(store.entryFor("d3"))).getSpeaker());
            assertSame(speaker(store.corpus(), "m1"), mention(store.load(store.entryFor("d2"))).getSpeaker());
        }
    }

    @Test
    void aCorpusWrittenWithSharedIdsLoadsAgainWithEveryLinkRight() throws Exception {
        try (CorpusStore store = CorpusStore.create(folder, "shared")) {
            Speaker speaker = SayerFactory.eINSTANCE.createSpeaker();
            speaker.setId("same");
            speaker.setName("Sergey Lavrov");
            store.corpus().getSpeakers().add(speaker);
            Document document = document("same", speaker);
            store.add(document);
            store.save(document);
            Document packed = document("other", speaker);
            store.add(packed);
            store.saveDeferred(packed);
            store.saveIndex();
            store.unload(document);
            assertEquals("same", store.entryFor("same").getDocument().getId(), "an unloaded document's link finds it again");
        }
        try (CorpusStore reopened = CorpusStore.open(folder)) {
            Speaker speaker = speaker(reopened.corpus(), "same");
            assertSame(speaker, reopened.corpus().eResource().getEObject("same"), "a link to the index means a speaker");
            DocumentReader reader = reopened.newReader();
            for (DocumentEntry entry : reopened.corpus().getDocuments()) {
                Document document = reopened.load(entry);
                assertLinksRight(document, entry.getId());
                assertSame(speaker, mention(document).getSpeaker());
                assertSame(document, entry.getDocument());
                Document read = reader.read(entry);
                assertLinksRight(read, entry.getId());
                assertSame(speaker, mention(read).getSpeaker());
            }
            Document same = reopened.load(reopened.entryFor("same"));
            assertSame(mention(same), same.eResource().getEObject("same"), "a link into a document means an annotation");
            assertTrue(EcoreUtil.getURI(same).toString().endsWith("#/"), EcoreUtil.getURI(same).toString());
        }
    }

    /**
     * Ids are written into links (href="../corpus.xmi#ID", source="ID"): markup characters and
     * spaces in them must come back as they were. A speaker id with '<' made Sayer write documents
     * it could not read again (found by fuzzing zip import), a ':' made EMF read the link as a typed
     * one and drop it (found by fuzzing gold JSONL and XMI import), and its invalid namespace URIs failed the
     * open with an exception instead of naming the damaged file.
     */
    @Test
    void idsWithMarkupAndSpacesAreWrittenSoThatTheyLoadAgain() throws Exception {
        String id = "x<y&\"z >' 2:b";
        try (CorpusStore store = CorpusStore.create(folder, "markup")) {
            Speaker speaker = SayerFactory.eINSTANCE.createSpeaker();
            speaker.setId("a<b&\"c >' 1");
            speaker.setName("Sergey Lavrov");
            store.corpus().getSpeakers().add(speaker);
            Document own = document(id, speaker);
            store.add(own);
            store.save(own);
            Document packed = document(id + " packed", speaker);
            store.add(packed);
            store.saveDeferred(packed);
            store.saveIndex();
        }
        try (CorpusStore reopened = CorpusStore.open(folder)) {
            Speaker speaker = speaker(reopened.corpus(), "a<b&\"c >' 1");
            assertEquals(List.of(id, id + " packed"), reopened.documentIds());
            for (DocumentEntry entry : reopened.corpus().getDocuments()) {
                Document document = reopened.load(entry);
                assertLinksRight(document, entry.getId());
                assertSame(speaker, mention(document).getSpeaker());
                assertSame(document, entry.getDocument());
            }
        }
    }

    @Test
    void anIndexWithAnInvalidNamespaceUriIsReportedAsDamagedByName() throws Exception {
        Path index = Files.writeString(folder.resolve("corpus.xmi"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <sayer:Corpus xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:sayer="http:#//san forinter"/>
                """);
        org.sayer.model.store.StoreException refused = org.junit.jupiter.api.Assertions.assertThrows(
                org.sayer.model.store.StoreException.class, () -> CorpusStore.open(folder));
        assertTrue(refused.getMessage().startsWith(index + ": damaged or unreadable"), refused.getMessage());
    }

    /** "X said no.": mention, cue and claim, the mention with the document's own id. */
    private static Document document(String id, Speaker speaker) {
        SayerFactory f = SayerFactory.eINSTANCE;
        Document document = f.createDocument();
        document.setId(id);
        document.setText("X said no.");
        document.getSpeakers().add(speaker);
        SpeakerMention mention = Fixtures.mention(id, 0, 1, speaker, MentionKind.NAME);
        Claim claim = Fixtures.claim("a1", 7, 9, ClaimType.INDIRECT, mention, Fixtures.cue("c1", 2, 6), null);
        document.getAnnotations().addAll(List.of(mention, claim.getCue(), claim));
        return document;
    }

    private static void assertLinksRight(Document document, String id) {
        assertEquals(id, document.getId());
        EcoreUtil.resolveAll(document);
        assertTrue(document.getSpeakers().stream().allMatch(s -> s instanceof Speaker && !s.eIsProxy()), id + ": speakers");
        SpeakerMention mention = mention(document);
        assertTrue(mention.getSpeaker() != null && !mention.getSpeaker().eIsProxy(), id + ": the mention's speaker");
        Claim claim = document.getAnnotations().stream().filter(Claim.class::isInstance).map(Claim.class::cast).findFirst().orElseThrow();
        assertSame(mention, claim.getSource(), id + ": the claim's source");
        assertNotNull(claim.getCue(), id + ": the claim's cue");
    }

    private static SpeakerMention mention(Document document) {
        return document.getAnnotations().stream().filter(SpeakerMention.class::isInstance).map(SpeakerMention.class::cast)
                .findFirst().orElseThrow();
    }

    private static Speaker speaker(Corpus corpus, String id) {
        return corpus.getSpeakers().stream().filter(s -> s.getId().equals(id)).findFirst().orElseThrow();
    }
}
