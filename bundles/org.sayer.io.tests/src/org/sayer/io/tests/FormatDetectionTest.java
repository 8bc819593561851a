package org.sayer.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sayer.io.ProgressListener;
import org.sayer.io.importer.HtmlImporter;
import org.sayer.io.importer.ImportReport;
import org.sayer.io.importer.Importers;
import org.sayer.io.importer.InputFormat;
import org.sayer.model.Document;
import org.sayer.model.store.CorpusStore;

class FormatDetectionTest {

    @TempDir
    Path folder;

    private static InputFormat detect(String name, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        return InputFormat.detect(name, bytes, bytes.length);
    }

    @Test
    void contentDecidesWhenTheExtensionIsAmbiguous() {
        assertEquals(InputFormat.XMI, detect("a.xml", "<?xml version=\"1.0\"?><xmi:XMI xmlns:xmi=\"http://www.omg.org/XMI\"/>"));
        assertEquals(InputFormat.HTML, detect("page", "  <!DOCTYPE html><html><body>x</body></html>"));
        assertEquals(InputFormat.HTML, detect("page.dat", "<html><body>x</body></html>"));
        assertEquals(InputFormat.JSONL, detect("docs.json", "{\"id\": \"a\", \"text\": \"b\"}\n"));
        assertEquals(InputFormat.GOLD, detect("gold.jsonl", "{\"id\": \"a\", \"text\": \"b\", \"mentions\": [], \"attributions\": []}\n"));
        assertEquals(InputFormat.TEXT, detect("story", "Headline\nShe said so."));
        assertEquals(InputFormat.ZIP, detect("archive.bin", "PK\u0003\u0004rest"));
    }

    @Test
    void aDefiniteExtensionWins() {
        assertEquals(InputFormat.TEXT, detect("note.txt", "{\"looks\": \"like json\"}"));
        assertEquals(InputFormat.HTML, detect("page.htm", "Just words"));
    }

    @Test
    void htmlWithoutAnArticleKeepsTheMainBlockNotTheSidebar() {
        String html = "<html><head><title>Site | Story</title></head><body>"
                + "<div class='menu'><p>Home News Sport Weather and more links here</p></div>"
                + "<div id='story'><h1>Talks stall</h1><p>The envoy said the talks had stalled over the weekend.</p>"
                + "<p>\"We will try again,\" she told reporters on Monday evening.</p></div>"
                + "<div class='sidebar-related'><p>Read more: another story that is not this one at all</p></div>"
                + "<div class='comments'><p>Reader: I disagree with this article completely.</p></div></body></html>";
        Document document = HtmlImporter.fromHtml("s", html);
        assertEquals("Talks stall\nThe envoy said the talks had stalled over the weekend.\n"
                + "\"We will try again,\" she told reporters on Monday evening.", document.getText());
    }

    @Test
    void anArticleWhoseClassSoundsLikeBoilerplateIsKept() {
        String html = "<html><body><div class='story comments-enabled'><h1>Deal agreed</h1>"
                + "<p>The minister said the deal was agreed after long talks.</p></div>"
                + "<div class='share-bar'><p>Share this story with your friends today</p></div></body></html>";
        assertEquals("Deal agreed\nThe minister said the deal was agreed after long talks.", HtmlImporter.fromHtml("d", html).getText());
    }

    @Test
    void zipOfMixedFormatsImportsEachEntryByContent() throws Exception {
        Path zip = folder.resolve("mixed.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            HostileInputTest.entry(out, "texts/one.txt", "One\nHe said one.");
            HostileInputTest.entry(out, "pages/two", "<!doctype html><html><body><article><h1>Two</h1><p>She said two.</p></article></body></html>");
            HostileInputTest.entry(out, "lines.data", "{\"id\": \"three\", \"text\": \"They said three.\"}\n");
        }
        CorpusStore store = CorpusStore.create(folder.resolve("corpus"), "c");
        ImportReport report = Importers.importInto(store, List.of(zip), ProgressListener.NONE);
        assertTrue(report.problems().isEmpty(), report.problems().toString());
        assertEquals(List.of("texts/one", "pages/two", "three"), store.documentIds());
        Document two = store.load(store.corpus().getDocuments().get(1));
        assertEquals("Two\nShe said two.", two.getText());
    }

    @Test
    void importingTheSameDocumentTwiceSkipsTheDuplicate() throws Exception {
        Path text = folder.resolve("a.txt");
        Files.writeString(text, "A\nSaid a.");
        CorpusStore store = CorpusStore.create(folder.resolve("corpus"), "c");
        Importers.importInto(store, List.of(text), ProgressListener.NONE);
        ImportReport again = Importers.importInto(store, List.of(text), ProgressListener.NONE);
        assertEquals(0, again.documents());
        assertTrue(again.problems().get(0).contains("'a' is already in the corpus"), again.problems().toString());
        assertEquals(1, CorpusStore.open(folder.resolve("corpus")).documentIds().size());
    }
}
