package org.sayer.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.events.PaintListener;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.junit.jupiter.api.Test;
import org.sayer.ui.editor.DocumentEditorPart;

/**
 * The caret moves without repainting the page: SWT's caret on GTK had the whole text widget
 * repainted whenever it moved or blinked (and around every partial repaint), so every key cost a
 * full page. The editor's own caret repaints only the strips it leaves and enters, and still shows
 * and blinks as a bar that inverts the paper under it.
 */
class CaretRepaintTest {

    private static final String TITLE = "Caret: a short text";
    private static final String TEXT = TITLE + "\nThe first line is short.\nThe second line too.\nA third.\nAnd a fourth line.\n";

    @Test
    void caretDownRepaintsTwoStripsNotThePageAndTheCaretStillShowsAndBlinks() throws Exception {
        WorkbenchDriver ui = WorkbenchDriver.start();
        ui.addDocument("caret-repaint", TITLE, TEXT);
        ui.openDocument(TITLE);
        DocumentEditorPart editor = ui.partObject("org.sayer.ui.part.editor", DocumentEditorPart.class);
        StyledText text = ui.onUi(editor::textWidget);
        int firstLineEnd = TEXT.indexOf("short.") + "short.".length();
        ui.onUi(() -> {
            text.setSelection(firstLineEnd);
            return null;
        });
        ui.focus(text);
        WorkbenchDriver.sleep(700);
        ui.settle();

        List<Rectangle> painted = new ArrayList<>();
        PaintListener recorder = event -> painted.add(new Rectangle(event.x, event.y, event.width, event.height));
        ui.onUi(() -> {
            text.addPaintListener(recorder);
            return null;
        });
        ui.key(SWT.ARROW_DOWN);
        WorkbenchDriver.sleep(300);
        ui.settle();
        ui.onUi(() -> {
            text.removePaintListener(recorder);
            return null;
        });
        Rectangle page = ui.onUi(text::getClientArea);
        assertEquals(2, (int) ui.onUi(() -> text.getLineAtOffset(text.getCaretOffset())), "Down moved the caret to the next line");
        assertTrue(!painted.isEmpty(), "the move was painted");
        for (Rectangle area : painted) {
            assertTrue(area.width * area.height < page.width * page.height / 20,
                    "each repaint covers the caret's two strips, not the page (" + page + "): " + painted);
        }

        // Shown where the caret is, as a bar that inverts the white paper, and blinking.
        Rectangle bar = ui.onUi(() -> {
            Point at = text.getLocationAtOffset(text.getCaretOffset());
            return new Rectangle(at.x, at.y, 2, text.getLineHeight());
        });
        Point probe = new Point(bar.x + 1, bar.y + bar.height / 2);
        RGB white = new RGB(0xff, 0xff, 0xff);
        boolean[] seen = new boolean[2];
        ui.waitFor("the caret shown and then hidden by its blink", () -> {
            boolean dark = !white.equals(pixel(ui, text, probe));
            seen[dark ? 0 : 1] = true;
            return seen[0] && seen[1] ? Boolean.TRUE : null;
        });
    }

    /** The colour the screen shows at {@code at} in the text's client area. */
    private static RGB pixel(WorkbenchDriver ui, StyledText text, Point at) {
        return ui.onUi(() -> {
            Point origin = text.toDisplay(at.x, at.y);
            Image image = new Image(ui.display, 1, 1);
            GC gc = new GC(ui.display);
            gc.copyArea(image, origin.x, origin.y);
            gc.dispose();
            ImageData data = image.getImageData();
            image.dispose();
            return data.palette.getRGB(data.getPixel(0, 0));
        });
    }
}
