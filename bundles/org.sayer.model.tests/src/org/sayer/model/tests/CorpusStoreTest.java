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
import java.nio.file.attribute.FileTime;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sayer.model.Claim;
import org.sayer.model.Cue;
import org.sayer.model.ClaimType;
import org.sayer.model.Document;
import org.sayer.model.DocumentEntry;
import org.sayer.model.MentionKind;
import org.sayer.model.Origin;
import org.sayer.model.ReviewState;
import org.sayer.model.Speaker;
import org.sayer.model.SpeakerMention;
import org.sayer.model.SpeakerType;
import org.sayer.model.WorkflowState;
import org.sayer.model.store.CorpusLock;
import org.sayer.model.store.CorpusStore;
import org.sayer.model.store.DocumentReader;
import org.sayer.model.store.SayerResources;
import org.sayer.model.store.StoreException;

class CorpusStoreTest {

    @TempDir
    Path folder;

    @Test
    void aLargeDocumentIsSavedWithoutTheCacheThatWouldKeepItsXmlAndLoadsAgain() throws Exception {
        CorpusStore store = CorpusStore.create(folder, "large");
        Document large = BigDocuments.create(store.corpus(), 3 * (SayerResources.CACHED_SAVE_MAX_CHARS / 50));
        assertTrue(SayerResources.isLarge(large), large.getText().length() + " characters");
        store.add(large);
        // EMF's configuration cache hands the buffer of a save, the whole XML, to the next save
        assertFalse(SayerResources.saveOptionsFor(large.eResource()).containsKey(XMLResource.OPTION_CONFIGURATION_CACHE));
        store.save(large);
        store.saveIndex();
        store.close();

        try (CorpusStore reopened = CorpusStore.open(folder)) {
            Document again = reopened.load(reopened.entryFor("big"));
            assertEquals(large.getText(), again.getText());
            assertEquals(large.getAnnotations().size(), again.getAnnotations().size());
            Document small = Fixtures.nestedAttribution(Fixtures.speaker(reopened.corpus(), "price", "Ned Price"),
                    Fixtures.speaker(reopened.corpus(), "blinken", "Antony Blinken"));
            reopened.add(small);
            assertEquals(Boolean.TRUE, SayerResources.saveOptionsFor(small.eResource()).get(XMLResource.OPTION_CONFIGURATION_CACHE),
                    "small documents keep the cache, which makes saving many of them fast");
        }
    }

    @Test
    void unloadingADocumentLetsItsContentBeCollectedAndItLoadsAgain() throws Exception {
        CorpusStore store = CorpusStore.create(folder, "streaming");
        Speaker price = Fixtures.speaker(store.corpus(), "price", "Ned Price");
        Speaker blinken = Fixtures.speaker(store.corpus(), "blinken", "Antony Blinken");
        Document document = Fixtures.nestedAttribution(price, blinken);
        DocumentEntry entry = store.add(document);
        store.save(document);

        store.unload(document);
        Document held = (Document) entry.eGet(org.sayer.model.SayerPackage.Literals.DOCUMENT_ENTRY__DOCUMENT, false);
        assertTrue(held.eIsProxy(), "the entry holds a proxy");
        assertTrue(held != document, "the entry no longer holds the unloaded document, so it can be collected");
        assertEquals(null, held.getText());
        assertTrue(held.getAnnotations().isEmpty());
        assertFalse(store.isLoaded(entry));

        Document again = store.load(entry);
        assertEquals(Fixtures.TEXT, again.getText());
        assertEquals(6, again.getAnnotations().size());
    }

    @Test
    void aReaderOnAnotherThreadSeesTheRegistrysOwnSpeakersAndLeavesTheStoreAlone() throws Exception {
        CorpusStore store = bulkSaved(3);
        store.saveIndex();
        Speaker price = store.corpus().getSpeakers().get(0);
        Speaker blinken = store.corpus().getSpeakers().get(1);
        DocumentEntry entry = store.entryFor("doc-1");

        DocumentReader reader = store.newReader();
        java.util.concurrent.CompletableFuture<Document> read = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return reader.read(entry);
            } catch (StoreException e) {
                throw new IllegalStateException(e);
            }
        });
        Document copy = read.get();
        assertEquals(Fixtures.TEXT, copy.getText());
        assertEquals(List.of(price, blinken), List.copyOf(copy.getSpeakers()), "the registry's objects, not copies");
        SpeakerMention first = (SpeakerMention) copy.getAnnotations().get(0);
        assertSame(price, first.getSpeaker());
        Claim nested = copy.getAnnotations().stream().filter(a -> a instanceof Claim c && c.getParent() != null)
                .map(Claim.class::cast).findFirst().orElseThrow();
        assertSame(copy, nested.getParent().eContainer(), "links inside the document resolve within it");
        assertEquals(1, store.resourceSet().getResources().size(), "the store did not load the document");
        assertFalse(store.isLoaded(entry));
        assertEquals(null, copy.eResource().getResourceSet(), "no resource set keeps the document read");
    }

    /** A corpus of {@code count} documents saved the way a bulk import saves them (the index not yet). */
    private CorpusStore bulkSaved(int count) throws Exception {
        CorpusStore store = CorpusStore.create(folder, "bulk");
        Speaker price = Fixtures.speaker(store.corpus(), "price", "Ned Price");
        Speaker blinken = Fixtures.speaker(store.corpus(), "blinken", "Antony Blinken");
        for (int i = 0; i < count; i++) {
            Document document = Fixtures.nestedAttribution(price, blinken);
            document.setId("doc-" + i);
            store.add(document);
            store.saveDeferred(document);
            store.unload(document);
        }
        return store;
    }

    @Test
    void deferredSavesOfNewDocumentsAreListedAndReadableOnceTheIndexIsSaved() throws Exception {
        CorpusStore store = bulkSaved(20);
        store.saveIndex();

        CorpusStore reopened = CorpusStore.open(folder);
        assertEquals(20, reopened.corpus().getDocuments().size());
        for (DocumentEntry entry : reopened.corpus().getDocuments()) {
            assertEquals(2, entry.getClaimCount(), entry.getId());
            assertEquals(Fixtures.TEXT, reopened.load(entry).getText());
        }
        try (var listing = Files.list(folder.resolve(CorpusStore.DOCUMENTS_FOLDER))) {
            assertTrue(listing.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temp files left");
        }
    }

    @Test
    void bulkSavedDocumentsShareOnePackUntilOneIsSavedAndItsOwnFileWinsEvenWithAnOldIndex() throws Exception {
        CorpusStore store = bulkSaved(20);
        assertEquals(Fixtures.TEXT, store.load(store.entryFor("doc-7")).getText(), "a packed document loads before the index is saved");
        store.saveIndex();
        try (var listing = Files.list(folder.resolve(CorpusStore.DOCUMENTS_FOLDER))) {
            List<String> files = listing.map(p -> p.getFileName().toString()).toList();
            assertEquals(1, files.size(), files.toString());
            assertTrue(files.get(0).endsWith(".xmipack"), files.toString());
        }

        CorpusStore reopened = CorpusStore.open(folder);
        Document third = reopened.load(reopened.entryFor("doc-3"));
        assertSame(reopened.corpus().getSpeakers().get(0), ((SpeakerMention) third.getAnnotations().get(0)).getSpeaker());
        third.setTitle("Edited after the import");
        reopened.save(third);
        assertTrue(new String(reopened.bytesOf(reopened.entryFor("doc-4")), StandardCharsets.UTF_8).contains("doc-4"));

        // The index on disk still says doc-3 is packed: its own file wins all the same.
        CorpusStore again = CorpusStore.open(folder);
        assertTrue(again.entryFor("doc-3").getPack() != null, "the index was not saved after the edit");
        assertSame(again.entryFor("doc-1").getPack(), again.entryFor("doc-2").getPack(), "entries of one pack share its name");
        assertEquals("Edited after the import", again.load(again.entryFor("doc-3")).getTitle());
        assertEquals("Price on Blinken", again.load(again.entryFor("doc-19")).getTitle());
        assertEquals("Price on Blinken", again.newReader().read(again.entryFor("doc-11")).getTitle(), "readers read packs too");
    }

    @Test
    void aDocumentTakenOutAndImportedAgainLoadsItsNewVersionFromThePack() throws Exception {
        CorpusStore store = bulkSaved(3);
        assertEquals("Price on Blinken", store.load(store.entryFor("doc-1")).getTitle());
        store.unload(store.load(store.entryFor("doc-1")));
        store.remove(store.entryFor("doc-1"));
        Document again = Fixtures.nestedAttribution(store.corpus().getSpeakers().get(0), store.corpus().getSpeakers().get(1));
        again.setId("doc-1");
        again.setTitle("Imported again");
        store.add(again);
        store.saveDeferred(again);
        store.unload(again);
        assertEquals("Imported again", store.load(store.entryFor("doc-1")).getTitle());
    }

    @Test
    void aDamagedPackIsNamedAndTheDocumentsBeforeTheDamageStillLoad() throws Exception {
        CorpusStore store = bulkSaved(5);
        store.saveIndex();
        DocumentEntry last = store.entryFor("doc-4");
        Path pack = folder.resolve(CorpusStore.DOCUMENTS_FOLDER).resolve(last.getPack());
        try (var channel = java.nio.channels.FileChannel.open(pack, java.nio.file.StandardOpenOption.WRITE)) {
            channel.truncate(last.getPackOffset() + last.getPackLength() / 2);
        }
        CorpusStore reopened = CorpusStore.open(folder);
        StoreException error = assertThrows(StoreException.class, () -> reopened.load(reopened.entryFor("doc-4")));
        assertTrue(error.getMessage().startsWith(pack.toString()) && error.getMessage().contains("doc-4"), error.getMessage());
        assertEquals(Fixtures.TEXT, reopened.load(reopened.entryFor("doc-3")).getText());
    }

    @Test
    void aDocumentThatCannotBeSavedFailsAtOnceNamingItsFile() throws Exception {
        CorpusStore store = CorpusStore.create(folder, "bulk");
        Document document = Fixtures.nestedAttribution(Fixtures.speaker(store.corpus(), "price", "Ned Price"),
                Fixtures.speaker(store.corpus(), "blinken", "Antony Blinken"));
        DocumentEntry entry = store.add(document);
        // A folder where the file should go, as a full disk would, fails the write.
        Path blocked = Files.createDirectories(store.fileOf(entry));
        Files.writeString(blocked.resolve("keep.txt"), "not the corpus's");
        StoreException error = assertThrows(StoreException.class, () -> store.saveDeferred(document));
        assertTrue(error.getMessage().startsWith(blocked.toString()), error.getMessage());
        store.remove(entry);
        assertTrue(Files.exists(blocked.resolve("keep.txt")), "a folder in the way is not the store's to delete");
    }

    @Test
    void theLastOfManyDeferredSavesOfADocumentIsWhatTheFileHolds() throws Exception {
        CorpusStore store = CorpusStore.create(folder, "bulk");
        Document document = Fixtures.nestedAttribution(Fixtures.speaker(store.corpus(), "price", "Ned Price"),
                Fixtures.speaker(store.corpus(), "blinken", "Antony Blinken"));
        store.add(document);
        for (int version = 1; version <= 40; version++) {
            document.setTitle("version " + version);
            store.saveDeferred(document);
        }
        store.saveIndex();
        CorpusStore reopened = CorpusStore.open(folder);
        assertEquals("version 40", reopened.load(reopened.corpus().getDocuments().get(0)).getTitle(),
                "writes of one file run in the order they were asked for, however many writer threads there are");
    }

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
    void everyFieldOfEveryClassSurvivesSaveAndReopen() throws Exception {
        CorpusStore store = CorpusStore.create(folder, "every field");
        Speaker price = Fixtures.speaker(store.corpus(), "price", "Ned Price", "Price", "the spokesperson");
        price.setRole("State Department Spokesperson");
        price.setOrganisation("US State Department");
        price.setExternalId("Q7086588");
        Speaker blinken = Fixtures.speaker(store.corpus(), "blinken", "Antony Blinken");
        blinken.setType(SpeakerType.PERSON);
        Speaker moscow = Fixtures.speaker(store.corpus(), "moscow", "Moscow");
        moscow.setType(SpeakerType.GPE);
        Document document = Fixtures.nestedAttribution(price, blinken);
        document.setText(document.getText() + "\n\u201cQuoted\u201d \uD83D\uDE00 & <tags> \t");
        document.getMetadata().put("tags", "[\"a\", \"b\"]");
        document.getSpeakers().add(moscow);
        SpeakerMention pronoun = Fixtures.mention("m3", 59, 60, moscow, MentionKind.PRONOUN);
        pronoun.setOrigin(Origin.AUTOMATIC);
        pronoun.setReview(ReviewState.REJECTED);
        pronoun.setConfidence(0.125);
        pronoun.setReviewer("anna");
        pronoun.setReviewed(1_800_000_000_123L);
        pronoun.setCreated(1_700_000_000_456L);
        document.getAnnotations().add(pronoun);
        document.getDoneBy().add("anna");
        document.getDoneBy().add("ben");
        DocumentEntry entry = store.add(document);
        store.saveAll();

        CorpusStore reopened = CorpusStore.open(folder);
        assertSameFields(store.corpus(), reopened.corpus());
        assertSameFields(entry, reopened.corpus().getDocuments().get(0));
        assertSameFields(document, reopened.load(reopened.corpus().getDocuments().get(0)));
    }

    /** Compares every attribute of two object trees, and every reference by the id of its target. */
    private static void assertSameFields(EObject expected, EObject actual) {
        assertEquals(expected.eClass(), actual.eClass());
        for (EStructuralFeature feature : expected.eClass().getEAllStructuralFeatures()) {
            String where = expected.eClass().getName() + "." + feature.getName() + " of " + EcoreUtil.getID(expected);
            if (feature instanceof EReference reference && reference.isContainment()) {
                List<EObject> expectedChildren = children(expected, reference);
                List<EObject> actualChildren = children(actual, reference);
                assertEquals(expectedChildren.size(), actualChildren.size(), where);
                for (int i = 0; i < expectedChildren.size(); i++) {
                    assertSameFields(expectedChildren.get(i), actualChildren.get(i));
                }
            } else if (feature instanceof EReference) {
                assertEquals(idsOf(expected.eGet(feature)), idsOf(actual.eGet(feature)), where);
            } else {
                assertEquals(expected.eGet(feature), actual.eGet(feature), where);
                assertEquals(expected.eIsSet(feature), actual.eIsSet(feature), where + " is set");
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<EObject> children(EObject owner, EReference reference) {
        Object value = owner.eGet(reference);
        return reference.isMany() ? (List<EObject>) value : value == null ? List.of() : List.of((EObject) value);
    }

    private static Object idsOf(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(o -> EcoreUtil.getID((EObject) o)).toList();
        }
        return value == null ? null : EcoreUtil.getID((EObject) value);
    }

    @Test
    void objectsAreFoundByIdAfterLoadAndAfterLaterAdditions() throws Exception {
        savedSampleDocument();
        CorpusStore reopened = CorpusStore.open(folder);
        Document document = reopened.load(reopened.corpus().getDocuments().get(0));
        assertSame(document.getAnnotations().get(5), document.eResource().getEObject("a2"));
        Cue added = Fixtures.cue("c9", 0, 5);
        document.getAnnotations().add(added);
        assertSame(added, document.eResource().getEObject("c9"));
        assertSame(reopened.corpus().getSpeakers().get(1), reopened.corpus().eResource().getEObject("b"));
        assertEquals(null, document.eResource().getEObject("no-such-id"));
    }

    @Test
    void truncatedDocumentIsReportedWithFileAndLine() throws Exception {
        Path file = savedSampleDocument();
        List<String> lines = Files.readAllLines(file);
        Files.write(file, lines.subList(0, 4));

        StoreException error = loadFailure();
        assertTrue(error.getMessage().startsWith(file + ": damaged or unreadable: line "), error.getMessage());
    }

    @Test
    void linkToAMissingAnnotationIsReportedWithItsLine() throws Exception {
        Path file = savedSampleDocument();
        Files.writeString(file, Files.readString(file).replace("source=\"m2\"", "source=\"m99\""));

        StoreException error = loadFailure();
        assertTrue(error.getMessage().contains("line ") && error.getMessage().contains("m99"), error.getMessage());
    }

    /** Found by fuzzing: EMF fetched an unknown namespace URI to find its package, so a crafted index made Sayer connect out. */
    @Test
    void anUnknownNamespaceIsRefusedWithoutFetchingIt() throws Exception {
        CorpusStore.create(folder, "ssrf").close();
        try (java.net.ServerSocket server = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            server.setSoTimeout(300);
            Path index = folder.resolve(CorpusStore.INDEX_FILE);
            Files.writeString(index, "<?xml version=\"1.0\"?>\n<sayer:Corpus xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:sayer=\"http://127.0.0.1:"
                    + server.getLocalPort() + "/model\" xmi:version=\"2.0\" name=\"c\"/>\n");
            StoreException error = assertThrows(StoreException.class, () -> CorpusStore.open(folder));
            assertTrue(error.getMessage().startsWith(index.toString()), error.getMessage());
            assertThrows(java.net.SocketTimeoutException.class, () -> server.accept().close(), "Sayer connected to the namespace's host");
        }
    }

    @Test
    void documentWithExternalEntityOrEntityExpansionIsRefused() throws Exception {
        Path file = savedSampleDocument();
        Path secret = folder.resolve("secret.txt");
        Files.writeString(secret, "TOP SECRET");
        String header = "<sayer:Document xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:sayer=\"http://sayer.org/model/1.0\"";
        Files.writeString(file, "<?xml version=\"1.0\"?>\n<!DOCTYPE d [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
                + header + " id=\"doc-1\" text=\"&x;\"/>\n");
        StoreException error = loadFailure();
        assertTrue(error.getMessage().contains("DOCTYPE"), error.getMessage());
        assertFalse(error.getMessage().contains("TOP SECRET"));

        StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE d [<!ENTITY l0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            laughs.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        Files.writeString(file, laughs + "]>\n" + header + " id=\"doc-1\" text=\"&l9;\"/>\n");
        error = loadFailure();
        assertTrue(error.getMessage().contains("DOCTYPE"), error.getMessage());
    }

    /** Files a store writes get the permissions of any new file (the umask), so a team can share a corpus folder. */
    @Test
    void savedFilesHaveThePermissionsOfAnyNewFile() throws Exception {
        savedSampleDocument();
        var usual = Files.getPosixFilePermissions(Files.createFile(folder.resolve("probe")));
        assertEquals(usual, Files.getPosixFilePermissions(folder.resolve(CorpusStore.INDEX_FILE)));
        assertEquals(usual, Files.getPosixFilePermissions(folder.resolve("documents/doc-1.xmi")));
    }

    /** A killed import leaves a pack no index lists, a killed save a temp file: the next writer sweeps them. */
    @Test
    void leftoversOfAKilledWriterGoAtTheNextWrite() throws Exception {
        Path file = savedSampleDocument();
        Path pack = Files.writeString(folder.resolve("documents/pack-killed.xmipack"), "half an import");
        Path temp = Files.writeString(folder.resolve("documents/.doc-1.xmi.k1ll3d.tmp"), "half a save");
        CorpusStore reopened = CorpusStore.open(folder);
        reopened.load(reopened.corpus().getDocuments().get(0));
        assertTrue(Files.exists(pack) && Files.exists(temp), "reading sweeps nothing");
        reopened.saveIndex();
        assertFalse(Files.exists(pack));
        assertFalse(Files.exists(temp));
        assertTrue(Files.exists(file), "the document's own file stays");
        assertNotNull(CorpusStore.open(folder).load(CorpusStore.open(folder).corpus().getDocuments().get(0)));
    }

    /** A pack that is gone is reported as missing, not as damaged bytes. */
    @Test
    void aMissingPackIsNotFoundNotDamaged() throws Exception {
        bulkSaved(3).saveIndex();
        try (var packs = Files.list(folder.resolve(CorpusStore.DOCUMENTS_FOLDER))) {
            for (Path pack : packs.filter(p -> p.getFileName().toString().endsWith(".xmipack")).toList()) {
                Files.delete(pack);
            }
        }
        CorpusStore reopened = CorpusStore.open(folder);
        StoreException error = assertThrows(StoreException.class, () -> reopened.load(reopened.corpus().getDocuments().get(0)));
        assertTrue(error.getMessage().contains("not found") && !error.getMessage().contains("damaged"), error.getMessage());
    }

    @Test
    void saveLeavesNoTemporaryFilesBehind() throws Exception {
        savedSampleDocument();
        CorpusStore reopened = CorpusStore.open(folder);
        reopened.load(reopened.corpus().getDocuments().get(0));
        reopened.saveAll();
        try (var files = Files.walk(folder)) {
            // The writer's lock file stays: deleting it would let two writers lock two different files.
            assertEquals(List.of(CorpusLock.FILE, "corpus.xmi", "doc-1.xmi"), files.filter(Files::isRegularFile).map(f -> f.getFileName().toString()).sorted().toList());
        }
    }

    /** A corpus in {@code folder} with the nested-attribution document, saved; returns the document's file. */
    private Path savedSampleDocument() throws Exception {
        CorpusStore store = CorpusStore.create(folder, "sample");
        store.add(Fixtures.nestedAttribution(Fixtures.speaker(store.corpus(), "p", "Ned Price"), Fixtures.speaker(store.corpus(), "b", "Antony Blinken")));
        store.saveAll();
        store.close(); // written and done, as a command that ends
        return store.fileOf(store.corpus().getDocuments().get(0));
    }

    /**
     * Reopens the corpus and loads its first document, which must fail; the failed resource must not linger.
     * The edited file is dated after the index, as one saved just before a crash that kept the index from
     * being saved: such a file is read unverified, so what refuses it is the parser, not the checksum
     * (file times are too coarse to leave this to the clock).
     */
    private StoreException loadFailure() throws Exception {
        Path document = folder.resolve("documents").resolve("doc-1.xmi");
        Files.setLastModifiedTime(document, FileTime.fromMillis(
                Files.getLastModifiedTime(folder.resolve(CorpusStore.INDEX_FILE)).toMillis() + 2000));
        CorpusStore reopened = CorpusStore.open(folder);
        StoreException error = assertThrows(StoreException.class, () -> reopened.load(reopened.corpus().getDocuments().get(0)));
        assertEquals(1, reopened.resourceSet().getResources().size(), "the broken resource does not linger");
        return error;
    }

    @Test
    void folderWithoutIndexIsNotACorpus() {
        StoreException error = assertThrows(StoreException.class, () -> CorpusStore.open(folder));
        assertTrue(error.getMessage().contains("not a Sayer corpus"), error.getMessage());
    }
}
