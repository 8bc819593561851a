package org.sayer.cues.generator;

/** English spelling shared by the generators. */
final class English {

    private English() {
    }

    /** A noun's plural or a verb's third person: "says", "watches", "parties", "heroes". */
    static String withS(String word) {
        if (word.matches(".*(s|sh|ch|x|z|o)")) {
            return word + "es";
        }
        return word.matches(".*[^aeiou]y") ? word.substring(0, word.length() - 1) + "ies" : word + "s";
    }
}
