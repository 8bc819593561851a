package org.sayer.cli.commands;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonObject;

import org.sayer.cli.Arguments;
import org.sayer.cli.Command;
import org.sayer.cli.SayerCli;
import org.sayer.cli.UsageException;
import org.sayer.io.gold.CuratedDocument;
import org.sayer.io.gold.Versions;
import org.sayer.io.importer.ImportException;
import org.sayer.model.Document;
import org.sayer.model.store.CorpusStore;
import org.sayer.pipeline.eval.Curation;

/**
 * {@code ./sayer curate}: merges annotators' versions of the same documents (corpus folders or gold
 * JSONL files, see {@link Versions}) into a new curated corpus ({@link Curation}). What the versions
 * agree on (or, with {@code --auto majority}, what most of them hold) is taken as decided; every
 * other unit goes in as a pending annotation, so that review mode walks it, and is listed on
 * standard output, per document, for a person to decide.
 */
public final class CurateCommand implements Command {

    @Override
    public String name() {
        return "curate";
    }

    @Override
    public String usage() {
        return "curate CORPUS_A CORPUS_B [CORPUS_C ...] --out CURATED [--auto agree|majority] [--name NAME]";
    }

    @Override
    public String summary() {
        return "merge annotators' versions into a curated corpus; lists the disagreements left for a person";
    }

    @Override
    public int run(Arguments args, PrintStream out, PrintStream err) throws Exception {
        Options.allowOnly(args, "out", "auto", "name", Options.WAIT);
        if (args.positional().size() < 2) {
            throw new UsageException("name two or more corpora (folders) or gold JSONL files");
        }
        Curation.Auto auto = switch (args.value("auto", "agree")) {
            case "agree" -> Curation.Auto.AGREE;
            case "majority" -> Curation.Auto.MAJORITY;
            default -> throw new UsageException("--auto takes agree or majority, not " + args.value("auto", ""));
        };
        Path folder = Path.of(args.required("out"));
        if (Files.exists(folder.resolve(CorpusStore.INDEX_FILE))) {
            throw new UsageException(folder + " already holds a corpus; curate into a new folder");
        }
        List<Path> inputs = args.positional().stream().map(Path::of).toList();
        List<String> problems = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        List<String> listing = new ArrayList<>();
        int documents = 0;
        int taken = 0;
        int outvoted = 0;
        int open = 0;
        int openDocuments = 0;
        try (Versions versions = new Versions(inputs);
                CorpusStore store = Options.openForWriting(folder, args.value("name", folder.toAbsolutePath().getFileName().toString()),
                        name(), args, err)) {
            Curation curation = new Curation(versions.names(), auto);
            for (String id : versions.ids()) {
                List<JsonObject> copies = versions.documents(id, problems);
                String reason = Versions.whyNotComparable(versions.names(), copies);
                if (reason != null) {
                    leftOut.add(id + " (" + reason + ")");
                    continue;
                }
                Curation.Result result = curation.merge(copies);
                Document document;
                try {
                    document = CuratedDocument.of(result, "document " + id, store.corpus());
                } catch (ImportException e) { // what a version holds, not what curate made of it
                    problems.add(e.getMessage() + " (in " + String.join(", ", args.positional()) + ")");
                    continue;
                }
                store.add(document);
                store.saveDeferred(document);
                store.unload(document);
                documents++;
                taken += result.taken();
                outvoted += result.outvoted();
                open += result.disagreements().size();
                if (!result.disagreements().isEmpty()) {
                    openDocuments++;
                    list(id, result.disagreements(), listing);
                }
            }
            store.saveIndex();
        }
        out.println("Curated " + plural(documents, "document") + " into " + folder + " (--auto " + auto.name().toLowerCase()
                + "): " + plural(taken, "annotation") + " taken" + (auto == Curation.Auto.MAJORITY ? ", " + outvoted + " outvoted" : "")
                + "; " + plural(open, "disagreement") + " left for a person in " + plural(openDocuments, "document")
                + (open == 0 ? "." : " (pending in the curated corpus: open it and review them, Ctrl+R)."));
        listing.forEach(out::println);
        for (String id : leftOut) {
            out.println("not curated: " + id);
        }
        for (String message : problems) {
            err.println("sayer curate: not curated: " + message);
        }
        return problems.isEmpty() ? SayerCli.OK : SayerCli.FAILED;
    }

    private static void list(String id, List<Curation.Disagreement> disagreements, List<String> listing) {
        listing.add("");
        listing.add(id + ": " + plural(disagreements.size(), "disagreement"));
        for (Curation.Disagreement disagreement : disagreements) {
            listing.add("  " + disagreement.kind() + " " + disagreement.begin() + "-" + disagreement.end() + " \""
                    + disagreement.text() + "\"");
            for (Curation.Variant variant : disagreement.variants()) {
                listing.add("    " + String.join(", ", variant.annotators()) + ": " + variant.description());
            }
        }
    }

    private static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
