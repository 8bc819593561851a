package org.sayer.ui.parts;

import java.text.Collator;
import java.util.Locale;

import org.eclipse.jface.viewers.CellLabelProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;

/**
 * Sorts a table by the column whose header is clicked, by the text the column shows (numbers as
 * numbers); a second click on the same header reverses the order.
 */
final class SortableColumns extends ViewerComparator {

    private final TableViewer viewer;
    private final Collator collator = Collator.getInstance(Locale.ROOT);
    private int column = -1;
    private boolean descending;

    private SortableColumns(TableViewer viewer) {
        this.viewer = viewer;
    }

    /** Makes every column of {@code viewer} (columns added before this call) sort it on a header click. */
    static SortableColumns install(TableViewer viewer) {
        SortableColumns sorting = new SortableColumns(viewer);
        Table table = viewer.getTable();
        TableColumn[] columns = table.getColumns();
        for (int i = 0; i < columns.length; i++) {
            int index = i;
            columns[i].addListener(SWT.Selection, event -> sorting.sortBy(index));
        }
        viewer.setComparator(sorting);
        return sorting;
    }

    /** Sorts by column {@code index}; the same column again reverses the order. */
    void sortBy(int index) {
        descending = index == column && !descending;
        column = index;
        Table table = viewer.getTable();
        table.setSortColumn(table.getColumn(index));
        table.setSortDirection(descending ? SWT.DOWN : SWT.UP);
        viewer.refresh();
    }

    @Override
    public int compare(Viewer viewer, Object first, Object second) {
        if (column < 0) {
            return 0; // the order the input came in
        }
        CellLabelProvider provider = this.viewer.getLabelProvider(column);
        if (!(provider instanceof ColumnLabelProvider labels)) {
            return 0;
        }
        int order = compareTexts(labels.getText(first), labels.getText(second));
        return descending ? -order : order;
    }

    private int compareTexts(String first, String second) {
        Double a = number(first);
        Double b = number(second);
        if (a != null && b != null) {
            return Double.compare(a, b);
        }
        return collator.compare(first == null ? "" : first, second == null ? "" : second);
    }

    private static Double number(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
