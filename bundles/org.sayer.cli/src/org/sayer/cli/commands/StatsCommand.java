package org.sayer.cli.commands;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.sayer.cli.Arguments;
import org.sayer.cli.Command;
import org.sayer.cli.SayerCli;
import org.sayer.cli.UsageException;
import org.sayer.model.Annotation;
import org.sayer.model.Claim;
import org.sayer.model.ClaimType;
import org.sayer.model.Cue;
import org.sayer.model.DocumentEntry;
import org.sayer.model.ReviewState;
import org.sayer.model.Speaker;
import org.sayer.model.SpeakerMention;
import org.sayer.model.WorkflowState;
import org.sayer.model.store.CorpusStore;
import org.sayer.model.store.PrefetchedDocuments;

/** {@code ./sayer stats CORPUS_DIR}: documents by state, claims by type and review state, top speakers. */
public final class StatsCommand implements Command {

    @Override
    public String name() {
        return "stats";
    }

    @Override
    public String usage() {
        return "stats CORPUS_DIR [--top N]";
    }

    @Override
    public String summary() {
        return "documents, claims by type and state, top speakers";
    }

    @Override
    public int run(Arguments args, PrintStream out, PrintStream err) throws Exception {
        Options.allowOnly(args, "top");
        if (args.positional().size() != 1) {
            throw new UsageException("name exactly one CORPUS_DIR");
        }
        int top;
        try {
            top = Integer.parseInt(args.value("top", "10"));
        } catch (NumberFormatException e) {
            throw new UsageException("--top takes a number, not '" + args.value("top", "") + "'");
        }
        Path folder = Path.of(args.positional().get(0));
        CorpusStore store = CorpusStore.open(folder);
        List<DocumentEntry> entries = List.copyOf(store.corpus().getDocuments());
        Map<WorkflowState, Integer> states = new EnumMap<>(WorkflowState.class);
        Map<ClaimType, Map<ReviewState, Integer>> claims = new EnumMap<>(ClaimType.class);
        Map<Speaker, Integer> speakers = new HashMap<>();
        int[] mentions = { 0 };
        int[] cues = { 0 };
        int[] untyped = { 0 };
        StderrProgress progress = new StderrProgress(err, "read");
        List<String> damaged = new ArrayList<>();
        // Read ahead on a reader per core; nothing is loaded into the store, so nothing needs unloading.
        try (PrefetchedDocuments documents = new PrefetchedDocuments(store, entries)) {
            documents.forEach((entry, document) -> {
                states.merge(document.getState() == null ? WorkflowState.NEW : document.getState(), 1, Integer::sum);
                for (Annotation annotation : document.getAnnotations()) {
                    if (annotation instanceof SpeakerMention) {
                        mentions[0]++;
                    } else if (annotation instanceof Cue) {
                        cues[0]++;
                    } else if (annotation instanceof Claim claim) {
                        if (claim.getType() == null) {
                            untyped[0]++;
                        } else {
                            claims.computeIfAbsent(claim.getType(), t -> new EnumMap<>(ReviewState.class)).merge(claim.getReview(), 1, Integer::sum);
                        }
                        if (claim.getReview() != ReviewState.REJECTED && claim.getSource() != null && claim.getSource().getSpeaker() != null) {
                            speakers.merge(claim.getSource().getSpeaker(), 1, Integer::sum);
                        }
                    }
                }
            }, (entry, problem) -> damaged.add(problem.getMessage()) /* the others still count */,
                    (done, entry) -> progress.worked(done, entries.size(), entry.getId()));
        }
        print(out, store, folder, entries.size() - damaged.size(), states, claims, untyped[0], mentions[0], cues[0], speakers, top);
        for (String problem : damaged) {
            err.println("sayer stats: " + problem + "; not counted");
        }
        if (!damaged.isEmpty()) {
            err.println("sayer stats: " + damaged.size() + " damaged document" + (damaged.size() == 1 ? "" : "s")
                    + " not counted; ./sayer check " + folder + " --repair moves them aside");
            return SayerCli.FAILED;
        }
        return SayerCli.OK;
    }

    private static void print(PrintStream out, CorpusStore store, Path folder, int documents, Map<WorkflowState, Integer> states,
            Map<ClaimType, Map<ReviewState, Integer>> claims, int untyped, int mentions, int cues, Map<Speaker, Integer> speakers, int top) {
        out.println("Corpus " + store.corpus().getName() + " (" + folder + ")");
        StringBuilder byState = new StringBuilder();
        for (WorkflowState state : WorkflowState.VALUES) {
            byState.append(byState.isEmpty() ? "" : ", ").append(state.getName()).append(' ').append(states.getOrDefault(state, 0));
        }
        out.println("Documents: " + documents + " (" + byState + ")");
        out.println("Speaker mentions: " + mentions + ", cues: " + cues);
        out.printf("%-10s %9s %9s %9s %9s%n", "Claims", "PENDING", "ACCEPTED", "REJECTED", "total");
        int[] columns = new int[4];
        for (ClaimType type : ClaimType.VALUES) {
            Map<ReviewState, Integer> row = claims.getOrDefault(type, Map.of());
            int pending = row.getOrDefault(ReviewState.PENDING, 0);
            int accepted = row.getOrDefault(ReviewState.ACCEPTED, 0);
            int rejected = row.getOrDefault(ReviewState.REJECTED, 0);
            out.printf("%-10s %9d %9d %9d %9d%n", type.getName(), pending, accepted, rejected, pending + accepted + rejected);
            columns[0] += pending;
            columns[1] += accepted;
            columns[2] += rejected;
            columns[3] += pending + accepted + rejected;
        }
        out.printf("%-10s %9d %9d %9d %9d%n", "all", columns[0], columns[1], columns[2], columns[3]);
        if (untyped > 0) {
            out.println("(and " + untyped + " claims without a type)");
        }
        out.println("Top speakers (claims, not counting rejected):");
        speakers.entrySet().stream()
                .sorted(Map.Entry.<Speaker, Integer>comparingByValue().reversed().thenComparing(e -> String.valueOf(e.getKey().getName())))
                .limit(top)
                .forEach(e -> out.printf("%6d  %s (%s)%n", e.getValue(), e.getKey().getName(), e.getKey().getId()));
        if (speakers.isEmpty()) {
            out.println("  none yet");
        }
    }
}
