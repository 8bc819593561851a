package org.sayer.pipeline.engines;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import opennlp.tools.util.Span;

/**
 * A rule-based tokenizer that follows the UD English (EWT) conventions the POS model was trained
 * on: punctuation and quotation marks are tokens of their own, clitics are split ("do|n't",
 * "we|'re"), abbreviations keep their dot ("Dr.", "U.S.", "Dept."), numbers keep their
 * separators ("5,000", "2.5"), and hyphenated words stay whole ("38-year-old").
 *
 * <p>It replaces the statistical TokenizerME by default: it is one linear pass over the
 * characters, several times faster, which is what keeps the pipeline above 100 articles/s.
 */
public final class NewsTokenizer {

    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov",
            "gen", "lt", "col", "sgt", "capt", "cmdr", "st", "jr", "sr", "inc", "ltd", "corp", "co", "dept", "no", "vs",
            "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft",
            "est", "approx", "fig", "vol", "rev", "hon", "pres", "supt", "insp", "det", "univ", "govt", "assn");
    private static final String[] CLITICS = { "n't", "'s", "'re", "'ll", "'ve", "'d", "'m" };

    private NewsTokenizer() {
    }

    public static Span[] tokenize(String text) {
        List<Span> tokens = new ArrayList<>(text.length() / 5 + 4);
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                chunk(text, start, i, tokens);
            }
        }
        return tokens.toArray(new Span[0]);
    }

    /** One whitespace-free chunk: peel punctuation off both ends, then split clitics and dashes. */
    private static void chunk(String text, int start, int end, List<Span> tokens) {
        // leading marks: quotes, brackets, currency
        while (start < end && isLeading(text.charAt(start)) && end - start > 1) {
            tokens.add(new Span(start, start + 1));
            start++;
        }
        List<Span> trailing = new ArrayList<>(2);
        while (end > start + 1) {
            char c = text.charAt(end - 1);
            if (c == '.' && end - start >= 3 && text.charAt(end - 2) == '.' && text.charAt(end - 3) == '.') {
                trailing.add(0, new Span(end - 3, end)); // "..."
                end -= 3;
            } else if (isTrailing(c) || (c == '.' && !keepsDot(text, start, end))) {
                trailing.add(0, new Span(end - 1, end));
                end--;
            } else {
                break;
            }
        }
        if (end > start) {
            middle(text, start, end, tokens);
        }
        tokens.addAll(trailing);
    }

    /** Dashes between words are tokens; clitics at the end are tokens. */
    private static void middle(String text, int start, int end, List<Span> tokens) {
        for (int k = start + 1; k < end - 1; k++) {
            char c = text.charAt(k);
            if (c == '\u2014' || c == '\u2013' || (c == '-' && k + 1 < end && text.charAt(k + 1) == '-')) {
                int dashEnd = c == '-' ? k + 2 : k + 1;
                middle(text, start, k, tokens);
                tokens.add(new Span(k, dashEnd));
                if (dashEnd < end) {
                    middle(text, dashEnd, end, tokens);
                }
                return;
            }
        }
        String lower = text.substring(start, end).toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        for (String clitic : CLITICS) {
            if (lower.length() > clitic.length() && lower.endsWith(clitic)) {
                int cut = end - clitic.length();
                tokens.add(new Span(start, cut));
                tokens.add(new Span(cut, end));
                return;
            }
        }
        if (end - start > 1 && (text.charAt(end - 1) == '%')) {
            tokens.add(new Span(start, end - 1));
            tokens.add(new Span(end - 1, end));
            return;
        }
        tokens.add(new Span(start, end));
    }

    /** "U.S.", "Dr.", "J." keep their dot; "Lavrov." does not. */
    private static boolean keepsDot(String text, int start, int end) {
        String word = text.substring(start, end - 1);
        if (word.indexOf('.') >= 0) {
            return true;
        }
        if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
            return true;
        }
        return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static boolean isLeading(char c) {
        return c == '"' || c == '\'' || c == '\u201C' || c == '\u2018' || c == '\u00AB' || c == '\u2039' || c == '\u201E'
                || c == '(' || c == '[' || c == '{' || c == '$' || c == '\u00A3' || c == '\u20AC' || c == '\u2014'
                || c == '\u2013' || c == '\u00BB' || c == '\u201D';
    }

    private static boolean isTrailing(char c) {
        return c == '"' || c == '\'' || c == '\u201D' || c == '\u2019' || c == '\u00BB' || c == '\u203A' || c == ')'
                || c == ']' || c == '}' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\u2026'
                || c == '\u2014' || c == '\u2013' || c == '\u00AB' || c == '\u201C';
    }
}
