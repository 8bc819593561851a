package org.sayer.cli.commands;

import java.io.PrintStream;

import org.sayer.cli.Arguments;
import org.sayer.cli.Command;
import org.sayer.cli.SayerCli;

/** A command that is announced but not built yet: says so plainly. */
public final class NotYetAvailable implements Command {

    private final String name;
    private final String usage;
    private final String summary;

    public NotYetAvailable(String name, String usage, String summary) {
        this.name = name;
        this.usage = usage;
        this.summary = summary;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String usage() {
        return usage;
    }

    @Override
    public String summary() {
        return summary;
    }

    @Override
    public int run(Arguments args, PrintStream out, PrintStream err) {
        err.println("sayer " + name + ": not yet available in this version of Sayer.");
        return SayerCli.NOT_AVAILABLE;
    }
}
