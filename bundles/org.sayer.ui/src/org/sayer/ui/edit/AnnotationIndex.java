package org.sayer.ui.edit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

import org.sayer.model.Annotation;
import org.sayer.model.Document;

/**
 * A snapshot of a document's annotations sorted by position, answering "what overlaps this range"
 * without walking all of them: the editor asks it for every visible line, so a 20,000-annotation
 * document paints as fast as a short one.
 *
 * <p>Annotations are sorted by begin; an annotation overlapping {@code [from, to)} must begin in
 * {@code [from - longest, to)}, where {@code longest} is the longest span, so a binary search and
 * a short scan find them all.
 */
public final class AnnotationIndex {

    private static final Comparator<Annotation> BY_POSITION = Comparator.comparingInt(Annotation::getBegin)
            .thenComparing(Comparator.comparingInt(Annotation::getEnd).reversed());

    private final Annotation[] sorted;
    private final int[] begins;
    private final int longest;

    private AnnotationIndex(Annotation[] sorted) {
        this.sorted = sorted;
        this.begins = new int[sorted.length];
        int max = 0;
        for (int i = 0; i < sorted.length; i++) {
            begins[i] = sorted[i].getBegin();
            max = Math.max(max, sorted[i].getEnd() - sorted[i].getBegin());
        }
        this.longest = max;
    }

    public static AnnotationIndex of(Document document) {
        Annotation[] all = document == null ? new Annotation[0] : document.getAnnotations().toArray(new Annotation[0]);
        Arrays.sort(all, BY_POSITION);
        return new AnnotationIndex(all);
    }

    /** Every annotation that overlaps {@code [from, to)}, in position order. */
    public List<Annotation> overlapping(int from, int to) {
        List<Annotation> found = new ArrayList<>();
        for (int i = firstAtOrAfter(from - longest); i < sorted.length && begins[i] < to; i++) {
            if (sorted[i].getEnd() > from || (sorted[i].getBegin() == sorted[i].getEnd() && sorted[i].getBegin() >= from)) {
                found.add(sorted[i]);
            }
        }
        return found;
    }

    /** Annotations that hold {@code offset} (begin <= offset <= end), shortest first. */
    public List<Annotation> at(int offset, Predicate<Annotation> filter) {
        List<Annotation> found = new ArrayList<>();
        for (int i = firstAtOrAfter(offset - longest); i < sorted.length && begins[i] <= offset; i++) {
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
        return Arrays.asList(sorted);
    }

    public int size() {
        return sorted.length;
    }

    private int firstAtOrAfter(int position) {
        int low = 0;
        int high = begins.length;
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
