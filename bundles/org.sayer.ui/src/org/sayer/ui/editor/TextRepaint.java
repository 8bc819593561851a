package org.sayer.ui.editor;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Canvas;

/**
 * Repaints part of a StyledText without asking the X server where the pointer is. StyledText's
 * {@code redrawRange} and {@code redraw(x, y, w, h, all)} end by querying the pointer (two round
 * trips to the X server, to show a hand over StyleRange links, which this editor never draws), so
 * every key waited for the X server twice, and on a loaded machine for it to get a core. Here the
 * halves of {@code redrawRange} that matter are called without the query; and an area whose text
 * kept its styles (where link arcs came or went) is invalidated as a plain canvas is, so StyledText
 * also keeps the laid-out lines under it. Where this SWT has no such members, the public methods do
 * the same with the query.
 */
final class TextRepaint {

    private static final MethodHandle RESET_LINES;
    private static final MethodHandle REDRAW_RANGE;
    private static final MethodHandle REDRAW_AREA;

    static {
        MethodHandle reset = null;
        MethodHandle range = null;
        MethodHandle area = null;
        try {
            MethodHandles.Lookup inside = MethodHandles.privateLookupIn(StyledText.class, MethodHandles.lookup());
            MethodType twoInts = MethodType.methodType(void.class, int.class, int.class);
            reset = inside.findVirtual(StyledText.class, "resetCache", twoInts);
            range = inside.findVirtual(StyledText.class, "internalRedrawRange", twoInts);
            area = inside.findSpecial(Canvas.class, "redraw",
                    MethodType.methodType(void.class, int.class, int.class, int.class, int.class, boolean.class), StyledText.class);
        } catch (ReflectiveOperationException | RuntimeException e) {
            reset = null;
        }
        RESET_LINES = reset;
        REDRAW_RANGE = range;
        REDRAW_AREA = area;
    }

    private TextRepaint() {
    }

    /** Lays out anew and repaints the lines of {@code [start, start + length)}: their styles changed. */
    static void restyled(StyledText text, int start, int length) {
        if (RESET_LINES == null) {
            text.redrawRange(start, length, false);
            return;
        }
        int firstLine = text.getLineAtOffset(start);
        int lastLine = text.getLineAtOffset(start + length);
        try {
            RESET_LINES.invokeExact(text, firstLine, lastLine - firstLine + 1);
            REDRAW_RANGE.invokeExact(text, start, length);
        } catch (Throwable e) {
            throw new IllegalStateException("Cannot repaint the text's lines " + firstLine + "-" + lastLine, e);
        }
    }

    /** Repaints an area of the client area where only what is drawn over the text changed. */
    static void overdrawn(StyledText text, int x, int y, int width, int height) {
        if (REDRAW_AREA == null) {
            text.redraw(x, y, width, height, false);
            return;
        }
        try {
            REDRAW_AREA.invokeExact(text, x, y, width, height, false);
        } catch (Throwable e) {
            throw new IllegalStateException("Cannot repaint the text's area " + x + "," + y + " " + width + "x" + height, e);
        }
    }
}
