package org.sayer.ui.curation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.google.gson.JsonObject;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.sayer.io.gold.Versions;
import org.sayer.model.store.CorpusStore;
import org.sayer.pipeline.eval.AgreementStudy;
import org.sayer.pipeline.eval.Json;

/**
 * Computes the agreement of the compared versions, document by document, in the background, as
 * {@code ./sayer agree} does (through its own readers of the versions, so the curator can go on),
 * and each version against the curated one for the documents the curated corpus holds as saved.
 */
final class AgreementJob extends Job {

    /**
     * The study, the titles of the documents, what could not be read, and for each document already
     * in the curated corpus the figures of each version against it (in annotator order).
     */
    record Figures(AgreementStudy study, Map<String, String> titles, List<String> damaged,
            Map<String, List<AgreementStudy.DocumentAgreement>> againstCurated) {
    }

    private final Display display;
    private final Comparison comparison;
    private final Consumer<Figures> done;

    AgreementJob(Display display, Comparison comparison, Consumer<Figures> done) {
        super("Comparing " + String.join(", ", comparison.annotators()));
        this.display = display;
        this.comparison = comparison;
        this.done = done;
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        try (Versions versions = new Versions(comparison.inputs()); Versions curated = curatedVersion()) {
            List<String> ids = new ArrayList<>(versions.ids());
            monitor.beginTask("comparing", ids.size());
            AgreementStudy study = new AgreementStudy(versions.names());
            Map<String, String> titles = new HashMap<>();
            List<String> damaged = new ArrayList<>();
            Map<String, List<AgreementStudy.DocumentAgreement>> againstCurated = new HashMap<>();
            for (String id : ids) {
                if (monitor.isCanceled()) {
                    return Status.CANCEL_STATUS;
                }
                List<JsonObject> copies = versions.documents(id, damaged);
                for (JsonObject copy : copies) {
                    if (copy != null && !titles.containsKey(id)) {
                        String title = Json.string(Json.get(copy, "title"));
                        titles.put(id, title == null || title.isBlank() ? id : title);
                    }
                }
                study.add(id, copies);
                JsonObject curatedCopy = curated == null ? null : curated.documents(id, damaged).get(0);
                if (curatedCopy != null && Versions.whyNotComparable(versions.names(), copies) == null) {
                    againstCurated.put(id, comparison.againstCurated(id, copies, curatedCopy));
                }
                monitor.worked(1);
            }
            display.asyncExec(() -> done.accept(new Figures(study, titles, damaged, againstCurated)));
            return Status.OK_STATUS;
        } catch (IOException e) {
            return Status.error("Could not compare the versions: " + e.getMessage(), e);
        } finally {
            monitor.done();
        }
    }

    /** The curated corpus as last saved, read without taking its lock (the workbench holds it); null before it exists. */
    private Versions curatedVersion() throws IOException {
        Path folder = comparison.curatedFolder();
        return Files.isRegularFile(folder.resolve(CorpusStore.INDEX_FILE)) ? new Versions(List.of(folder)) : null;
    }
}
