package org.sayer.ui.editor;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Device;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Path;

/**
 * One-pixel dashed boxes (3 pixels on, 1 off, as a StyleRange's {@code BORDER_DASH}) collected
 * during a paint and filled at its end, one path of dash rectangles per ink. Cairo strokes a dashed
 * line dash by dash: the boxes of pending suggestions drawn as StyleRange borders took a fifth of a
 * key's paint and a third of a page scroll's, and a repeating dash image as the source of a fill was
 * no cheaper (cairo sends the image to the X server for every fill). Rectangles on whole pixels are
 * filled as a list of boxes, in one request.
 */
final class DashedBoxes {

    private static final int DASH = 3;
    private static final int PERIOD = 4;

    private final Device device;
    private final Map<Color, Path> dashes = new LinkedHashMap<>();

    DashedBoxes(Device device) {
        this.device = device;
    }

    /** Adds the box whose outermost pixels are {@code [x, x + width)} by {@code [y, y + height)}. */
    void add(Color ink, int x, int y, int width, int height) {
        if (width <= 0 || height <= 0) {
            return;
        }
        Path path = dashes.get(ink);
        if (path == null) {
            path = new Path(device);
            dashes.put(ink, path);
        }
        // From the top left corner, as a dashed stroke runs.
        for (int i = 0; i < width; i += PERIOD) {
            int dash = Math.min(DASH, width - i);
            path.addRectangle(x + i, y, dash, 1);
            path.addRectangle(x + i, y + height - 1, dash, 1);
        }
        for (int i = 0; i < height; i += PERIOD) {
            int dash = Math.min(DASH, height - i);
            path.addRectangle(x, y + i, 1, dash);
            path.addRectangle(x + width - 1, y + i, 1, dash);
        }
    }

    /** Fills the boxes added since the last time, and forgets them. */
    void fill(GC gc) {
        for (Map.Entry<Color, Path> ink : dashes.entrySet()) {
            gc.setBackground(ink.getKey());
            gc.fillPath(ink.getValue());
            ink.getValue().dispose();
        }
        dashes.clear();
    }

    void dispose() {
        dashes.values().forEach(Path::dispose);
        dashes.clear();
    }
}
