package org.sayer.ui.editor;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Device;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.Pattern;

/**
 * One-pixel dashed boxes (3 pixels on, 1 off, as a StyleRange's {@code BORDER_DASH}), each side
 * filled from a repeating image of one dash. Cairo strokes a dashed line dash by dash: the boxes of
 * pending suggestions drawn as StyleRange borders took a fifth of a key's paint and a third of a
 * page scroll's. Filled this way a side is one rectangle, whatever its length.
 */
final class DashedBoxes {

    private static final int DASH = 3;
    private static final int PERIOD = 4;

    private final Device device;
    /** Per ink: the image and pattern of a horizontal dash, then of a vertical one. */
    private final Map<Color, Image[]> images = new HashMap<>();
    private final Map<Color, Pattern[]> patterns = new HashMap<>();

    DashedBoxes(Device device) {
        this.device = device;
    }

    /** The box whose outermost pixels are {@code [x, x + width)} by {@code [y, y + height)}. */
    void draw(GC gc, Color ink, int x, int y, int width, int height) {
        if (width <= 0 || height <= 0) {
            return;
        }
        Pattern[] dashes = patterns.get(ink);
        if (dashes == null) {
            dashes = create(ink);
        }
        gc.setBackgroundPattern(dashes[0]);
        gc.fillRectangle(x, y, width, 1);
        gc.fillRectangle(x, y + height - 1, width, 1);
        gc.setBackgroundPattern(dashes[1]);
        gc.fillRectangle(x, y, 1, height);
        gc.fillRectangle(x + width - 1, y, 1, height);
        gc.setBackgroundPattern(null);
    }

    private Pattern[] create(Color ink) {
        Image horizontal = new Image(device, dash(ink, PERIOD, 1));
        Image vertical = new Image(device, dash(ink, 1, PERIOD));
        Pattern[] made = { new Pattern(device, horizontal), new Pattern(device, vertical) };
        images.put(ink, new Image[] { horizontal, vertical });
        patterns.put(ink, made);
        return made;
    }

    /** One period of the dash: {@link #DASH} pixels of ink, then a transparent one. */
    private static ImageData dash(Color ink, int width, int height) {
        ImageData data = new ImageData(width, height, 24, new PaletteData(0xff0000, 0xff00, 0xff));
        data.alphaData = new byte[width * height];
        int pixel = ink.getRed() << 16 | ink.getGreen() << 8 | ink.getBlue();
        for (int i = 0; i < PERIOD; i++) {
            int x = width == 1 ? 0 : i;
            int y = width == 1 ? i : 0;
            data.setPixel(x, y, pixel);
            data.setAlpha(x, y, i < DASH ? 255 : 0);
        }
        return data;
    }

    void dispose() {
        patterns.values().forEach(made -> {
            for (Pattern pattern : made) {
                pattern.dispose();
            }
        });
        images.values().forEach(made -> {
            for (Image image : made) {
                image.dispose();
            }
        });
        patterns.clear();
        images.clear();
    }
}
