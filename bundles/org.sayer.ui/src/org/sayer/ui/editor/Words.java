package org.sayer.ui.editor;

/**
 * Word steps for moving annotation boundaries and snapping selections. A step word is a run of
 * non-blank characters; a step never crosses a paragraph break (a line break) unless the caller
 * allows it. A token, for snapping, is a run of letters and digits.
 */
final class Words {

    private static final String OPENING_QUOTES = "\"\u201c\u00ab\u201e";
    private static final String CLOSING_QUOTES = "\u201d\u00bb";

    private Words() {
    }

    /** The end of the word after {@code offset} (blanks skipped first); {@code offset} when a paragraph break comes first and may not be crossed. */
    static int nextWordEnd(String text, int offset, boolean crossParagraph) {
        int i = offset;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            if (text.charAt(i) == '\n' && !crossParagraph) {
                return offset;
            }
            i++;
        }
        while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The end of the word before the last one ending at {@code offset}, not before {@code floor}. */
    static int previousWordEnd(String text, int offset, int floor) {
        int i = offset;
        while (i > floor && !Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        while (i > floor && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** The start of the word before {@code offset} (blanks skipped first); {@code offset} when a paragraph break comes first and may not be crossed. */
    static int previousWordStart(String text, int offset, boolean crossParagraph) {
        int i = offset;
        while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
            if (text.charAt(i - 1) == '\n' && !crossParagraph) {
                return offset;
            }
            i--;
        }
        while (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** The start of the word after the one starting at {@code offset}, not past {@code ceiling}. */
    static int nextWordStart(String text, int offset, int ceiling) {
        int i = offset;
        while (i < ceiling && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        while (i < ceiling && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** {@code begin} moved back to the start of the token it cuts, if it cuts one. */
    static int tokenStart(String text, int begin) {
        int i = begin;
        while (i > 0 && i < text.length() && Character.isLetterOrDigit(text.charAt(i - 1)) && Character.isLetterOrDigit(text.charAt(i))) {
            i--;
        }
        return i;
    }

    /** {@code end} moved on to the end of the token it cuts, if it cuts one. */
    static int tokenEnd(String text, int end) {
        int i = end;
        while (i > 0 && i < text.length() && Character.isLetterOrDigit(text.charAt(i - 1)) && Character.isLetterOrDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * Whether the quotation in {@code [begin, end)} runs on over the paragraph break after
     * {@code end} (forward) or before {@code begin}: news style leaves a quotation open at the end
     * of its paragraph and opens the next paragraph with a quotation mark again.
     */
    static boolean quotationContinues(String text, int begin, int end, boolean forward) {
        if (forward) {
            int lineBreak = text.indexOf('\n', end);
            return lineBreak >= 0 && isOpenAtEnd(text, begin, lineBreak) && opensWithQuote(text, lineBreak + 1);
        }
        int lineBreak = text.lastIndexOf('\n', Math.max(0, begin - 1));
        if (lineBreak < 0) {
            return false;
        }
        int paragraphStart = text.lastIndexOf('\n', Math.max(0, lineBreak - 1)) + 1;
        return opensWithQuote(text, begin) && isOpenAtEnd(text, paragraphStart, lineBreak);
    }

    /** True when a quotation opened in {@code [from, to)} is still open at {@code to}. */
    private static boolean isOpenAtEnd(String text, int from, int to) {
        int straight = 0;
        int curly = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                straight++;
            } else if (OPENING_QUOTES.indexOf(c) >= 0) {
                curly++;
            } else if (CLOSING_QUOTES.indexOf(c) >= 0) {
                curly = Math.max(0, curly - 1);
            }
        }
        return straight % 2 == 1 || curly > 0;
    }

    private static boolean opensWithQuote(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < text.length() && OPENING_QUOTES.indexOf(text.charAt(i)) >= 0;
    }
}
