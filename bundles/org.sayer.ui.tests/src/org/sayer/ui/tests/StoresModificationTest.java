package org.sayer.ui.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.sayer.model.Document;
import org.sayer.model.SayerFactory;
import org.sayer.model.store.CorpusStore;
import org.sayer.ui.session.Stores;

/** The recovery journal copies only documents that changed since they were saved; the store tells which. */
class StoresModificationTest {

    @Test
    void documentReadFromDiskIsUnmodifiedUntilEditedAndAgainAfterSave() throws Exception {
        Path folder = Files.createTempDirectory("sayer-tracking");
        CorpusStore created = Stores.create(folder, "tracking");
        Document fresh = SayerFactory.eINSTANCE.createDocument();
        fresh.setId("tracked");
        fresh.setText("The mayor said so.");
        created.add(fresh);
        created.save(fresh);
        created.saveIndex();

        CorpusStore reopened = Stores.open(folder);
        Document document = reopened.load(reopened.corpus().getDocuments().get(0));
        assertTrue(document.eResource().isTrackingModification(), "a document read from disk is tracked");
        assertFalse(document.eResource().isModified(), "as read, it equals its file");
        document.setTitle("Edited");
        assertTrue(document.eResource().isModified(), "an edit marks it changed");
        reopened.save(document);
        assertFalse(document.eResource().isModified(), "saving clears the mark");
    }
}
