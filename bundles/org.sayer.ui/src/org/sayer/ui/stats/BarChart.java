package org.sayer.ui.stats;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;

/**
 * Draws one horizontal bar chart with SWT's GC: a title, one labelled bar per value, and an
 * optional note below. Rows close up to a line of text when the area is short; the caller sizes
 * the area ({@link #height}, {@link #rowsFitting}) so that every bar it passes shows. The title is
 * shortened with an ellipsis rather than run into a neighbour.
 */
final class BarChart {

    /** One bar. */
    record Bar(String label, int value) {
    }

    private static final int ROW_PADDING = 6;
    private static final int HEADER_GAP = 6;

    private BarChart() {
    }

    /** The height that shows a title, {@code bars} rows of {@code rowHeight} and a note line. */
    static int height(int lineHeight, int rowHeight, int bars) {
        return header(lineHeight) + Math.max(1, bars) * rowHeight + lineHeight + 4;
    }

    /** How many rows of at least a line of text fit under the title of a chart {@code height} high (no note). */
    static int rowsFitting(int lineHeight, int height) {
        return (height - header(lineHeight)) / lineHeight;
    }

    private static int header(int lineHeight) {
        return lineHeight + HEADER_GAP;
    }

    /** Draws the chart; returns how many bars it drew. */
    static int draw(GC gc, Rectangle area, String title, List<Bar> bars, Color fill, String note) {
        int lineHeight = gc.getFontMetrics().getHeight();
        int room = area.height - header(lineHeight) - (note == null ? 0 : lineHeight + 4);
        int rowHeight = Math.max(lineHeight, Math.min(lineHeight + ROW_PADDING, room / Math.max(1, bars.size())));
        gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
        gc.drawText(fit(gc, title, area.width - 8), area.x, area.y, true);
        gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_DARK_GRAY));
        gc.drawLine(area.x, area.y + lineHeight + 2, area.x + area.width - 8, area.y + lineHeight + 2);
        int y = area.y + header(lineHeight);
        int drawn = 0;
        if (bars.isEmpty()) {
            gc.drawText("No claims yet", area.x, y, true);
            y += rowHeight;
        } else {
            int labelWidth = 0;
            int max = 1;
            for (Bar bar : bars) {
                labelWidth = Math.max(labelWidth, gc.textExtent(bar.label()).x);
                max = Math.max(max, bar.value());
            }
            labelWidth = Math.min(labelWidth, area.width / 2);
            int valueWidth = gc.textExtent(Integer.toString(max)).x + 8;
            int barSpace = Math.max(10, area.width - labelWidth - valueWidth - 16);
            for (Bar bar : bars) {
                String label = fit(gc, bar.label(), labelWidth);
                gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
                int textY = y + (rowHeight - lineHeight) / 2;
                gc.drawText(label, area.x + labelWidth - gc.textExtent(label).x, textY, true);
                int length = (int) Math.round((double) barSpace * bar.value() / max);
                gc.setBackground(fill);
                gc.fillRectangle(area.x + labelWidth + 8, y + 2, Math.max(2, length), Math.max(2, rowHeight - 3));
                gc.drawText(Integer.toString(bar.value()), area.x + labelWidth + 12 + length, textY, true);
                y += rowHeight;
                drawn++;
            }
        }
        if (note != null) {
            gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_DARK_GRAY));
            gc.drawText(fit(gc, note, area.width - 8), area.x, y + 2, true);
        }
        return drawn;
    }

    static String fit(GC gc, String text, int width) {
        if (gc.textExtent(text).x <= width) {
            return text;
        }
        String shortened = text;
        while (shortened.length() > 1 && gc.textExtent(shortened + "\u2026").x > width) {
            shortened = shortened.substring(0, shortened.length() - 1);
        }
        return shortened + "\u2026";
    }
}
