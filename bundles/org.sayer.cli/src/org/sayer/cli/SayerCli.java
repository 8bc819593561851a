package org.sayer.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The headless commands of {@code ./sayer}. Plain Java: runs in the product's OSGi runtime and,
 * for tests, without one.
 */
public final class SayerCli {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    public static final int NOT_AVAILABLE = 3;

    /** Command name to one-line description, in the order {@code --help} lists them. */
    static final Map<String, String> COMMANDS = new LinkedHashMap<>();
    static {
        COMMANDS.put("annotate", "annotate INPUT... --out PATH [--format corpus|jsonl]   pre-annotate texts with the pipeline");
        COMMANDS.put("import", "import INPUT... --out CORPUS_DIR                        import txt, HTML, JSONL, XMI or zip into a corpus");
        COMMANDS.put("export", "export CORPUS_DIR --format F --out PATH [--include ...] export a corpus for training or other tools");
        COMMANDS.put("eval", "eval --gold GOLD.jsonl --pred PRED.jsonl [--json]       score predictions against gold");
        COMMANDS.put("stats", "stats CORPUS_DIR                                       documents, claims by type and state, top speakers");
    }

    private SayerCli() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || isHelp(args[0])) {
            printHelp(out);
            return OK;
        }
        String command = args[0];
        if (!COMMANDS.containsKey(command)) {
            err.println("sayer: unknown command '" + command + "'. Run ./sayer --help for the list.");
            return USAGE;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        if (rest.length > 0 && isHelp(rest[0])) {
            out.println("usage: ./sayer " + COMMANDS.get(command));
            return OK;
        }
        err.println("sayer " + command + ": not yet available in this version of Sayer.");
        return NOT_AVAILABLE;
    }

    static void printHelp(PrintStream out) {
        out.println("Sayer: mark up who said what in news.");
        out.println();
        out.println("usage: ./sayer [COMMAND] [ARGS]");
        out.println();
        out.println("Workbench:");
        out.println("  (no command)                                            open the workbench on the sample corpus");
        out.println("  open DIR                                                open the workbench on the corpus in DIR");
        out.println();
        out.println("Headless commands (no display needed):");
        for (String line : COMMANDS.values()) {
            out.println("  " + line);
        }
        out.println();
        out.println("  --help                                                  this list; COMMAND --help for one command");
    }

    private static boolean isHelp(String arg) {
        return arg.equals("--help") || arg.equals("-h") || arg.equals("help");
    }
}
