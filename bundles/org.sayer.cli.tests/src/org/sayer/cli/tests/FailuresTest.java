package org.sayer.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;

import org.junit.jupiter.api.Test;
import org.sayer.cli.Arguments;
import org.sayer.cli.Command;
import org.sayer.cli.SayerCli;

/** Every failure ends in a message and a non-zero status; running out of heap included. */
class FailuresTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** A command whose run fails with {@code failure}. */
    private static Command failingWith(Throwable failure) {
        return new Command() {
            @Override
            public String name() {
                return "hungry";
            }

            @Override
            public String usage() {
                return "hungry";
            }

            @Override
            public String summary() {
                return "fails";
            }

            @Override
            public int run(Arguments args, PrintStream out, PrintStream err) throws Exception {
                if (failure instanceof Exception exception) {
                    throw exception;
                }
                throw (Error) failure;
            }
        };
    }

    private int run(Throwable failure) {
        err.reset();
        return SayerCli.run(failingWith(failure), new String[0], new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void runningOutOfHeapExitsNonZeroWithAMessageThatSaysWhatToDo() {
        assertEquals(SayerCli.FAILED, run(new OutOfMemoryError("Java heap space")));
        String said = err.toString(StandardCharsets.UTF_8);
        assertTrue(said.startsWith("sayer hungry: ran out of memory (the Java heap holds ") && said.contains("SAYER_HEAP"), said);
    }

    @Test
    void runningOutOfHeapOnAWorkerThreadIsSaidTheSameWay() {
        assertEquals(SayerCli.FAILED, run(new ExecutionException(new OutOfMemoryError("Java heap space"))));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("ran out of memory"), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anyOtherFailureIsSaidByItsMessage() {
        assertEquals(SayerCli.FAILED, run(new IllegalStateException("the disk went away")));
        assertEquals("sayer hungry: the disk went away", err.toString(StandardCharsets.UTF_8).strip());
    }
}
