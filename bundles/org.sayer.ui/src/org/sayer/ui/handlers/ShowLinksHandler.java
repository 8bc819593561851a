package org.sayer.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuItem;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.sayer.ui.editor.DocumentEditorPart;

/**
 * Ctrl+Shift+K: draws the links of every claim on the page, or (again) only those of the claim at
 * the caret and its nesting. The menu item's check mark follows, whether the menu or the key asked.
 */
public class ShowLinksHandler {

    static final String MENU_ITEM = "org.sayer.ui.menuitem.links";

    @CanExecute
    public boolean canExecute(@Optional DocumentEditorPart editor) {
        return editor != null;
    }

    @Execute
    public void execute(@Optional DocumentEditorPart editor, MApplication application, EModelService models) {
        if (editor == null) {
            return;
        }
        editor.toggleAllLinks();
        for (MMenuItem item : models.findElements(application, MENU_ITEM, MMenuItem.class, null, EModelService.IN_MAIN_MENU)) {
            item.setSelected(editor.showsAllLinks());
        }
    }
}
