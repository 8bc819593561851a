package org.sayer.cli.commands;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.sayer.cli.Arguments;
import org.sayer.cli.Command;
import org.sayer.cli.SayerCli;
import org.sayer.cli.UsageException;
import org.sayer.io.export.ExportFormat;
import org.sayer.io.export.ExportOptions;
import org.sayer.io.export.Exporters;
import org.sayer.io.export.Manifest;
import org.sayer.model.store.CorpusStore;

/** {@code ./sayer export CORPUS_DIR --format F --out PATH [--include pending,rejected]}. */
public final class ExportCommand implements Command {

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String usage() {
        return "export CORPUS_DIR --format " + ExportFormat.names().replace(", ", "|")
                + " --out PATH [--include pending,rejected] [--seed N --split TRAIN,VALIDATION,TEST] [--cueless skip|source]";
    }

    @Override
    public String summary() {
        return "export a corpus (MANUAL and ACCEPTED annotations unless --include adds more) with a manifest";
    }

    @Override
    public int run(Arguments args, PrintStream out, PrintStream err) throws Exception {
        Options.allowOnly(args, "format", "out", "include", "seed", "split", "cueless");
        if (args.positional().size() != 1) {
            throw new UsageException("name exactly one CORPUS_DIR");
        }
        ExportFormat format;
        ExportOptions options;
        try {
            format = ExportFormat.parse(args.required("format"));
            options = options(args);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        CorpusStore store = CorpusStore.open(Path.of(args.positional().get(0)));
        Path target = Path.of(args.required("out"));
        Manifest manifest = Exporters.export(store, format, target, options, new StderrProgress(err, "exported"));
        out.printf("Exported %d documents as %s to %s: %d speaker mentions, %d cues, %d claims (see %s).%n", manifest.documents(),
                format.id(), target, manifest.count("mentions"), manifest.count("cues"), manifest.count("claims"), Manifest.FILE);
        manifest.damaged().values().forEach(problem -> err.println("sayer export: " + problem + "; left out"));
        if (!manifest.damaged().isEmpty()) {
            err.println("sayer export: " + manifest.damaged().size() + " damaged document" + (manifest.damaged().size() == 1 ? "" : "s")
                    + " left out; ./sayer check " + args.positional().get(0) + " --repair moves them aside");
            return SayerCli.FAILED;
        }
        return SayerCli.OK;
    }

    private static ExportOptions options(Arguments args) throws UsageException {
        boolean pending = false;
        boolean rejected = false;
        for (String include : args.values("include")) {
            switch (include) {
                case "pending" -> pending = true;
                case "rejected" -> rejected = true;
                default -> throw new UsageException("--include takes pending and/or rejected, not '" + include + "'");
            }
        }
        ExportOptions options = ExportOptions.DEFAULT.withInclude(pending, rejected);
        if (args.has("seed") || args.has("split")) {
            long seed = options.seed();
            double train = options.trainRatio();
            double validation = options.validationRatio();
            try {
                seed = Long.parseLong(args.value("seed", String.valueOf(seed)));
                if (args.has("split")) {
                    List<String> parts = args.values("split");
                    if (parts.size() != 3) {
                        throw new UsageException("--split takes three ratios: TRAIN,VALIDATION,TEST");
                    }
                    double sum = 0;
                    double[] ratios = new double[3];
                    for (int i = 0; i < 3; i++) {
                        ratios[i] = Double.parseDouble(parts.get(i));
                        sum += ratios[i];
                    }
                    if (Math.abs(sum - 1.0) > 1e-6) {
                        throw new UsageException("--split ratios must add up to 1, not " + sum);
                    }
                    train = ratios[0];
                    validation = ratios[1];
                }
            } catch (NumberFormatException e) {
                throw new UsageException("--seed takes a whole number and --split numbers: " + e.getMessage());
            }
            options = options.withSplits(seed, train, validation);
        }
        if (args.has("cueless")) {
            options = options.withCuelessClaims(ExportOptions.CuelessClaims.parse(args.value("cueless", "skip")));
        }
        return options;
    }
}
