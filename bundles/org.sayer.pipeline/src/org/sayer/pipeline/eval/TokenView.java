package org.sayer.pipeline.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * The tokens of one text ({@code \w+|[^\w\s]}: words, and each other non-space character on its
 * own) and the token bags of its spans. When gold and prediction share the text, tokens are
 * compared by position; otherwise by their strings.
 */
final class TokenView {

    private final int[] text;
    private final boolean byPosition;
    private final List<int[]> tokens = new ArrayList<>();

    TokenView(int[] text, boolean byPosition) {
        this.text = text;
        this.byPosition = byPosition;
        int i = 0;
        while (i < text.length) {
            int begin = i;
            if (PythonText.isWord(text[i])) {
                while (i < text.length && PythonText.isWord(text[i])) {
                    i++;
                }
                tokens.add(new int[] { begin, i });
            } else {
                i++;
                if (!PythonText.isSpace(text[begin])) {
                    tokens.add(new int[] { begin, i });
                }
            }
        }
    }

    int[] text() {
        return text;
    }

    /**
     * The index of the first token that ends after {@code offset} (the token count when none does):
     * tokens are in text order and never overlap, so the tokens a span covers start there.
     */
    int firstEndingAfter(int offset) {
        int low = 0;
        int high = tokens.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (tokens.get(middle)[1] <= offset) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** The tokens in text order, each {@code [begin, end)} in code points. */
    List<int[]> tokens() {
        return tokens;
    }

    /** The tokens that overlap {@code span} ({@code [begin, end)} in code points); empty for null. */
    Bag bag(int[] span) {
        if (span == null) {
            return Bag.EMPTY;
        }
        Bag bag = new Bag();
        for (int t = firstEndingAfter(span[0]); t < tokens.size() && tokens.get(t)[0] < span[1]; t++) {
            int[] token = tokens.get(t);
            if (token[1] > span[0]) {
                bag.add(byPosition ? (Object) t : PythonText.string(text, token[0], token[1]));
            }
        }
        return bag;
    }
}
