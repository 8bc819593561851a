package org.sayer.cli.commands;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.sayer.cli.Arguments;
import org.sayer.cli.UsageException;
import org.sayer.model.store.CorpusLock;
import org.sayer.model.store.CorpusStore;

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

    /** How long a writer waits for another process to finish writing the same corpus (--wait SECONDS). */
    static final String WAIT = "wait";
    private static final int DEFAULT_WAIT_SECONDS = 60;

    /**
     * Opens the corpus in {@code folder} for {@code command} to write, or creates it (named
     * {@code name}) when there is none: under the writer's lock, taken before the index is read.
     * While another process writes there, waits up to --wait seconds and says so on {@code err}.
     */
    static CorpusStore openForWriting(Path folder, String name, String command, Arguments args, PrintStream err)
            throws IOException, UsageException {
        Duration wait = Duration.ofSeconds(seconds(args.value(WAIT, String.valueOf(DEFAULT_WAIT_SECONDS))));
        CorpusLock lock = CorpusLock.acquire(folder, "sayer " + command, wait, message -> err.println("sayer " + command + ": " + message));
        return Files.exists(folder.resolve(CorpusStore.INDEX_FILE)) ? CorpusStore.open(folder, lock)
                : CorpusStore.create(folder, name, lock);
    }

    /**
     * After {@code command} wrote the corpus in {@code folder}: brings its search index up to date. The
     * corpus is written either way; an index left behind is only said, since the next
     * {@code ./sayer search} (or the workbench) catches it up.
     */
    static void updateSearchIndex(Path folder, String command, PrintStream err) {
        try (CorpusStore store = CorpusStore.open(folder)) {
            updateSearchIndex(store, command, err);
        } catch (IOException e) {
            err.println("sayer " + command + ": the search index was not brought up to date: " + e.getMessage());
        }
    }

    static void updateSearchIndex(CorpusStore store, String command, PrintStream err) {
        try (SearchUpdate search = SearchUpdate.open(store, command, err)) {
            search.finish();
        }
    }

    private static long seconds(String value) throws UsageException {
        try {
            long seconds = Long.parseLong(value);
            if (seconds >= 0) {
                return seconds;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new UsageException("--" + WAIT + " takes a number of seconds, not " + value);
    }
}
