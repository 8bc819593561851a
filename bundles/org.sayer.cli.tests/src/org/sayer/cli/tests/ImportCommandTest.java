package org.sayer.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sayer.cli.SayerCli;
import org.sayer.model.store.CorpusStore;

/** import, export and stats through the CLI entry point, as ./sayer runs them. */
class ImportCommandTest {

    @TempDir
    Path folder;

    private final CliRun cli = new CliRun();

    @Test
    void importCreatesTheCorpusAndReportsBadLinesWithAFailureStatus() throws Exception {
        Path text = Files.writeString(folder.resolve("story.txt"), "Headline\nThe minister said no.");
        Path jsonl = Files.writeString(folder.resolve("docs.jsonl"), "{\"id\": \"j1\", \"text\": \"One.\"}\n{\"id\": \"j2\", \"text\n");
        Path corpus = folder.resolve("corpus");
        assertEquals(SayerCli.FAILED, cli.run("import", text.toString(), jsonl.toString(), "--out", corpus.toString()));
        assertTrue(cli.out().contains("Imported 2 documents"), cli.out());
        assertTrue(cli.err().contains(jsonl + ":2: malformed JSON"), cli.err());
        assertEquals(java.util.List.of("story", "j1"), CorpusStore.open(corpus).documentIds());
    }

    /**
     * A document that ./sayer check would call invalid (a claim nested in a parent that does not
     * contain it) is refused at import by file, document and claim; the good one beside it imports,
     * the exit status is 1, and check finds the corpus whole.
     */
    @Test
    void anInvalidDocumentIsRefusedByNameAndTheCorpusChecksClean() throws Exception {
        Path fixtures = Path.of("..", "org.sayer.io.tests", "data", "hostile-parents");
        Path hostile = fixtures.resolve("parent-outside.xmi");
        Path corpus = folder.resolve("corpus");
        assertEquals(SayerCli.FAILED, cli.run("import", fixtures.resolve("good.xmi").toString(), hostile.toString(), "--out", corpus.toString()));
        assertTrue(cli.err().contains("sayer import: " + hostile + ": document parent-outside is not valid: Claim a2"), cli.err());
        assertTrue(cli.err().contains("which does not contain it"), cli.err());
        assertTrue(cli.out().contains("Imported 1 document"), cli.out());
        assertEquals(SayerCli.OK, cli.run("check", corpus.toString()), cli.out());
        assertEquals(java.util.List.of("good"), CorpusStore.open(corpus).documentIds());
    }

    /**
     * Another process (a plain JVM taking the same OS lock as any Sayer writer) holds the corpus:
     * an import that may not wait is refused with nothing written; one that waits imports once the
     * other has finished. Before, both imports exited 0 and the second one's documents were lost.
     */
    @Test
    void anImportWaitsForAnotherWriterOrIsRefusedAndNothingIsLost() throws Exception {
        Path corpus = folder.resolve("corpus");
        Path first = Files.writeString(folder.resolve("first.txt"), "First\nThe minister said no.");
        Path second = Files.writeString(folder.resolve("second.txt"), "Second\nThe mayor said yes.");
        assertEquals(SayerCli.OK, cli.run("import", first.toString(), "--out", corpus.toString()));

        Path holder = Files.writeString(folder.resolve("Holder.java"), """
                import java.nio.channels.FileChannel;
                import java.nio.file.*;
                public class Holder {
                    public static void main(String[] args) throws Exception {
                        try (FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.WRITE);
                                var lock = channel.lock()) {
                            channel.write(java.nio.ByteBuffer.wrap("process 4242 (sayer import) since now".getBytes()), 0);
                            System.out.println("locked");
                            System.out.flush();
                            System.in.read();
                        }
                    }
                }
                """);
        Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), holder.toString(),
                corpus.resolve(".sayer-lock").toString()).redirectErrorStream(true).start();
        try {
            assertEquals("locked", new java.io.BufferedReader(new java.io.InputStreamReader(other.getInputStream())).readLine());
            assertEquals(SayerCli.FAILED, cli.run("import", second.toString(), "--out", corpus.toString(), "--wait", "0"));
            assertTrue(cli.err().contains(corpus.toAbsolutePath() + ": is being written by process 4242 (sayer import)"), cli.err());
            assertEquals(java.util.List.of("first"), CorpusStore.open(corpus).documentIds(), "nothing was written");

            Thread release = Thread.ofVirtual().start(() -> {
                try {
                    Thread.sleep(1_000);
                    other.getOutputStream().close();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            assertEquals(SayerCli.OK, cli.run("import", second.toString(), "--out", corpus.toString(), "--wait", "60"));
            release.join();
            assertTrue(cli.err().contains("waiting up to 60 s"), cli.err());
            assertEquals(java.util.List.of("first", "second"), CorpusStore.open(corpus).documentIds());
        } finally {
            other.destroyForcibly();
        }
    }

    /**
     * Found by fuzzing: a text or HTML file (&#1;) with a character XML cannot store was taken, and
     * saving it failed the whole import as if the disk had failed. Now the file alone is refused, by
     * name and by the character's code, and the others import; annotate says the same.
     */
    @Test
    void aFileWithACharacterXmlCannotStoreIsRefusedAloneByName() throws Exception {
        Path good = Files.writeString(folder.resolve("good.txt"), "Headline\nThe minister said no.");
        Path text = Files.writeString(folder.resolve("bell.txt"), "Headline\nThe minister \u0007said no.");
        Path html = Files.writeString(folder.resolve("page.html"), "<html><body><h1>Talks</h1><p>The envoy &#1;said the talks would go on all week.</p></body></html>");
        Path corpus = folder.resolve("corpus");
        assertEquals(SayerCli.FAILED, cli.run("import", good.toString(), text.toString(), html.toString(), "--out", corpus.toString()));
        assertTrue(cli.err().contains(text + ": the Document's text holds the character U+0007"), cli.err());
        assertTrue(cli.err().contains(html + ": the Document's text holds the character U+0001"), cli.err());
        assertTrue(!cli.err().contains("\u0007") && !cli.err().contains("\u0001"), "no raw control bytes");
        assertEquals(java.util.List.of("good"), CorpusStore.open(corpus).documentIds());

        assertEquals(SayerCli.FAILED, cli.run("annotate", text.toString(), "--out", folder.resolve("annotated").toString()));
        assertTrue(cli.err().contains(text + ": the Document's text holds the character U+0007"), cli.err());
    }

    @Test
    void utf16TextGetsTheSameClearMessageFromImportAndAnnotate() throws Exception {
        Path utf16 = Files.write(folder.resolve("notes.txt"), "Headline\nThe minister said no.".getBytes(StandardCharsets.UTF_16));
        assertEquals(SayerCli.FAILED, cli.run("import", utf16.toString(), "--out", folder.resolve("corpus").toString()));
        String fromImport = cli.err();
        assertTrue(fromImport.contains(utf16 + ": UTF-16 text") && fromImport.contains("Sayer reads UTF-8"), fromImport);
        assertEquals(SayerCli.FAILED, cli.run("annotate", utf16.toString(), "--out", folder.resolve("pred.jsonl").toString()));
        assertTrue(cli.err().contains(utf16 + ": UTF-16 text") && cli.err().contains("Sayer reads UTF-8"), cli.err());
    }

    @Test
    void exportWritesTheFormatAndStatsSummarisesTheCorpus() throws Exception {
        Path corpus = folder.resolve("corpus");
        Path text = Files.writeString(folder.resolve("story.txt"), "Headline\nThe minister said no.");
        assertEquals(SayerCli.OK, cli.run("import", text.toString(), "--out", corpus.toString()));
        Path target = folder.resolve("export");
        assertEquals(SayerCli.OK, cli.run("export", corpus.toString(), "--format", "conll", "--out", target.toString(), "--include", "pending"));
        assertTrue(cli.out().startsWith("Exported 1 documents as conll"), cli.out());
        assertTrue(Files.readString(target.resolve("manifest.json")).contains("\"pending\": true"));
        assertTrue(Files.readString(target.resolve("corpus.conll")).contains("minister\t"));

        assertEquals(SayerCli.OK, cli.run("stats", corpus.toString()));
        assertTrue(cli.out().contains("Documents: 1 (NEW 1"), cli.out());
        assertTrue(cli.out().contains("Top speakers"), cli.out());
    }

    @Test
    void statsOverManyImportedDocumentsCountEveryClaimAndJoinSpeakersAcrossDocuments() throws Exception {
        // More documents than are read ahead at once, so the readers' order and speaker identity both count.
        StringBuilder gold = new StringBuilder();
        for (int i = 0; i < 75; i++) {
            gold.append("{\"id\": \"d").append(i).append("\", \"text\": \"Price said \\\"talks go on\\\".\", ")
                    .append("\"entities\": [{\"id\": \"price\", \"name\": \"Ned Price\", \"type\": \"PERSON\"}], ")
                    .append("\"mentions\": [{\"id\": \"m1\", \"span\": [0, 5], \"entity\": \"price\"}], ")
                    .append("\"attributions\": [{\"id\": \"a1\", \"type\": \"DIRECT\", \"source\": \"m1\", \"cue\": [6, 10], ")
                    .append("\"content\": [12, 23], \"parent\": null}]}\n");
        }
        Path jsonl = Files.writeString(folder.resolve("gold.jsonl"), gold);
        Path corpus = folder.resolve("corpus");
        assertEquals(SayerCli.OK, cli.run("import", jsonl.toString(), "--out", corpus.toString()), cli.err());
        assertEquals(SayerCli.OK, cli.run("stats", corpus.toString()), cli.err());
        String stats = cli.out();
        assertTrue(stats.contains("Documents: 75"), stats);
        assertTrue(stats.matches("(?s).*DIRECT\\s+0\\s+75\\s+0\\s+75.*"), stats);
        assertTrue(stats.matches("(?s).*\\s75  Ned Price \\(price\\).*"), "one speaker with all 75 claims:\n" + stats);
    }

    /**
     * A speaker whose id is also a document's id (and one called like a mention of another
     * document): the import exited 0, then every command that read the corpus failed with
     * "org.sayer.model.impl.DocumentEntryImpl" (an ArrayStoreException).
     */
    @Test
    void aSpeakerCalledLikeADocumentImportsAndTheCorpusReadsAgain() throws Exception {
        Path gold = Files.writeString(folder.resolve("gold.jsonl"), """
                {"id": "lavrov", "text": "Lavrov said no.", "entities": [{"id": "lavrov", "name": "Sergey Lavrov", "type": "PERSON"}], \
                "mentions": [{"id": "m1", "span": [0, 6], "entity": "lavrov"}], \
                "attributions": [{"id": "a1", "type": "INDIRECT", "source": "m1", "cue": [7, 11], "content": [12, 14], "parent": null}]}
                {"id": "d2", "text": "Price said yes.", "entities": [{"id": "m1", "name": "Ned Price", "type": "PERSON"}], \
                "mentions": [{"id": "d2", "span": [0, 5], "entity": "m1"}], \
                "attributions": [{"id": "a1", "type": "INDIRECT", "source": "d2", "cue": [6, 10], "content": [11, 14], "parent": null}]}
                """);
        Path corpus = folder.resolve("corpus");
        assertEquals(SayerCli.OK, cli.run("import", gold.toString(), "--out", corpus.toString()), cli.err());
        assertEquals(SayerCli.OK, cli.run("stats", corpus.toString()), cli.err());
        assertTrue(cli.out().contains("Documents: 2"), cli.out());
        Path export = folder.resolve("export");
        assertEquals(SayerCli.OK, cli.run("export", corpus.toString(), "--format", "jsonl", "--out", export.toString()), cli.err());
        String exported;
        try (var files = Files.list(export)) {
            exported = files.filter(f -> f.toString().endsWith(".jsonl")).map(f -> {
                try {
                    return Files.readString(f);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).reduce("", String::concat);
        }
        assertTrue(exported.contains("Sergey Lavrov") && exported.contains("Ned Price"), exported);
        assertEquals(SayerCli.OK, cli.run("check", corpus.toString()), cli.out() + cli.err());
    }

    @Test
    void badOptionsAreUsageErrorsNamingTheProblem() throws Exception {
        Path corpus = folder.resolve("corpus");
        CorpusStore.create(corpus, "c");
        assertEquals(SayerCli.USAGE, cli.run("export", corpus.toString(), "--format", "docx", "--out", folder.resolve("x").toString()));
        assertTrue(cli.err().contains("unknown export format 'docx'"), cli.err());
        assertEquals(SayerCli.USAGE, cli.run("export", corpus.toString(), "--format", "hf", "--out", "x", "--include", "everything"));
        assertTrue(cli.err().contains("--include takes pending and/or rejected"), cli.err());
        assertEquals(SayerCli.USAGE, cli.run("import", "a.txt", "--out", "x", "--ouput", "y"));
        assertTrue(cli.err().contains("unknown option --ouput"), cli.err());
        assertEquals(SayerCli.FAILED, cli.run("stats", folder.resolve("nothing").toString()));
        assertTrue(cli.err().contains("not a Sayer corpus"), cli.err());
    }
}
