package org.sayer.model.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

import org.eclipse.emf.common.util.Diagnostic;
import org.sayer.model.DocumentEntry;
import org.sayer.model.validation.Validation;

/**
 * Verifies a whole corpus: that every document the index lists loads and is valid, and which files
 * in {@code documents/} no entry uses (a pack or temp file left by a killed import). With repair,
 * damaged documents move aside into {@code damaged/} with a report, leaving a corpus that opens and
 * exports whole; leftovers are deleted.
 */
public final class CorpusCheck {

    public static final String DAMAGED_FOLDER = "damaged";
    public static final String REPORT = "report.txt";

    /** A document that does not load ({@code invalid} false) or does not validate (true). */
    public record Problem(DocumentEntry entry, String message, boolean invalid) {
    }

    private final List<Problem> problems = new ArrayList<>();
    private final List<Path> leftovers = new ArrayList<>();
    private int documents;

    private CorpusCheck() {
    }

    /** Reads every document of {@code store} (a reader per core); {@code progress} hears the count read. */
    public static CorpusCheck of(CorpusStore store, IntConsumer progress) throws IOException {
        CorpusCheck check = new CorpusCheck();
        List<DocumentEntry> entries = List.copyOf(store.corpus().getDocuments());
        check.documents = entries.size();
        try (PrefetchedDocuments reading = new PrefetchedDocuments(store, entries)) {
            reading.forEach((entry, document) -> {
                for (Diagnostic problem : Validation.problems(Validation.validate(document))) {
                    check.problems.add(new Problem(entry, store.fileOf(entry) + ": " + problem.getMessage(), true));
                }
            }, (entry, damaged) -> check.problems.add(new Problem(entry, damaged.getMessage(), false)),
                    (done, entry) -> progress.accept(done));
        }
        check.leftovers.addAll(store.unusedFiles());
        return check;
    }

    public int documents() {
        return documents;
    }

    public List<Problem> problems() {
        return problems;
    }

    /** Files in documents/ that no index entry uses. */
    public List<Path> leftovers() {
        return leftovers;
    }

    public boolean whole() {
        return problems.isEmpty() && leftovers.isEmpty();
    }

    /**
     * Moves the documents that do not load into {@code damaged/} (their saved bytes, where they can
     * still be read) and out of the index, writes {@code damaged/report.txt}, and deletes every file
     * in documents/ that the index then no longer uses (the leftovers, and packs that held only
     * damaged documents). Invalid documents that load stay: the analyst can mend them. The store must
     * hold the writer's lock, taken before it read the index. Returns the report, or null when no
     * document was moved.
     */
    public Path repair(CorpusStore store) throws IOException {
        if (!store.holdsLock()) {
            throw new StoreException(store.folder(), "is repaired only under its writer's lock", null);
        }
        Path aside = store.folder().resolve(DAMAGED_FOLDER);
        List<String> report = new ArrayList<>();
        for (Problem problem : problems) {
            if (problem.invalid()) {
                continue;
            }
            DocumentEntry entry = problem.entry();
            Files.createDirectories(aside);
            String saved;
            try {
                byte[] bytes = store.bytesOf(entry);
                Path copy = aside.resolve(CorpusStore.fileNameOf(entry));
                AtomicFiles.write(copy, out -> out.write(bytes));
                saved = DAMAGED_FOLDER + "/" + copy.getFileName();
            } catch (StoreException e) {
                saved = "its bytes could not be read either";
            }
            store.remove(entry);
            report.add(entry.getId() + "\t" + saved + "\t" + problem.message().replace('\n', ' '));
        }
        if (!report.isEmpty()) {
            store.saveIndex();
        }
        for (Path unused : store.unusedFiles()) {
            Files.deleteIfExists(unused);
        }
        if (report.isEmpty()) {
            return null;
        }
        Path file = aside.resolve(REPORT);
        List<String> lines = new ArrayList<>();
        if (Files.exists(file)) {
            lines.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
        } else {
            lines.add("# Documents ./sayer check --repair took out of the corpus: id, saved copy, problem");
        }
        lines.addAll(report);
        AtomicFiles.write(file, out -> out.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8)));
        return file;
    }
}
