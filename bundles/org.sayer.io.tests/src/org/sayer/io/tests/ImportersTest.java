package org.sayer.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sayer.io.importer.FolderImporter;
import org.sayer.io.importer.HtmlImporter;
import org.sayer.io.importer.ImportException;
import org.sayer.io.importer.JsonlDocuments;
import org.sayer.io.importer.TextImporter;
import org.sayer.model.Document;
import org.sayer.model.store.CorpusStore;

class ImportersTest {

    @TempDir
    Path folder;

    @Test
    void plainTextTakesItsFirstLineAsTitleAndDropsTheBom() {
        Document document = TextImporter.fromText("a", "\uFEFFJudge rejects bid\r\nA federal judge said no.\r\n");
        assertEquals("Judge rejects bid", document.getTitle());
        assertEquals("Judge rejects bid\nA federal judge said no.\n", document.getText());
    }

    @Test
    void htmlKeepsTheArticleAndDropsNavigationScriptsAndComments() {
        String html = "<html><head><title>Site</title><script>var x = 'said';</script></head><body>"
                + "<nav><a href='/'>Home</a></nav><article><h1>Minister resigns</h1>"
                + "<p>The minister said she would step down.</p><!-- ad slot --><p>\"It is time,\" she added.</p></article>"
                + "<footer>Copyright</footer></body></html>";
        Document document = HtmlImporter.fromHtml("h", html);
        assertEquals("Minister resigns", document.getTitle());
        assertEquals("Minister resigns\nThe minister said she would step down.\n\"It is time,\" she added.", document.getText());
        assertFalse(document.getText().contains("Home"));
        assertFalse(document.getText().contains("var x"));
        assertFalse(document.getText().contains("ad slot"));
    }

    @Test
    void jsonlKeepsIdTextTitleAndExtraMetadata() throws Exception {
        Document document = JsonlDocuments.parseLine(
                "{\"id\": \"d7\", \"text\": \"Moscow said no.\\r\\nMore.\", \"url\": \"https://x.test/1\", \"section\": \"world\", \"rank\": 3}",
                "in.jsonl:1");
        assertEquals("d7", document.getId());
        assertEquals("Moscow said no.\r\nMore.", document.getText(), "gold offsets point into the exact text");
        assertEquals("Moscow said no.", document.getTitle());
        assertEquals("https://x.test/1", document.getUrl());
        assertEquals("\"world\"", document.getMetadata().get("section"));
        assertEquals("3", document.getMetadata().get("rank"));
    }

    @Test
    void malformedJsonlNamesFileAndLine() {
        ImportException error = assertThrows(ImportException.class,
                () -> JsonlDocuments.parseLine("{\"id\": \"d7\", \"text\": \"unterminated", "in.jsonl:12"));
        assertTrue(error.getMessage().startsWith("in.jsonl:12: malformed JSON"), error.getMessage());
    }

    @Test
    void folderImportRefusesInvalidUtf8AndNamesTheFile() throws Exception {
        Path texts = Files.createDirectories(folder.resolve("texts"));
        Files.writeString(texts.resolve("good.txt"), "Title\nBody said.");
        Files.write(texts.resolve("latin1.txt"), new byte[] { 'C', 'a', 'f', (byte) 0xE9, '\n' });
        CorpusStore store = CorpusStore.create(folder.resolve("corpus"), "c");
        ImportException error = assertThrows(ImportException.class, () -> FolderImporter.importTexts(texts, store));
        assertTrue(error.getMessage().contains("latin1.txt") && error.getMessage().contains("UTF-8"), error.getMessage());
    }

    @Test
    void folderImportAddsEveryTextAsADocument() throws Exception {
        Path texts = Files.createDirectories(folder.resolve("texts"));
        Files.writeString(texts.resolve("b.txt"), "Second\nBody.");
        Files.writeString(texts.resolve("a.txt"), "First\nBody.");
        CorpusStore store = CorpusStore.create(folder.resolve("corpus"), "c");
        FolderImporter.importTexts(texts, store);
        CorpusStore reopened = CorpusStore.open(folder.resolve("corpus"));
        assertEquals(List.of("a", "b"), reopened.documentIds());
        assertEquals("Second", reopened.corpus().getDocuments().get(1).getTitle());
    }
}
