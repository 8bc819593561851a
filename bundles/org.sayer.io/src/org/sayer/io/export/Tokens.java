package org.sayer.io.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A simple tokeniser for the token-based formats, independent of the pipeline: runs of letters and
 * digits are words, every other visible character is a token of its own, and tokens also break
 * wherever an exported span begins or ends, so that every span is a whole number of tokens.
 * Sentences end after . ! ? (and a closing quote or bracket) before whitespace, and at every line break,
 * except after an abbreviation ({@code abbreviations.txt}) and inside an exported span.
 */
public final class Tokens {

    /** A token's UTF-16 offsets. */
    public record Token(int begin, int end) {
    }

    /**
     * The tokens of a text and the index of each sentence's first token, followed by the number of
     * tokens (so sentence {@code s} is tokens {@code sentenceStarts[s]} to {@code sentenceStarts[s + 1] - 1}).
     */
    public record Segmentation(List<Token> tokens, int[] sentenceStarts) {
    }

    /** {@link #isSpace} and {@link #isWordPart} of every ASCII character, worked out once: most text is ASCII. */
    private static final boolean[] ASCII_SPACE = new boolean[128];
    private static final boolean[] ASCII_WORD_PART = new boolean[128];

    static {
        for (int c = 0; c < 128; c++) {
            ASCII_SPACE[c] = Character.isWhitespace(c) || Character.isSpaceChar(c);
            ASCII_WORD_PART[c] = isWordPartByType(c);
        }
    }

    private Tokens() {
    }

    /**
     * Tokens and sentences around {@code spans} ({begin, end} pairs): every span is a whole number of
     * tokens, and no sentence breaks inside one.
     */
    static Segmentation segment(String text, Iterable<int[]> spans) {
        BitSet boundaries = new BitSet(text.length() + 1);
        BitSet inside = new BitSet(text.length() + 1);
        for (int[] span : spans) {
            boundaries.set(span[0]);
            boundaries.set(span[1]);
            inside.set(span[0] + 1, span[1]);
        }
        List<Token> tokens = of(text, boundaries);
        return new Segmentation(tokens, sentenceStarts(text, tokens, inside));
    }

    static List<Token> of(String text, BitSet boundaries) {
        List<Token> tokens = new ArrayList<>(text.length() / 5 + 1);
        int i = 0;
        int length = text.length();
        while (i < length) {
            int cp = codePointAt(text, i);
            if (isSpace(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            i += Character.charCount(cp);
            if (isWordPart(cp)) {
                while (i < length && !boundaries.get(i)) {
                    int next = codePointAt(text, i);
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

    /** {@link String#codePointAt}, without its checks for the common case of a character that is no surrogate. */
    private static int codePointAt(String text, int i) {
        char c = text.charAt(i);
        return Character.isSurrogate(c) ? text.codePointAt(i) : c;
    }

    private static boolean isSpace(int cp) {
        return cp < 128 ? ASCII_SPACE[cp] : Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }

    private static boolean isWordPart(int cp) {
        return cp < 128 ? ASCII_WORD_PART[cp] : isWordPartByType(cp);
    }

    private static boolean isWordPartByType(int cp) {
        int type = Character.getType(cp);
        return Character.isLetterOrDigit(cp) || cp == '_' || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    /**
     * The index of the first token of each sentence, and {@code tokens.size()} at the end. No sentence
     * starts at an offset set in {@code noBreak} (inside an exported span, so that a span stays whole in
     * one sentence), and a full stop after an abbreviation ("Dr.") or a single letter ("J.") ends none.
     */
    static int[] sentenceStarts(String text, List<Token> tokens, BitSet noBreak) {
        int[] starts = new int[tokens.size() + 1];
        int count = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (i == 0 || !noBreak.get(tokens.get(i).begin()) && startsSentence(text, tokens, i)) {
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
        if (isSentenceEnd(text, tokens, i - 1)) {
            return true;
        }
        return i >= 2 && isCloser(text, previous) && tokens.get(i - 2).end() == previous.begin() && isSentenceEnd(text, tokens, i - 2);
    }

    /** Whether token {@code t} ends a sentence: . ! ? or …, but not the full stop of an abbreviation. */
    private static boolean isSentenceEnd(String text, List<Token> tokens, int t) {
        Token token = tokens.get(t);
        if (!isOneOf(text, token, ".!?\u2026")) {
            return false;
        }
        if (text.charAt(token.begin()) != '.' || t == 0 || tokens.get(t - 1).end() != token.begin()) {
            return true;
        }
        Token word = tokens.get(t - 1);
        int length = word.end() - word.begin();
        return !(length == 1 && Character.isLetter(text.charAt(word.begin()))
                || length <= Abbreviations.LONGEST && Abbreviations.WORDS.contains(text.substring(word.begin(), word.end()).toLowerCase(Locale.ROOT)));
    }

    /** The words of {@code abbreviations.txt}, after which a full stop ends no sentence. */
    private static final class Abbreviations {
        static final Set<String> WORDS = load();
        static final int LONGEST = WORDS.stream().mapToInt(String::length).max().orElse(0);

        private static Set<String> load() {
            try (InputStream in = Tokens.class.getResourceAsStream("abbreviations.txt")) {
                if (in == null) {
                    throw new IllegalStateException("abbreviations.txt is missing from org.sayer.io");
                }
                Set<String> words = new HashSet<>();
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    String word = line.strip();
                    if (!word.isEmpty() && !word.startsWith("#")) {
                        words.add(word.toLowerCase(Locale.ROOT));
                    }
                }
                return Set.copyOf(words);
            } catch (IOException e) {
                throw new UncheckedIOException("abbreviations.txt of org.sayer.io could not be read", e);
            }
        }
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
