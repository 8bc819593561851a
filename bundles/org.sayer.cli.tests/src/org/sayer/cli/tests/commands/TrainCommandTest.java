package org.sayer.cli.tests.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sayer.cli.SayerCli;
import org.sayer.cli.tests.CliRun;

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

    @Test
    void aModelTrainedOnGoldIsUsedByAnnotateAndItsConfidencesAreCalibratedByEval() throws Exception {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            lines.append(gold(i));
        }
        Path gold = Files.writeString(folder.resolve("gold.jsonl"), lines);
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
}
