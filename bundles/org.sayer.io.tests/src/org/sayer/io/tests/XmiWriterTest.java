package org.sayer.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.apache.uima.cas.CAS;
import org.apache.uima.util.XMLSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sayer.io.xmi.XmiDocuments;
import org.sayer.model.Document;
import org.sayer.model.DocumentEntry;
import org.sayer.model.store.CorpusStore;
import org.sayer.pipeline.types.SayerTypes;
import org.xml.sax.SAXException;

/**
 * The {@code xmi} export writes the SAX events of UIMA's {@code XmiCasSerializer} as text itself.
 * UIMA's own {@code XMLSerializer} is the oracle: for every document the bytes must be the same, on
 * the repository's gold corpus and on hostile texts and metadata, and a character XML cannot hold
 * must fail the document with UIMA's message.
 */
class XmiWriterTest {

    @TempDir
    Path folder;

    @Test
    void theGoldCorpusIsWrittenAsUimaWritesIt() throws Exception {
        CorpusStore store = Fixtures.goldCorpus(folder.resolve("gold"), "dev.jsonl", "fresh.jsonl", "realnews/realnews-dev.jsonl",
                "realnews/realnews-test.jsonl");
        assertTrue(store.corpus().getDocuments().size() > 40, "the gold corpus has more than 40 documents");
        CAS cas = SayerTypes.newCas(SayerTypes.description());
        for (DocumentEntry entry : List.copyOf(store.corpus().getDocuments())) {
            Document document = store.load(entry);
            assertEquals(uima(document, cas), sayer(document, cas), document.getId());
        }
    }

    @Test
    void hostileTextsAndMetadataAreWrittenAsUimaWritesThem() throws Exception {
        String[] texts = {
                "He said \"it's <b>5 > 3</b> & that's that\".\r\nShe said 'no'.\r\n",
                "Tab\there, CR alone\rthen a line\nand U+2028\u2028U+0085\u0085NEL, \u007F DEL and \u0080\u009F C1.",
                "\uD83D\uDE42 starts; \uD83D\uDE00\uD83D\uDE00 twice; \uDBFF\uDFFF the last, \uD800\uDC00 the first, U+FFFD \uFFFD.",
                "&amp; &#10; &lt;not markup&gt; ]]> <![CDATA[ x ]]> <!-- comment --> <?pi ?>",
                "",
        };
        CAS cas = SayerTypes.newCas(SayerTypes.description());
        for (int i = 0; i < texts.length; i++) {
            Document document = Fixtures.document("hostile \"" + i + "\" & <id>", texts[i]);
            document.setTitle("Title \"quoted\" & <tagged>\r\n\t\uD83D\uDE42 " + i);
            document.setUrl("https://example.org/?a=1&b=\"2\"");
            // values with spaces make UIMA write the string arrays as elements with text
            document.getMetadata().put("source outlet", "The \"Daily\" & <Weekly>\r\n\tNews \uD83D\uDE42");
            document.getMetadata().put("plain", "x");
            assertEquals(uima(document, cas), sayer(document, cas), "text " + i);
        }
        Document news = Fixtures.news("news \"1\" & <2>"); // speakers, cues, nested claims, a rejected mention
        news.getMetadata().put("desk", "World & <Politics>");
        assertEquals(uima(news, cas), sayer(news, cas));
    }

    @Test
    void aCharacterXmlCannotHoldFailsTheDocumentWithUimasMessage() throws Exception {
        CAS cas = SayerTypes.newCas(SayerTypes.description());
        for (String bad : new String[] { "Before\u0001after said he.", "Broken \uD83D here.", "\uDE42 low.", "Ends badly \uD83D",
                "Not a \uFFFE character." }) {
            Document document = Fixtures.document("bad", bad);
            SAXException uima = assertThrows(SAXException.class, () -> uima(document, cas), bad);
            IOException failure = assertThrows(IOException.class, () -> sayer(document, cas), bad);
            assertEquals("Document bad could not be written as XMI: " + uima.getMessage(), failure.getMessage(), bad);
        }
    }

    private static String sayer(Document document, CAS cas) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XmiDocuments.write(document, a -> true, cas, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String uima(Document document, CAS cas) throws SAXException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XmiDocuments.write(document, a -> true, cas, new XMLSerializer(out, false).getContentHandler());
        return out.toString(StandardCharsets.UTF_8);
    }
}
