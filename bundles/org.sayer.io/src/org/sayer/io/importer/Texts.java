package org.sayer.io.importer;

/** Small text clean-ups shared by the importers. */
final class Texts {

    private Texts() {
    }

    static String stripBom(String text) {
        return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    }

    /** Offsets are kept in one newline convention, so that spans mean the same on every OS. */
    static String normalizeNewlines(String text) {
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    static String firstLine(String text) {
        for (String line : text.split("\n", -1)) {
            if (!line.isBlank()) {
                return line.strip();
            }
        }
        return "";
    }
}
