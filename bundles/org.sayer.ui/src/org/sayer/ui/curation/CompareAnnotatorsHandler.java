package org.sayer.ui.curation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.sayer.model.store.CorpusStore;
import org.sayer.ui.handlers.SaveFirst;
import org.sayer.ui.session.CorpusSession;

/**
 * File › Compare Annotators…: choose the annotators' versions (corpora or gold JSONL files) and a curated corpus; the curated one
 * becomes the workbench's open corpus (created when missing), and the Agreement view compares the
 * versions.
 */
public class CompareAnnotatorsHandler {

    @Execute
    public void execute(Shell shell, CorpusSession session, MApplication application, EPartService parts) {
        if (!SaveFirst.confirm(shell, session, "compare annotators")) {
            return;
        }
        Path start = session.store() == null ? null : session.store().folder().getParent();
        CompareDialog dialog = new CompareDialog(shell, start);
        if (dialog.open() != Window.OK) {
            return;
        }
        try {
            compare(session, application, parts, dialog.versions(), dialog.curated());
        } catch (IOException e) {
            MessageDialog.openError(shell, "Cannot compare annotators", e.getMessage());
        }
    }

    /** Opens (or creates) the curated corpus, and shows the Agreement view of {@code versions}. */
    public static AgreementPart compare(CorpusSession session, MApplication application, EPartService parts, List<Path> versions,
            Path curated) throws IOException {
        Comparison comparison = Comparison.open(versions, curated);
        if (Files.exists(curated.resolve(CorpusStore.INDEX_FILE))) {
            session.open(curated, null);
            if (session.problem() != null) {
                comparison.close();
                throw new IOException(session.problem());
            }
        } else {
            session.create(curated, curated.toAbsolutePath().normalize().getFileName().toString());
        }
        Comparison before = application.getContext().get(Comparison.class);
        if (before != null) {
            before.close();
        }
        application.getContext().set(Comparison.class, comparison);
        MPart part = parts.showPart(AgreementPart.ID, PartState.ACTIVATE);
        AgreementPart agreement = (AgreementPart) part.getObject();
        agreement.show(comparison);
        return agreement;
    }
}
