package org.sayer.ui.editor;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.sayer.model.Annotation;
import org.sayer.model.Claim;
import org.sayer.model.Document;

/**
 * Collects which stretch of the text a change touched (the annotations added, removed or changed,
 * old and new boundaries alike), so the editor repaints those lines only, not the whole screen.
 */
final class ChangedRanges extends EContentAdapter {

    private int from = Integer.MAX_VALUE;
    private int to = -1;
    private boolean everything;

    @Override
    public void notifyChanged(Notification notification) {
        super.notifyChanged(notification);
        Object notifier = notification.getNotifier();
        if (notifier instanceof Document) {
            include(notification.getOldValue());
            include(notification.getNewValue());
            if (notification.getOldValue() instanceof Iterable<?> || notification.getNewValue() instanceof Iterable<?>) {
                everything = true;
            }
        } else if (notifier instanceof Annotation annotation) {
            include(annotation);
            if (notification.getOldValue() instanceof Integer old) {
                from = Math.min(from, old);
                to = Math.max(to, old);
            }
            include(notification.getOldValue());
            include(notification.getNewValue());
        }
    }

    private void include(Object value) {
        if (value instanceof Annotation annotation) {
            from = Math.min(from, annotation.getBegin());
            to = Math.max(to, annotation.getEnd());
            // A claim's nesting colours its children and its brackets reach its ends.
            if (annotation instanceof Claim claim && claim.getParent() != null) {
                include(claim.getParent());
            }
        }
    }

    /** The changed stretch [from, to], or null when nothing changed; forgets it. */
    int[] take() {
        int[] range = everything ? new int[] { 0, Integer.MAX_VALUE } : to < 0 ? null : new int[] { from, to };
        from = Integer.MAX_VALUE;
        to = -1;
        everything = false;
        return range;
    }
}
