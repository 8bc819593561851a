package org.sayer.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sayer.model.Document;
import org.sayer.model.DocumentEntry;
import org.sayer.model.SayerFactory;
import org.sayer.model.Speaker;
import org.sayer.model.store.CorpusStore;
import org.sayer.model.store.SayerResources;
import org.sayer.model.store.StoreException;

/**
 * Every file Sayer writes loads again, whatever the JDK's XML defaults: JDK 25 counts each
 * {@code &quot;} towards a limit of 100,000 characters of entity text, and a corpus whose titles or
 * texts held tens of thousands of quotation marks was written and then never opened again.
 */
class XmlLimitsTest {

    @TempDir
    Path folder;

    @Test
    void titlesAndTextsFullOfQuotationMarksLoadAgain() throws Exception {
        String title = "\"".repeat(50_000);
        String text = "She said \"yes\" & <no>. ".repeat(30_000); // 60,000 quotation marks
        try (CorpusStore store = CorpusStore.create(folder, "quotes \"".repeat(1_000))) {
            Speaker speaker = Fixtures.speaker(store.corpus(), "s", "\"The\" speaker");
            Document document = OtherWriter.document("quotes");
            document.setTitle(title);
            document.setText(text);
            document.getSpeakers().add(speaker);
            for (int i = 0; i < 2_000; i++) {
                int begin = i * 23;
                document.getAnnotations().add(Fixtures.mention("m" + i, begin, begin + 3, speaker, org.sayer.model.MentionKind.PRONOUN));
            }
            store.add(document);
            store.saveAll();
        }
        CorpusStore reopened = CorpusStore.open(folder);
        DocumentEntry entry = reopened.corpus().getDocuments().get(0);
        assertEquals(title, entry.getTitle(), "the index holds the title");
        Document loaded = reopened.load(entry);
        assertEquals(text, loaded.getText());
        assertEquals(title, loaded.getTitle());
        assertEquals(2_000, loaded.getAnnotations().size());
        assertEquals("\"The\" speaker", reopened.corpus().getSpeakers().get(0).getName());
    }

    @Test
    void aHundredMegabyteTextLoadsAgain() throws Exception {
        StringBuilder text = new StringBuilder(100 << 20);
        while (text.length() < 100 << 20) {
            text.append("\u201cQuoted,\u201d he said. \"Straight\" too & more.\n");
        }
        try (CorpusStore store = CorpusStore.create(folder, "big")) {
            Document document = OtherWriter.document("big");
            document.setText(text.toString());
            store.add(document);
            store.saveAll();
        }
        Document loaded = CorpusStore.open(folder).load(CorpusStore.open(folder).corpus().getDocuments().get(0));
        assertEquals(text.length(), loaded.getText().length());
        assertTrue(loaded.getText().contentEquals(text));
    }

    /** DOCTYPEs stay refused with the entity limits off (CorpusStoreTest tries XXE and billion laughs). */
    @Test
    void theLimitsAreExplicitAndStructuralOnesStillHold() throws Exception {
        assertEquals("0", SayerResources.parserLimits().get("jdk.xml.maxGeneralEntitySizeLimit"));
        assertEquals(String.valueOf(SayerResources.MAX_DEPTH), SayerResources.parserLimits().get("jdk.xml.maxElementDepth"));
        CorpusStore.create(folder, "deep").close();
        Path index = folder.resolve(CorpusStore.INDEX_FILE);
        String nested = "<a>".repeat(SayerResources.MAX_DEPTH + 10) + "</a>".repeat(SayerResources.MAX_DEPTH + 10);
        Files.writeString(index, "<?xml version=\"1.0\"?>\n<sayer:Corpus xmlns:xmi=\"http://www.omg.org/XMI\" "
                + "xmlns:sayer=\"http://sayer.org/model/1.0\" xmi:version=\"2.0\" name=\"deep\">" + nested + "</sayer:Corpus>\n");
        StoreException error = assertThrows(StoreException.class, () -> CorpusStore.open(folder));
        assertTrue(error.getMessage().contains("corpus.xmi"), error.getMessage());
        assertTrue(error.getMessage().contains("maxElementDepth"), error.getMessage());
    }
}
