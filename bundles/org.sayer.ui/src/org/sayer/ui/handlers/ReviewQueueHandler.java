package org.sayer.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.sayer.ui.parts.ReviewQueuePart;

/** Review › Review Queue (Ctrl+Shift+Q): shows the open document's suggestions with their filters. */
public class ReviewQueueHandler {

    @Execute
    public void execute(EPartService parts) {
        parts.showPart(ReviewQueuePart.ID, PartState.ACTIVATE);
    }
}
