package org.sayer.cli.commands;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.sayer.cli.Arguments;
import org.sayer.cli.Command;
import org.sayer.cli.SayerCli;
import org.sayer.cli.UsageException;
import org.sayer.io.gold.Versions;
import org.sayer.pipeline.eval.AgreementReport;
import org.sayer.pipeline.eval.AgreementStudy;

/**
 * {@code ./sayer agree}: inter-annotator agreement between two or more versions of the same
 * documents (corpus folders or gold JSONL files, see {@link Versions}), paired by document id.
 */
public final class AgreeCommand implements Command {

    @Override
    public String name() {
        return "agree";
    }

    @Override
    public String usage() {
        return "agree CORPUS_A CORPUS_B [CORPUS_C ...] [--json]";
    }

    @Override
    public String summary() {
        return "inter-annotator agreement of versions of the same documents (corpora or gold JSONL)";
    }

    @Override
    public List<String> flags() {
        return List.of("json");
    }

    @Override
    public int run(Arguments args, PrintStream out, PrintStream err) throws Exception {
        Options.allowOnly(args, "json");
        if (args.positional().size() < 2) {
            throw new UsageException("name two or more corpora (folders) or gold JSONL files");
        }
        List<Path> inputs = args.positional().stream().map(Path::of).toList();
        try (Versions versions = new Versions(inputs)) {
            AgreementStudy study = new AgreementStudy(versions.names());
            List<String> damaged = new ArrayList<>();
            for (String id : versions.ids()) {
                study.add(id, versions.documents(id, damaged));
            }
            out.println(args.has("json") ? AgreementReport.toJson(study) : AgreementReport.toTable(study));
            for (String message : damaged) {
                err.println("sayer agree: damaged, left out: " + message);
            }
            return damaged.isEmpty() ? SayerCli.OK : SayerCli.FAILED;
        }
    }
}
