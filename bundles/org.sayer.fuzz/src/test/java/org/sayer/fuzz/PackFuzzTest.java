package org.sayer.fuzz;

import java.nio.file.Files;
import java.nio.file.Path;

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
 */
class PackFuzzTest {

    private static final int DOCUMENTS = 3;

    @FuzzTest
    void loadsOrReportsByName(FuzzedDataProvider data) throws Exception {
        int[] lengths = new int[DOCUMENTS];
        for (int i = 0; i < DOCUMENTS - 1; i++) {
            lengths[i] = data.consumeInt(0, 1 << 16);
        }
        byte[] bytes = data.consumeRemainingAsBytes();
        Path corpus = Scratch.fresh();
        Path documents = Files.createDirectories(corpus.resolve(CorpusStore.DOCUMENTS_FOLDER));
        Files.write(documents.resolve("pack-fuzz.xmipack"), bytes);
        try (CorpusStore store = CorpusStore.create(corpus, "fuzz")) {
            long offset = 0;
            for (int i = 0; i < DOCUMENTS; i++) {
                DocumentEntry entry = SayerFactory.eINSTANCE.createDocumentEntry();
                entry.setId("doc-" + i);
                entry.setPack("pack-fuzz.xmipack");
                int length = i < DOCUMENTS - 1 ? (int) Math.min(lengths[i], bytes.length - offset) : (int) (bytes.length - offset);
                entry.setPackOffset(offset);
                entry.setPackLength(length);
                offset += length;
                store.corpus().getDocuments().add(entry);
            }
            store.saveIndex();
        }
        CorpusStore store = CorpusStore.open(corpus);
        DocumentReader reader = store.newReader();
        for (DocumentEntry entry : store.corpus().getDocuments()) {
            try {
                Document document = store.load(entry);
                reader.read(entry);
                store.unload(document);
            } catch (StoreException damaged) {
                Oracle.namesInput(damaged, corpus.toString());
            }
        }
    }
}
