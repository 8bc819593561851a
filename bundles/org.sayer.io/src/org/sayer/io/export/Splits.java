package org.sayer.io.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The train/validation/test split of the documents, for the formats that write splits (Hugging Face,
 * spaCy): a shuffle of the document ids seeded by the options, cut by their ratios. The same seed and
 * ids give the same split, whatever the format.
 */
final class Splits {

    static final int TRAIN = 0;
    static final int VALIDATION = 1;
    static final int TEST = 2;

    private final Map<String, Integer> splitOf = new HashMap<>();

    Splits(List<String> documentIds, ExportOptions options) {
        List<String> ids = new ArrayList<>(documentIds);
        Collections.shuffle(ids, new Random(options.seed()));
        int train = (int) Math.round(ids.size() * options.trainRatio());
        int validation = Math.min(ids.size() - train, (int) Math.round(ids.size() * options.validationRatio()));
        for (int i = 0; i < ids.size(); i++) {
            splitOf.put(ids.get(i), i < train ? TRAIN : i < train + validation ? VALIDATION : TEST);
        }
    }

    /** The split of a document: TRAIN, VALIDATION or TEST (a document that came later goes to TEST). */
    int of(String documentId) {
        return splitOf.getOrDefault(documentId, TEST);
    }

    /** How the splits were drawn, for the manifest. */
    static String describe(ExportOptions options) {
        return "by document, seed " + options.seed() + ", train " + options.trainRatio() + ", validation "
                + options.validationRatio() + ", test " + Math.round(options.testRatio() * 1000) / 1000.0;
    }
}
