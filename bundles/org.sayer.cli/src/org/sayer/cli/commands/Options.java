package org.sayer.cli.commands;

import java.util.List;

import org.sayer.cli.Arguments;
import org.sayer.cli.UsageException;

/** Option checks shared by the io commands. */
final class Options {

    private Options() {
    }

    /** A misspelt option is a usage error, not silently ignored. */
    static void allowOnly(Arguments args, String... known) throws UsageException {
        List<String> allowed = List.of(known);
        for (String option : args.optionNames()) {
            if (!allowed.contains(option)) {
                throw new UsageException("unknown option --" + option);
            }
        }
    }
}
