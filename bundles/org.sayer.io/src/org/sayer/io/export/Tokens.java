package org.sayer.io.export;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * A simple tokeniser for the token-based formats, independent of the pipeline: runs of letters and
 * digits are words, every other visible character is a token of its own, and tokens also break
 * wherever an exported span begins or ends, so that every span is a whole number of tokens.
 * Sentences end after . ! ? (and a closing quote or bracket) before whitespace, and at every line break.
 */
final class Tokens {

    /** A token's UTF-16 offsets. */
    record Token(int begin, int end) {
    }

    private Tokens() {
    }

    static List<Token> of(String text, BitSet boundaries) {
        List<Token> tokens = new ArrayList<>(text.length() / 5 + 1);
        int i = 0;
        int length = text.length();
        while (i < length) {
            int cp = text.codePointAt(i);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            i += Character.charCount(cp);
            if (isWordPart(cp)) {
                while (i < length && !boundaries.get(i)) {
                    int next = text.codePointAt(i);
                    if (!isWordPart(next)) {
                        break;
                    }
                    i += Character.charCount(next);
                }
            }
            tokens.add(new Token(start, i));
        }
        return tokens;
    }

    private static boolean isWordPart(int cp) {
        int type = Character.getType(cp);
        return Character.isLetterOrDigit(cp) || cp == '_' || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    /** The index of the first token of each sentence, and {@code tokens.size()} at the end. */
    static int[] sentenceStarts(String text, List<Token> tokens) {
        int[] starts = new int[tokens.size() + 1];
        int count = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (i == 0 || startsSentence(text, tokens, i)) {
                starts[count++] = i;
            }
        }
        starts[count++] = tokens.size();
        return java.util.Arrays.copyOf(starts, count);
    }

    private static boolean startsSentence(String text, List<Token> tokens, int i) {
        Token previous = tokens.get(i - 1);
        Token current = tokens.get(i);
        if (previous.end() == current.begin()) {
            return false;
        }
        for (int at = previous.end(); at < current.begin(); at++) {
            if (text.charAt(at) == '\n' || text.charAt(at) == '\r') {
                return true;
            }
        }
        if (isCloser(text, current)) {
            return false;
        }
        if (isSentenceEnd(text, previous)) {
            return true;
        }
        return i >= 2 && isCloser(text, previous) && tokens.get(i - 2).end() == previous.begin() && isSentenceEnd(text, tokens.get(i - 2));
    }

    private static boolean isSentenceEnd(String text, Token token) {
        return isOneOf(text, token, ".!?\u2026");
    }

    private static boolean isCloser(String text, Token token) {
        return isOneOf(text, token, "\"')]\u201D\u2019\u00BB");
    }

    /** Whether the token is a single character of {@code characters} (all of them single UTF-16 units). */
    private static boolean isOneOf(String text, Token token, String characters) {
        return token.end() - token.begin() == 1 && characters.indexOf(text.charAt(token.begin())) >= 0;
    }

    /**
     * The span without whitespace at either end, as {begin, end}, or null when nothing is left. Token
     * formats need this: their spans are whole tokens, and whitespace is never part of a token.
     */
    static int[] trim(String text, int begin, int end) {
        int b = Math.max(0, begin);
        int e = Math.min(text.length(), end);
        while (b < e && Character.isWhitespace(text.charAt(b))) {
            b++;
        }
        while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return b < e ? new int[] { b, e } : null;
    }
}
