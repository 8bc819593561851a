package org.sayer.cli.commands;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.sayer.cli.Arguments;
import org.sayer.cli.Command;
import org.sayer.cli.SayerCli;
import org.sayer.cli.UsageException;
import org.sayer.io.importer.ImportReport;
import org.sayer.io.importer.ImportLimits;
import org.sayer.io.importer.Importers;
import org.sayer.model.store.CorpusStore;

/** {@code ./sayer import INPUT... --out CORPUS_DIR}: files, folders and zips into a new or existing corpus. */
public final class ImportCommand implements Command {

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String usage() {
        return "import INPUT... --out CORPUS_DIR [--name NAME] [--annotator NAME] [--wait SECONDS]";
    }

    @Override
    public String summary() {
        return "import txt, HTML, JSONL, gold JSONL, XMI (Sayer's or INCEpTION's), WebAnno TSV 3 or zip (format by content) into a corpus";
    }

    @Override
    public int run(Arguments args, PrintStream out, PrintStream err) throws Exception {
        Options.allowOnly(args, "out", "name", "annotator", Options.WAIT);
        if (args.positional().isEmpty()) {
            throw new UsageException("name at least one INPUT file, folder or zip");
        }
        Path folder = Path.of(args.required("out"));
        List<Path> inputs = new ArrayList<>();
        for (String input : args.positional()) {
            inputs.add(Path.of(input));
        }
        String name = args.value("name", folder.toAbsolutePath().getFileName().toString());
        ImportReport report;
        int total;
        try (CorpusStore store = Options.openForWriting(folder, name, name(), args, err);
                SearchUpdate search = SearchUpdate.open(store, name(), err)) {
            // --annotator credits the imported hand annotations that name no maker of their own
            report = Importers.importInto(store, inputs, ImportLimits.DEFAULT, new StderrProgress(err, "imported"),
                    args.value("annotator", null), search::saved);
            total = store.documentIds().size();
            search.finish();
        }
        for (String problem : report.problems()) {
            err.println("sayer import: " + problem);
        }
        out.println("Imported " + report.documents() + " document" + (report.documents() == 1 ? "" : "s") + " into " + folder
                + " (" + total + " in the corpus)" + (report.hasProblems() ? "; " + report.problems().size()
                        + " problem" + (report.problems().size() == 1 ? "" : "s") + " reported above." : "."));
        return report.hasProblems() ? SayerCli.FAILED : SayerCli.OK;
    }
}
