package org.sayer.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

import org.sayer.cli.commands.AgreeCommand;
import org.sayer.cli.commands.AnnotateCommand;
import org.sayer.cli.commands.CheckCommand;
import org.sayer.cli.commands.CurateCommand;
import org.sayer.cli.commands.EvalCommand;
import org.sayer.cli.commands.ExportCommand;
import org.sayer.cli.commands.ImportCommand;
import org.sayer.cli.commands.SearchCommand;
import org.sayer.cli.commands.StatsCommand;
import org.sayer.cli.commands.TrainCommand;

/**
 * The headless commands of {@code ./sayer}. Plain Java: runs in the product's OSGi runtime and,
 * for tests, without one.
 */
public final class SayerCli {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    /** Every command, in the order {@code --help} lists them. */
    static final List<Command> COMMANDS = List.of(
            new AnnotateCommand(),
            new ImportCommand(),
            new ExportCommand(),
            new EvalCommand(),
            new AgreeCommand(),
            new CurateCommand(),
            new TrainCommand(),
            new CheckCommand(),
            new SearchCommand(),
            new StatsCommand());

    private SayerCli() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || isHelp(args[0])) {
            printHelp(out);
            return OK;
        }
        Command command = COMMANDS.stream().filter(c -> c.name().equals(args[0])).findFirst().orElse(null);
        if (command == null) {
            err.println("sayer: unknown command '" + args[0] + "'. Run ./sayer --help for the list.");
            return USAGE;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        if (rest.length > 0 && isHelp(rest[0])) {
            out.println("usage: ./sayer " + command.usage());
            out.println(command.summary());
            return OK;
        }
        return run(command, rest, out, err);
    }

    /**
     * Runs one command: every failure, an OutOfMemoryError included, ends in a message and a
     * non-zero status. (Uncaught, an OutOfMemoryError reached only the OSGi log, and the process
     * exited 0 having done nothing.)
     */
    public static int run(Command command, String[] rest, PrintStream out, PrintStream err) {
        try {
            return command.run(Arguments.parse(rest, command.flags().toArray(String[]::new)), out, err);
        } catch (UsageException e) {
            err.println("sayer " + command.name() + ": " + e.getMessage());
            err.println("usage: ./sayer " + command.usage());
            return USAGE;
        } catch (Exception | OutOfMemoryError e) {
            err.println("sayer " + command.name() + ": " + (outOfMemory(e) ? outOfMemoryMessage()
                    : e.getMessage() != null ? e.getMessage() : e.toString()));
            return FAILED;
        }
    }

    /** Whether the failure is, or was caused by (on a worker thread), running out of heap. */
    static boolean outOfMemory(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }

    private static String outOfMemoryMessage() {
        long heapMb = Runtime.getRuntime().maxMemory() >> 20;
        return "ran out of memory (the Java heap holds " + heapMb + " MB): the input is too large for this heap;"
                + " give more with SAYER_HEAP (e.g. SAYER_HEAP=8g ./sayer ...) or split the input.";
    }

    static void printHelp(PrintStream out) {
        out.println("Sayer: mark up who said what in news.");
        out.println();
        out.println("usage: ./sayer [COMMAND] [ARGS]");
        out.println();
        out.println("Workbench:");
        row(out, "(no command)", "open the workbench on the sample corpus");
        row(out, "open DIR", "open the workbench on the corpus in DIR");
        out.println();
        out.println("Headless commands (no display needed):");
        for (Command command : COMMANDS) {
            row(out, command.usage(), command.summary());
        }
        out.println();
        row(out, "--help", "this list; COMMAND --help for one command");
    }

    private static void row(PrintStream out, String usage, String summary) {
        out.println("  " + usage);
        out.println("      " + summary);
    }

    private static boolean isHelp(String arg) {
        return arg.equals("--help") || arg.equals("-h") || arg.equals("help");
    }
}
