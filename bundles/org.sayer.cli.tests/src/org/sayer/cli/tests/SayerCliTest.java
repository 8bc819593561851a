package org.sayer.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.sayer.cli.SayerCli;

class SayerCliTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return SayerCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void helpListsEveryCommand() {
        assertEquals(SayerCli.OK, run("--help"));
        String help = out.toString(StandardCharsets.UTF_8);
        for (String command : new String[] { "open DIR", "annotate", "import", "export", "eval", "stats" }) {
            assertTrue(help.contains(command), "help lists " + command + ":\n" + help);
        }
    }

    @Test
    void unknownCommandIsAUsageError() {
        assertEquals(SayerCli.USAGE, run("frobnicate"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown command 'frobnicate'"));
    }

    @Test
    void commandHelpShowsItsUsage() {
        assertEquals(SayerCli.OK, run("eval", "--help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("--gold GOLD.jsonl --pred PRED.jsonl"));
    }
}
