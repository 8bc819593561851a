package org.sayer.ui.jobs;

import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;

/** Tells the analyst, after a Job, which items failed and why, without a dialog per item. */
final class Problems {

    private static final int SHOWN = 15;

    private Problems() {
    }

    /** Shows the failures (if any) once the job is over, and returns the job's status. */
    static IStatus report(Display display, String work, List<String> failures) {
        if (failures.isEmpty()) {
            return Status.OK_STATUS;
        }
        StringBuilder message = new StringBuilder(failures.size() + (failures.size() == 1 ? " item" : " items") + " failed; the rest went on:\n");
        failures.stream().limit(SHOWN).forEach(f -> message.append("\n\u2022 ").append(f));
        if (failures.size() > SHOWN) {
            message.append("\n\u2026 and ").append(failures.size() - SHOWN).append(" more");
        }
        display.asyncExec(() -> MessageDialog.openWarning(display.getActiveShell(), work, message.toString()));
        return Status.warning(message.toString());
    }
}
