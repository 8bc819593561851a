package org.sayer.io.export;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.sayer.io.CancelledException;
import org.sayer.io.ProgressListener;
import org.sayer.model.DocumentEntry;
import org.sayer.model.store.AtomicFiles;
import org.sayer.model.store.CorpusStore;
import org.sayer.model.store.PrefetchedDocuments;
import org.sayer.model.store.StoreException;

/**
 * Exports a corpus in one of the {@link ExportFormat}s into the folder {@code out}.
 *
 * <p>Streaming: documents are read a few dozen ahead of the writer on threads of their own (see
 * {@link PrefetchedDocuments}) and dropped once written, so memory stays flat and every core works.
 *
 * <p>Atomic: everything goes to a temp folder next to {@code out}, which replaces {@code out} only
 * when the whole export succeeded, so a failure or a cancellation leaves a previous export untouched
 * and no half-written files behind. A document that cannot be read is left out and named in the
 * manifest ({@link Manifest#damaged}); the others are exported.
 */
public final class Exporters {

    private Exporters() {
    }

    /**
     * Says why {@code out} cannot take an export of the corpus in {@code corpusFolder} (see
     * {@link #export}, which checks the same), so that a dialog can say it before any work starts.
     */
    public static void checkTarget(Path out, Path corpusFolder) throws IOException {
        checkNormalizedTarget(out.toAbsolutePath().normalize(), corpusFolder.toAbsolutePath().normalize());
    }

    public static Manifest export(CorpusStore store, ExportFormat format, Path out, ExportOptions options,
            ProgressListener progress) throws IOException {
        Path target = out.toAbsolutePath().normalize();
        checkNormalizedTarget(target, store.folder().toAbsolutePath().normalize());
        Files.createDirectories(target.getParent());
        removeLeftovers(target);
        Path temp = AtomicFiles.newFolder(target.getParent(), tempPrefix(target, "export"));
        try {
            Manifest manifest = new Manifest(format, options);
            List<String> ids = store.documentIds();
            FormatWriter writer = format.newWriter();
            writer.open(new ExportContext(temp, options, ids, manifest));
            writeAll(store, writer, manifest, options, progress, target);
            writer.close();
            manifest.write(temp.resolve(Manifest.FILE), filesIn(temp));
            replace(temp, target);
            return manifest;
        } catch (IOException e) {
            if (StoreException.isDiskFull(e)) {
                // The file being written lies in the export's temp folder, which the user never sees.
                throw new ExportException(target.toString(), "No space left on device; nothing was exported and the folder is as it was", e);
            }
            throw e;
        } finally {
            deleteTree(temp);
        }
    }

    private static void writeAll(CorpusStore store, FormatWriter writer, Manifest manifest, ExportOptions options,
            ProgressListener progress, Path target) throws IOException {
        List<DocumentEntry> entries = List.copyOf(store.corpus().getDocuments());
        try (PrefetchedDocuments documents = new PrefetchedDocuments(store, entries)) {
            documents.forEach((entry, document) -> {
                writer.write(new DocumentView(document, options));
                manifest.countDocument(document);
            }, (entry, damaged) -> manifest.damaged(entry.getId(), damaged.getMessage()) /* left out and named */, (done, entry) -> {
                progress.worked(done, entries.size(), entry.getId());
                if (progress.isCancelled()) {
                    throw new CancelledException("The export to " + target);
                }
            });
        }
    }

    /**
     * Only an empty folder or an earlier Sayer export is replaced: never a folder of the user's own
     * files (a manifest.json of another program does not make it an export), never one that holds a
     * corpus, and never an export that files were added to since (they would be lost with it).
     */
    private static void checkNormalizedTarget(Path target, Path corpus) throws IOException {
        if (Files.isRegularFile(target)) {
            throw new ExportException(target.toString(), "is a file; the export needs a folder", null);
        }
        if (corpus.startsWith(target)) {
            throw new ExportException(target.toString(), "holds the corpus being exported; choose an empty or new folder", null);
        }
        if (!Files.isDirectory(target) || isEmpty(target)) {
            return;
        }
        if (Files.exists(target.resolve(CorpusStore.INDEX_FILE))) {
            throw new ExportException(target.toString(), "holds a Sayer corpus; choose an empty or new folder", null);
        }
        Manifest.Earlier earlier = Manifest.readEarlier(target.resolve(Manifest.FILE));
        if (earlier == null) {
            throw new ExportException(target.toString(),
                    "exists and is not an earlier Sayer export (no Sayer manifest.json); choose an empty or new folder", null);
        }
        if (earlier.files() != null) {
            List<String> others = new ArrayList<>(filesIn(target));
            others.removeAll(earlier.files());
            others.remove(Manifest.FILE);
            if (!others.isEmpty()) {
                throw new ExportException(target.toString(), "holds files the earlier export did not write ("
                        + String.join(", ", others.subList(0, Math.min(5, others.size()))) + (others.size() > 5 ? ", ..." : "")
                        + "); move them away or choose another folder", null);
            }
        }
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            return !entries.iterator().hasNext();
        }
    }

    /** The files under {@code folder}, as sorted relative paths with '/' between names. */
    static List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .map(file -> folder.relativize(file).toString().replace(java.io.File.separatorChar, '/'))
                    .sorted().toList();
        }
    }

    /** ".OUT.export-PID-": the temp folders of an export name their process, so a later one knows whose they are. */
    private static String tempPrefix(Path target, String kind) {
        return "." + target.getFileName() + "." + kind + "-" + ProcessHandle.current().pid() + "-";
    }

    /**
     * Deletes the temp folders that an export to {@code target} killed midway left next to it: those
     * of a process that no longer runs. A running export's own folders stay.
     */
    private static void removeLeftovers(Path target) throws IOException {
        String name = "." + target.getFileName() + ".";
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(target.getParent(), name + "*")) {
            for (Path sibling : siblings) {
                String rest = sibling.getFileName().toString().substring(name.length());
                String[] parts = rest.split("-", 3);
                if (parts.length == 3 && (parts[0].equals("export") || parts[0].equals("old")) && parts[1].matches("\\d{1,18}")
                        && ProcessHandle.of(Long.parseLong(parts[1])).isEmpty() && Files.isDirectory(sibling)) {
                    deleteTree(sibling);
                }
            }
        }
    }

    private static void replace(Path temp, Path target) throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = AtomicFiles.newFolder(target.getParent(), tempPrefix(target, "old"));
            Files.delete(old);
            move(target, old);
        }
        move(temp, target);
        if (old != null) {
            deleteTree(old);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
