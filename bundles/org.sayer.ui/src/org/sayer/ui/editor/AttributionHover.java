package org.sayer.ui.editor;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.jface.window.DefaultToolTip;
import org.eclipse.jface.window.ToolTip;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Event;
import org.sayer.model.Annotation;
import org.sayer.model.query.AnnotationIndex;

/**
 * The hover over an annotation: the whole attribution it belongs to, with who or what produced it.
 * When the text scrolls under a still mouse (Page Down, the caret keys), the hover is shown afresh
 * for what is under the pointer now, or hidden when nothing is.
 */
final class AttributionHover extends DefaultToolTip {

    private final StyledText text;
    private final Supplier<AnnotationIndex> index;

    AttributionHover(StyledText text, Supplier<AnnotationIndex> index) {
        super(text, ToolTip.RECREATE, false);
        this.text = text;
        this.index = index;
        setPopupDelay(300);
        setHideOnMouseDown(true);
        int[] shownTop = { text.getTopPixel() };
        text.addListener(SWT.Paint, event -> {
            if (text.getTopPixel() != shownTop[0]) {
                shownTop[0] = text.getTopPixel();
                // Not from inside the paint: the tooltip opens a shell of its own.
                text.getDisplay().asyncExec(this::followScroll);
            }
        });
    }

    private void followScroll() {
        if (text.isDisposed()) {
            return;
        }
        hide();
        Point pointer = text.toControl(text.getDisplay().getCursorLocation());
        if (text.getClientArea().contains(pointer) && text.getShell().isVisible()) {
            show(pointer);
        }
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
