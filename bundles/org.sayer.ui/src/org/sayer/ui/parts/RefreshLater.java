package org.sayer.ui.parts;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Listener;

/**
 * A table's refresh after the model changed, run once after the editor has repainted: the table may
 * follow an instant later, the text may not; a burst of changes costs one refresh.
 *
 * <p>"After the repaint" is after the first paint of any control once the change was asked for: GTK
 * paints every damaged control in the same frame, the editor's changed lines with it. A plain
 * {@code asyncExec} ran before that frame whenever the frame clock was still waiting for its slot
 * (four keys in ten in {@code EditorBench}), so the key waited for the table as well. A change that
 * repaints nothing is refreshed after {@link #LATEST_MS} at most.
 */
final class RefreshLater {

    private static final int LATEST_MS = 50;

    private final Control control;
    private final Display display;
    private final Runnable refresh;
    private final Listener afterPaint = event -> runSoon();
    private final Runnable latest = this::runSoon;
    private boolean queued;
    private boolean waiting;

    RefreshLater(Control control, Runnable refresh) {
        this.control = control;
        this.display = control.getDisplay();
        this.refresh = refresh;
    }

    void request() {
        if (!queued && !control.isDisposed()) {
            queued = true;
            waiting = true;
            display.addFilter(SWT.Paint, afterPaint);
            display.timerExec(LATEST_MS, latest);
        }
    }

    /** From inside the paint: the refresh runs once the frame has been drawn. */
    private void runSoon() {
        if (!waiting) {
            return;
        }
        waiting = false;
        display.removeFilter(SWT.Paint, afterPaint);
        display.timerExec(-1, latest);
        display.asyncExec(() -> {
            queued = false;
            if (!control.isDisposed()) {
                refresh.run();
            }
        });
    }
}
