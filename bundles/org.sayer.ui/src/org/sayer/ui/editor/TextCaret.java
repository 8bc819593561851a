package org.sayer.ui.editor;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.events.PaintListener;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;

/**
 * The text's caret, painted here instead of by an SWT {@code Caret}: the same bar, inverting what
 * lies under it as GTK's caret does, at the place StyledText gives the caret offset, blinking at
 * the desktop's rate while the text has the focus. On GTK, SWT's caret asks for the whole widget
 * to be repainted whenever it is shown, hidden or moved, and around every partial repaint of the
 * text, so each key (and each blink, twice a second) repainted the whole page. This one repaints
 * only the strip it leaves and the one it moves to. Install it after the other painters of the
 * text: it is drawn over them, as the caret was.
 */
final class TextCaret implements PaintListener {

    private static final MethodHandle BLINK_TIME;

    static {
        MethodHandle blinkTime = null;
        try {
            blinkTime = MethodHandles.privateLookupIn(Display.class, MethodHandles.lookup()).findVirtual(Display.class, "getCaretBlinkTime",
                    MethodType.methodType(int.class));
        } catch (ReflectiveOperationException | RuntimeException e) {
            blinkTime = null;
        }
        BLINK_TIME = blinkTime;
    }

    private final StyledText text;
    private final int width;
    private final int blinkMillis;
    private final Runnable blink = this::blink;
    /** Whether the blink is in its visible half. */
    private boolean on = true;
    /** Where the caret was last painted, to erase it from there when it moves; null when it was not. */
    private Rectangle painted;
    /** The text's top pixel then: scrolling since has moved those pixels with the text. */
    private int paintedTop;

    /** Replaces the text's SWT caret with one {@code width} pixels wide. */
    static void install(StyledText text, int width) {
        TextCaret caret = new TextCaret(text, width);
        text.addPaintListener(caret);
        text.addCaretListener(event -> caret.moved());
        text.addListener(SWT.FocusIn, event -> caret.moved());
        text.addListener(SWT.FocusOut, event -> caret.hide());
        text.addListener(SWT.Dispose, event -> text.getDisplay().timerExec(-1, caret.blink));
    }

    private TextCaret(StyledText text, int width) {
        this.text = text;
        this.width = width;
        blinkMillis = blinkMillis(text.getDisplay());
        text.setCaret(null);
    }

    /** Half of GTK's cursor blink cycle, as SWT's caret blinks (0: it does not blink). */
    private static int blinkMillis(Display display) {
        if (BLINK_TIME == null) {
            return 500;
        }
        try {
            return (int) BLINK_TIME.invokeExact(display);
        } catch (Throwable e) {
            return 500;
        }
    }

    /** Where the caret is drawn now, in client coordinates. */
    private Rectangle bounds() {
        Point at = text.getLocationAtOffset(text.getCaretOffset());
        return new Rectangle(at.x, at.y, width, text.getLineHeight());
    }

    /** Whether the caret shows now: the text has the focus and the blink is in its visible half. */
    private boolean isShowing() {
        return on && !text.isDisposed() && text.isFocusControl();
    }

    @Override
    public void paintControl(PaintEvent event) {
        if (!isShowing() || !onPage()) {
            painted = null;
            return;
        }
        Rectangle bounds = bounds();
        painted = bounds;
        paintedTop = text.getTopPixel();
        if (bounds.intersects(event.x, event.y, event.width, event.height)) {
            GC gc = event.gc;
            // White with XOR is cairo's DIFFERENCE: black on white paper, inverted on a fill.
            gc.setXORMode(true);
            gc.setBackground(text.getDisplay().getSystemColor(SWT.COLOR_WHITE));
            gc.fillRectangle(bounds);
            gc.setXORMode(false);
        }
    }

    /** Whether the caret's line is on the page (locating an offset lays its line out). */
    private boolean onPage() {
        int line = text.getLineAtOffset(text.getCaretOffset());
        return line >= text.getLineIndex(0) && line <= text.getLineIndex(text.getClientArea().height);
    }

    /** Moved (or focused): shown at once where it is now, erased where it was, and blinking anew from there. */
    private void moved() {
        on = true;
        erase();
        if (onPage()) {
            repaint(bounds());
        }
        restartBlink();
    }

    private void hide() {
        text.getDisplay().timerExec(-1, blink);
        erase();
    }

    private void blink() {
        if (text.isDisposed() || !text.isFocusControl()) {
            return;
        }
        on = !on;
        if (!on) {
            erase();
        } else if (onPage()) {
            repaint(bounds());
        }
        // GTK's overlay scrollbar, when it fades out, leaves its trough over the right margin until
        // the text there is painted again; SWT's caret repainted the whole text at every blink.
        Rectangle area = text.getClientArea();
        repaint(new Rectangle(area.width - text.getRightMargin(), 0, text.getRightMargin(), area.height));
        restartBlink();
    }

    /** Repaints where the caret was last painted, as far as scrolling since has moved it. */
    private void erase() {
        if (painted != null && !text.isDisposed()) {
            Rectangle moved = new Rectangle(painted.x, painted.y + paintedTop - text.getTopPixel(), painted.width, painted.height);
            repaint(moved);
        }
    }

    private void restartBlink() {
        if (blinkMillis > 0 && !text.isDisposed()) {
            text.getDisplay().timerExec(blinkMillis, blink);
        }
    }

    private void repaint(Rectangle area) {
        if (area != null && !text.isDisposed()) {
            Rectangle visible = area.intersection(text.getClientArea());
            if (!visible.isEmpty()) {
                TextRepaint.overdrawn(text, visible.x, visible.y, visible.width, visible.height);
            }
        }
    }
}
