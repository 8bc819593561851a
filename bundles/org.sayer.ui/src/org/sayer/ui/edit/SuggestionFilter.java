package org.sayer.ui.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;

import org.sayer.model.Annotation;
import org.sayer.model.Claim;
import org.sayer.model.ClaimType;
import org.sayer.model.Cue;
import org.sayer.model.ReviewState;
import org.sayer.model.SpeakerMention;

/**
 * Which suggestions the review queue shows: pending ones (and rejected ones when asked) of a kind,
 * a claim type, a confidence range (both ends included) and an engine. A null type or engine takes
 * any.
 */
public record SuggestionFilter(Kind kind, ClaimType type, double min, double max, String engine, boolean withRejected) {

    /** The kinds of annotation a suggestion can be. */
    public enum Kind {
        ANY, SPEAKER, CUE, CLAIM;

        boolean matches(Kind kind) {
            return this == ANY || this == kind;
        }

        /** "speaker", "cue", "claim", as a row names it. */
        public static String of(Annotation annotation) {
            return ofAnnotation(annotation).label();
        }

        /** The kind {@code annotation} is (never {@link #ANY}). */
        public static Kind ofAnnotation(Annotation annotation) {
            return annotation instanceof SpeakerMention ? SPEAKER : annotation instanceof Cue ? CUE : CLAIM;
        }

        /** "speaker", "cue", "claim", as a row names it. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public SuggestionFilter {
        Objects.requireNonNull(kind, "kind");
    }

    /** True for a pending (or, when asked for, rejected) suggestion that passes every filter. */
    public boolean test(Annotation annotation) {
        return passes(annotation.getReview(), Kind.ofAnnotation(annotation), annotation instanceof Claim claim ? claim.getType() : null,
                annotation.getConfidence(), annotation.getProducer());
    }

    /** The same for a suggestion of a document that is not in memory. */
    public boolean test(Suggestion suggestion) {
        return passes(suggestion.review(), suggestion.kind(), suggestion.type(), suggestion.confidence(), suggestion.engine());
    }

    private boolean passes(ReviewState review, Kind of, ClaimType claimType, double confidence, String producer) {
        return (review == ReviewState.PENDING || withRejected && review == ReviewState.REJECTED)
                && kind.matches(of)
                && (type == null || claimType == type)
                && confidence >= min && confidence <= max
                && (engine == null || engine.equals(producer));
    }

    /** The suggestions among {@code annotations} that pass, in their order. */
    public List<Annotation> select(Iterable<? extends Annotation> annotations) {
        List<Annotation> passed = new ArrayList<>();
        for (Annotation annotation : annotations) {
            if (test(annotation)) {
                passed.add(annotation);
            }
        }
        return passed;
    }

    /** The engines that made the pending or rejected suggestions among {@code annotations}, sorted. */
    public static List<String> engines(Iterable<? extends Annotation> annotations) {
        TreeSet<String> engines = new TreeSet<>();
        for (Annotation annotation : annotations) {
            if (annotation.getReview() != ReviewState.ACCEPTED && annotation.getProducer() != null) {
                engines.add(annotation.getProducer());
            }
        }
        return new ArrayList<>(engines);
    }

    /** What the filter takes, in words: "speakers, confidence 0.20–0.60, by sayer.mentions/0.1". */
    public String describe() {
        String what = type != null ? type.getLiteral().toLowerCase(Locale.ROOT) + " claims"
                : kind == Kind.ANY ? "all kinds" : kind.name().toLowerCase(Locale.ROOT) + "s";
        String range = min > 0 || max < 1 ? String.format(Locale.ROOT, ", confidence %.2f\u2013%.2f", min, max) : "";
        return what + range + (engine == null ? "" : ", by " + engine) + (withRejected ? ", rejected ones shown" : "");
    }
}
