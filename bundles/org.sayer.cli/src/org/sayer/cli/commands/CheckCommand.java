package org.sayer.cli.commands;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.sayer.cli.Arguments;
import org.sayer.cli.Command;
import org.sayer.cli.SayerCli;
import org.sayer.cli.UsageException;
import org.sayer.model.store.CorpusCheck;
import org.sayer.model.store.CorpusStore;

/** {@code ./sayer check CORPUS [--repair]}: does every document load and validate; what is left over. */
public final class CheckCommand implements Command {

    @Override
    public String name() {
        return "check";
    }

    @Override
    public String usage() {
        return "check CORPUS_DIR [--repair] [--wait SECONDS]";
    }

    @Override
    public String summary() {
        return "verify every document and the index; --repair moves damaged documents aside into damaged/";
    }

    @Override
    public java.util.List<String> flags() {
        return java.util.List.of("repair");
    }

    @Override
    public int run(Arguments args, PrintStream out, PrintStream err) throws Exception {
        Options.allowOnly(args, "repair", Options.WAIT);
        if (args.positional().size() != 1) {
            throw new UsageException("name exactly one CORPUS_DIR");
        }
        Path folder = Path.of(args.positional().get(0));
        if (!Files.isRegularFile(folder.resolve(CorpusStore.INDEX_FILE))) {
            err.println("sayer check: " + folder + ": not a Sayer corpus (no " + CorpusStore.INDEX_FILE + ")");
            return SayerCli.FAILED;
        }
        boolean repair = args.has("repair");
        // Repairing writes: the lock comes first, so no import is filling a pack we would call a leftover.
        try (CorpusStore store = repair ? Options.openForWriting(folder, null, name(), args, err) : CorpusStore.open(folder)) {
            StderrProgress progress = new StderrProgress(err, "checked");
            int total = store.corpus().getDocuments().size();
            CorpusCheck check = CorpusCheck.of(store, done -> progress.worked(done, total, ""));
            for (CorpusCheck.Problem problem : check.problems()) {
                out.println((problem.invalid() ? "invalid: " : "damaged: ") + problem.message());
            }
            for (Path leftover : check.leftovers()) {
                out.println("leftover: " + leftover + " (no index entry uses it; a killed import or save left it)");
            }
            if (check.whole()) {
                out.println("Checked " + check.documents() + " documents of " + folder + ": all load and validate; nothing is left over.");
                return SayerCli.OK;
            }
            if (!repair) {
                out.println("Checked " + check.documents() + " documents of " + folder + ": " + check.problems().size()
                        + " with problems, " + check.leftovers().size() + " leftover files. --repair moves damaged documents aside"
                        + " and deletes leftovers.");
                return SayerCli.FAILED;
            }
            Path report = check.repair(store);
            long moved = check.problems().stream().filter(p -> !p.invalid()).count();
            out.println("Repaired " + folder + ": " + moved + " damaged document" + (moved == 1 ? "" : "s") + " moved aside"
                    + (report == null ? "" : " (see " + report + ")") + ", " + check.leftovers().size() + " leftover files deleted"
                    + (moved < check.problems().size() ? "; invalid documents stay for you to mend" : "") + ".");
            return moved < check.problems().size() ? SayerCli.FAILED : SayerCli.OK;
        }
    }
}
