package org.sayer.cli.commands;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.sayer.cli.Arguments;
import org.sayer.cli.Command;
import org.sayer.cli.SayerCli;
import org.sayer.cli.UsageException;
import org.sayer.io.gold.GoldJsonlWriter;
import org.sayer.model.Document;
import org.sayer.model.DocumentEntry;
import org.sayer.model.ReviewState;
import org.sayer.model.WorkflowState;
import org.sayer.model.store.AtomicFiles;
import org.sayer.model.store.CorpusStore;
import org.sayer.model.store.PrefetchedDocuments;
import org.sayer.pipeline.scoring.AttributionTrainer;

/**
 * {@code ./sayer train GOLD.jsonl|CORPUS_DIR... --out MODEL}: the attribution model, learnt from gold.
 * A corpus gives its reviewed documents, so the model learns from what analysts accepted, made
 * and rejected (a rejected suggestion is a candidate no gold claim matches).
 */
public final class TrainCommand implements Command {

    @Override
    public String name() {
        return "train";
    }

    @Override
    public String usage() {
        return "train GOLD.jsonl|CORPUS_DIR... --out MODEL";
    }

    @Override
    public String summary() {
        return "train the attribution model on gold JSONL or a corpus's reviewed documents (use it with annotate --model)";
    }

    @Override
    public int run(Arguments args, PrintStream out, PrintStream err) throws Exception {
        Options.allowOnly(args, "out");
        if (args.positional().isEmpty()) {
            throw new UsageException("give at least one gold JSONL file or corpus folder");
        }
        Path target = Path.of(args.required("out"));
        List<Path> gold = new ArrayList<>();
        Path scratch = null;
        try {
            for (String word : args.positional()) {
                Path file = Path.of(word);
                if (Files.isDirectory(file)) {
                    if (scratch == null) {
                        scratch = Files.createTempDirectory("sayer-train-");
                    }
                    // named after the corpus, as the trainer's report names each gold file
                    Path reviewed = scratch.resolve(gold.size() + "-" + file.toAbsolutePath().normalize().getFileName() + "-reviewed.jsonl");
                    int documents = writeReviewed(file, reviewed, err);
                    err.println("sayer train: " + file + ": " + documents + " reviewed document" + (documents == 1 ? "" : "s")
                            + " (their accepted and hand-made annotations are the gold)");
                    if (documents == 0) {
                        err.println("sayer train: " + file + ": no reviewed document to learn from; a document is reviewed when it is"
                                + " marked done (Review › Mark Document Done) with no suggestion left pending");
                        return SayerCli.FAILED;
                    }
                    gold.add(reviewed);
                } else if (Files.isRegularFile(file)) {
                    gold.add(file);
                } else {
                    err.println("sayer train: " + file + ": no such file or corpus folder");
                    return SayerCli.FAILED;
                }
            }
            AttributionTrainer.Result result = AttributionTrainer.train(gold, line -> err.println("sayer train: " + line));
            AtomicFiles.write(target, result.model()::write);
            report(result, gold.size(), target, out);
            return SayerCli.OK;
        } finally {
            if (scratch != null) {
                try (var files = Files.list(scratch)) {
                    for (Path reviewed : files.toList()) {
                        Files.deleteIfExists(reviewed);
                    }
                }
                Files.deleteIfExists(scratch);
            }
        }
    }

    /** The reviewed documents of the corpus in {@code folder} as gold JSONL; a damaged one is reported and left out. */
    private static int writeReviewed(Path folder, Path target, PrintStream err) throws Exception {
        CorpusStore store = CorpusStore.open(folder);
        int[] written = { 0 };
        try {
            AtomicFiles.write(target, stream -> {
                GoldJsonlWriter writer = new GoldJsonlWriter(stream, EnumSet.of(ReviewState.ACCEPTED));
                List<DocumentEntry> entries = List.copyOf(store.corpus().getDocuments());
                // read ahead on a reader per core, as stats does; nothing is loaded into the store
                try (PrefetchedDocuments documents = new PrefetchedDocuments(store, entries)) {
                    documents.forEach((entry, document) -> {
                        if (document.getState() == WorkflowState.REVIEWED) {
                            writer.write(document);
                            written[0]++;
                        }
                    }, (entry, damaged) -> err.println("sayer train: " + damaged.getMessage() + "; left out"));
                }
                writer.flush();
            });
        } finally {
            store.close();
        }
        return written[0];
    }

    private static void report(AttributionTrainer.Result result, int files, Path target, PrintStream out) {
        out.println("Cross-validated (" + AttributionTrainer.FOLDS + " folds over the documents):");
        out.print(result.calibration().toTable(10));
        out.println("Trained the attribution model on " + files + " gold file" + (files == 1 ? "" : "s") + "; wrote " + target);
    }
}
