package org.sayer.cli;

import java.io.PrintStream;
import java.util.List;

/** One headless command of {@code ./sayer}. */
public interface Command {

    /** The word that selects the command: {@code ./sayer NAME ...}. */
    String name();

    /** The usage line without {@code ./sayer}, e.g. {@code "eval --gold GOLD.jsonl --pred PRED.jsonl [--json]"}. */
    String usage();

    /** One line for {@code --help}. */
    String summary();

    /** The options that take no value, without "--" (e.g. "json"); the others take the next word. */
    default List<String> flags() {
        return List.of();
    }

    /**
     * Runs the command. Problems the user can fix are reported on {@code err} as one clear
     * sentence naming the file and the problem, and give a non-zero result.
     *
     * @return the process exit status: {@link SayerCli#OK}, {@link SayerCli#FAILED} or {@link SayerCli#USAGE}
     */
    int run(Arguments args, PrintStream out, PrintStream err) throws Exception;
}
