package org.sayer.cli.tests.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sayer.cli.SayerCli;
import org.sayer.cli.commands.AnnotateCommand;
import org.sayer.model.Corpus;
import org.sayer.model.Document;
import org.sayer.model.SayerFactory;
import org.sayer.model.Speaker;
import org.sayer.model.SpeakerMention;
import org.sayer.model.store.CorpusStore;

class AnnotateCommandTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return SayerCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static List<JsonObject> lines(Path jsonl) throws Exception {
        List<JsonObject> documents = new ArrayList<>();
        for (String line : Files.readAllLines(jsonl)) {
            documents.add(JsonParser.parseString(line).getAsJsonObject());
        }
        return documents;
    }

    @Test
    void textFileBecomesACorpusDocumentNamedAfterTheFile() throws Exception {
        Path text = Files.writeString(folder.resolve("lavrov-talks.txt"), "Lavrov rejects talks\nLavrov said talks would wait.\n");
        Path corpus = folder.resolve("corpus");
        assertEquals(SayerCli.OK, run("annotate", text.toString(), "--out", corpus.toString()), errors());

        CorpusStore store = CorpusStore.open(corpus);
        assertEquals(List.of("lavrov-talks"), store.documentIds());
        Document document = store.load(store.corpus().getDocuments().get(0));
        assertEquals("Lavrov rejects talks\nLavrov said talks would wait.\n", document.getText());
        assertEquals("Lavrov rejects talks", document.getTitle());
        assertFalse(Files.list(folder).anyMatch(p -> p.getFileName().toString().contains(".annotating-")), "no temp folder left");
    }

    @Test
    void aTextTooLargeForTheHeapIsRefusedByNameBeforeAnyWorkAndTheRestIsAnnotated() throws Exception {
        // A sparse file one byte above what this heap can annotate: refused by its size, never read
        // (read, its zero bytes would be refused as binary data, after the pipeline had started).
        Path huge = folder.resolve("huge.txt");
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(org.sayer.io.importer.HeapBudget.ANNOTATE.maxDocumentBytes() + 1);
        }
        Path small = Files.writeString(folder.resolve("small.txt"), "Lavrov said talks would wait.\n");
        Path predictions = folder.resolve("predictions.jsonl");
        assertEquals(SayerCli.FAILED, run("annotate", huge.toString(), small.toString(), "--out", predictions.toString()));
        assertTrue(errors().startsWith("sayer annotate: " + huge + ": a document of "), errors());
        assertTrue(errors().contains("to annotate with a heap of") && errors().contains("SAYER_HEAP"), errors());
        assertEquals(List.of("small"), lines(predictions).stream().map(line -> line.get("id").getAsString()).toList());
    }

    @Test
    void foldersAndJsonlBecomePredictionsInInputOrder() throws Exception {
        Path texts = Files.createDirectories(folder.resolve("texts/nested"));
        Files.writeString(folder.resolve("texts/b.txt"), "B said so.");
        Files.writeString(texts.resolve("a.txt"), "A said so.");
        Files.writeString(folder.resolve("texts/notes.md"), "not a text input");
        StringBuilder jsonl = new StringBuilder();
        IntStream.range(0, 30).forEach(i -> jsonl.append("{\"id\": \"j").append(i)
                .append("\", \"text\": \"Official number ").append(i).append(" said nothing.\", \"url\": \"https://x.test/").append(i)
                .append("\"}\n"));
        Path plain = Files.writeString(folder.resolve("docs.jsonl"), jsonl.toString());
        // Annotations in the input are ignored: the texts are annotated afresh.
        Path gold = Files.writeString(folder.resolve("gold.jsonl"), "{\"id\": \"g\", \"text\": \"Lavrov said no.\","
                + " \"entities\": [{\"id\": \"gold-lavrov\", \"name\": \"Sergey Lavrov\", \"type\": \"PERSON\"}],"
                + " \"mentions\": [{\"id\": \"gold-m1\", \"span\": [0, 6], \"entity\": \"gold-lavrov\"}],"
                + " \"attributions\": [{\"id\": \"gold-a1\", \"type\": \"INDIRECT\", \"source\": \"gold-m1\", \"cue\": [7, 11],"
                + " \"content\": [12, 14], \"parent\": null}]}\n");
        Path predictions = folder.resolve("out/pred.jsonl");

        assertEquals(SayerCli.OK, run("annotate", folder.resolve("texts").toString(), plain.toString(), gold.toString(),
                "--out", predictions.toString()), errors());

        List<JsonObject> documents = lines(predictions);
        List<String> ids = documents.stream().map(d -> d.get("id").getAsString()).toList();
        List<String> expected = new ArrayList<>(List.of("b", "a"));
        IntStream.range(0, 30).forEach(i -> expected.add("j" + i));
        expected.add("g");
        assertEquals(expected, ids, "texts/b.txt sorts before texts/nested/a.txt; then the JSONL lines in order");
        assertEquals("https://x.test/7", documents.get(9).get("url").getAsString(), "metadata is kept");
        String goldOut = documents.get(32).toString();
        assertFalse(goldOut.contains("gold-"), "gold annotations of the input are not copied: " + goldOut);
        assertTrue(documents.get(32).has("attributions"));
    }

    @Test
    void badFilesAreNamedAndSkippedWhileTheRestIsWritten() throws Exception {
        Path good = Files.writeString(folder.resolve("good.txt"), "Moscow said no.");
        Path empty = Files.writeString(folder.resolve("empty.txt"), "");
        Path binary = Files.write(folder.resolve("image.txt"), new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13 });
        Path latin1 = Files.write(folder.resolve("latin1.txt"), new byte[] { 'C', 'a', 'f', (byte) 0xE9, ' ', 's', 'a', 'i', 'd' });
        Path broken = Files.writeString(folder.resolve("docs.jsonl"), "{\"id\": \"ok\", \"text\": \"Fine.\"}\n{\"id\": \"cut\", \"te\n");
        Path predictions = folder.resolve("pred.jsonl");

        int status = run("annotate", good.toString(), empty.toString(), binary.toString(), latin1.toString(), broken.toString(),
                folder.resolve("missing.txt").toString(), "--out", predictions.toString());

        assertEquals(SayerCli.FAILED, status);
        String messages = errors();
        assertTrue(messages.contains(empty + ": empty file; skipped"), messages);
        assertTrue(messages.contains(binary + ": binary data, not a text file; skipped"), messages);
        assertTrue(messages.contains(latin1 + ": not valid UTF-8 text; skipped"), messages);
        assertTrue(messages.contains(broken + ":2: malformed JSON"), messages);
        assertTrue(messages.contains("missing.txt: no such file or folder; skipped"), messages);
        assertTrue(messages.contains("5 failed"), messages);
        assertEquals(List.of("good", "ok"), lines(predictions).stream().map(d -> d.get("id").getAsString()).toList());
    }

    @Test
    void htmlFileGivesItsArticleText() throws Exception {
        Path page = Files.writeString(folder.resolve("page.html"), "<html><body><nav>Home</nav><article><h1>Talks stall</h1>"
                + "<p>Lavrov said talks would wait.</p></article></body></html>");
        Path predictions = folder.resolve("pred.jsonl");
        assertEquals(SayerCli.OK, run("annotate", page.toString(), "--out", predictions.toString()), errors());
        JsonObject document = lines(predictions).get(0);
        assertEquals("page", document.get("id").getAsString());
        assertEquals("Talks stall\nLavrov said talks would wait.", document.get("text").getAsString());
    }

    @Test
    void aFolderOfOtherFilesIsNotAnnotatedInto() throws Exception {
        Path text = Files.writeString(folder.resolve("a.txt"), "A said so.");
        Path mine = Files.createDirectories(folder.resolve("mine"));
        Files.writeString(mine.resolve("notes.md"), "precious");
        assertEquals(SayerCli.FAILED, run("annotate", text.toString(), "--out", mine.toString()));
        assertTrue(errors().contains("is not a Sayer corpus"), errors());
        assertEquals("precious", Files.readString(mine.resolve("notes.md")));
    }

    /** annotate adds to an existing corpus; a document it has is annotated again, keeping the analyst's work. */
    @Test
    void annotateAddsToAnExistingCorpusAndKeepsManualAnnotations() throws Exception {
        Path corpus = folder.resolve("corpus");
        String text = "Mayor Ana Ruiz said the bridge would open in May.";
        try (CorpusStore store = CorpusStore.create(corpus, "kept")) {
            Document document = SayerFactory.eINSTANCE.createDocument();
            document.setId("bridge");
            document.setText(text);
            org.sayer.model.Cue cue = SayerFactory.eINSTANCE.createCue();
            cue.setId("my-cue");
            cue.setBegin(text.indexOf("said"));
            cue.setEnd(text.indexOf("said") + 4);
            cue.setOrigin(org.sayer.model.Origin.MANUAL);
            cue.setReview(org.sayer.model.ReviewState.ACCEPTED);
            document.getAnnotations().add(cue);
            store.add(document);
            store.save(document);
            store.saveIndex();
        }
        Path again = Files.writeString(folder.resolve("bridge.txt"), text);
        Path added = Files.writeString(folder.resolve("fees.txt"), "Fees\nTom Lee said the fees would rise.");
        assertEquals(SayerCli.OK, run("annotate", again.toString(), added.toString(), "--out", corpus.toString()), errors());

        CorpusStore store = CorpusStore.open(corpus);
        assertEquals(List.of("bridge", "fees"), store.documentIds());
        assertEquals("kept", store.corpus().getName());
        Document bridge = store.load(store.entryFor("bridge"));
        assertTrue(bridge.getAnnotations().stream().anyMatch(a -> "my-cue".equals(a.getId()) && a.getOrigin() == org.sayer.model.Origin.MANUAL),
                "the analyst's cue stays");
        org.sayer.model.Claim claim = bridge.getAnnotations().stream().filter(org.sayer.model.Claim.class::isInstance)
                .map(org.sayer.model.Claim.class::cast).findFirst().orElseThrow();
        assertEquals("my-cue", claim.getCue().getId(), "the suggestion refers to the analyst's cue instead of a copy");
        assertEquals(1, store.load(store.entryFor("fees")).getAnnotations().stream().filter(org.sayer.model.Claim.class::isInstance).count());
    }

    @Test
    void missingOutIsAUsageError() {
        assertEquals(SayerCli.USAGE, run("annotate", "a.txt"));
        assertTrue(errors().contains("--out is required"), errors());
    }

    @Test
    void speakersFoundInTwoDocumentsBecomeOneRegistrySpeaker() {
        Corpus registry = SayerFactory.eINSTANCE.createCorpus();
        Annotated first = annotated("Sergey Lavrov", "s1");
        Annotated second = annotated("Sergey Lavrov", "s1");
        Annotated third = annotated("Annalena Baerbock", "s1");
        AnnotateCommand.SpeakerAdoption adoption = new AnnotateCommand.SpeakerAdoption(registry);
        for (Annotated a : List.of(first, second, third)) {
            adoption.adopt(a.document(), a.found());
        }

        assertEquals(2, registry.getSpeakers().size());
        assertSame(speakerOf(first.document()), speakerOf(second.document()));
        assertSame(registry.getSpeakers().get(0), second.document().getSpeakers().get(0));
        assertEquals("s1-2", speakerOf(third.document()).getId(), "a per-document id that is taken gets a free one");
    }

    @Test
    void aSpeakerTheRegistryHadBeforeTheRunIsFoundWhateverTheCaseOfItsName() {
        Corpus registry = SayerFactory.eINSTANCE.createCorpus();
        Annotated earlier = annotated("Sergey Lavrov", "s1");
        registry.getSpeakers().add(speakerOf(earlier.document()));
        Annotated shouted = annotated("SERGEY LAVROV", null);
        Annotated other = annotated("Sergey Lavrov", "s7");
        AnnotateCommand.SpeakerAdoption adoption = new AnnotateCommand.SpeakerAdoption(registry);
        adoption.adopt(shouted.document(), shouted.found());
        adoption.adopt(other.document(), other.found());

        assertSame(registry.getSpeakers().get(0), speakerOf(shouted.document()));
        assertEquals(2, registry.getSpeakers().size(), "another id is another speaker: " + registry.getSpeakers());
        assertSame(registry.getSpeakers().get(1), speakerOf(other.document()));
    }

    /** A document as an engine leaves it: its speaker in the document's own registry. */
    private record Annotated(Document document, Corpus found) {
    }

    private static Annotated annotated(String name, String speakerId) {
        Corpus found = SayerFactory.eINSTANCE.createCorpus();
        Speaker speaker = SayerFactory.eINSTANCE.createSpeaker();
        speaker.setId(speakerId);
        speaker.setName(name);
        found.getSpeakers().add(speaker);
        Document document = SayerFactory.eINSTANCE.createDocument();
        document.setText(name + " said so.");
        document.getSpeakers().add(speaker);
        SpeakerMention mention = SayerFactory.eINSTANCE.createSpeakerMention();
        mention.setEnd(name.length());
        mention.setSpeaker(speaker);
        document.getAnnotations().add(mention);
        return new Annotated(document, found);
    }

    private static Speaker speakerOf(Document document) {
        return ((SpeakerMention) document.getAnnotations().get(0)).getSpeaker();
    }
}
