package org.sayer.ui.jobs;

import org.eclipse.core.runtime.IProgressMonitor;
import org.sayer.io.ProgressListener;

/**
 * Forwards the progress of an import or export to a job's monitor, and the monitor's cancel
 * button back. With a known total the bar fills in {@value #TICKS} ticks (begin the task with
 * that many); with an unknown one (a streamed JSONL file) it ticks once per document.
 */
public final class MonitorProgress implements ProgressListener {

    public static final int TICKS = 1000;

    private final IProgressMonitor monitor;
    private int reported;

    public MonitorProgress(IProgressMonitor monitor) {
        this.monitor = monitor;
    }

    @Override
    public void worked(long done, long total, String item) {
        if (total > 0) {
            monitor.subTask(item);
            int now = (int) (TICKS * done / total);
            monitor.worked(now - reported);
            reported = now;
        } else {
            monitor.subTask(done + " documents: " + item);
            monitor.worked(1);
        }
    }

    @Override
    public boolean isCancelled() {
        return monitor.isCanceled();
    }
}
