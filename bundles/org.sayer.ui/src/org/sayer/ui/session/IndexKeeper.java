package org.sayer.ui.session;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.sayer.model.Annotation;
import org.sayer.model.Document;
import org.sayer.model.SayerPackage;
import org.sayer.ui.edit.AnnotationIndex;

/** Keeps the open document's position index in step with every change, one annotation at a time. */
final class IndexKeeper extends EContentAdapter {

    private final Document document;
    private AnnotationIndex index;

    IndexKeeper(Document document) {
        this.document = document;
        this.index = AnnotationIndex.of(document);
        document.eAdapters().add(this);
    }

    AnnotationIndex index() {
        return index;
    }

    void dispose() {
        document.eAdapters().remove(this);
    }

    @Override
    public void notifyChanged(Notification notification) {
        super.notifyChanged(notification);
        Object feature = notification.getFeature();
        if (notification.getNotifier() == document && feature == SayerPackage.Literals.DOCUMENT__ANNOTATIONS) {
            switch (notification.getEventType()) {
                case Notification.ADD -> index.added((Annotation) notification.getNewValue());
                case Notification.REMOVE -> index.removed((Annotation) notification.getOldValue());
                case Notification.ADD_MANY, Notification.REMOVE_MANY, Notification.SET, Notification.UNSET ->
                    index = AnnotationIndex.of(document);
                default -> {
                    // MOVE changes the list order only, not the positions in the text.
                }
            }
        } else if (notification.getNotifier() instanceof Annotation annotation && annotation.eContainer() == document
                && (feature == SayerPackage.Literals.ANNOTATION__BEGIN || feature == SayerPackage.Literals.ANNOTATION__END)) {
            index.moved(annotation);
        }
    }
}
