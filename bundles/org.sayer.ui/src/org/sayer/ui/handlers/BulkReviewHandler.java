package org.sayer.ui.handlers;

import java.util.List;
import java.util.Locale;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.sayer.model.Annotation;
import org.sayer.model.ReviewState;
import org.sayer.ui.editor.DocumentEditorPart;
import org.sayer.ui.session.CorpusSession;

/**
 * Review › Accept Suggestions Above… (Ctrl+Shift+A) and Reject Suggestions Below… (Ctrl+Shift+R):
 * decides every pending suggestion of the document on one side of a confidence, as one undoable
 * step. The dialog counts, as the threshold is typed, how many that will be.
 */
public class BulkReviewHandler {

    public static final String DECISION = "org.sayer.ui.commandparameter.bulk";
    public static final String ACCEPT_TITLE = "Accept suggestions";
    public static final String REJECT_TITLE = "Reject suggestions";

    @CanExecute
    public boolean canExecute(@Optional DocumentEditorPart editor, CorpusSession session) {
        return editor != null && session.currentDocument() != null;
    }

    @Execute
    public void execute(Shell shell, @Optional DocumentEditorPart editor, CorpusSession session, @Optional @Named(DECISION) String decision) {
        if (editor == null) {
            return;
        }
        boolean accept = !"reject".equals(decision);
        PreviewDialog dialog = new PreviewDialog(shell, editor, accept);
        if (dialog.open() != Window.OK) {
            return;
        }
        List<Annotation> targets = editor.review().bulkTargets(threshold(dialog.getValue()), accept);
        session.execute(editor.review().decideAll(targets, accept ? ReviewState.ACCEPTED : ReviewState.REJECTED));
    }

    static Double threshold(String value) {
        try {
            double parsed = Double.parseDouble(value.trim());
            return parsed >= 0 && parsed <= 1 ? parsed : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The threshold, with a line below that counts what it takes; OK only when it takes something. */
    private static final class PreviewDialog extends InputDialog {
        private final DocumentEditorPart editor;
        private final boolean accept;
        private Label preview;

        PreviewDialog(Shell shell, DocumentEditorPart editor, boolean accept) {
            super(shell, accept ? ACCEPT_TITLE : REJECT_TITLE,
                    accept ? "Accept every pending suggestion with a confidence of at least:"
                            : "Reject every pending suggestion with a confidence below:",
                    accept ? "0.90" : "0.50", value -> threshold(value) == null ? "Enter a number from 0 to 1, e.g. 0.9" : null);
            this.editor = editor;
            this.accept = accept;
        }

        @Override
        protected Control createDialogArea(Composite parent) {
            Composite area = (Composite) super.createDialogArea(parent);
            preview = new Label(area, SWT.NONE);
            preview.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
            return area;
        }

        @Override
        protected void validateInput() {
            super.validateInput();
            Double threshold = threshold(getText().getText());
            if (threshold == null || preview == null) {
                return;
            }
            int count = editor.review().bulkTargets(threshold, accept).size();
            preview.setText(String.format(Locale.ROOT, "%d pending %s %s %.2f will be %s.", count, count == 1 ? "suggestion" : "suggestions",
                    accept ? "at or above" : "below", threshold, accept ? "accepted" : "rejected"));
            if (getOkButton() != null) {
                getOkButton().setEnabled(count > 0);
            }
        }
    }
}
