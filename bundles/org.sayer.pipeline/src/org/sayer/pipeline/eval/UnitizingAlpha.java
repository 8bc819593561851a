package org.sayer.pipeline.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Krippendorff's alpha for unitizing (αu) over one continuum [0, length), with the formulas of
 * DKPro Statistics' {@code KrippendorffAlphaUnitizingAgreement} (2.2.1): the same observed walk,
 * the same expected disagreement and the same averaging over categories, so the figures are
 * DKPro's (the tests check this to 1e-9). DKPro sums the expected disagreement over every (unit,
 * gap) pair, which takes minutes on a corpus of 100,000 units; here the gaps are sorted once and
 * summed by prefix sums.
 *
 * <p>αu assumes that one rater's units of one category never overlap (DKPro's walk goes wrong,
 * and may not end, when they do), so overlapping units of one rater and category are merged into
 * their union before anything is computed: a claim nested in a claim of the same type counts as
 * the outer claim's extent.
 */
public final class UnitizingAlpha {

    private final int raters;
    private long length;
    /** category -> rater -> sorted, disjoint {offset, length} pairs, flattened. */
    private final Map<String, List<List<long[]>>> units = new LinkedHashMap<>();
    private boolean merged = true;

    /** A study of {@code raters} raters over [0, {@code length}). */
    public UnitizingAlpha(int raters, long length) {
        this.raters = raters;
        this.length = length;
    }

    /**
     * Lengthens the continuum by {@code more} and returns where the new stretch begins: a corpus
     * is one continuum of its documents laid end to end.
     */
    public long extend(long more) {
        long begin = length;
        length += more;
        return begin;
    }

    /** Adds rater {@code rater}'s unit [begin, end) of {@code category}, clipped to the continuum; an empty one is ignored. */
    public void add(int rater, String category, long begin, long end) {
        long b = Math.max(0, begin);
        long e = Math.min(length, end);
        if (e <= b) {
            return;
        }
        List<List<long[]>> byRater = units.computeIfAbsent(category, c -> {
            List<List<long[]>> lists = new ArrayList<>();
            for (int r = 0; r < raters; r++) {
                lists.add(new ArrayList<>());
            }
            return lists;
        });
        byRater.get(rater).add(new long[] { b, e });
        merged = false;
    }

    /** The categories that have at least one unit, in the order first added. */
    public Set<String> categories() {
        return units.keySet();
    }

    /**
     * αu over all categories: 1 - mean observed / mean expected disagreement, 0 where the two are
     * equal, NaN when there is no unit at all (nothing to agree on), as DKPro gives.
     */
    public double agreement() {
        mergeOverlaps();
        double observed = 0;
        double expected = 0;
        for (String category : units.keySet()) {
            observed += observed(category);
            expected += expected(category);
        }
        observed /= units.size();
        expected /= units.size();
        return observed == expected ? 0.0 : 1.0 - observed / expected;
    }

    /** αu of one category (DKPro's {@code calculateCategoryAgreement}); NaN for a category without units. */
    public double categoryAgreement(String category) {
        if (!units.containsKey(category)) {
            return Double.NaN;
        }
        mergeOverlaps();
        double observed = observed(category);
        double expected = expected(category);
        return observed == expected ? 0.0 : 1.0 - observed / expected;
    }

    private void mergeOverlaps() {
        if (merged) {
            return;
        }
        for (List<List<long[]>> byRater : units.values()) {
            for (int r = 0; r < raters; r++) {
                List<long[]> spans = byRater.get(r);
                spans.sort((x, y) -> x[0] != y[0] ? Long.compare(x[0], y[0]) : Long.compare(x[1], y[1]));
                List<long[]> disjoint = new ArrayList<>();
                for (long[] span : spans) {
                    long[] last = disjoint.isEmpty() ? null : disjoint.get(disjoint.size() - 1);
                    if (last != null && span[0] < last[1]) {
                        last[1] = Math.max(last[1], span[1]);
                    } else {
                        disjoint.add(new long[] { span[0], span[1] });
                    }
                }
                byRater.set(r, disjoint);
            }
        }
        merged = true;
    }

    /** DKPro's observed disagreement of one category: the walk over every pair of raters' segments. */
    private double observed(String category) {
        List<List<long[]>> byRater = units.get(category);
        double result = 0.0;
        for (int r1 = 0; r1 < raters; r1++) {
            for (int r2 = r1 + 1; r2 < raters; r2++) {
                result += observedPair(byRater.get(r1), byRater.get(r2));
            }
        }
        result *= 2.0;
        result /= (double) (raters * (raters - 1) * (length * length));
        return result;
    }

    private double observedPair(List<long[]> units1, List<long[]> units2) {
        Segments s1 = new Segments(units1, length);
        Segments s2 = new Segments(units2, length);
        double result = 0.0;
        long pos = 0;
        while (pos < length && (s1.hasNext() || s2.hasNext())) {
            s1.advanceTo(pos);
            s2.advanceTo(pos);
            result += distance(s1.offset, s1.length, s1.isUnit, s2.offset, s2.length, s2.isUnit);
            pos = Math.min(s1.offset + s1.length, s2.offset + s2.length);
        }
        return result;
    }

    /** One rater's continuum as alternating units and gaps, walked as DKPro walks it. */
    private static final class Segments {
        private final List<long[]> units;
        private final long end;
        private int next;
        long offset;
        long length;
        boolean isUnit;

        Segments(List<long[]> units, long end) {
            this.units = units;
            this.end = end;
        }

        boolean hasNext() {
            return next < units.size();
        }

        void advanceTo(long pos) {
            if (pos != offset + length) {
                return;
            }
            if (hasNext() && pos == units.get(next)[0]) {
                length = units.get(next)[1] - units.get(next)[0];
                isUnit = true;
                next++;
            } else {
                length = (hasNext() ? units.get(next)[0] : end) - pos;
                isUnit = false;
            }
            offset = pos;
        }
    }

    private static double distance(long offset1, long length1, boolean unit1, long offset2, long length2, boolean unit2) {
        long beginDiff = offset1 - offset2;
        long lengthDiff = length1 - length2;
        if (unit1 && unit2 && -length1 < beginDiff && beginDiff < length2) {
            return beginDiff * beginDiff + (beginDiff + lengthDiff) * (beginDiff + lengthDiff);
        } else if (unit1 && !unit2 && -lengthDiff >= beginDiff && beginDiff >= 0) {
            return length1 * length1;
        } else if (!unit1 && unit2 && -lengthDiff <= beginDiff && beginDiff <= 0) {
            return length2 * length2;
        }
        return 0.0;
    }

    /**
     * DKPro's expected disagreement of one category: (2/L) Σ over units u of
     * [(N-1)(2l³-3l²+l)/3 + l² Σ over gaps g ≥ l of (g-l+1)], divided by R·L(R·L-1) - Σ l(l-1).
     */
    private double expected(String category) {
        List<List<long[]>> byRater = units.get(category);
        List<Long> gapList = new ArrayList<>();
        long unitCount = 0;
        double squaredLengths = 0;
        for (List<long[]> spans : byRater) {
            long pos = 0;
            for (long[] span : spans) {
                if (span[0] > pos) {
                    gapList.add(span[0] - pos);
                }
                pos = span[1];
                long l = span[1] - span[0];
                unitCount++;
                squaredLengths += (double) l * (l - 1.0);
            }
            if (pos < length) {
                gapList.add(length - pos);
            }
        }
        long[] gaps = gapList.stream().mapToLong(Long::longValue).sorted().toArray();
        // suffix[i] = sum of gaps[i..]
        long[] suffix = new long[gaps.length + 1];
        for (int i = gaps.length - 1; i >= 0; i--) {
            suffix[i] = suffix[i + 1] + gaps[i];
        }
        double result = 0.0;
        for (List<long[]> spans : byRater) {
            for (long[] span : spans) {
                double l = span[1] - span[0];
                double withinUnit = (unitCount - 1.0) * (2.0 * l * l * l - 3.0 * l * l + l) / 3.0;
                int first = firstAtLeast(gaps, span[1] - span[0]);
                long count = gaps.length - first;
                double gapPlacements = suffix[first] - (l - 1.0) * count;
                result += withinUnit + gapPlacements * l * l;
            }
        }
        result *= 2.0 / length;
        double rl = (double) raters * length;
        return result / (rl * (rl - 1.0) - squaredLengths);
    }

    /** The index of the first element >= {@code value} in an ascending array (its length when none is). */
    private static int firstAtLeast(long[] sorted, long value) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sorted[middle] < value) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
