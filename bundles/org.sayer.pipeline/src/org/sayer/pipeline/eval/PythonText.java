package org.sayer.pipeline.eval;

import java.util.Locale;

/**
 * The few Python {@code str} rules that the reference scorer (shared/eval/score.py) relies on,
 * reproduced so that {@code sayer eval} gives the same figures: which characters are word
 * characters and white space for {@code re}, {@code casefold()}, {@code repr()} and slicing by
 * code points. Texts are handled as code point arrays, as Python indexes them.
 */
final class PythonText {

    private PythonText() {
    }

    static int[] codePoints(String text) {
        return text.codePoints().toArray();
    }

    static String string(int[] codePoints, int begin, int end) {
        return new String(codePoints, begin, end - begin);
    }

    /** {@code text[begin:end]}: negative indices count from the end, and both ends are clamped. */
    static String slice(int[] text, int begin, int end) {
        int length = text.length;
        int b = clamp(begin < 0 ? begin + length : begin, length);
        int e = clamp(end < 0 ? end + length : end, length);
        return b < e ? string(text, b, e) : "";
    }

    private static int clamp(int index, int length) {
        return Math.max(0, Math.min(index, length));
    }

    /** {@code \w} of Python's {@code re} on str: alphanumeric (letters and numbers) or underscore. */
    static boolean isWord(int cp) {
        if (cp == '_' || Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** {@code str.isspace()} and {@code \s}: separators, and the controls Python counts as space. */
    static boolean isSpace(int cp) {
        return Character.isSpaceChar(cp) || (cp >= 0x09 && cp <= 0x0d) || (cp >= 0x1c && cp <= 0x1f) || cp == 0x85;
    }

    /** Unicode categories P* (punctuation) and Z* (separators). */
    static boolean isPunctuationOrSeparator(int cp) {
        return switch (Character.getType(cp)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION, Character.SPACE_SEPARATOR,
                    Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> true;
            default -> false;
        };
    }

    /** {@code s.strip()} with no argument. */
    static boolean isBlank(String s) {
        return s.codePoints().allMatch(PythonText::isSpace);
    }

    /**
     * {@code str.casefold()}, character by character as Python does it (Java's whole-string
     * lower-casing would apply the final-sigma rule). Lower, upper, lower gives the full folding
     * ("ß" and "ẞ" to "ss", "ς" to "σ"); the dotless i is the one letter that folds to itself.
     */
    static String casefold(String s) {
        StringBuilder folded = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp < 0x80) {
                folded.append((char) Character.toLowerCase(cp));
            } else if (cp == 0x131) {
                folded.appendCodePoint(cp);
            } else {
                String one = new String(Character.toChars(cp));
                folded.append(one.toLowerCase(Locale.ROOT).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT));
            }
        });
        return folded.toString();
    }

    /** {@code " ".join(s.split())}: runs of white space become one space, none at either end. */
    static String collapseWhitespace(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean pendingSpace = false;
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (isSpace(cp)) {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }

    /** {@code s.strip(chars)}. */
    static String strip(String s, String chars) {
        int[] cps = codePoints(s);
        int b = 0;
        int e = cps.length;
        while (b < e && chars.indexOf(cps[b]) >= 0) {
            b++;
        }
        while (e > b && chars.indexOf(cps[e - 1]) >= 0) {
            e--;
        }
        return string(cps, b, e);
    }

    /** {@code repr(s)} of a str: single quotes unless the text holds one and no double quote. */
    static String repr(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder out = new StringBuilder(s.length() + 2).append(quote);
        s.codePoints().forEach(cp -> {
            if (cp == quote || cp == '\\') {
                out.append('\\').appendCodePoint(cp);
            } else if (cp == '\t') {
                out.append("\\t");
            } else if (cp == '\n') {
                out.append("\\n");
            } else if (cp == '\r') {
                out.append("\\r");
            } else if (cp < 0x20 || cp == 0x7f) {
                out.append(String.format("\\x%02x", cp));
            } else if (cp < 0x7f || isPrintable(cp)) {
                out.appendCodePoint(cp);
            } else if (cp <= 0xff) {
                out.append(String.format("\\x%02x", cp));
            } else if (cp <= 0xffff) {
                out.append(String.format("\\u%04x", cp));
            } else {
                out.append(String.format("\\U%08x", cp));
            }
        });
        return out.append(quote).toString();
    }

    private static boolean isPrintable(int cp) {
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                    Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }
}
