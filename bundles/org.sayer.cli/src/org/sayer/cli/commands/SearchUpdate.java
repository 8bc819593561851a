package org.sayer.cli.commands;

import java.io.IOException;
import java.io.PrintStream;

import org.sayer.io.search.SearchIndex;
import org.sayer.model.Document;
import org.sayer.model.DocumentEntry;
import org.sayer.model.store.CorpusStore;

/**
 * The search index of a corpus that a command writes: fed each document the command saves while it
 * still holds it ({@link SearchIndex#feed}), and brought up to date at the end. The corpus is
 * written either way: a problem with the index is only said, since the next {@code ./sayer search}
 * (or the workbench) catches it up.
 */
final class SearchUpdate implements AutoCloseable {

    private final String command;
    private final PrintStream err;
    private SearchIndex index;
    private SearchIndex.Feed feed;

    private SearchUpdate(String command, PrintStream err) {
        this.command = command;
        this.err = err;
    }

    /** Opens {@code store}'s index for {@code command}; problems go to {@code err}. */
    static SearchUpdate open(CorpusStore store, String command, PrintStream err) {
        SearchUpdate update = new SearchUpdate(command, err);
        try {
            update.index = SearchIndex.of(store.folder());
            update.feed = update.index.feed(store);
        } catch (IOException | RuntimeException e) {
            update.failed(e);
        }
        return update;
    }

    /** A document the command has just saved (see {@link SearchIndex.Feed#add}). */
    void saved(Document document, DocumentEntry entry) {
        if (feed != null) {
            feed.add(document, entry);
        }
    }

    /** Brings the index in line with the corpus as written and commits it. */
    void finish() {
        if (feed == null) {
            return;
        }
        try {
            SearchIndex.Update update = feed.finish(new StderrProgress(err, "indexed"));
            if (update.busy()) {
                err.println("sayer " + command + ": another process is updating the search index; it catches up with this "
                        + command + " on the next search");
            }
        } catch (IOException | RuntimeException e) {
            failed(e);
        }
    }

    private void failed(Exception e) {
        err.println("sayer " + command + ": the search index was not brought up to date (" + e.getMessage()
                + "); ./sayer search catches it up");
        close();
    }

    /** Lets the index go; a feed not finished is taken back. */
    @Override
    public void close() {
        try {
            if (feed != null) {
                feed.close();
            }
            if (index != null) {
                index.close();
            }
        } catch (IOException e) {
            err.println("sayer " + command + ": the search index could not be closed: " + e.getMessage());
        } finally {
            feed = null;
            index = null;
        }
    }
}
