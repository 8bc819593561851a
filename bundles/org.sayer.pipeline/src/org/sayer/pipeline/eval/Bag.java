package org.sayer.pipeline.eval;

import java.util.HashMap;
import java.util.Map;

/** A multiset of tokens (positions or token strings), as Python's {@code Counter} in score.py. */
final class Bag {

    static final Bag EMPTY = new Bag();

    private final Map<Object, Integer> counts = new HashMap<>();
    private int size;
    /** The lowest and highest token position, while every token is a position: bags whose ranges miss each other share nothing. */
    private int lowest = Integer.MAX_VALUE;
    private int highest = Integer.MIN_VALUE;
    private boolean positions = true;

    void add(Object token) {
        counts.merge(token, 1, Integer::sum);
        size++;
        if (token instanceof Integer position) {
            lowest = Math.min(lowest, position);
            highest = Math.max(highest, position);
        } else {
            positions = false;
        }
    }

    int size() {
        return size;
    }

    /** The size of {@code a & b}: each token as often as in the bag that has fewer. */
    static int intersection(Bag a, Bag b) {
        if (a.positions && b.positions && (a.highest < b.lowest || b.highest < a.lowest)) {
            return 0;
        }
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
