package org.sayer.ui.jobs;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.ProgressProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;

/**
 * The status bar's progress: the running Job's name, task and a bar, with a button that cancels
 * it. It is the jobs framework's progress provider, so every Job reports here by itself.
 */
public class ProgressControl extends ProgressProvider {

    private final Map<Job, Monitor> running = new ConcurrentHashMap<>();
    private Display display;
    private Composite area;
    private Label label;
    private ProgressBar bar;
    private Button cancel;
    private volatile Job shown;

    @PostConstruct
    public void createControls(Composite parent) {
        display = parent.getDisplay();
        area = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(3, false);
        layout.marginHeight = 1;
        area.setLayout(layout);
        label = new Label(area, SWT.NONE);
        label.setLayoutData(new GridData(420, SWT.DEFAULT));
        bar = new ProgressBar(area, SWT.HORIZONTAL);
        bar.setLayoutData(new GridData(160, SWT.DEFAULT));
        cancel = new Button(area, SWT.PUSH);
        cancel.setText("Cancel");
        cancel.addListener(SWT.Selection, event -> {
            Job job = shown;
            if (job != null) {
                job.cancel();
                running.getOrDefault(job, new Monitor(job)).setCanceled(true);
            }
        });
        idle();
        Job.getJobManager().setProgressProvider(this);
    }

    @Override
    public IProgressMonitor createMonitor(Job job) {
        if (job.isSystem()) {
            return new NullProgressMonitor();
        }
        Monitor monitor = new Monitor(job);
        running.put(job, monitor);
        return monitor;
    }

    private void idle() {
        label.setText("");
        bar.setVisible(false);
        cancel.setVisible(false);
    }

    private void update(Monitor monitor) {
        if (display.isDisposed()) {
            return;
        }
        display.asyncExec(() -> {
            if (area.isDisposed()) {
                return;
            }
            if (monitor.finished) {
                running.remove(monitor.job);
                if (shown == monitor.job) {
                    shown = null;
                    idle();
                }
                return;
            }
            shown = monitor.job;
            label.setText(monitor.job.getName() + (monitor.task.isEmpty() ? "" : ": " + monitor.task));
            bar.setVisible(true);
            cancel.setVisible(true);
            bar.setMaximum(Math.max(1, monitor.total));
            bar.setSelection(monitor.worked);
            area.layout();
        });
    }

    @PreDestroy
    public void dispose() {
        Job.getJobManager().setProgressProvider(null);
    }

    /** Reports one job's progress to the bar. */
    private final class Monitor extends NullProgressMonitor {
        private final Job job;
        private volatile int total = 1;
        private volatile int worked;
        private volatile String task = "";
        private volatile boolean finished;

        Monitor(Job job) {
            this.job = job;
        }

        @Override
        public void beginTask(String name, int totalWork) {
            total = totalWork;
            task = name == null ? "" : name;
            update(this);
        }

        @Override
        public void subTask(String name) {
            task = name == null ? "" : name;
            update(this);
        }

        @Override
        public void worked(int work) {
            worked += work;
            update(this);
        }

        @Override
        public void done() {
            finished = true;
            update(this);
        }
    }
}
