package org.sayer.ui.curation;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import com.google.gson.JsonObject;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.sayer.pipeline.eval.AgreementStudy;

/**
 * The curation editor's figures, computed off the UI thread from gold JSON snapshots (nothing here
 * touches the model). Requests made while it runs collapse into the last one.
 */
final class FiguresJob extends Job {

    /** What to compute: each version against {@code curated}, and the versions among themselves when asked. */
    record Request(Comparison comparison, String id, List<JsonObject> copies, JsonObject curated, boolean withVersions) {
    }

    /** The versions among themselves (null unless asked for), and each version against the curated one. */
    record Result(AgreementStudy.DocumentAgreement versions, List<AgreementStudy.DocumentAgreement> againstCurated) {
    }

    private record Pending(Request request, Consumer<Result> done) {
    }

    private final AtomicReference<Pending> next = new AtomicReference<>();

    FiguresJob() {
        super("Curation figures");
        setSystem(true);
    }

    void compute(Request request, Consumer<Result> done) {
        Pending previous = next.getAndSet(new Pending(request, done));
        if (previous != null && previous.request().withVersions() && !request.withVersions()) {
            // a document's first figures still owe the versions' own
            next.set(new Pending(new Request(request.comparison(), request.id(), request.copies(), request.curated(), true), done));
        }
        schedule(); // while running, runs once more when done
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        Pending pending = next.getAndSet(null);
        if (pending == null || monitor.isCanceled()) {
            return Status.CANCEL_STATUS;
        }
        Request request = pending.request();
        AgreementStudy.DocumentAgreement versions = null;
        if (request.withVersions()) {
            AgreementStudy study = new AgreementStudy(request.comparison().annotators());
            study.add(request.id(), request.copies());
            versions = study.documents().get(0);
        }
        pending.done().accept(new Result(versions, request.comparison().againstCurated(request.id(), request.copies(), request.curated())));
        return Status.OK_STATUS;
    }
}
