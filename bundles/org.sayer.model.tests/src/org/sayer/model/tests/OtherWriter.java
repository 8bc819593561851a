package org.sayer.model.tests;

import java.nio.file.Path;

import org.sayer.model.Document;
import org.sayer.model.SayerFactory;
import org.sayer.model.store.CorpusLock;
import org.sayer.model.store.CorpusStore;

/**
 * The child process of {@link CorpusLockTest}: a second Sayer process writing the same corpus.
 * {@code hold FOLDER} takes the writer's lock and keeps it until its standard input closes;
 * {@code add FOLDER ID} adds one document as a command would and exits.
 */
public final class OtherWriter {

    static final String HOLDER = "the other writer";

    private OtherWriter() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[1]);
        if (args[0].equals("hold")) {
            try (CorpusLock lock = CorpusLock.tryAcquire(folder, HOLDER)) {
                System.out.println(lock == null ? "refused" : "locked");
                System.out.flush();
                while (System.in.read() >= 0) {
                    // holds the lock until the parent closes our input
                }
            }
        } else {
            try (CorpusStore store = CorpusStore.open(folder)) {
                store.add(document(args[2]));
                store.save(store.load(store.entryFor(args[2])));
                store.saveIndex();
            }
            System.out.println("added");
        }
    }

    static Document document(String id) {
        Document document = SayerFactory.eINSTANCE.createDocument();
        document.setId(id);
        document.setTitle(id);
        document.setText("Text of " + id + ".");
        return document;
    }
}
