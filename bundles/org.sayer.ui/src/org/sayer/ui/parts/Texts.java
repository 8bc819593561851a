package org.sayer.ui.parts;

import org.sayer.model.WorkflowState;

/** Words the parts show for model values. */
final class Texts {

    private Texts() {
    }

    static String state(WorkflowState state) {
        if (state == null) {
            return "new";
        }
        return switch (state) {
            case NEW -> "new";
            case PRE_ANNOTATED -> "pre-annotated";
            case IN_PROGRESS -> "in progress";
            case REVIEWED -> "reviewed";
        };
    }
}
