package org.sayer.bench;

import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.events.PaintListener;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

/**
 * When a control's paints end, for timing an action until the screen shows it: the end of the
 * first paint after the action that covers what the action changed.
 *
 * <p>GTK 3 paints a window at most once per frame of its frame clock (1/60 s after the previous
 * paint, also under Xvfb): a change asked for sooner waits for that slot. Actions timed back to
 * back therefore each start just after a paint and all measure about one frame, whatever their own
 * work. An analyst's keys come much further apart than that, so {@link #settle} lets a frame pass
 * after the last paint before the next action starts, and the time measured is the action's own,
 * from the key's handler to the end of the paint that shows its result.
 *
 * <p>The frame clock belongs to the window, not to one control: a frame in which only another
 * control paints (a table that follows the editor a frame later) takes the slot too. So the last
 * paint is that of any control, and a paint that comes while {@link #settle} waits starts the
 * wait anew.
 */
final class PaintClock implements PaintListener {

    /** Longer than one frame of GTK's frame clock (16.7 ms at 60 Hz): the next change is painted at once. */
    private static final long FRAME_PAUSE_NANOS = 20_000_000L;

    private final Display display;
    private long lastEnd = System.nanoTime();
    /** When a paint of any control of the display last started, or the timed control's last ended. */
    private long lastPaint = lastEnd;
    private int paints;
    private Rectangle awaited;
    private long shownAt;

    /** Added after the control's own painters, so that it runs last: its time is the end of the paint. */
    PaintClock(Control control) {
        display = control.getDisplay();
        control.addPaintListener(this);
        display.addFilter(SWT.Paint, event -> lastPaint = System.nanoTime());
    }

    @Override
    public void paintControl(PaintEvent event) {
        lastEnd = System.nanoTime();
        lastPaint = lastEnd;
        paints++;
        if (awaited != null && shownAt < 0 && (awaited.isEmpty() || awaited.intersects(event.x, event.y, event.width, event.height))) {
            shownAt = lastEnd;
        }
    }

    /** How many times the control has painted: a second paint after an action is work the analyst waits for at the next key. */
    int paints() {
        return paints;
    }

    /**
     * Called just before an action: the next paint that covers some of {@code changed} (client
     * coordinates; null for any paint) shows it.
     */
    void expect(Rectangle changed) {
        awaited = changed == null ? new Rectangle(0, 0, 0, 0) : changed;
        shownAt = -1;
    }

    /**
     * Runs the event loop until the paint {@link #expect}ed has ended (at most one second) and
     * returns when it did (System.nanoTime), or the time it gave up.
     */
    long untilShown() {
        runUntil(() -> shownAt >= 0, System.nanoTime() + 1_000_000_000L);
        awaited = null;
        return shownAt < 0 ? System.nanoTime() : shownAt;
    }

    /** Handles what is queued and waits until a frame has passed since the last paint of any control, as between two keys. */
    void settle() {
        do {
            UiBenchSupport.drain(display);
            runUntil(() -> false, lastPaint + FRAME_PAUSE_NANOS);
            UiBenchSupport.drain(display);
        } while (System.nanoTime() < lastPaint + FRAME_PAUSE_NANOS);
    }

    /**
     * Runs the event loop until {@code done} holds or the deadline (System.nanoTime) passes,
     * sleeping while there is nothing to do: the UI thread's CPU time is then the work it did,
     * not time spent polling.
     */
    private void runUntil(BooleanSupplier done, long deadline) {
        Runnable wake = () -> {
            // only wakes the sleeping event loop
        };
        while (!done.getAsBoolean() && System.nanoTime() < deadline) {
            if (!display.readAndDispatch()) {
                display.timerExec((int) Math.max(1, (deadline - System.nanoTime()) / 1_000_000), wake);
                display.sleep();
            }
        }
        display.timerExec(-1, wake);
    }
}
