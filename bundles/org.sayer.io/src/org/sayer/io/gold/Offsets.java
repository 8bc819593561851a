package org.sayer.io.gold;

import java.util.Arrays;

/**
 * Converts offsets into one text between Unicode code points (what the gold format, brat and
 * Python count) and UTF-16 units (what Java strings and the model count).
 *
 * <p>A text without characters outside the BMP converts to itself, so that case costs nothing;
 * otherwise the conversion table is built once per text.
 */
public final class Offsets {

    private final String text;
    private final int codePointLength;
    /** UTF-16 offset of each code point offset, with one entry past the end; null when both counts agree. */
    private final int[] utf16ByCodePoint;

    private Offsets(String text) {
        this.text = text;
        this.codePointLength = text.codePointCount(0, text.length());
        if (codePointLength == text.length()) {
            utf16ByCodePoint = null;
        } else {
            utf16ByCodePoint = new int[codePointLength + 1];
            int utf16 = 0;
            for (int cp = 0; cp < codePointLength; cp++) {
                utf16ByCodePoint[cp] = utf16;
                utf16 += Character.charCount(text.codePointAt(utf16));
            }
            utf16ByCodePoint[codePointLength] = utf16;
        }
    }

    public static Offsets of(String text) {
        return new Offsets(text == null ? "" : text);
    }

    /** The length of the text in code points. */
    public int codePointLength() {
        return codePointLength;
    }

    /** True when {@code [begin, end)} in code points is a span of this text. */
    public boolean isSpan(int begin, int end) {
        return 0 <= begin && begin <= end && end <= codePointLength;
    }

    /** The UTF-16 offset of code point offset {@code codePoint} (0 to {@link #codePointLength()}). */
    public int toUtf16(int codePoint) {
        if (codePoint < 0 || codePoint > codePointLength) {
            throw new IndexOutOfBoundsException("code point offset " + codePoint + " outside 0.." + codePointLength);
        }
        return utf16ByCodePoint == null ? codePoint : utf16ByCodePoint[codePoint];
    }

    /**
     * The code point offset of UTF-16 offset {@code utf16} (0 to the text's length). An offset
     * inside a surrogate pair counts the whole pair before it.
     */
    public int toCodePoint(int utf16) {
        if (utf16 < 0 || utf16 > text.length()) {
            throw new IndexOutOfBoundsException("UTF-16 offset " + utf16 + " outside 0.." + text.length());
        }
        if (utf16ByCodePoint == null) {
            return utf16;
        }
        int found = Arrays.binarySearch(utf16ByCodePoint, utf16);
        return found >= 0 ? found : -found - 1;
    }
}
