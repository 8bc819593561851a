package org.sayer.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sayer.model.Document;
import org.sayer.model.DocumentEntry;
import org.sayer.model.Speaker;
import org.sayer.model.store.CorpusStore;
import org.sayer.model.store.StoreException;

/**
 * The index records a checksum of every document's saved bytes, so bytes changed behind Sayer's
 * back (other valid XMI, which parses fine) are damage, reported by name, instead of silently
 * served.
 */
class DocumentChecksumTest {

    @TempDir
    Path folder;

    /** Three documents packed as an import packs them, the index saved. */
    private CorpusStore packed() throws Exception {
        CorpusStore store = CorpusStore.create(folder, "checked");
        Speaker price = Fixtures.speaker(store.corpus(), "price", "Ned Price");
        Speaker blinken = Fixtures.speaker(store.corpus(), "blinken", "Antony Blinken");
        for (int i = 0; i < 3; i++) {
            Document document = Fixtures.nestedAttribution(price, blinken);
            document.setId("doc-" + i);
            store.add(document);
            store.saveDeferred(document);
            store.unload(document);
        }
        store.saveIndex();
        return store;
    }

    /** Overwrites, in place, the first {@code was} within bytes [from, to) of {@code file} with {@code now} (same length). */
    private static void overwrite(Path file, long from, long to, String was, String now) throws Exception {
        assertEquals(was.length(), now.length());
        String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        int at = content.indexOf(was, (int) from);
        assertTrue(at >= 0 && at + was.length() <= to, "the text to change lies in the document");
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap(now.getBytes(StandardCharsets.ISO_8859_1)), at);
        }
    }

    @Test
    void validTextWrittenOverAPackedDocumentIsDamageNamedWithItsPackAndDocument() throws Exception {
        DocumentEntry second = packed().entryFor("doc-1");
        assertTrue(second.getChecksum().matches("crc32c:[0-9a-f]{8}"), second.getChecksum());
        Path pack = folder.resolve(CorpusStore.DOCUMENTS_FOLDER).resolve(second.getPack());
        overwrite(pack, second.getPackOffset(), second.getPackOffset() + second.getPackLength(), "diplomacy", "democracy");

        CorpusStore reopened = CorpusStore.open(folder);
        StoreException error = assertThrows(StoreException.class, () -> reopened.load(reopened.entryFor("doc-1")));
        assertEquals(pack, error.file());
        assertTrue(error.getMessage().contains("doc-1.xmi") && error.getMessage().contains("checksum"), error.getMessage());
        StoreException read = assertThrows(StoreException.class, () -> reopened.newReader().read(reopened.entryFor("doc-1")),
                "readers of exports and stats verify too");
        assertEquals(error.getMessage(), read.getMessage());
        assertEquals(Fixtures.TEXT, reopened.load(reopened.entryFor("doc-0")).getText());
        assertEquals(Fixtures.TEXT, reopened.load(reopened.entryFor("doc-2")).getText());
    }

    @Test
    void anOwnFileChangedWithoutANewerTimeIsDamageButOneSavedAfterTheIndexWins() throws Exception {
        CorpusStore store = packed();
        Document edited = store.load(store.entryFor("doc-2"));
        edited.setTitle("Edited");
        store.save(edited);
        store.saveIndex();
        Path own = store.fileOf(store.entryFor("doc-2"));
        // Older than the index: a file stamped in the index's own tick counts as saved after it.
        FileTime beforeIndex = FileTime.fromMillis(Files.getLastModifiedTime(folder.resolve(CorpusStore.INDEX_FILE)).toMillis() - 5_000);
        overwrite(own, 0, Files.size(own), "diplomacy", "democracy");
        Files.setLastModifiedTime(own, beforeIndex);
        CorpusStore reopened = CorpusStore.open(folder);
        StoreException error = assertThrows(StoreException.class, () -> reopened.load(reopened.entryFor("doc-2")));
        assertEquals(own, error.file());
        assertTrue(error.getMessage().contains("checksum"), error.getMessage());

        // A save the index did not record before a crash: the file is newer than the index, and wins.
        Files.setLastModifiedTime(own, FileTime.fromMillis(Files.getLastModifiedTime(folder.resolve(CorpusStore.INDEX_FILE)).toMillis() + 5_000));
        CorpusStore afterCrash = CorpusStore.open(folder);
        assertEquals("Price said Blinken stressed \"the importance of democracy.\"", afterCrash.load(afterCrash.entryFor("doc-2")).getText());
    }

    @Test
    void aCorpusWrittenBeforeChecksumsStillLoads() throws Exception {
        packed();
        Path index = folder.resolve(CorpusStore.INDEX_FILE);
        String withChecksums = Files.readString(index);
        String without = withChecksums.replaceAll(" checksum=\"[^\"]*\"", "");
        assertTrue(without.length() < withChecksums.length(), "the index recorded checksums");
        Files.writeString(index, without);

        CorpusStore reopened = CorpusStore.open(folder);
        assertNull(reopened.entryFor("doc-1").getChecksum());
        assertEquals(Fixtures.TEXT, reopened.load(reopened.entryFor("doc-1")).getText());
        assertNotNull(reopened.newReader().read(reopened.entryFor("doc-2")));
        Document saved = reopened.load(reopened.entryFor("doc-0"));
        reopened.save(saved);
        assertTrue(reopened.entryFor("doc-0").getChecksum().startsWith("crc32c:"), "a save records the checksum from then on");
    }
}
