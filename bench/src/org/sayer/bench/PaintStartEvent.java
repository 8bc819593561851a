package org.sayer.bench;

import jdk.jfr.Category;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Listener;

/**
 * The start of a control's paint as a Flight Recorder event: which control and what part of it.
 * GTK paints all controls of a window in one frame, at most one frame per 1/60 s, so these show the
 * frames a slow {@link KeyEvent} waited for.
 */
@Name("org.sayer.bench.PaintStart")
@Label("Control paint starts")
@Category("Sayer")
@StackTrace(false)
final class PaintStartEvent extends Event {

    @Label("Control")
    String control;

    @Label("Area")
    String area;

    /** Records the start of every paint on {@code display} while a recording runs. */
    static void install(Display display) {
        Listener listener = event -> {
            PaintStartEvent paint = new PaintStartEvent();
            if (paint.shouldCommit()) {
                paint.control = event.widget.getClass().getSimpleName();
                paint.area = event.x + "," + event.y + " " + event.width + "x" + event.height;
                paint.commit();
            }
        };
        display.addFilter(SWT.Paint, listener);
    }
}
