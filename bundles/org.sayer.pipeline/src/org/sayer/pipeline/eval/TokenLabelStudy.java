package org.sayer.pipeline.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

import org.dkpro.statistics.agreement.InsufficientDataException;
import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.CohenKappaAgreement;
import org.dkpro.statistics.agreement.coding.FleissKappaAgreement;
import org.dkpro.statistics.agreement.coding.ICodingAnnotationItem;
import org.dkpro.statistics.agreement.coding.ICodingAnnotationStudy;

/**
 * A DKPro Statistics coding study of token labels that holds counts, not items: a corpus has
 * millions of tokens but only a few distinct label tuples ("O, O", "DIRECT, DIRECT", ...), so each
 * tuple is kept once with how often it occurs and handed to DKPro's kappa as that many items.
 * Memory stays flat in corpus size. Cohen's kappa is DKPro's own; Fleiss' kappa is DKPro's formula
 * over the tuples (see {@link #fleissKappa()}).
 */
public final class TokenLabelStudy implements ICodingAnnotationStudy {

    private static final long serialVersionUID = 1L;

    private final int raters;
    /** Each distinct label tuple, as a DKPro item, with its count. */
    private final Map<List<String>, Counted> tuples = new LinkedHashMap<>();
    private final Set<Object> categories = new LinkedHashSet<>();
    private int itemCount;

    private record Counted(ICodingAnnotationItem item, int[] count) {
    }

    public TokenLabelStudy(int raters) {
        this.raters = raters;
    }

    /** One token labelled {@code labels[r]} by rater r. */
    public void add(String... labels) {
        add(1, labels);
    }

    /** {@code times} tokens labelled alike. */
    public void add(int times, String... labels) {
        if (labels.length != raters) {
            throw new IllegalArgumentException("expected " + raters + " labels, got " + labels.length);
        }
        Counted counted = tuples.computeIfAbsent(List.of(labels), key -> {
            CodingAnnotationStudy single = new CodingAnnotationStudy(raters);
            return new Counted(single.addItem((Object[]) labels), new int[1]);
        });
        counted.count()[0] += times;
        categories.addAll(Arrays.asList(labels));
        itemCount += times;
    }

    /** Adds every token of {@code other} (a study of as many raters). */
    public void addAll(TokenLabelStudy other) {
        other.tuples.forEach((labels, counted) -> add(counted.count()[0], labels.toArray(String[]::new)));
    }

    /**
     * Cohen's kappa for two raters, Fleiss' kappa for more (DKPro's); NaN when the raters used one
     * label only, or there is no token: then there is no decision to agree on.
     */
    public double kappa() {
        if (itemCount == 0 || categories.size() < 2) {
            return Double.NaN;
        }
        try {
            return raters == 2 ? new CohenKappaAgreement(this).calculateAgreement() : fleissKappa();
        } catch (InsufficientDataException e) {
            return Double.NaN;
        }
    }

    /**
     * DKPro's {@link FleissKappaAgreement} computed once per label tuple instead of once per token
     * (DKPro divides BigDecimals for every item, seconds on a corpus of a million tokens): observed
     * agreement Σ n_c(n_c - 1) / (R - 1) over items, divided by N·R; expected Σ_c (Σ n_c / R)² / N²;
     * with DKPro's rules for the degenerate cases. The tests check it against DKPro to 1e-9.
     */
    private double fleissKappa() {
        double observed = 0;
        Map<String, Double> share = new LinkedHashMap<>();
        for (Map.Entry<List<String>, Counted> tuple : tuples.entrySet()) {
            int count = tuple.getValue().count()[0];
            Map<String, Integer> perCategory = new LinkedHashMap<>();
            tuple.getKey().forEach(label -> perCategory.merge(label, 1, Integer::sum));
            double itemAgreement = 0;
            for (Map.Entry<String, Integer> category : perCategory.entrySet()) {
                int n = category.getValue();
                itemAgreement += n * (n - 1.0);
                share.merge(category.getKey(), count * (double) n / raters, Double::sum);
            }
            observed += count * itemAgreement / (raters - 1.0);
        }
        observed /= (double) itemCount * raters;
        double expected = 0;
        for (double p : share.values()) {
            expected += p * p;
        }
        expected /= (double) itemCount * itemCount;
        if (expected == 0.0) {
            return observed;
        }
        if (observed == 1.0 && expected == 1.0) {
            return Double.NaN;
        }
        return (observed - expected) / (1.0 - expected);
    }

    @Override
    public int getRaterCount() {
        return raters;
    }

    @Override
    public int findRater(String name) {
        int index = Integer.parseInt(name);
        return index >= 0 && index < raters ? index : -1;
    }

    @Override
    public Iterable<Object> getCategories() {
        return Collections.unmodifiableSet(categories);
    }

    @Override
    public int getCategoryCount() {
        return categories.size();
    }

    @Override
    public boolean isDichotomous() {
        return categories.size() == 2;
    }

    @Override
    public boolean hasMissingValues() {
        return false;
    }

    @Override
    public ICodingAnnotationItem getItem(int index) {
        int remaining = index;
        for (Counted counted : tuples.values()) {
            if (remaining < counted.count()[0]) {
                return counted.item();
            }
            remaining -= counted.count()[0];
        }
        throw new IndexOutOfBoundsException(index);
    }

    /** Every token as an item: each tuple's one item, repeated as often as it occurs. */
    @Override
    public Iterable<ICodingAnnotationItem> getItems() {
        List<Counted> all = new ArrayList<>(tuples.values());
        return () -> new Iterator<>() {
            private int tuple;
            private int used;

            @Override
            public boolean hasNext() {
                while (tuple < all.size() && used >= all.get(tuple).count()[0]) {
                    tuple++;
                    used = 0;
                }
                return tuple < all.size();
            }

            @Override
            public ICodingAnnotationItem next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                used++;
                return all.get(tuple).item();
            }
        };
    }

    @Override
    public int getItemCount() {
        return itemCount;
    }

    @Override
    public int getUnitCount() {
        return itemCount * raters;
    }
}
