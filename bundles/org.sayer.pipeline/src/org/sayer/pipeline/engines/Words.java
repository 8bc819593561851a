package org.sayer.pipeline.engines;

import java.util.HashMap;
import java.util.Map;

/**
 * One shared copy of each distinct word of a document. A long document repeats a few thousand
 * words; without sharing, every token holds strings of its own for its word, lower case and lemma,
 * and these copies take most of the heap that annotating a large document needs.
 */
final class Words {

    private final Map<String, String> copies = new HashMap<>();

    /** The shared copy of {@code word} (null stays null). */
    String share(String word) {
        if (word == null) {
            return null;
        }
        String known = copies.putIfAbsent(word, word);
        return known != null ? known : word;
    }
}
