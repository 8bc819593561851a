package org.sayer.pipeline.eval;

import java.util.HashMap;
import java.util.Map;

/** A multiset of tokens (positions or token strings), as Python's {@code Counter} in score.py. */
final class Bag {

    static final Bag EMPTY = new Bag();

    private final Map<Object, Integer> counts = new HashMap<>();
    private int size;

    void add(Object token) {
        counts.merge(token, 1, Integer::sum);
        size++;
    }

    int size() {
        return size;
    }

    /** The size of {@code a & b}: each token as often as in the bag that has fewer. */
    static int intersection(Bag a, Bag b) {
        Bag small = a.counts.size() <= b.counts.size() ? a : b;
        Bag large = small == a ? b : a;
        int shared = 0;
        for (Map.Entry<Object, Integer> entry : small.counts.entrySet()) {
            Integer other = large.counts.get(entry.getKey());
            if (other != null) {
                shared += Math.min(entry.getValue(), other);
            }
        }
        return shared;
    }

    /** Jaccard overlap |a & b| / |a | b| (0 for two empty bags). */
    static double jaccard(Bag a, Bag b) {
        int shared = intersection(a, b);
        int union = a.size + b.size - shared;
        return union == 0 ? 0.0 : (double) shared / union;
    }

    /** Token F1: 2 |a & b| / (|a| + |b|) (0 for two empty bags). */
    static double tokenF1(Bag a, Bag b) {
        int total = a.size + b.size;
        return total == 0 ? 0.0 : 2.0 * intersection(a, b) / total;
    }
}
