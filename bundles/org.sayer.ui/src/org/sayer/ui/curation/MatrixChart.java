package org.sayer.ui.curation;

import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/**
 * An annotator × annotator matrix of one agreement figure (attribution F1), drawn with GC: each
 * cell coloured from red (0) through yellow to green (1), with its value written in it.
 */
final class MatrixChart {

    private static final RGB LOW = new RGB(0xe8, 0x7c, 0x74);
    private static final RGB MIDDLE = new RGB(0xff, 0xe0, 0x82);
    private static final RGB HIGH = new RGB(0x7c, 0xc4, 0x86);
    private static final int MAX_CELL = 64;

    private final Canvas canvas;
    private List<String> names = List.of();
    private double[][] values = new double[0][0];
    private String title = "";

    MatrixChart(Composite parent) {
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        canvas.addPaintListener(event -> paint(event.gc));
    }

    Canvas control() {
        return canvas;
    }

    /** Shows {@code values[i][j]} for annotators i, j (NaN: nothing to compare), under a title of one or two lines. */
    void show(String title, List<String> names, double[][] values) {
        this.title = title;
        this.names = List.copyOf(names);
        this.values = values;
        canvas.redraw();
    }

    List<String> names() {
        return names;
    }

    String title() {
        return title;
    }

    double value(int row, int column) {
        return values[row][column];
    }

    private void paint(GC gc) {
        var area = canvas.getClientArea();
        gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        gc.fillRectangle(area);
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
        int lineHeight = gc.getFontMetrics().getHeight();
        String[] titleLines = title.split("\n", 2);
        for (int i = 0; i < titleLines.length; i++) {
            gc.drawText(titleLines[i], 6, 4 + i * lineHeight, true);
        }
        int n = names.size();
        if (n == 0) {
            return;
        }
        int labelWidth = 0;
        for (String name : names) {
            labelWidth = Math.max(labelWidth, gc.textExtent(name).x);
        }
        int left = 10 + labelWidth + 6;
        int top = 4 + titleLines.length * lineHeight + 4 + lineHeight + 4;
        // never narrower than a value: in a small view the matrix is cut off rather than its values written over each other
        int smallest = Math.max(lineHeight, gc.textExtent("0.00").x) + 6;
        int cell = Math.max(smallest, Math.min(MAX_CELL, Math.min((area.width - left - 8) / n, (area.height - top - 6) / n)));
        for (int j = 0; j < n; j++) { // column names, over the columns
            String name = fit(gc, names.get(j), cell - 2);
            Point extent = gc.textExtent(name);
            gc.drawText(name, left + j * cell + (cell - extent.x) / 2, top - lineHeight - 3, true);
        }
        for (int i = 0; i < n; i++) {
            Point extent = gc.textExtent(names.get(i));
            gc.drawText(names.get(i), left - 6 - extent.x, top + i * cell + (cell - extent.y) / 2, true);
            for (int j = 0; j < n; j++) {
                int x = left + j * cell;
                int y = top + i * cell;
                double value = values[i][j];
                String label;
                Color fill;
                if (i == j) {
                    fill = null;
                    label = "\u2014";
                } else if (Double.isNaN(value)) {
                    fill = null;
                    label = "n/a";
                } else {
                    fill = new Color(scale(value));
                    label = String.format(Locale.ROOT, "%.2f", value);
                }
                gc.setBackground(fill != null ? fill : canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
                gc.fillRectangle(x, y, cell - 2, cell - 2);
                Point size = gc.textExtent(label);
                gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
                gc.drawText(label, x + (cell - 2 - size.x) / 2, y + (cell - 2 - size.y) / 2, true);
                if (fill != null) {
                    fill.dispose();
                }
            }
        }
    }

    /** Red at 0, yellow at 0.5, green at 1. */
    static RGB scale(double value) {
        double v = Math.max(0, Math.min(1, value));
        return v < 0.5 ? mix(LOW, MIDDLE, v * 2) : mix(MIDDLE, HIGH, (v - 0.5) * 2);
    }

    private static RGB mix(RGB from, RGB to, double t) {
        return new RGB((int) Math.round(from.red + (to.red - from.red) * t), (int) Math.round(from.green + (to.green - from.green) * t),
                (int) Math.round(from.blue + (to.blue - from.blue) * t));
    }

    private static String fit(GC gc, String name, int width) {
        String fitted = name;
        while (fitted.length() > 1 && gc.textExtent(fitted).x > width) {
            fitted = fitted.substring(0, fitted.length() - 1);
        }
        return fitted.equals(name) ? name : fitted.substring(0, Math.max(1, fitted.length() - 1)) + "\u2026";
    }
}
