package org.sayer.ui.editor;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.jface.window.DefaultToolTip;
import org.eclipse.jface.window.ToolTip;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Event;
import org.sayer.model.Annotation;
import org.sayer.model.query.AnnotationIndex;

/** The hover over an annotation: the whole attribution it belongs to, with who or what produced it. */
final class AttributionHover extends DefaultToolTip {

    private final StyledText text;
    private final Supplier<AnnotationIndex> index;

    AttributionHover(StyledText text, Supplier<AnnotationIndex> index) {
        super(text, ToolTip.RECREATE, false);
        this.text = text;
        this.index = index;
        setPopupDelay(300);
        setHideOnMouseDown(true);
    }

    @Override
    protected boolean shouldCreateToolTip(Event event) {
        return super.shouldCreateToolTip(event) && !annotationsAt(event).isEmpty();
    }

    @Override
    protected String getText(Event event) {
        return AttributionText.describe(annotationsAt(event));
    }

    private List<Annotation> annotationsAt(Event event) {
        int offset = text.getOffsetAtPoint(new Point(event.x, event.y));
        if (offset < 0) {
            return List.of();
        }
        List<Annotation> found = new java.util.ArrayList<>(index.get().at(offset));
        found.sort(java.util.Comparator.comparingInt(a -> a.getEnd() - a.getBegin()));
        return found;
    }
}
