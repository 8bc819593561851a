package org.sayer.ui.parts;

import org.eclipse.swt.widgets.Control;

/**
 * A table's refresh after the model changed, run once after the editor has repainted: the table may
 * follow an instant later, the text may not; a burst of changes costs one refresh.
 */
final class RefreshLater {

    private final Control control;
    private final Runnable refresh;
    private boolean queued;

    RefreshLater(Control control, Runnable refresh) {
        this.control = control;
        this.refresh = refresh;
    }

    void request() {
        if (!queued && !control.isDisposed()) {
            queued = true;
            control.getDisplay().asyncExec(() -> {
                queued = false;
                refresh.run();
            });
        }
    }
}
