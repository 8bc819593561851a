package org.sayer.ui.edit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

import org.sayer.model.Annotation;
import org.sayer.model.Document;

/**
 * A document's annotations sorted by position, answering "what overlaps this range" without
 * walking all of them: the editor asks it for every visible line, so a 20,000-annotation document
 * paints as fast as a short one. It is kept up to date one annotation at a time ({@link #added},
 * {@link #removed}, {@link #moved}) instead of being sorted again after every key.
 *
 * <p>Annotations are sorted by begin; an annotation overlapping {@code [from, to)} must begin in
 * {@code [from - longest, to)}, where {@code longest} is the longest span, so a binary search and
 * a short scan find them all.
 */
public final class AnnotationIndex {

    private static final Comparator<Annotation> BY_POSITION = Comparator.comparingInt(Annotation::getBegin)
            .thenComparing(Comparator.comparingInt(Annotation::getEnd).reversed());

    private Annotation[] sorted;
    private int[] begins;
    private int size;
    private int longest;

    private AnnotationIndex(Annotation[] sorted) {
        this.sorted = sorted;
        this.size = sorted.length;
        this.begins = new int[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            begins[i] = sorted[i].getBegin();
            longest = Math.max(longest, sorted[i].getEnd() - sorted[i].getBegin());
        }
    }

    /** A new annotation of the document takes its place in the order. */
    public void added(Annotation annotation) {
        if (size == sorted.length) {
            int capacity = Math.max(16, size + (size >> 1));
            sorted = Arrays.copyOf(sorted, capacity);
            begins = Arrays.copyOf(begins, capacity);
        }
        int at = insertionPoint(annotation);
        System.arraycopy(sorted, at, sorted, at + 1, size - at);
        System.arraycopy(begins, at, begins, at + 1, size - at);
        sorted[at] = annotation;
        begins[at] = annotation.getBegin();
        size++;
        // The longest span only bounds the search; a stale, larger value stays correct.
        longest = Math.max(longest, annotation.getEnd() - annotation.getBegin());
    }

    /** An annotation left the document. */
    public void removed(Annotation annotation) {
        for (int i = 0; i < size; i++) {
            if (sorted[i] == annotation) {
                System.arraycopy(sorted, i + 1, sorted, i, size - i - 1);
                System.arraycopy(begins, i + 1, begins, i, size - i - 1);
                size--;
                sorted[size] = null;
                return;
            }
        }
    }

    /** An annotation's boundaries changed. */
    public void moved(Annotation annotation) {
        removed(annotation);
        added(annotation);
    }

    private int insertionPoint(Annotation annotation) {
        int low = 0;
        int high = size;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (BY_POSITION.compare(sorted[mid], annotation) <= 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    public static AnnotationIndex of(Document document) {
        Annotation[] all = document == null ? new Annotation[0] : document.getAnnotations().toArray(new Annotation[0]);
        Arrays.sort(all, BY_POSITION);
        return new AnnotationIndex(all);
    }

    /** Every annotation that overlaps {@code [from, to)}, in position order. */
    public List<Annotation> overlapping(int from, int to) {
        List<Annotation> found = new ArrayList<>();
        for (int i = firstAtOrAfter(from - longest); i < size && begins[i] < to; i++) {
            if (sorted[i].getEnd() > from || (sorted[i].getBegin() == sorted[i].getEnd() && sorted[i].getBegin() >= from)) {
                found.add(sorted[i]);
            }
        }
        return found;
    }

    /** Annotations that hold {@code offset} (begin <= offset <= end), shortest first. */
    public List<Annotation> at(int offset, Predicate<Annotation> filter) {
        List<Annotation> found = new ArrayList<>();
        for (int i = firstAtOrAfter(offset - longest); i < size && begins[i] <= offset; i++) {
            Annotation a = sorted[i];
            if (a.getEnd() >= offset && filter.test(a)) {
                found.add(a);
            }
        }
        found.sort(Comparator.comparingInt(a -> a.getEnd() - a.getBegin()));
        return found;
    }

    /** All annotations in position order (begin, then longest first). */
    public List<Annotation> inOrder() {
        return Arrays.asList(sorted).subList(0, size);
    }

    public int size() {
        return size;
    }

    private int firstAtOrAfter(int position) {
        int low = 0;
        int high = size;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (begins[mid] < position) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
