package org.sayer.io.export;

import java.util.Locale;

/**
 * What an export includes and how: review states beyond MANUAL and ACCEPTED, the seed and ratios of
 * the Hugging Face splits, and what a cue-less claim becomes in Citron.
 *
 * @param includePending   also write automatic suggestions nobody has reviewed yet
 * @param includeRejected  also write rejected annotations, marked as negatives where the format allows
 * @param seed             seed of the document shuffle behind the train/validation/test splits
 * @param trainRatio       share of documents in train
 * @param validationRatio  share in validation (test takes the rest)
 * @param cuelessClaims    what a claim without a cue becomes in Citron, which has no cue-less quotes
 */
public record ExportOptions(boolean includePending, boolean includeRejected, long seed, double trainRatio,
        double validationRatio, CuelessClaims cuelessClaims) {

    /** Citron quotes always have a cue: a claim without one is skipped, or takes its source span as the cue. */
    public enum CuelessClaims {
        SKIP, SOURCE_AS_CUE;

        public static CuelessClaims parse(String value) {
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "skip" -> SKIP;
                case "source", "source-as-cue" -> SOURCE_AS_CUE;
                default -> throw new IllegalArgumentException("unknown choice for cue-less claims '" + value + "' (skip or source)");
            };
        }
    }

    public static final ExportOptions DEFAULT = new ExportOptions(false, false, 42, 0.8, 0.1, CuelessClaims.SKIP);

    public ExportOptions {
        if (trainRatio < 0 || validationRatio < 0 || trainRatio + validationRatio > 1.0 + 1e-9) {
            throw new IllegalArgumentException("split ratios must be non-negative and add up to at most 1 (train "
                    + trainRatio + ", validation " + validationRatio + ")");
        }
    }

    public ExportOptions withInclude(boolean pending, boolean rejected) {
        return new ExportOptions(pending, rejected, seed, trainRatio, validationRatio, cuelessClaims);
    }

    public ExportOptions withSplits(long newSeed, double train, double validation) {
        return new ExportOptions(includePending, includeRejected, newSeed, train, validation, cuelessClaims);
    }

    public ExportOptions withCuelessClaims(CuelessClaims choice) {
        return new ExportOptions(includePending, includeRejected, seed, trainRatio, validationRatio, choice);
    }

    public double testRatio() {
        return Math.max(0, 1.0 - trainRatio - validationRatio);
    }
}
