package org.sayer.pipeline.engines;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.fit.component.CasAnnotator_ImplBase;
import org.sayer.pipeline.types.SayerTypes;

/**
 * Finds quotations: straight, curly and single quotes and guillemets, nested quotes, quotes over
 * several paragraphs, and unbalanced marks.
 *
 * <p>One pass over the characters with a stack of open marks, so the cost is linear whatever the
 * input. Paragraphs (lines) bound a quote: a paragraph that ends inside a quote continues it only
 * when the next paragraph opens with a quotation mark (the news convention for long quotes);
 * otherwise the quote is cut at the paragraph's end and marked unclosed, so a stray mark never
 * swallows the rest of the document. A paragraph whose first mark closes after punctuation lost its
 * opening mark and is quoted from its start. An apostrophe (Russia's, don't, allies') is not a quote.
 */
public class QuoteEngine extends CasAnnotator_ImplBase {

    public static final String PRODUCER = "sayer.quotes/0.1";

    /** A quotation found in a text: its content span (marks excluded). */
    public record Quote(int begin, int end, boolean closed, int depth) {
    }

    @Override
    public void process(CAS cas) throws AnalysisEngineProcessException {
        String text = cas.getDocumentText();
        if (text == null || text.isEmpty()) {
            return;
        }
        Type type = cas.getTypeSystem().getType(SayerTypes.QUOTE);
        for (Quote quote : find(text)) {
            AnnotationFS fs = cas.createAnnotation(type, quote.begin(), quote.end());
            fs.setBooleanValue(type.getFeatureByBaseName(SayerTypes.QUOTE_CLOSED), quote.closed());
            fs.setIntValue(type.getFeatureByBaseName(SayerTypes.QUOTE_DEPTH), quote.depth());
            fs.setDoubleValue(type.getFeatureByBaseName(SayerTypes.CONFIDENCE), quote.closed() ? 0.95 : 0.5);
            fs.setStringValue(type.getFeatureByBaseName(SayerTypes.PRODUCER), PRODUCER);
            cas.addFsToIndexes(fs);
        }
    }

    private record Open(char family, int contentBegin) {
    }

    /** Families: '"' for double marks of any style, '\'' for single ones, '«' for guillemets. */
    private static char family(char c) {
        switch (c) {
            case '"', '\u201C', '\u201D', '\u201E', '\u201F':
                return '"';
            case '\'', '\u2018', '\u2019', '\u201A', '\u201B':
                return '\'';
            case '\u00AB', '\u00BB', '\u2039', '\u203A':
                return '\u00AB';
            default:
                return 0;
        }
    }

    public static List<Quote> find(String text) {
        List<Quote> quotes = new ArrayList<>();
        Deque<Open> stack = new ArrayDeque<>();
        int n = text.length();
        int paragraphStart = 0;
        boolean continued = false;
        boolean markInParagraph = false;
        for (int i = 0; i <= n; i++) {
            char c = i < n ? text.charAt(i) : '\n';
            if (c == '\n') {
                continued = closeParagraph(text, i, stack, quotes);
                paragraphStart = i + 1;
                markInParagraph = false;
                continue;
            }
            if (continued && i >= paragraphStart && !Character.isWhitespace(c)) {
                // The opening mark that re-opens a continued quote is not a new quote.
                continued = false;
                if (family(c) != 0) {
                    continue;
                }
            }
            char f = family(c);
            if (f == 0) {
                continue;
            }
            boolean firstMark = !markInParagraph;
            markInParagraph = true;
            if (f == '\'' && i + 1 < n && family(text.charAt(i + 1)) == '\'') {
                int doubled = doubledSingleMark(text, i, stack, quotes);
                if (doubled > i) {
                    i = doubled;
                    continue;
                }
            }
            char prev = i > 0 ? text.charAt(i - 1) : ' ';
            char next = i + 1 < n ? text.charAt(i + 1) : ' ';
            boolean opensByContext = opensByContext(prev, next);
            boolean closesByContext = closesByContext(prev, next, i + 1 >= n);
            if ((c == '\u201D' || c == '"') && firstMark && stack.isEmpty() && closesByContext
                    && endsSentenceOrClause(prev)) {
                addWithoutOpeningMark(text, paragraphStart, i, quotes);
                continue;
            }
            switch (c) {
                case '\u201C', '\u201E', '\u00AB', '\u2039', '\u2018', '\u201A' -> {
                    if (c == '\u2018' && !opensByContext && isLetter(prev)) {
                        break; // a mis-typed apostrophe inside a word
                    }
                    if (c == '\u201C' && topIs(stack, '"') && closesByContext && !opensByContext) {
                        close(stack, f, i, quotes); // a wrong-way closing mark: "“We are ready,“ he said"
                        break;
                    }
                    stack.push(new Open(f, i + 1));
                }
                case '\u201D', '\u00BB', '\u203A' -> {
                    if (c == '\u201D' && !hasOpen(stack, '"') && opensByContext && !closesByContext) {
                        stack.push(new Open(f, i + 1)); // a wrong-way opening mark: "he said: ”We are ready.”"
                    } else {
                        close(stack, f, i, quotes);
                    }
                }
                case '\u2019' -> {
                    if (hasOpen(stack, '\'') && closesByContext && !(isLetter(prev) && isLetter(next))) {
                        close(stack, '\'', i, quotes);
                    }
                }
                case '"' -> {
                    if (hasOpen(stack, '"') && !(opensByContext && !closesByContext && !topIs(stack, '"'))) {
                        close(stack, '"', i, quotes);
                    } else if (opensByContext) {
                        stack.push(new Open('"', i + 1));
                    }
                }
                case '\'' -> {
                    if (hasOpen(stack, '\'') && closesByContext && !isLetter(next)) {
                        close(stack, '\'', i, quotes);
                    } else if (opensByContext && isLetter(next) && (isSpaceOrStart(prev) || prev == '"'
                            || prev == '\u201C')) {
                        stack.push(new Open('\'', i + 1));
                    }
                }
                default -> {
                }
            }
        }
        quotes.sort((a, b) -> a.begin() != b.begin() ? Integer.compare(a.begin(), b.begin()) : Integer.compare(b.end(), a.end()));
        return quotes;
    }

    /**
     * A paragraph whose first mark closes a quotation after its last word ("We are ready,” she said):
     * the writer dropped the opening mark, so the quotation runs from the paragraph's start.
     */
    private static void addWithoutOpeningMark(String text, int paragraphStart, int closingMark, List<Quote> quotes) {
        int begin = paragraphStart;
        while (begin < closingMark && Character.isWhitespace(text.charAt(begin))) {
            begin++;
        }
        if (begin < closingMark) {
            quotes.add(new Quote(begin, closingMark, true, 0));
        }
    }

    private static boolean endsSentenceOrClause(char c) {
        return c == ',' || c == '.' || c == '?' || c == '!';
    }

    /**
     * Two single marks typed for one double mark ("‘‘We are ready’’", "„We are ready!’’"): they open or
     * close a double quotation as one mark. Returns the index of the pair's second mark when they did,
     * else {@code at}.
     */
    private static int doubledSingleMark(String text, int at, Deque<Open> stack, List<Quote> quotes) {
        char prev = at > 0 ? text.charAt(at - 1) : ' ';
        char next = at + 2 < text.length() ? text.charAt(at + 2) : ' ';
        boolean opens = opensByContext(prev, next);
        boolean closes = closesByContext(prev, next, at + 2 >= text.length());
        if (closes && topIs(stack, '"')) {
            close(stack, '"', at, quotes);
            return at + 1;
        }
        if (opens && !closes) {
            stack.push(new Open('"', at + 2));
            return at + 1;
        }
        return at;
    }

    /**
     * At a paragraph end: the outermost open quote continues when the next paragraph opens with a
     * mark of its family; everything else still open is cut here, unclosed. Returns whether a quote
     * continues.
     */
    private static boolean closeParagraph(String text, int paragraphEnd, Deque<Open> stack, List<Quote> quotes) {
        if (stack.isEmpty()) {
            return false;
        }
        Open outermost = stack.peekLast();
        int j = paragraphEnd + 1;
        while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        boolean continues = j < text.length() && family(text.charAt(j)) == outermost.family()
                && outermost.family() != '\'';
        int depth = stack.size() - 1;
        Iterator<Open> it = stack.iterator();
        while (it.hasNext()) {
            Open open = it.next();
            if (continues && open == outermost) {
                break;
            }
            int end = trimEnd(text, open.contentBegin(), paragraphEnd);
            if (end > open.contentBegin()) {
                quotes.add(new Quote(open.contentBegin(), end, false, depth));
            }
            depth--;
            it.remove();
        }
        return continues;
    }

    private static int trimEnd(String text, int begin, int end) {
        while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private static void close(Deque<Open> stack, char family, int at, List<Quote> quotes) {
        if (!hasOpen(stack, family)) {
            return; // an unbalanced closing mark
        }
        // Marks opened inside this quote and never closed end with it.
        while (!stack.isEmpty()) {
            Open open = stack.pop();
            if (at > open.contentBegin()) {
                quotes.add(new Quote(open.contentBegin(), at, open.family() == family, stack.size()));
            }
            if (open.family() == family) {
                return;
            }
        }
    }

    /** A mark between {@code prev} and {@code next} that opens: after a space or an opening sign, before a word. */
    private static boolean opensByContext(char prev, char next) {
        return (isSpaceOrStart(prev) || isOpeningContext(prev)) && !Character.isWhitespace(next);
    }

    /** A mark that closes: after a word, before a space, punctuation or the text's end. */
    private static boolean closesByContext(char prev, char next, boolean atEnd) {
        return !Character.isWhitespace(prev) && (Character.isWhitespace(next) || isPunctuation(next) || atEnd);
    }

    private static boolean hasOpen(Deque<Open> stack, char family) {
        for (Open open : stack) {
            if (open.family() == family) {
                return true;
            }
        }
        return false;
    }

    private static boolean topIs(Deque<Open> stack, char family) {
        return !stack.isEmpty() && stack.peek().family() == family;
    }

    private static boolean isSpaceOrStart(char c) {
        return Character.isWhitespace(c);
    }

    private static boolean isOpeningContext(char c) {
        return c == '(' || c == '[' || c == '{' || c == '\u2014' || c == '\u2013' || c == '-' || c == ':'
                || c == '\u201C' || c == '\u2018' || c == '\u00AB' || c == '/';
    }

    private static boolean isPunctuation(char c) {
        int type = Character.getType(c);
        return type == Character.OTHER_PUNCTUATION || type == Character.END_PUNCTUATION
                || type == Character.FINAL_QUOTE_PUNCTUATION || type == Character.DASH_PUNCTUATION || c == '"'
                || c == '\'';
    }

    private static boolean isLetter(char c) {
        return Character.isLetterOrDigit(c);
    }
}
