package org.sayer.cli.commands;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.sayer.cli.Arguments;
import org.sayer.cli.Command;
import org.sayer.cli.SayerCli;
import org.sayer.cli.UsageException;
import org.sayer.model.store.AtomicFiles;
import org.sayer.pipeline.scoring.AttributionTrainer;

/** {@code ./sayer train GOLD.jsonl... --out MODEL}: the attribution model, learnt from gold. */
public final class TrainCommand implements Command {

    @Override
    public String name() {
        return "train";
    }

    @Override
    public String usage() {
        return "train GOLD.jsonl... --out MODEL";
    }

    @Override
    public String summary() {
        return "train the attribution model on gold JSONL (use it with annotate --model or -Dsayer.model)";
    }

    @Override
    public int run(Arguments args, PrintStream out, PrintStream err) throws Exception {
        Options.allowOnly(args, "out");
        if (args.positional().isEmpty()) {
            throw new UsageException("give at least one gold JSONL file");
        }
        Path target = Path.of(args.required("out"));
        List<Path> gold = new ArrayList<>();
        for (String word : args.positional()) {
            Path file = Path.of(word);
            if (!Files.isRegularFile(file)) {
                err.println("sayer train: " + file + ": no such file");
                return SayerCli.FAILED;
            }
            gold.add(file);
        }
        AttributionTrainer.Result result = AttributionTrainer.train(gold, line -> err.println("sayer train: " + line));
        AtomicFiles.write(target, result.model()::write);
        out.println("Cross-validated (" + AttributionTrainer.FOLDS + " folds over the documents):");
        out.print(result.calibration().toTable(10));
        out.println("Trained the attribution model on " + gold.size() + " gold file" + (gold.size() == 1 ? "" : "s") + "; wrote " + target);
        return SayerCli.OK;
    }
}
