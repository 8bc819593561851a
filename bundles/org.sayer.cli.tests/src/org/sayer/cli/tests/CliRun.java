package org.sayer.cli.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.sayer.cli.SayerCli;

/** Runs ./sayer commands in this JVM, as the launcher does, and keeps what the last one printed. */
public final class CliRun {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** The command's exit status. */
    public int run(String... args) {
        out.reset();
        err.reset();
        return SayerCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    /** What the last command wrote to standard output. */
    public String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    /** What the last command wrote to standard error. */
    public String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
