package org.sayer.model.tests;

import java.nio.file.Path;

import org.sayer.model.Document;
import org.sayer.model.Speaker;
import org.sayer.model.store.CorpusStore;

/**
 * The child process of {@link CrashDuringSaveTest}'s bulk case: opens a corpus and adds documents
 * the way an import does (saved into packs, listed by the index in batches of {@value #BATCH}),
 * until it is killed. Prints "listing N" before and "listed N" after each index save.
 */
public final class BulkLoop {

    static final int BATCH = 200;

    private BulkLoop() {
    }

    public static void main(String[] args) throws Exception {
        CorpusStore store = CorpusStore.open(Path.of(args[0]));
        Speaker price = store.corpus().getSpeakers().get(0);
        Speaker blinken = store.corpus().getSpeakers().get(1);
        int next = store.corpus().getDocuments().size();
        while (true) {
            for (int i = 0; i < BATCH; i++) {
                Document document = Fixtures.nestedAttribution(price, blinken);
                document.setId("doc-" + next++);
                store.add(document);
                store.saveDeferred(document);
                store.unload(document);
            }
            System.out.println("listing " + next);
            System.out.flush();
            store.saveIndex();
            System.out.println("listed " + next);
            System.out.flush();
        }
    }
}
