package org.sayer.cli.commands;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.sayer.cli.Arguments;
import org.sayer.cli.Command;
import org.sayer.cli.SayerCli;
import org.sayer.cli.UsageException;
import org.sayer.pipeline.eval.ErrorAnalysis;
import org.sayer.pipeline.eval.EvalReport;
import org.sayer.pipeline.eval.Scorer;
import org.sayer.pipeline.scoring.Calibration;

/** {@code ./sayer eval}: scores predictions against gold, with the figures of shared/eval/score.py. */
public final class EvalCommand implements Command {

    @Override
    public String name() {
        return "eval";
    }

    @Override
    public String usage() {
        return "eval --gold GOLD.jsonl --pred PRED.jsonl [--json] [--calibration] [--errors] [--nested]";
    }

    @Override
    public String summary() {
        return "score predictions against gold";
    }

    @Override
    public List<String> flags() {
        return List.of("json", "calibration", "errors", "nested");
    }

    @Override
    public int run(Arguments args, PrintStream out, PrintStream err) throws Exception {
        Options.allowOnly(args, "gold", "pred", "json", "calibration", "errors", "nested");
        // score.py takes the two files as positional words; both spellings work.
        List<String> words = args.positional();
        if (words.size() > (args.has("gold") ? 0 : 1) + (args.has("pred") ? 0 : 1)) {
            throw new UsageException("unexpected argument " + words.get(words.size() - 1));
        }
        int next = 0;
        Path gold = Path.of(args.has("gold") ? args.required("gold") : word(words, next++, "gold"));
        Path pred = Path.of(args.has("pred") ? args.required("pred") : word(words, next, "pred"));
        for (Path file : List.of(gold, pred)) {
            if (!Files.isRegularFile(file)) {
                err.println("sayer eval: " + file + ": no such file");
                return SayerCli.FAILED;
            }
        }
        EvalReport report = Scorer.evaluate(gold, pred);
        out.println(args.has("json") ? report.toJson() : report.toTable());
        ErrorAnalysis analysis = args.has("errors") || args.has("nested") ? ErrorAnalysis.of(gold, pred) : null;
        if (args.has("errors")) {
            // for train and dev only: a sealed test split's errors are never looked at
            out.println();
            out.print(analysis.toText());
        }
        if (args.has("nested")) {
            // a figure only, so that a sealed test split may be scored with it
            out.println();
            out.printf("Nested claims found with their parent: %d of %d%n", analysis.nestedFound(), analysis.nestedGold());
        }
        if (args.has("calibration")) {
            Calibration calibration = Calibration.of(gold, pred);
            out.println();
            out.println("Calibration: does a suggestion's confidence say how often it is right (end-to-end)?");
            out.print(calibration.size() == 0 ? "no prediction carries a confidence (annotate writes one for machine claims)\n"
                    : calibration.toTable(10));
        }
        return SayerCli.OK;
    }

    private static String word(List<String> words, int index, String option) throws UsageException {
        if (index >= words.size()) {
            throw new UsageException("--" + option + " is required");
        }
        return words.get(index);
    }
}
