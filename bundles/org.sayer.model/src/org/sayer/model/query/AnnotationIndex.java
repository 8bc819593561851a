package org.sayer.model.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.sayer.model.Annotation;
import org.sayer.model.Document;
import org.sayer.model.SayerPackage;

/**
 * The annotations of one document sorted by position, for the questions an editor asks on every
 * caret move and repaint: which annotations overlap this range?
 *
 * <p>The annotations sit in an array sorted by begin; the array is read as an implicit balanced
 * search tree (the middle of every range is its root), and each root keeps the largest end in its
 * subtree. A query skips every subtree that ends before the range and every right subtree that
 * begins after it, so it costs O(log n + k) for k results.
 *
 * <p>The index is an adapter on the document: it notices added or removed annotations and moved
 * boundaries. One annotation added or removed (what a key in the editor does) is put into or taken
 * out of the sorted array in place, which costs a copy of the arrays and one pass over the ends
 * rather than a sort; anything else makes it rebuild itself on the next query (editors change one
 * thing and then ask many questions, so a lazy rebuild is cheaper than keeping a tree balanced).
 */
public final class AnnotationIndex extends EContentAdapter {

    /** Document order: by begin, then longer (enclosing) spans first. */
    public static final Comparator<Annotation> DOCUMENT_ORDER = Comparator.comparingInt(Annotation::getBegin)
            .thenComparing(Comparator.comparingInt(Annotation::getEnd).reversed());

    private final Document document;
    private Annotation[] sorted = new Annotation[0];
    private int[] begins = new int[0];
    private int[] ends = new int[0];
    private int[] maxEnds = new int[0];
    private boolean stale = true;

    private AnnotationIndex(Document document) {
        this.document = document;
    }

    /** The index of {@code document}, attached on first use and kept until the document is dropped. */
    public static AnnotationIndex of(Document document) {
        for (Object adapter : document.eAdapters()) {
            if (adapter instanceof AnnotationIndex index) {
                return index;
            }
        }
        AnnotationIndex index = new AnnotationIndex(document);
        document.eAdapters().add(index);
        return index;
    }

    @Override
    public boolean isAdapterForType(Object type) {
        return type == AnnotationIndex.class;
    }

    @Override
    public void notifyChanged(Notification notification) {
        super.notifyChanged(notification);
        Object feature = notification.getFeature();
        if (feature == SayerPackage.Literals.DOCUMENT__ANNOTATIONS && !stale && notification.getNotifier() == document) {
            if (notification.getEventType() == Notification.ADD && notification.getNewValue() instanceof Annotation added) {
                insert(added);
            } else if (notification.getEventType() == Notification.REMOVE && notification.getOldValue() instanceof Annotation removed) {
                remove(removed);
            } else {
                stale = true;
            }
        } else if (feature == SayerPackage.Literals.DOCUMENT__ANNOTATIONS || feature == SayerPackage.Literals.ANNOTATION__BEGIN
                || feature == SayerPackage.Literals.ANNOTATION__END) {
            stale = true;
        }
    }

    /** Puts one annotation into the sorted array after every annotation that does not come after it. */
    private void insert(Annotation added) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (DOCUMENT_ORDER.compare(sorted[middle], added) <= 0) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        int length = sorted.length;
        sorted = withGap(sorted, length, new Annotation[length + 1], low);
        begins = withGap(begins, length, new int[length + 1], low);
        ends = withGap(ends, length, new int[length + 1], low);
        sorted[low] = added;
        begins[low] = added.getBegin();
        ends[low] = added.getEnd();
        buildMaxEnds();
    }

    /** Copies the array {@code from} ({@code length} long) into {@code to}, one longer, leaving a gap at {@code at}. */
    private static <A> A withGap(A from, int length, A to, int at) {
        System.arraycopy(from, 0, to, 0, at);
        System.arraycopy(from, at, to, at + 1, length - at);
        return to;
    }

    /** Copies the array {@code from} ({@code length} long) into {@code to}, one shorter, leaving out its element at {@code at}. */
    private static <A> A without(A from, int length, A to, int at) {
        System.arraycopy(from, 0, to, 0, at);
        System.arraycopy(from, at + 1, to, at, length - at - 1);
        return to;
    }

    /** Takes one annotation out of the sorted array (it sits among those with its begin). */
    private void remove(Annotation removed) {
        int at = firstWithBeginAtLeast(removed.getBegin());
        while (at < sorted.length && sorted[at] != removed && sorted[at].getBegin() == removed.getBegin()) {
            at++;
        }
        if (at >= sorted.length || sorted[at] != removed) {
            stale = true; // not where its begin says (moved without notice): start afresh
            return;
        }
        int length = sorted.length;
        sorted = without(sorted, length, new Annotation[length - 1], at);
        begins = without(begins, length, new int[length - 1], at);
        ends = without(ends, length, new int[length - 1], at);
        buildMaxEnds();
    }

    private int firstWithBeginAtLeast(int begin) {
        int low = 0;
        int high = begins.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (begins[middle] < begin) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** Every annotation that shares at least one character with [begin, end), in document order. */
    public List<Annotation> overlapping(int begin, int end) {
        return overlapping(begin, end, Annotation.class);
    }

    /** Like {@link #overlapping(int, int)}, keeping only annotations of {@code type}. */
    public <T extends Annotation> List<T> overlapping(int begin, int end, Class<T> type) {
        refresh();
        List<T> result = new ArrayList<>();
        if (begin < end) {
            collect(0, sorted.length, begin, end, type, result);
        }
        return result;
    }

    /** Every annotation that covers the character at {@code offset} (e.g. under the caret). */
    public List<Annotation> at(int offset) {
        return overlapping(offset, offset + 1);
    }

    /** All annotations in document order. */
    public List<Annotation> all() {
        refresh();
        return Collections.unmodifiableList(Arrays.asList(sorted));
    }

    public int size() {
        refresh();
        return sorted.length;
    }

    private <T extends Annotation> void collect(int low, int high, int begin, int end, Class<T> type, List<T> result) {
        while (low < high) {
            int root = (low + high) >>> 1;
            if (maxEnds[root] <= begin) {
                return; // nothing in this subtree reaches into the range
            }
            collect(low, root, begin, end, type, result);
            if (begins[root] >= end) {
                return; // the root and everything right of it start after the range
            }
            Annotation annotation = sorted[root];
            if (ends[root] > begin && type.isInstance(annotation)) {
                result.add(type.cast(annotation));
            }
            low = root + 1; // the right subtree, iteratively
        }
    }

    private void refresh() {
        if (!stale) {
            return;
        }
        // Not getTarget(): a content adapter's target is whichever child it was last attached to.
        Annotation[] annotations = document.getAnnotations().toArray(new Annotation[0]);
        Arrays.sort(annotations, DOCUMENT_ORDER);
        sorted = annotations;
        rebuildSearchTree();
        stale = false;
    }

    /** The begins, ends and the largest end of every subtree, for {@link #sorted} as it is now: linear, no sorting. */
    private void rebuildSearchTree() {
        begins = new int[sorted.length];
        ends = new int[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            begins[i] = sorted[i].getBegin();
            ends[i] = sorted[i].getEnd();
        }
        buildMaxEnds();
    }

    /** The largest end of every subtree, from {@link #ends}: one pass over plain ints, as every key in the editor adds or removes one. */
    private void buildMaxEnds() {
        maxEnds = new int[ends.length];
        buildMaxEnds(0, ends.length);
    }

    private int buildMaxEnds(int low, int high) {
        if (low >= high) {
            return Integer.MIN_VALUE;
        }
        int root = (low + high) >>> 1;
        int max = Math.max(ends[root], Math.max(buildMaxEnds(low, root), buildMaxEnds(root + 1, high)));
        maxEnds[root] = max;
        return max;
    }
}
