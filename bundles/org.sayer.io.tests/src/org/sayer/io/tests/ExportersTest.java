package org.sayer.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sayer.io.CancelledException;
import org.sayer.io.ProgressListener;
import org.sayer.io.export.ExportException;
import org.sayer.io.export.ExportFormat;
import org.sayer.io.export.ExportOptions;
import org.sayer.io.export.Exporters;
import org.sayer.model.Document;
import org.sayer.model.store.CorpusStore;

class ExportersTest {

    @TempDir
    Path folder;

    @Test
    void manifestCountsTypesAndNamesFiltersAndVersion() throws Exception {
        Path out = folder.resolve("out");
        Exporters.export(Fixtures.corpus(folder.resolve("c")), ExportFormat.CONLL, out, ExportOptions.DEFAULT, ProgressListener.NONE);
        JsonObject manifest = JsonParser.parseString(Files.readString(out.resolve("manifest.json"))).getAsJsonObject();
        assertEquals("conll", manifest.get("format").getAsString());
        assertFalse(manifest.get("sayerVersion").getAsString().isBlank());
        assertEquals(2, manifest.get("documents").getAsInt());
        JsonObject counts = manifest.getAsJsonObject("counts");
        assertEquals(4, counts.get("mentions").getAsInt());
        assertEquals(4, counts.get("cues").getAsInt());
        assertEquals(5, counts.get("claims").getAsInt());
        assertEquals(2, counts.get("claims.DIRECT").getAsInt());
        assertEquals(13, counts.get("review.ACCEPTED").getAsInt());
        JsonObject filters = manifest.getAsJsonObject("filters");
        assertTrue(filters.get("manual").getAsBoolean() && filters.get("accepted").getAsBoolean());
        assertFalse(filters.get("pending").getAsBoolean() || filters.get("rejected").getAsBoolean());
    }

    @Test
    void includeAddsPendingAndRejectedToTheCounts() throws Exception {
        Path out = folder.resolve("out");
        var manifest = Exporters.export(Fixtures.corpus(folder.resolve("c")), ExportFormat.HF, out, ExportOptions.DEFAULT.withInclude(true, true),
                ProgressListener.NONE);
        assertEquals(1, manifest.count("review.PENDING"));
        assertEquals(1, manifest.count("review.REJECTED"));
        assertEquals(6, manifest.count("claims"));
    }

    @Test
    void aCancelledExportLeavesTheEarlierExportAndNoTempFiles() throws Exception {
        CorpusStore store = Fixtures.corpus(folder.resolve("c"));
        Path out = folder.resolve("out");
        Exporters.export(store, ExportFormat.BRAT, out, ExportOptions.DEFAULT, ProgressListener.NONE);
        String before = Files.readString(out.resolve("news-1.ann"));
        assertThrows(CancelledException.class, () -> Exporters.export(store, ExportFormat.CONLL, out, ExportOptions.DEFAULT, Fixtures.CANCELLING));
        assertEquals(before, Files.readString(out.resolve("news-1.ann")));
        assertFalse(Files.exists(out.resolve("corpus.conll")));
        try (Stream<Path> siblings = Files.list(folder)) {
            assertEquals(2, siblings.count(), "only the corpus and the export: no temp folders left");
        }
    }

    @Test
    void theTempFoldersOfAKilledExportGoAtTheNextExportThoseOfARunningOneStay() throws Exception {
        Process ended = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version").start();
        ended.waitFor();
        long dead = ended.pid();
        Path killedTemp = Files.createDirectories(folder.resolve(".out.export-" + dead + "-k1ll3d/sub"));
        Path killedOld = Files.createDirectories(folder.resolve(".out.old-" + dead + "-k1ll3d"));
        Path running = Files.createDirectories(folder.resolve(".out.export-" + ProcessHandle.current().pid() + "-running"));
        Path notOurs = Files.createDirectories(folder.resolve(".out.exported-by-hand"));
        Exporters.export(Fixtures.corpus(folder.resolve("c")), ExportFormat.JSONL, folder.resolve("out"), ExportOptions.DEFAULT, ProgressListener.NONE);
        assertFalse(Files.exists(killedTemp.getParent()));
        assertFalse(Files.exists(killedOld));
        assertTrue(Files.exists(running), "a running export's folder stays");
        assertTrue(Files.exists(notOurs), "a folder Sayer did not name stays");
    }

    @Test
    void aFolderOfOtherFilesIsNeverReplaced() throws Exception {
        Path out = Files.createDirectories(folder.resolve("mine"));
        Files.writeString(out.resolve("thesis.tex"), "precious");
        ExportException error = assertThrows(ExportException.class,
                () -> Exporters.export(Fixtures.corpus(folder.resolve("c")), ExportFormat.CONLL, out, ExportOptions.DEFAULT, ProgressListener.NONE));
        assertTrue(error.getMessage().startsWith(out.toString()) && error.getMessage().contains("not an earlier Sayer export"), error.getMessage());
        assertEquals("precious", Files.readString(out.resolve("thesis.tex")));
    }

    @Test
    void anotherProgramsManifestDoesNotMakeAFolderAnExport() throws Exception {
        Path out = Files.createDirectories(folder.resolve("webapp"));
        Files.writeString(out.resolve("manifest.json"), "{\"name\": \"My PWA\", \"start_url\": \"/\"}");
        Files.writeString(out.resolve("index.html"), "<html>precious</html>");
        ExportException error = assertThrows(ExportException.class,
                () -> Exporters.export(Fixtures.corpus(folder.resolve("c")), ExportFormat.JSONL, out, ExportOptions.DEFAULT, ProgressListener.NONE));
        assertTrue(error.getMessage().contains("not an earlier Sayer export"), error.getMessage());
        assertEquals("<html>precious</html>", Files.readString(out.resolve("index.html")));
        assertEquals("{\"name\": \"My PWA\", \"start_url\": \"/\"}", Files.readString(out.resolve("manifest.json")));
    }

    @Test
    void aFolderThatHoldsTheCorpusOrAnyCorpusIsNeverReplaced() throws Exception {
        Path project = folder.resolve("project");
        CorpusStore store = Fixtures.corpus(project.resolve("corpus"));
        // An earlier export written into the same folder makes it look like an export.
        Exporters.export(store, ExportFormat.JSONL, folder.resolve("first"), ExportOptions.DEFAULT, ProgressListener.NONE);
        Files.copy(folder.resolve("first/manifest.json"), project.resolve("manifest.json"));
        ExportException error = assertThrows(ExportException.class,
                () -> Exporters.export(store, ExportFormat.JSONL, project, ExportOptions.DEFAULT, ProgressListener.NONE));
        assertTrue(error.getMessage().contains("holds the corpus being exported"), error.getMessage());
        assertEquals(2, CorpusStore.open(project.resolve("corpus")).documentIds().size(), "the corpus is still there");

        Path other = folder.resolve("other");
        Fixtures.corpus(other);
        Files.copy(folder.resolve("first/manifest.json"), other.resolve("manifest.json"));
        error = assertThrows(ExportException.class,
                () -> Exporters.export(store, ExportFormat.JSONL, other, ExportOptions.DEFAULT, ProgressListener.NONE));
        assertTrue(error.getMessage().contains("holds a Sayer corpus"), error.getMessage());
        assertTrue(Files.exists(other.resolve(CorpusStore.INDEX_FILE)));
    }

    @Test
    void anEarlierExportIsReplacedOnlyWhileItHoldsNothingButWhatItWrote() throws Exception {
        CorpusStore store = Fixtures.corpus(folder.resolve("c"));
        Path out = folder.resolve("out");
        Exporters.export(store, ExportFormat.BRAT, out, ExportOptions.DEFAULT, ProgressListener.NONE);
        JsonObject manifest = JsonParser.parseString(Files.readString(out.resolve("manifest.json"))).getAsJsonObject();
        List<String> listed = new ArrayList<>();
        manifest.getAsJsonArray("files").forEach(file -> listed.add(file.getAsString()));
        assertTrue(listed.contains("news-1.ann") && listed.contains("annotation.conf"), listed.toString());

        Files.writeString(out.resolve("notes.md"), "my notes on this export");
        ExportException error = assertThrows(ExportException.class,
                () -> Exporters.export(store, ExportFormat.CONLL, out, ExportOptions.DEFAULT, ProgressListener.NONE));
        assertTrue(error.getMessage().contains("did not write (notes.md)"), error.getMessage());
        assertEquals("my notes on this export", Files.readString(out.resolve("notes.md")));
        assertTrue(Files.exists(out.resolve("news-1.ann")), "the earlier export is untouched");

        Files.delete(out.resolve("notes.md"));
        Exporters.export(store, ExportFormat.CONLL, out, ExportOptions.DEFAULT, ProgressListener.NONE);
        assertTrue(Files.exists(out.resolve("corpus.conll")));
        assertFalse(Files.exists(out.resolve("news-1.ann")), "replaced whole");
    }

    @Test
    void exportsHaveThePermissionsOfAnyNewFileAndFolder() throws Exception {
        Path out = folder.resolve("out");
        Exporters.export(Fixtures.corpus(folder.resolve("c")), ExportFormat.BRAT, out, ExportOptions.DEFAULT, ProgressListener.NONE);
        var usualFolder = Files.getPosixFilePermissions(Files.createDirectory(folder.resolve("probe")));
        var usualFile = Files.getPosixFilePermissions(Files.createFile(folder.resolve("probe.txt")));
        assertEquals(usualFolder, Files.getPosixFilePermissions(out));
        assertEquals(usualFile, Files.getPosixFilePermissions(out.resolve("manifest.json")));
        assertEquals(usualFile, Files.getPosixFilePermissions(out.resolve("news-1.ann")));
    }

    /** Before, a default export listed every pipeline-made speaker of a document, even with none of its mentions exported. */
    @Test
    void anExportListsOnlySpeakersItShowsATraceOf() throws Exception {
        CorpusStore store = CorpusStore.create(folder.resolve("c"), "speakers");
        org.sayer.model.SayerFactory f = org.sayer.model.SayerFactory.eINSTANCE;
        Document document = f.createDocument();
        document.setId("d");
        document.setText("Ana Ruiz said yes. Tom Lee said no.");
        for (String[] who : new String[][] { { "ruiz", "Ana Ruiz" }, { "lee", "Tom Lee" }, { "kim", "Jo Kim" } }) {
            org.sayer.model.Speaker speaker = f.createSpeaker();
            speaker.setId(who[0]);
            speaker.setName(who[1]);
            speaker.setType(org.sayer.model.SpeakerType.PERSON);
            store.corpus().getSpeakers().add(speaker);
            document.getSpeakers().add(speaker);
        }
        for (int i = 0; i < 2; i++) {
            org.sayer.model.SpeakerMention mention = f.createSpeakerMention();
            mention.setId("m" + i);
            mention.setBegin(i == 0 ? 0 : 19);
            mention.setEnd(i == 0 ? 8 : 26);
            mention.setSpeaker(document.getSpeakers().get(i));
            mention.setOrigin(i == 0 ? org.sayer.model.Origin.MANUAL : org.sayer.model.Origin.AUTOMATIC);
            mention.setReview(i == 0 ? org.sayer.model.ReviewState.ACCEPTED : org.sayer.model.ReviewState.PENDING);
            document.getAnnotations().add(mention);
        }
        store.add(document);
        store.saveAll();

        Exporters.export(store, ExportFormat.JSONL, folder.resolve("jsonl"), ExportOptions.DEFAULT, ProgressListener.NONE);
        JsonObject gold = JsonParser.parseString(Files.readAllLines(folder.resolve("jsonl/documents.jsonl")).get(0)).getAsJsonObject();
        List<String> names = new ArrayList<>();
        gold.getAsJsonArray("entities").forEach(e -> names.add(e.getAsJsonObject().get("name").getAsString()));
        assertEquals(List.of("Ana Ruiz", "Jo Kim"), names, "Tom Lee has only a pending mention; Jo Kim has none at all");

        Exporters.export(store, ExportFormat.HF, folder.resolve("hf"), ExportOptions.DEFAULT.withSplits(1, 1, 0), ProgressListener.NONE);
        JsonObject row = JsonParser.parseString(Files.readAllLines(folder.resolve("hf/train.jsonl")).get(0)).getAsJsonObject();
        assertEquals(2, row.getAsJsonArray("speakers").size());

        Exporters.export(store, ExportFormat.JSONL, folder.resolve("all"), ExportOptions.DEFAULT.withInclude(true, false), ProgressListener.NONE);
        JsonObject all = JsonParser.parseString(Files.readAllLines(folder.resolve("all/documents.jsonl")).get(0)).getAsJsonObject();
        assertEquals(3, all.getAsJsonArray("entities").size(), "with pending suggestions, Tom Lee is there too");
    }

    @Test
    void exportLeavesDocumentsUnloadedUnlessTheyWereOpen() throws IOException {
        CorpusStore store = Fixtures.corpus(folder.resolve("c"));
        store.unload(store.load(store.corpus().getDocuments().get(1)));
        var open = store.load(store.corpus().getDocuments().get(0));
        int loaded = store.resourceSet().getResources().size();
        Exporters.export(store, ExportFormat.SPACY, folder.resolve("out"), ExportOptions.DEFAULT, ProgressListener.NONE);
        assertEquals(loaded, store.resourceSet().getResources().size());
        assertTrue(open.eResource() != null && open.eResource().isLoaded(), "a document someone had open stays loaded");
    }

    /** Many unloaded documents, so most are read ahead on the export's reader threads. */
    private CorpusStore manyDocuments(int count) throws IOException {
        CorpusStore store = CorpusStore.create(folder.resolve("c"), "many");
        for (int i = 0; i < count; i++) {
            Fixtures.addNews(store, "news-" + i);
        }
        store.saveIndex();
        return store;
    }

    @Test
    void documentsReadAheadComeOutInIndexOrderWithTheRegistrysSpeakersAndOpenEditsAsTheyAre() throws Exception {
        CorpusStore store = manyDocuments(150);
        Document open = store.load(store.corpus().getDocuments().get(70));
        open.setTitle("Edited, not saved");
        Path out = folder.resolve("out");
        Exporters.export(store, ExportFormat.JSONL, out, ExportOptions.DEFAULT, ProgressListener.NONE);

        List<String> lines = Files.readAllLines(out.resolve("documents.jsonl"));
        assertEquals(150, lines.size());
        for (int i = 0; i < lines.size(); i++) {
            JsonObject document = JsonParser.parseString(lines.get(i)).getAsJsonObject();
            assertEquals("news-" + i, document.get("id").getAsString());
            assertEquals(i == 70 ? "Edited, not saved" : "Minister \uD83D\uDE42 speaks", document.get("title").getAsString());
            List<String> names = new ArrayList<>();
            document.getAsJsonArray("entities").forEach(e -> names.add(e.getAsJsonObject().get("name").getAsString()));
            assertEquals(List.of("Annalena Baerbock", "Sergey Lavrov"), names, "speakers resolved to the registry in " + i);
        }
        assertEquals(2, store.resourceSet().getResources().size(), "the index and the open document: read-ahead documents never join the store");
        assertNoReaderThreads();
    }

    /** WebAnno TSV is written strictly: a character UTF-8 cannot hold fails the export instead of becoming a "?". */
    @Test
    void aTextThatUtf8CannotHoldFailsTheWebAnnoExportInsteadOfWritingAQuestionMark() throws Exception {
        CorpusStore store = CorpusStore.create(folder.resolve("c"), "broken");
        store.add(Fixtures.document("broken", "Broken \uD83D here, he said.")); // loaded, never saved: exported as it is
        Path out = folder.resolve("out");
        assertThrows(CharacterCodingException.class, () -> Exporters.export(store, ExportFormat.WEBANNO, out, ExportOptions.DEFAULT,
                ProgressListener.NONE));
        assertFalse(Files.exists(out));
        assertNoReaderThreads();
    }

    /** Before, one damaged document failed the whole export; now it is left out and named, and the others are exported. */
    @Test
    void aDamagedDocumentIsLeftOutAndNamedAndTheOthersAreExported() throws Exception {
        CorpusStore store = manyDocuments(100);
        Path damaged = store.fileOf(store.corpus().getDocuments().get(57));
        Files.writeString(damaged, "<?xml version=\"1.0\"?><sayer:Document xmlns:sayer=\"http://sayer.org/model/1.0\" id=\"news-57\"");
        Path out = folder.resolve("out");
        var manifest = Exporters.export(store, ExportFormat.JSONL, out, ExportOptions.DEFAULT, ProgressListener.NONE);
        assertEquals(99, manifest.documents());
        assertEquals(List.of("news-57"), List.copyOf(manifest.damaged().keySet()));
        assertTrue(manifest.damaged().get("news-57").contains(damaged.toString()), manifest.damaged().toString());
        JsonObject written = JsonParser.parseString(Files.readString(out.resolve("manifest.json"))).getAsJsonObject();
        assertTrue(written.getAsJsonObject("damaged").has("news-57"), written.toString());
        try (Stream<Path> siblings = Files.list(folder)) {
            assertEquals(List.of(folder.resolve("c"), out), siblings.sorted().toList(), "no temp folders left");
        }
        assertNoReaderThreads();
    }

    private static void assertNoReaderThreads() throws InterruptedException {
        // A pool counts as terminated just before its last thread has quite finished: give it a moment.
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().startsWith("sayer-export-reader")) {
                thread.join(5_000);
            }
        }
        List<String> running = Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(name -> name.startsWith("sayer-export-reader")).toList();
        assertEquals(List.of(), running, "the export's reader threads end with it");
    }
}
