package org.sayer.ui.editor;

import org.eclipse.e4.ui.services.EMenuService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;

/**
 * The editor's context menu: the application model's popup menu (Mark, Link, boundaries, Delete,
 * each item with its key), opened on the annotation under the pointer. A right-click outside the
 * selection first puts the caret where it was clicked, so the menu acts on what the analyst pointed at.
 */
final class EditorContextMenu {

    static final String ID = "org.sayer.ui.popup.editor";

    private EditorContextMenu() {
    }

    static void install(StyledText text, EMenuService menus) {
        text.addListener(SWT.MenuDetect, event -> {
            if (event.detail != SWT.MENU_MOUSE) {
                return; // from the keyboard (Shift+F10, the Menu key): the caret stays where it is
            }
            Point at = text.toControl(event.x, event.y);
            int offset = text.getOffsetAtPoint(at);
            Point selection = text.getSelection();
            if (offset >= 0 && (selection.x == selection.y || offset < selection.x || offset > selection.y)) {
                text.setSelection(offset);
            }
        });
        menus.registerContextMenu(text, ID);
    }
}
