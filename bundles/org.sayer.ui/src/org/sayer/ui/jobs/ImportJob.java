package org.sayer.ui.jobs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.sayer.io.importer.FolderImporter;
import org.sayer.io.importer.HtmlImporter;
import org.sayer.io.importer.TextImporter;
import org.sayer.model.Document;
import org.sayer.ui.session.CorpusSession;

/**
 * Imports the articles of a folder ({@code .txt}, {@code .html}) in the background: files are read
 * and parsed here, and each document is added to the corpus (and written) on the UI thread. A file
 * that fails is reported and the rest go on.
 */
public final class ImportJob extends Job {

    private final CorpusSession session;
    private final Display display;
    private final Path folder;

    public ImportJob(CorpusSession session, Display display, Path folder) {
        super("Importing " + folder.getFileName());
        this.session = session;
        this.display = display;
        this.folder = folder;
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(ImportJob::importable).sorted().toList();
        } catch (IOException e) {
            return Problems.report(display, "Import", List.of(folder + ": cannot be read (" + e.getMessage() + ")"));
        }
        monitor.beginTask("reading", files.size());
        List<String> failures = new ArrayList<>();
        try {
            for (Path file : files) {
                if (monitor.isCanceled()) {
                    break;
                }
                monitor.subTask(file.getFileName().toString());
                try {
                    Document document = read(file);
                    AtomicReference<String> problem = new AtomicReference<>();
                    display.syncExec(() -> problem.set(session.addImported(document)));
                    if (problem.get() != null) {
                        failures.add(file + ": " + problem.get());
                    }
                } catch (IOException | RuntimeException e) {
                    failures.add(file + ": " + e.getMessage());
                }
                monitor.worked(1);
            }
        } finally {
            display.syncExec(session::importFinished);
            monitor.done();
        }
        IStatus status = Problems.report(display, "Import", failures);
        return monitor.isCanceled() ? Status.CANCEL_STATUS : status;
    }

    private static boolean importable(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isRegularFile(file) && (name.endsWith(".txt") || name.endsWith(".html") || name.endsWith(".htm"));
    }

    private static Document read(Path file) throws IOException {
        String name = file.getFileName().toString();
        String id = name.substring(0, name.lastIndexOf('.'));
        String content = FolderImporter.readUtf8(file);
        return name.toLowerCase(Locale.ROOT).endsWith(".txt") ? TextImporter.fromText(id, content) : HtmlImporter.fromHtml(id, content);
    }
}
