package org.sayer.io.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/** Where a hit's words are in its text, and a one-line snippet around them. */
final class Snippets {

    private static final int BEFORE = 60;
    private static final int AFTER = 100;

    record Match(int begin, int end) {
    }

    private Snippets() {
    }

    /** The first word of {@code text} that the analyzer turns into one of {@code terms}, or null. */
    static Match firstMatch(Analyzer analyzer, String text, Set<String> terms) {
        if (terms.isEmpty() || text == null) {
            return null;
        }
        try (TokenStream tokens = analyzer.tokenStream(SearchFields.TEXT, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            tokens.reset();
            Match found = null;
            while (found == null && tokens.incrementToken()) {
                if (terms.contains(term.toString())) {
                    found = new Match(offset.startOffset(), offset.endOffset());
                }
            }
            tokens.end();
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading a String does not fail
        }
    }

    /** Up to {@value #BEFORE} characters before {@code begin} and {@value #AFTER} after it, cut at spaces, on one line. */
    static String around(String text, int begin, int end) {
        int from = Math.max(0, begin - BEFORE);
        int to = Math.min(text.length(), Math.max(end, begin + AFTER));
        if (from > 0) {
            int space = text.indexOf(' ', from);
            from = space >= 0 && space < begin ? space + 1 : from;
        }
        if (to < text.length()) {
            int space = text.lastIndexOf(' ', to);
            to = space > end ? space : to;
        }
        return (from > 0 ? "\u2026" : "") + text.substring(from, to).replaceAll("\\s+", " ").strip()
                + (to < text.length() ? "\u2026" : "");
    }
}
