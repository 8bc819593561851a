package org.sayer.ui.stats;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;

/** Draws one horizontal bar chart with SWT's GC: a title, then one labelled bar per value. */
final class BarChart {

    /** One bar. */
    record Bar(String label, int value) {
    }

    private BarChart() {
    }

    static void draw(GC gc, Rectangle area, String title, List<Bar> bars, Color fill) {
        int lineHeight = gc.getFontMetrics().getHeight();
        // Rows close up when the part is short, so every bar still shows.
        int rowHeight = Math.max(lineHeight + 1, Math.min(lineHeight + 6, (area.height - lineHeight - 8) / Math.max(1, bars.size())));
        gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
        gc.setFont(gc.getFont());
        gc.drawText(title, area.x, area.y, true);
        gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_DARK_GRAY));
        gc.drawLine(area.x, area.y + lineHeight + 2, area.x + area.width - 8, area.y + lineHeight + 2);
        if (bars.isEmpty()) {
            gc.drawText("No claims yet", area.x, area.y + lineHeight + 8, true);
            return;
        }
        int labelWidth = 0;
        int max = 1;
        for (Bar bar : bars) {
            labelWidth = Math.max(labelWidth, gc.textExtent(bar.label()).x);
            max = Math.max(max, bar.value());
        }
        labelWidth = Math.min(labelWidth, area.width / 2);
        int valueWidth = gc.textExtent(Integer.toString(max)).x + 8;
        int barSpace = Math.max(10, area.width - labelWidth - valueWidth - 16);
        int y = area.y + lineHeight + 8;
        for (Bar bar : bars) {
            if (y + rowHeight > area.y + area.height) {
                break;
            }
            String label = fit(gc, bar.label(), labelWidth);
            gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
            int textY = y + (rowHeight - lineHeight) / 2;
            gc.drawText(label, area.x + labelWidth - gc.textExtent(label).x, textY, true);
            int length = (int) Math.round((double) barSpace * bar.value() / max);
            gc.setBackground(fill);
            gc.fillRectangle(area.x + labelWidth + 8, y + 2, Math.max(2, length), Math.max(2, rowHeight - 4));
            gc.drawText(Integer.toString(bar.value()), area.x + labelWidth + 12 + length, textY, true);
            y += rowHeight;
        }
    }

    private static String fit(GC gc, String text, int width) {
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
