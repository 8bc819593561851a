package org.sayer.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sayer.io.ProgressListener;
import org.sayer.io.importer.ImportLimits;
import org.sayer.io.importer.ImportReport;
import org.sayer.io.importer.Importers;
import org.sayer.model.Document;
import org.sayer.model.store.CorpusStore;

/** Each hostile or broken input is refused with a message naming the file, and nothing else is lost. */
class HostileInputTest {

    @TempDir
    Path folder;

    private CorpusStore corpus() throws IOException {
        return CorpusStore.create(folder.resolve("corpus"), "c");
    }

    private Path write(String name, String content) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, content);
        return file;
    }

    private static String onlyProblem(ImportReport report) {
        assertEquals(1, report.problems().size(), report.problems().toString());
        return report.problems().get(0);
    }

    @Test
    void externalEntityIsRefusedAndOtherFilesStillImport() throws Exception {
        Path secret = write("secret.txt", "TOP SECRET");
        Path xxe = write("xxe.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"" + secret.toUri()
                + "\">]>\n<xmi:XMI xmlns:xmi=\"http://www.omg.org/XMI\">&e;</xmi:XMI>");
        Path good = write("good.txt", "Title\nShe said yes.");
        CorpusStore store = corpus();
        ImportReport report = Importers.importInto(store, List.of(xxe, good), ProgressListener.NONE);
        String problem = onlyProblem(report);
        assertTrue(problem.startsWith(xxe.toString()) && problem.contains("DOCTYPE"), problem);
        assertEquals(List.of("good"), store.documentIds());
    }

    @Test
    void billionLaughsIsRefused() throws Exception {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i < 10; i++) {
            xml.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">");
        }
        xml.append("]>\n<lolz>&lol9;</lolz>");
        Path bomb = write("lolz.xml", xml.toString());
        CorpusStore store = corpus();
        ImportReport report = Importers.importInto(store, List.of(bomb), ProgressListener.NONE);
        assertTrue(onlyProblem(report).startsWith(bomb + ": XML with a DOCTYPE"), report.problems().toString());
        assertEquals(0, store.documentIds().size());
    }

    @Test
    void zipSlipEntryRefusesTheWholeArchive() throws Exception {
        Path zip = folder.resolve("slip.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            entry(out, "ok.txt", "Fine\nHe said fine.");
            entry(out, "../../evil.txt", "Evil\nGot out.");
        }
        CorpusStore store = corpus();
        ImportReport report = Importers.importInto(store, List.of(zip), ProgressListener.NONE);
        String problem = onlyProblem(report);
        assertTrue(problem.contains("slip.zip!../../evil.txt") && problem.contains("zip-slip"), problem);
        assertEquals(0, store.documentIds().size(), "nothing of a hostile archive is imported");
        assertFalse(Files.exists(folder.getParent().resolve("evil.txt")));
    }

    @Test
    void aZipEntryWithoutANameIsRefusedByNameAndTheRestImported() throws Exception {
        Path zip = folder.resolve("nameless.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            entry(out, "", "Nameless\nShe said nothing.");
            entry(out, "ok.txt", "Fine\nHe said fine.");
        }
        CorpusStore store = corpus();
        ImportReport report = Importers.importInto(store, List.of(zip), ProgressListener.NONE);
        assertTrue(onlyProblem(report).startsWith(zip + "!: a document without an id"), report.problems().toString());
        assertEquals(List.of("ok"), store.documentIds());
    }

    @Test
    void zipBombStopsAtTheSizeLimitAndRollsBackTheArchive() throws Exception {
        Path zip = folder.resolve("bomb.zip");
        try (ZipOutputStream out = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(zip)))) {
            entry(out, "a.txt", "First\nSaid first.");
            out.putNextEntry(new ZipEntry("b.txt"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) {
                out.write(zeros);
            }
            out.closeEntry();
        }
        assertTrue(Files.size(zip) < 1 << 20, "64 MB of zeros compress to little");
        CorpusStore store = corpus();
        ImportReport report = Importers.importInto(store, List.of(zip), ProgressListener.NONE);
        String problem = onlyProblem(report);
        assertTrue(problem.contains("bomb.zip!b.txt") && problem.contains("zip bomb"), problem);
        assertEquals(0, store.documentIds().size(), "the entry read before the bomb is rolled back too");
    }

    @Test
    void invalidUtf8IsRefusedWithTheFileNameAndABomIsDropped() throws Exception {
        Path latin1 = folder.resolve("latin1.txt");
        Files.write(latin1, new byte[] { 'C', 'a', 'f', (byte) 0xE9, '\n' });
        Path bom = folder.resolve("bom.txt");
        Files.write(bom, ("\uFEFFHeadline\nBody.").getBytes(StandardCharsets.UTF_8));
        CorpusStore store = corpus();
        ImportReport report = Importers.importInto(store, List.of(latin1, bom), ProgressListener.NONE);
        String problem = onlyProblem(report);
        assertTrue(problem.startsWith(latin1.toString()) && problem.contains("not valid UTF-8"), problem);
        Document document = store.load(store.corpus().getDocuments().get(0));
        assertEquals("Headline\nBody.", document.getText());
        assertEquals("Headline", document.getTitle());
    }

    @Test
    void truncatedJsonlLineIsReportedWithItsNumberAndTheGoodLinesImport() throws Exception {
        Path jsonl = write("docs.jsonl", "{\"id\": \"a\", \"text\": \"One said.\"}\n"
                + "{\"id\": \"b\", \"text\": \"Two sa\n"
                + "{\"id\": \"c\", \"text\": \"Three said.\"}\n");
        CorpusStore store = corpus();
        ImportReport report = Importers.importInto(store, List.of(jsonl), ProgressListener.NONE);
        String problem = onlyProblem(report);
        assertTrue(problem.startsWith(jsonl + ":2: malformed JSON"), problem);
        assertEquals(List.of("a", "c"), store.documentIds());
    }

    @Test
    void invalidUtf8InOneJsonlLineSkipsOnlyThatLine() throws Exception {
        Path jsonl = folder.resolve("mixed.jsonl");
        try (OutputStream out = Files.newOutputStream(jsonl)) {
            out.write("\uFEFF{\"id\": \"a\", \"text\": \"One.\"}\n".getBytes(StandardCharsets.UTF_8));
            out.write(new byte[] { '{', '"', 'i', 'd', '"', ':', '"', (byte) 0xFF, '"', '}', '\n' });
            out.write("{\"id\": \"c\", \"text\": \"Three.\"}".getBytes(StandardCharsets.UTF_8));
        }
        CorpusStore store = corpus();
        ImportReport report = Importers.importInto(store, List.of(jsonl), ProgressListener.NONE);
        assertTrue(onlyProblem(report).startsWith(jsonl + ":2: not valid UTF-8"), report.problems().toString());
        assertEquals(List.of("a", "c"), store.documentIds());
    }

    @Test
    void hundredMegabyteJsonlIsStreamedDocumentByDocument() throws Exception {
        Path big = folder.resolve("big.jsonl");
        String paragraph = "The minister said the talks would continue. ".repeat(22_000);
        int documents = 0;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(big))) {
            while (Files.size(big) < 100L << 20 && documents < 110) {
                out.write(("{\"id\": \"d" + documents + "\", \"text\": \"" + paragraph + "\"}\n").getBytes(StandardCharsets.UTF_8));
                documents++;
                out.flush();
            }
        }
        assertTrue(Files.size(big) >= 100L << 20, "the input is at least 100 MB");
        CorpusStore store = corpus();
        long[] seen = { 0 };
        ImportReport report = Importers.importInto(store, List.of(big), (done, total, item) -> seen[0] = done);
        assertFalse(report.hasProblems(), report.problems().toString());
        assertEquals(documents, report.documents());
        assertEquals(documents, seen[0], "progress was reported for every document");
        assertEquals(1, store.resourceSet().getResources().size(), "only the index stays loaded: documents are unloaded as they are saved");
        for (org.sayer.model.DocumentEntry entry : store.corpus().getDocuments()) {
            Document held = (Document) entry.eGet(org.sayer.model.SayerPackage.Literals.DOCUMENT_ENTRY__DOCUMENT, false);
            assertTrue(held.eIsProxy() && held.getText() == null && held.getAnnotations().isEmpty(),
                    "the index keeps an empty proxy, not the text of the document");
        }
        assertFalse(store.load(store.corpus().getDocuments().get(documents - 1)).getText().isEmpty(),
                "a released document loads again from its file");
    }

    @Test
    void cancellingAnImportRemovesWhatItHadAdded() throws Exception {
        Path jsonl = write("docs.jsonl", "{\"id\": \"a\", \"text\": \"One.\"}\n{\"id\": \"b\", \"text\": \"Two.\"}\n");
        CorpusStore store = corpus();
        org.junit.jupiter.api.Assertions.assertThrows(org.sayer.io.CancelledException.class,
                () -> Importers.importInto(store, List.of(jsonl), Fixtures.CANCELLING));
        assertEquals(0, store.documentIds().size());
        Path documents = store.folder().resolve("documents");
        try (java.util.stream.Stream<Path> files = Files.exists(documents) ? Files.list(documents) : java.util.stream.Stream.empty()) {
            assertEquals(List.of(), files.toList(), "no document file or pack is left");
        }
        assertNoParserThreads();
    }

    /** A line over the limit is read past, never held, and skipped alone by its number; the other lines import. */
    @Test
    void aLineOverTheLimitIsSkippedAloneByNumberAndTheOtherLinesImport() throws Exception {
        StringBuilder content = new StringBuilder();
        for (int i = 1; i <= 30; i++) {
            content.append("{\"id\": \"early-").append(i).append("\", \"text\": \"Line ").append(i).append(" said.\"}\n");
        }
        content.append("{\"id\": \"huge\", \"text\": \"").append("x".repeat(2 << 20)).append("\"}\n");
        content.append("{\"id\": \"late\", \"text\": \"After.\"}\n");
        Path jsonl = write("long.jsonl", content.toString());
        Path other = write("other.jsonl", "{\"id\": \"fine\", \"text\": \"Fine.\"}\n");
        ImportLimits oneMegabyteLines = new ImportLimits(256L << 20, 1 << 20, 256L << 20, 2L << 30, 100_000, 200);
        CorpusStore store = corpus();
        ImportReport report = Importers.importInto(store, List.of(jsonl, other), oneMegabyteLines, ProgressListener.NONE);
        String problem = onlyProblem(report);
        assertTrue(problem.startsWith(jsonl + ":31: a line of 2.0 MB, longer than the limit of 1 MB for one document")
                && problem.endsWith("(line skipped)"), problem);
        CorpusStore reopened = CorpusStore.open(store.folder());
        assertEquals(32, reopened.documentIds().size(), reopened.documentIds().toString());
        assertEquals(List.of("early-30", "late", "fine"), reopened.documentIds().subList(29, 32));
        assertEquals("After.", reopened.load(reopened.entryFor("late")).getText());
        assertNoParserThreads();
    }

    @Test
    void aDocumentThatCannotBeWrittenFailsTheWholeImportAndTakesBackEverything() throws Exception {
        Path jsonl = write("docs.jsonl", "{\"id\": \"a\", \"text\": \"One.\"}\n{\"id\": \"b\", \"text\": \"Two.\"}\n"
                + "{\"id\": \"c\", \"text\": \"Three.\"}\n");
        CorpusStore store = corpus();
        // A folder where b's file should go, as a full disk would, fails b's write.
        Path blocked = Files.createDirectories(store.folder().resolve("documents").resolve("b.xmi"));
        Files.writeString(blocked.resolve("keep.txt"), "not the corpus's");
        org.sayer.model.store.StoreException error = org.junit.jupiter.api.Assertions.assertThrows(
                org.sayer.model.store.StoreException.class, () -> Importers.importInto(store, List.of(jsonl), ProgressListener.NONE));
        assertTrue(error.getMessage().contains(blocked.toString()), error.getMessage());
        assertEquals(List.of(), store.documentIds());
        try (java.util.stream.Stream<Path> files = Files.list(blocked.getParent())) {
            assertEquals(List.of("b.xmi"), files.map(f -> f.getFileName().toString()).toList(), "what was written is taken back");
        }
        assertEquals(0, CorpusStore.open(store.folder()).documentIds().size(), "the index on disk is as before");
        assertNoParserThreads();
    }

    private static void assertNoParserThreads() {
        List<String> running = Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(name -> name.startsWith("sayer-import-parser")).toList();
        assertEquals(List.of(), running, "the import's parser thread ends with its file");
    }

    static void entry(ZipOutputStream out, String name, String content) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(content.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }
}
