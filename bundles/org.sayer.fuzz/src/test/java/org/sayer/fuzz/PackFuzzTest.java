package org.sayer.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.sayer.model.Document;
import org.sayer.model.DocumentEntry;
import org.sayer.model.SayerFactory;
import org.sayer.model.store.CorpusStore;
import org.sayer.model.store.DocumentReader;
import org.sayer.model.store.StoreException;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;

/**
 * Packed documents (Sayer's own document XMI, many to a pack file) as the store and its readers
 * load them: loaded, or reported by name, one document at a time. The index records no checksums
 * here (a corpus from before them), or every changed byte would stop at the checksum and the XMI
 * reader would never be reached.
 *
 * <p>One corpus serves every input: its index lists three documents in one pack, and each input
 * writes the pack and where in it each document lies (the index itself is fuzzed by
 * {@link CorpusIndexFuzzTest}).
 */
class PackFuzzTest {

    private static final int DOCUMENTS = 3;
    private static final String PACK = "pack-fuzz.xmipack";

    private static CorpusStore store;

    @FuzzTest
    void loadsOrReportsByName(FuzzedDataProvider data) throws Exception {
        int[] lengths = new int[DOCUMENTS];
        for (int i = 0; i < DOCUMENTS - 1; i++) {
            lengths[i] = data.consumeInt(0, 1 << 16);
        }
        byte[] bytes = data.consumeRemainingAsBytes();
        List<DocumentEntry> entries = corpus().corpus().getDocuments();
        Files.write(store.folder().resolve(CorpusStore.DOCUMENTS_FOLDER).resolve(PACK), bytes);
        long offset = 0;
        for (int i = 0; i < DOCUMENTS; i++) {
            int length = i < DOCUMENTS - 1 ? (int) Math.min(lengths[i], bytes.length - offset) : (int) (bytes.length - offset);
            entries.get(i).setPackOffset(offset);
            entries.get(i).setPackLength(length);
            offset += length;
        }
        DocumentReader reader = store.newReader();
        for (DocumentEntry entry : entries) {
            try {
                Document document = store.load(entry);
                reader.read(entry);
                store.unload(document);
            } catch (StoreException damaged) {
                Oracle.namesInput(damaged, store.folder().toString());
            }
        }
    }

    private static CorpusStore corpus() throws IOException {
        if (store == null) {
            Path folder = Scratch.empty("pack-corpus");
            Files.createDirectories(folder.resolve(CorpusStore.DOCUMENTS_FOLDER));
            store = CorpusStore.create(folder, "fuzz");
            for (int i = 0; i < DOCUMENTS; i++) {
                DocumentEntry entry = SayerFactory.eINSTANCE.createDocumentEntry();
                entry.setId("doc-" + i);
                entry.setPack(PACK);
                store.corpus().getDocuments().add(entry);
            }
            store.saveIndex();
        }
        return store;
    }
}
