package org.sayer.ui.parts;

import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;

/** A table's context menu: each item enabled, as the menu opens, only when it applies to the selected rows. */
final class RowMenu {

    private final Menu menu;

    RowMenu(Control control) {
        menu = new Menu(control);
        control.setMenu(menu);
    }

    RowMenu add(String label, BooleanSupplier applies, Runnable action) {
        MenuItem item = new MenuItem(menu, SWT.PUSH);
        item.setText(label);
        item.addListener(SWT.Selection, event -> action.run());
        menu.addListener(SWT.Show, event -> item.setEnabled(applies.getAsBoolean()));
        return this;
    }

    RowMenu separator() {
        new MenuItem(menu, SWT.SEPARATOR);
        return this;
    }
}
