package org.sayer.io.export;

/**
 * Converts the model's UTF-16 offsets to the code-point offsets that Python-based tools (brat,
 * spaCy, Hugging Face, Citron, gold JSONL) count. Text without characters outside the BMP, the
 * common case, needs no table.
 */
final class CodePoints {

    private final String text;
    private final int[] before;

    CodePoints(String text) {
        this.text = text;
        int[] table = null;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isHighSurrogate(text.charAt(i))) {
                table = new int[text.length() + 1];
                break;
            }
        }
        if (table != null) {
            int surrogates = 0;
            for (int i = 0; i < text.length(); i++) {
                table[i] = i - surrogates;
                if (Character.isLowSurrogate(text.charAt(i)) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1))) {
                    surrogates++;
                    table[i] = i - surrogates;
                }
            }
            table[text.length()] = text.length() - surrogates;
        }
        this.before = table;
    }

    /** The code-point offset of UTF-16 offset {@code utf16}. */
    int of(int utf16) {
        return before == null ? utf16 : before[utf16];
    }

    String text() {
        return text;
    }
}
