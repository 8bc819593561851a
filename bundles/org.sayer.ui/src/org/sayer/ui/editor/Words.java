package org.sayer.ui.editor;

/** Word steps for moving annotation boundaries: a word is a run of non-blank characters. */
final class Words {

    private Words() {
    }

    /** The end of the word after {@code offset} (blanks skipped first). */
    static int nextWordEnd(String text, int offset) {
        int i = offset;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
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

    /** The start of the word before {@code offset} (blanks skipped first). */
    static int previousWordStart(String text, int offset) {
        int i = offset;
        while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
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
}
