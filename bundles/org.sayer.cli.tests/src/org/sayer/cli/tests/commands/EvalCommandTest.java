package org.sayer.cli.tests.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sayer.cli.SayerCli;

class EvalCommandTest {

    private static final String GOLD = "{\"id\": \"d\", \"text\": \"Lavrov said talks would go on. Baerbock said no.\","
            + " \"entities\": [{\"id\": \"l\", \"name\": \"Sergey Lavrov\", \"type\": \"PERSON\"},"
            + " {\"id\": \"b\", \"name\": \"Annalena Baerbock\", \"type\": \"PERSON\"}],"
            + " \"mentions\": [{\"id\": \"m1\", \"span\": [0, 6], \"entity\": \"l\"}, {\"id\": \"m2\", \"span\": [31, 39], \"entity\": \"b\"}],"
            + " \"attributions\": [{\"id\": \"a1\", \"type\": \"INDIRECT\", \"source\": \"m1\", \"cue\": [7, 11], \"content\": [12, 29], \"parent\": null},"
            + " {\"id\": \"a2\", \"type\": \"INDIRECT\", \"source\": \"m2\", \"cue\": [40, 44], \"content\": [45, 47], \"parent\": null}]}\n";

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return SayerCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void jsonReportCountsAMissedAttribution() throws Exception {
        Path gold = Files.writeString(folder.resolve("gold.jsonl"), GOLD);
        // The prediction finds Lavrov's claim only, and attributes it to the wrong speaker.
        Path pred = Files.writeString(folder.resolve("pred.jsonl"), GOLD.replace("\"entity\": \"l\"", "\"entity\": \"b\"")
                .replace(", {\"id\": \"a2\", \"type\": \"INDIRECT\", \"source\": \"m2\", \"cue\": [40, 44], \"content\": [45, 47], \"parent\": null}", ""));
        assertEquals(SayerCli.OK, run("eval", "--gold", gold.toString(), "--pred", pred.toString(), "--json"), err.toString());
        JsonObject report = JsonParser.parseString(out.toString(StandardCharsets.UTF_8)).getAsJsonObject();
        JsonObject attributions = report.getAsJsonObject("attributions");
        assertEquals(2, attributions.get("gold").getAsInt());
        assertEquals(1, attributions.get("predicted").getAsInt());
        assertEquals(1, attributions.get("matched").getAsInt());
        JsonObject match = report.getAsJsonObject("metrics").getAsJsonObject("match");
        assertEquals(1.0, match.get("precision").getAsDouble());
        assertEquals(0.5, match.get("recall").getAsDouble());
        // The mention text "Lavrov" names the gold speaker by itself, whatever entity it was linked to.
        assertEquals(1.0, report.getAsJsonObject("metrics").getAsJsonObject("speaker").get("tp").getAsDouble());
    }

    @Test
    void tableIsTheDefaultAndPositionalFilesWorkAsInScorePy() throws Exception {
        Path gold = Files.writeString(folder.resolve("gold.jsonl"), GOLD);
        assertEquals(SayerCli.OK, run("eval", gold.toString(), gold.toString()), err.toString());
        String table = out.toString(StandardCharsets.UTF_8);
        assertTrue(table.startsWith("Documents:    1 gold, 1 predicted, 1 paired by id"), table);
        assertTrue(table.contains("end-to-end            2.00      2      2   1.000   1.000   1.000"), table);
    }

    /** "Price said [Blinken stressed [talks]]": the nested claim counts only when it hangs under the matched parent. */
    @Test
    void nestedClaimsFoundWithTheirParentAreCounted() throws Exception {
        String nested = "{\"id\": \"n\", \"text\": \"Price said Blinken stressed talks.\","
                + " \"entities\": [{\"id\": \"p\", \"name\": \"Ned Price\", \"type\": \"PERSON\"},"
                + " {\"id\": \"b\", \"name\": \"Antony Blinken\", \"type\": \"PERSON\"}],"
                + " \"mentions\": [{\"id\": \"m1\", \"span\": [0, 5], \"entity\": \"p\"}, {\"id\": \"m2\", \"span\": [11, 18], \"entity\": \"b\"}],"
                + " \"attributions\": [{\"id\": \"a1\", \"type\": \"INDIRECT\", \"source\": \"m1\", \"cue\": [6, 10], \"content\": [11, 33], \"parent\": null},"
                + " {\"id\": \"a2\", \"type\": \"INDIRECT\", \"source\": \"m2\", \"cue\": [19, 27], \"content\": [28, 33], \"parent\": \"a1\"}]}\n";
        Path gold = Files.writeString(folder.resolve("gold.jsonl"), nested);
        assertEquals(SayerCli.OK, run("eval", "--gold", gold.toString(), "--pred", gold.toString(), "--nested"), err.toString());
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("Nested claims found with their parent: 1 of 1"), out.toString());
        Path flat = Files.writeString(folder.resolve("flat.jsonl"), nested.replace("\"parent\": \"a1\"", "\"parent\": null"));
        out.reset();
        assertEquals(SayerCli.OK, run("eval", "--gold", gold.toString(), "--pred", flat.toString(), "--nested"), err.toString());
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("Nested claims found with their parent: 0 of 1"), out.toString());
    }

    @Test
    void missingOrMalformedFilesAreNamed() throws Exception {
        Path gold = Files.writeString(folder.resolve("gold.jsonl"), GOLD);
        assertEquals(SayerCli.FAILED, run("eval", "--gold", gold.toString(), "--pred", folder.resolve("none.jsonl").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("none.jsonl: no such file"), err.toString());
        Path broken = Files.writeString(folder.resolve("broken.jsonl"), GOLD + "{\"id\": \n");
        err.reset();
        assertEquals(SayerCli.FAILED, run("eval", "--gold", gold.toString(), "--pred", broken.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("broken.jsonl:2: not valid JSON"), err.toString());
    }
}
