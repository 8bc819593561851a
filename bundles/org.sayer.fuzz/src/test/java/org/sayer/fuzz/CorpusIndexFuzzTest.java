package org.sayer.fuzz;

import java.nio.file.Files;
import java.nio.file.Path;

import org.sayer.model.DocumentEntry;
import org.sayer.model.store.CorpusStore;
import org.sayer.model.store.StoreException;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** A corpus index (corpus.xmi) as stats, export, check and the workbench open it: opened, or refused by name. */
class CorpusIndexFuzzTest {

    @FuzzTest
    void opensOrRefusesByName(byte[] bytes) throws Exception {
        Path corpus = Scratch.fresh();
        Path index = Files.write(corpus.resolve(CorpusStore.INDEX_FILE), bytes);
        CorpusStore store;
        try {
            store = CorpusStore.open(corpus);
        } catch (StoreException refused) {
            Oracle.namesInput(refused, index.toString());
            return;
        }
        // The index lists documents that are not there: each is reported by name, alone.
        for (DocumentEntry entry : store.corpus().getDocuments().subList(0, Math.min(5, store.corpus().getDocuments().size()))) {
            try {
                store.load(entry);
            } catch (StoreException missing) {
                Oracle.namesInput(missing, corpus.toString());
            }
        }
    }
}
