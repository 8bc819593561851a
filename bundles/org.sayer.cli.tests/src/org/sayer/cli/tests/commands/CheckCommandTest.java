package org.sayer.cli.tests.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sayer.cli.SayerCli;
import org.sayer.cli.tests.CliRun;
import org.sayer.model.Document;
import org.sayer.model.DocumentEntry;
import org.sayer.model.SayerFactory;
import org.sayer.model.store.CorpusStore;

/**
 * One damaged document no longer takes the corpus down: stats and export finish for the others,
 * name it and exit 1, and check --repair moves it aside so the corpus is whole again.
 */
class CheckCommandTest {

    @TempDir
    Path folder;

    private final CliRun cli = new CliRun();

    @Test
    void damagedDocumentsAreNamedTheOthersServedAndRepairMovesThemAside() throws Exception {
        Path corpus = folder.resolve("corpus");
        Path damaged;
        try (CorpusStore store = CorpusStore.create(corpus, "c")) {
            for (String id : List.of("one", "two", "three")) {
                Document document = SayerFactory.eINSTANCE.createDocument();
                document.setId(id);
                document.setText("The mayor of " + id + " said the bridge would open.");
                store.add(document);
                store.save(document);
            }
            store.saveIndex();
            damaged = store.fileOf(store.entryFor("two"));
        }
        Files.writeString(damaged, "<?xml version=\"1.0\"?><sayer:Document xmlns:sayer=\"http://sayer.org/model/1.0\" id=\"two\"");
        Path leftover = Files.writeString(corpus.resolve("documents/pack-left-by-a-kill.xmipack"), "half an import");

        assertEquals(SayerCli.FAILED, cli.run("stats", corpus.toString()));
        assertTrue(cli.out().contains("Documents: 2"), cli.out());
        assertTrue(cli.err().contains(damaged.toString()) && cli.err().contains("not counted"), cli.err());

        Path export = folder.resolve("export");
        assertEquals(SayerCli.FAILED, cli.run("export", corpus.toString(), "--format", "jsonl", "--out", export.toString()));
        assertTrue(cli.out().startsWith("Exported 2 documents"), cli.out());
        assertTrue(cli.err().contains(damaged.toString()) && cli.err().contains("left out"), cli.err());

        assertEquals(SayerCli.FAILED, cli.run("check", corpus.toString()));
        assertTrue(cli.out().contains("damaged: " + damaged), cli.out());
        assertTrue(cli.out().contains("leftover: " + leftover), cli.out());
        assertTrue(Files.exists(damaged) && Files.exists(leftover), "check alone changes nothing");

        assertEquals(SayerCli.OK, cli.run("check", corpus.toString(), "--repair"), cli.out() + cli.err());
        Path report = corpus.resolve("damaged/report.txt");
        assertTrue(Files.readString(report).contains("two\tdamaged/two.xmi\t" + damaged), Files.readString(report));
        assertTrue(Files.readString(corpus.resolve("damaged/two.xmi")).contains("id=\"two\""), "the damaged bytes are kept aside");
        assertFalse(Files.exists(leftover));
        assertFalse(Files.exists(damaged));

        assertEquals(SayerCli.OK, cli.run("check", corpus.toString()), cli.out());
        assertEquals(SayerCli.OK, cli.run("stats", corpus.toString()), cli.err());
        assertEquals(List.of("one", "three"), CorpusStore.open(corpus).documentIds());
    }

    /** Other valid text written over a packed document's bytes parses fine: only its checksum tells. */
    @Test
    void aPackedDocumentChangedBehindSayersBackIsDamageNamedByEveryCommand() throws Exception {
        Path input = Files.writeString(folder.resolve("news.jsonl"), """
                {"id": "one", "text": "The mayor said the bridge would open in May."}
                {"id": "two", "text": "The minister said the budget would be balanced."}
                {"id": "three", "text": "The coach said the team would win the cup."}
                """);
        Path corpus = folder.resolve("corpus");
        assertEquals(SayerCli.OK, cli.run("import", input.toString(), "--out", corpus.toString()), cli.err());
        DocumentEntry two = CorpusStore.open(corpus).entryFor("two");
        Path pack = corpus.resolve("documents").resolve(two.getPack());
        String bytes = Files.readString(pack, StandardCharsets.ISO_8859_1);
        int at = bytes.indexOf("balanced", (int) two.getPackOffset());
        assertTrue(at > 0 && at < two.getPackOffset() + two.getPackLength());
        Files.writeString(pack, bytes.substring(0, at) + "in ruins" + bytes.substring(at + "balanced".length()), StandardCharsets.ISO_8859_1);

        assertEquals(SayerCli.FAILED, cli.run("stats", corpus.toString()));
        assertTrue(cli.out().contains("Documents: 2"), cli.out());
        assertTrue(cli.err().contains(pack + ": document two.xmi") && cli.err().contains("checksum"), cli.err());

        Path export = folder.resolve("export");
        assertEquals(SayerCli.FAILED, cli.run("export", corpus.toString(), "--format", "jsonl", "--out", export.toString()));
        assertTrue(cli.err().contains("two.xmi"), cli.err());
        assertFalse(Files.readString(export.resolve("documents.jsonl")).contains("in ruins"), "the changed text is not exported");

        assertEquals(SayerCli.FAILED, cli.run("check", corpus.toString()));
        assertTrue(cli.out().contains("damaged: " + pack + ": document two.xmi"), cli.out());
        assertEquals(SayerCli.OK, cli.run("check", corpus.toString(), "--repair"), cli.out() + cli.err());
        assertEquals(List.of("one", "three"), CorpusStore.open(corpus).documentIds());
        assertEquals(SayerCli.OK, cli.run("check", corpus.toString()), cli.out());
    }

    @Test
    void aFolderThatIsNoCorpusIsSaidSo() {
        assertEquals(SayerCli.FAILED, cli.run("check", folder.toString(), "--repair"));
        assertTrue(cli.err().contains(folder + ": not a Sayer corpus"), cli.err());
        assertFalse(Files.exists(folder.resolve(".sayer-lock")), "nothing written");
    }
}
