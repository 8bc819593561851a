package org.sayer.cli.tests.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sayer.cli.SayerCli;
import org.sayer.cli.tests.CliRun;
import org.sayer.model.Document;
import org.sayer.model.DocumentEntry;
import org.sayer.model.WorkflowState;
import org.sayer.model.store.CorpusStore;

/** train on gold, then annotate with that model and see its confidences calibrated by eval. */
class TrainCommandTest {

    @TempDir
    Path folder;

    private final CliRun cli = new CliRun();

    /** A gold document: Doe's claim is gold, the spokesman's sentence is not (a wrong candidate). */
    private static String gold(int i) {
        String text = "Jane Doe said the plant " + i + " would close. A spokesman said nothing was decided about plant " + i + ".";
        int content = text.indexOf("the plant");
        int end = text.indexOf(" would close") + " would close".length();
        int cue = text.indexOf("said");
        return "{\"id\": \"d" + i + "\", \"text\": \"" + text + "\", \"entities\": [{\"id\": \"doe\", \"name\": \"Jane Doe\", \"type\": \"PERSON\", \"aliases\": []}],"
                + " \"mentions\": [{\"id\": \"m1\", \"span\": [0, 8], \"entity\": \"doe\"}], \"attributions\": [{\"id\": \"a1\", \"type\": \"INDIRECT\","
                + " \"source\": \"m1\", \"cue\": [" + cue + ", " + (cue + 4) + "], \"content\": [" + content + ", " + end + "], \"parent\": null}]}\n";
    }

    /** Ten gold documents in one file. */
    private Path goldFile() throws Exception {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            lines.append(gold(i));
        }
        return Files.writeString(folder.resolve("gold.jsonl"), lines);
    }

    @Test
    void aModelTrainedOnGoldIsUsedByAnnotateAndItsConfidencesAreCalibratedByEval() throws Exception {
        Path gold = goldFile();
        Path model = folder.resolve("my.model");
        assertEquals(SayerCli.OK, cli.run("train", gold.toString(), "--out", model.toString()), cli.err());
        assertTrue(cli.err().contains("10 documents, 10 gold claims, 20 candidates, 10 of them right"), cli.err());
        assertTrue(cli.out().contains("Brier score") && cli.out().contains("wrote " + model), cli.out());

        Path predicted = folder.resolve("predicted.jsonl");
        assertEquals(SayerCli.OK, cli.run("annotate", gold.toString(), "--out", predicted.toString(), "--model", model.toString()), cli.err());
        String predictions = Files.readString(predicted);
        assertTrue(predictions.contains("\"confidence\""), predictions);
        assertEquals(SayerCli.OK, cli.run("eval", "--gold", gold.toString(), "--pred", predicted.toString(), "--calibration"), cli.err());
        assertTrue(cli.out().contains("end-to-end") && cli.out().contains("| 0.9-1.0 |") && cli.out().contains("Brier score"), cli.out());

        Path missing = folder.resolve("missing.model");
        assertEquals(SayerCli.FAILED, cli.run("annotate", gold.toString(), "--out", folder.resolve("x.jsonl").toString(), "--model", missing.toString()));
        assertTrue(cli.err().contains(missing + ": no such model file"), cli.err());
    }

    /** A corpus teaches the model what its analysts reviewed, and nothing of the documents still open. */
    @Test
    void aCorpusGivesItsReviewedDocumentsAsGold() throws Exception {
        Path gold = goldFile();
        Path corpus = folder.resolve("corpus");
        assertEquals(SayerCli.OK, cli.run("import", gold.toString(), "--out", corpus.toString()), cli.err());
        Path model = folder.resolve("reviews.model");
        markReviewed(corpus, 0);
        assertEquals(SayerCli.FAILED, cli.run("train", corpus.toString(), "--out", model.toString()));
        assertTrue(cli.err().contains(corpus + ": no reviewed document to learn from"), cli.err());
        assertTrue(Files.notExists(model), "no model without gold");

        markReviewed(corpus, 8);
        assertEquals(SayerCli.OK, cli.run("train", corpus.toString(), "--out", model.toString()), cli.err());
        assertTrue(cli.err().contains(corpus + ": 8 reviewed documents"), cli.err());
        assertTrue(cli.err().contains("corpus-reviewed.jsonl: 8 documents, 8 gold claims, 16 candidates, 8 of them right"), cli.err());
        assertTrue(Files.size(model) > 0 && cli.out().contains("wrote " + model), cli.out());
    }

    /** Marks the corpus's first {@code count} documents reviewed and the others in progress. */
    private static void markReviewed(Path corpus, int count) throws Exception {
        CorpusStore store = CorpusStore.open(corpus);
        try {
            int i = 0;
            for (DocumentEntry entry : java.util.List.copyOf(store.corpus().getDocuments())) {
                Document document = store.load(entry);
                document.setState(i++ < count ? WorkflowState.REVIEWED : WorkflowState.IN_PROGRESS);
                store.save(document);
            }
            store.saveIndex();
        } finally {
            store.close();
        }
    }
}
