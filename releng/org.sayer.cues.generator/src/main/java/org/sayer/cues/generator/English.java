package org.sayer.cues.generator;

import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.Exc;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.dictionary.Dictionary;

/** English word forms shared by the generators. */
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

    /** Base form -> irregular forms, from WordNet's exception list of {@code pos} ("think" -> thought, "child" -> children). */
    static Map<String, Set<String>> irregularForms(Dictionary wordnet, POS pos) throws JWNLException {
        Map<String, Set<String>> forms = new TreeMap<>();
        for (Iterator<Exc> exceptions = wordnet.getExceptionIterator(pos); exceptions.hasNext();) {
            Exc exception = exceptions.next();
            for (String base : exception.getExceptions()) {
                forms.computeIfAbsent(base, k -> new LinkedHashSet<>()).add(exception.getLemma());
            }
        }
        return forms;
    }
}
