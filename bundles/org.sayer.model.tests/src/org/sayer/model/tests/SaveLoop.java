package org.sayer.model.tests;

import java.nio.file.Path;

import org.sayer.model.Document;
import org.sayer.model.store.CorpusStore;

/**
 * The child process of {@link CrashDuringSaveTest}: opens a corpus and saves its first document
 * over and over, each time as a new version ("version N" in the title), until it is killed.
 * Plain Java on an ordinary class path, no OSGi and no JUnit.
 */
public final class SaveLoop {

    private SaveLoop() {
    }

    public static void main(String[] args) throws Exception {
        CorpusStore store = CorpusStore.open(Path.of(args[0]));
        Document document = store.load(store.corpus().getDocuments().get(0));
        int version = Integer.parseInt(document.getTitle().substring(CrashDuringSaveTest.TITLE_PREFIX.length()));
        while (true) {
            version++;
            document.setTitle(CrashDuringSaveTest.TITLE_PREFIX + version);
            System.out.println("saving " + version);
            System.out.flush();
            store.save(document);
            System.out.println("saved " + version);
            System.out.flush();
        }
    }
}
