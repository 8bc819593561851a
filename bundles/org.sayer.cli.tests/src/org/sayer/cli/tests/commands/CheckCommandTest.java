package org.sayer.cli.tests.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sayer.cli.SayerCli;
import org.sayer.cli.tests.CliRun;
import org.sayer.model.Document;
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

    private int run(String... args) {
        return cli.run(args);
    }

    private String out() {
        return cli.out();
    }

    private String err() {
        return cli.err();
    }

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

        assertEquals(SayerCli.FAILED, run("stats", corpus.toString()));
        assertTrue(out().contains("Documents: 2"), out());
        assertTrue(err().contains(damaged.toString()) && err().contains("not counted"), err());

        Path export = folder.resolve("export");
        assertEquals(SayerCli.FAILED, run("export", corpus.toString(), "--format", "jsonl", "--out", export.toString()));
        assertTrue(out().startsWith("Exported 2 documents"), out());
        assertTrue(err().contains(damaged.toString()) && err().contains("left out"), err());

        assertEquals(SayerCli.FAILED, run("check", corpus.toString()));
        assertTrue(out().contains("damaged: " + damaged), out());
        assertTrue(out().contains("leftover: " + leftover), out());
        assertTrue(Files.exists(damaged) && Files.exists(leftover), "check alone changes nothing");

        assertEquals(SayerCli.OK, run("check", corpus.toString(), "--repair"), out() + err());
        Path report = corpus.resolve("damaged/report.txt");
        assertTrue(Files.readString(report).contains("two\tdamaged/two.xmi\t" + damaged), Files.readString(report));
        assertTrue(Files.readString(corpus.resolve("damaged/two.xmi")).contains("id=\"two\""), "the damaged bytes are kept aside");
        assertFalse(Files.exists(leftover));
        assertFalse(Files.exists(damaged));

        assertEquals(SayerCli.OK, run("check", corpus.toString()), out());
        assertEquals(SayerCli.OK, run("stats", corpus.toString()), err());
        assertEquals(List.of("one", "three"), CorpusStore.open(corpus).documentIds());
    }

    @Test
    void aFolderThatIsNoCorpusIsSaidSo() {
        assertEquals(SayerCli.FAILED, run("check", folder.toString(), "--repair"));
        assertTrue(err().contains(folder + ": not a Sayer corpus"), err());
        assertFalse(Files.exists(folder.resolve(".sayer-lock")), "nothing written");
    }
}
