package org.sayer.io.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.apache.commons.codec.digest.MurmurHash2;

/**
 * The ids spaCy's StringStore gives strings, as a DocBin stores them in place of the strings: a
 * symbol's own number ({@code spacy-symbols.txt}: "X", "number", "ORG" ...), 0 for the empty string,
 * else the 64-bit MurmurHash2 (MurmurHash64A, seed 1) of the UTF-8 bytes, as {@code hash_string} of
 * spacy/strings.pyx computes it.
 */
final class SpacyStrings {

    private static final Map<String, Long> SYMBOLS = load();

    private SpacyStrings() {
    }

    static long id(String string) {
        if (string.isEmpty()) {
            return 0;
        }
        Long symbol = SYMBOLS.get(string);
        if (symbol != null) {
            return symbol;
        }
        byte[] utf8 = string.getBytes(StandardCharsets.UTF_8);
        return MurmurHash2.hash64(utf8, utf8.length, 1);
    }

    private static Map<String, Long> load() {
        try (InputStream in = SpacyStrings.class.getResourceAsStream("spacy-symbols.txt")) {
            if (in == null) {
                throw new IllegalStateException("spacy-symbols.txt is missing from org.sayer.io");
            }
            Map<String, Long> symbols = new HashMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                int tab = line.indexOf('\t');
                if (!line.startsWith("#") && tab > 0) {
                    symbols.put(line.substring(0, tab), Long.parseLong(line.substring(tab + 1).strip()));
                }
            }
            return Map.copyOf(symbols);
        } catch (IOException e) {
            throw new UncheckedIOException("spacy-symbols.txt of org.sayer.io could not be read", e);
        }
    }
}
