package org.sayer.model.store;

/**
 * Ids as Sayer's XMI writes them into links ({@code href="../corpus.xmi#ID"}, {@code source="ID"}).
 * EMF writes a link's id as it is, but the users' ids may hold what a link cannot: markup
 * ({@code < & "}), which made files Sayer could not read again; spaces, which split a link in two;
 * {@code #}, {@code /} and {@code ?}, which EMF reads as parts of a URI; {@code :}, which EMF reads as
 * a type name before the id (so "a4:cue" linked nothing, found by fuzzing). Those characters (and
 * {@code %} itself) are written as {@code %XX}, everything else as it is, so the ids of every
 * corpus written before, which were plain, are written the same.
 */
final class LinkIds {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private LinkIds() {
    }

    private static boolean escaped(char c) {
        return c <= ' ' || c == 0x7f || "<>&\"'%#/?\\:".indexOf(c) >= 0;
    }

    static String encode(String id) {
        int first = 0;
        while (first < id.length() && !escaped(id.charAt(first))) {
            first++;
        }
        if (first == id.length()) {
            return id;
        }
        StringBuilder link = new StringBuilder(id.length() + 16).append(id, 0, first);
        for (int i = first; i < id.length(); i++) {
            char c = id.charAt(i);
            if (escaped(c)) {
                link.append('%').append(HEX[(c >> 4) & 0xf]).append(HEX[c & 0xf]);
            } else {
                link.append(c);
            }
        }
        return link.toString();
    }

    /** The id of a link written by {@link #encode}; a '%' that is not followed by two hex digits stays. */
    static String decode(String link) {
        StringBuilder id = new StringBuilder(link.length());
        for (int i = 0; i < link.length(); i++) {
            char c = link.charAt(i);
            int high = i + 2 < link.length() && c == '%' ? Character.digit(link.charAt(i + 1), 16) : -1;
            int low = high >= 0 ? Character.digit(link.charAt(i + 2), 16) : -1;
            if (low >= 0) {
                id.append((char) (high << 4 | low));
                i += 2;
            } else {
                id.append(c);
            }
        }
        return id.toString();
    }
}
