package org.sayer.cli.commands;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.sayer.cli.Arguments;
import org.sayer.cli.Command;
import org.sayer.cli.SayerCli;
import org.sayer.cli.UsageException;
import org.sayer.io.search.SearchException;
import org.sayer.io.search.SearchHit;
import org.sayer.io.search.SearchIndex;
import org.sayer.model.store.CorpusStore;

/**
 * {@code ./sayer search CORPUS_DIR QUERY...}: the corpus's Lucene index (brought up to date first)
 * answers a query; one hit a line: document, span, what matched, snippet.
 */
public final class SearchCommand implements Command {

    @Override
    public String name() {
        return "search";
    }

    @Override
    public String usage() {
        return "search CORPUS_DIR QUERY... [--limit N]";
    }

    @Override
    public String summary() {
        return "search text, speakers, cues and claims (e.g. speaker:Lavrov type:indirect sanctions, cue:warned, \"a phrase\")";
    }

    @Override
    public int run(Arguments args, PrintStream out, PrintStream err) throws Exception {
        Options.allowOnly(args, "limit");
        if (args.positional().size() < 2) {
            throw new UsageException("name a CORPUS_DIR and a QUERY");
        }
        int limit;
        try {
            limit = Integer.parseInt(args.value("limit", "20"));
        } catch (NumberFormatException e) {
            limit = -1;
        }
        if (limit < 1) {
            throw new UsageException("--limit takes a number of hits, 1 or more, not '" + args.value("limit", "") + "'");
        }
        Path folder = Path.of(args.positional().get(0));
        if (!Files.isRegularFile(folder.resolve(CorpusStore.INDEX_FILE))) {
            err.println("sayer search: " + folder + ": not a Sayer corpus (no " + CorpusStore.INDEX_FILE + ")");
            return SayerCli.FAILED;
        }
        String query = String.join(" ", args.positional().subList(1, args.positional().size()));
        try (CorpusStore store = CorpusStore.open(folder); SearchIndex index = SearchIndex.of(folder)) {
            SearchIndex.Update update = index.update(store, new StderrProgress(err, "indexed"));
            for (String problem : update.problems()) {
                err.println("sayer search: not searchable: " + problem);
            }
            if (update.busy()) {
                err.println("sayer search: another process is updating the search index; searching it as it is");
            }
            List<SearchHit> hits;
            try {
                hits = index.search(query, limit);
            } catch (SearchException e) {
                err.println("sayer search: " + e.getMessage());
                return SayerCli.USAGE;
            }
            out.println(hits.isEmpty() ? "No hits for " + query
                    : hits.size() + (hits.size() == limit ? " best" : "") + " hit" + (hits.size() == 1 ? "" : "s") + " for " + query
                            + " (document, span, what, snippet):");
            for (SearchHit hit : hits) {
                out.println(hit.documentId() + "\t" + hit.begin() + "-" + hit.end() + "\t" + hit.describe() + "\t" + hit.snippet());
            }
            return update.problems().isEmpty() ? SayerCli.OK : SayerCli.FAILED;
        }
    }
}
