package org.sayer.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /**
     * The launchers in the product archives pick the headless commands by name, so a command they do
     * not list ("curate" once) answers "unknown command" in the product.
     */
    @Test
    void theProductLaunchersPassEveryHeadlessCommandOn() throws Exception {
        assertEquals(SayerCli.OK, run("--help"));
        String help = out.toString(StandardCharsets.UTF_8);
        String headless = help.substring(help.indexOf("Headless commands"));
        Path rootfiles = Path.of("").toAbsolutePath();
        while (rootfiles != null && !Files.isDirectory(rootfiles.resolve("features/org.sayer.feature/rootfiles"))) {
            rootfiles = rootfiles.getParent();
        }
        assertTrue(rootfiles != null, "the tests run inside the source tree");
        rootfiles = rootfiles.resolve("features/org.sayer.feature/rootfiles");
        String shell = Files.readString(rootfiles.resolve("sayer"));
        String windows = Files.readString(rootfiles.resolve("sayer.cmd"));
        Matcher usage = Pattern.compile("(?m)^  ([a-z]+) ").matcher(headless);
        int commands = 0;
        for (; usage.find(); commands++) {
            String command = usage.group(1);
            assertTrue(Pattern.compile("(?m)^ *([a-z|-]+\\|)?" + command + "(\\|[a-z|-]+)?\\)$").matcher(shell).find(),
                    "the sayer launcher passes " + command + " on");
            assertTrue(Pattern.compile("for %%C in \\([^)]*\\b" + command + "\\b").matcher(windows).find(),
                    "sayer.cmd passes " + command + " on");
        }
        assertTrue(commands >= 9, "found the commands in:\n" + help);
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
