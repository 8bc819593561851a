package org.sayer.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.sayer.ui.parts.SearchPart;

/** Edit › Search Corpus (Ctrl+Shift+F): shows the Search view with the cursor in its query field. */
public class SearchCorpusHandler {

    @Execute
    public void execute(EPartService parts) {
        MPart part = parts.showPart(SearchPart.ID, PartState.ACTIVATE);
        if (part != null && part.getObject() instanceof SearchPart search) {
            search.setFocus();
        }
    }
}
