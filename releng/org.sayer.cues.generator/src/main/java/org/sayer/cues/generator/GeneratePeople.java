package org.sayer.cues.generator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * Writes the WordNet people vocabulary: every common noun whose most frequent sense is in WordNet
 * 3.1's noun.person file ("skipper", "epidemiologist", "villager", "politician"), with its plural.
 * The pipeline takes such a noun right before a cue as the head of a speaker ("The Indian skipper
 * … said"), beside the hand-kept roles of speakers.txt.
 */
public final class GeneratePeople {

    private static final String PERSON_FILE = "noun.person";

    private GeneratePeople() {
    }

    public static void main(String[] args) throws JWNLException, IOException {
        Path out = Path.of(args[0]);
        Dictionary wordnet = Dictionary.getDefaultResourceInstance();
        Map<String, Set<String>> irregular = English.irregularForms(wordnet, POS.NOUN);
        Map<String, String> people = new TreeMap<>(); // singular -> plurals
        for (Iterator<IndexWord> words = wordnet.getIndexWordIterator(POS.NOUN); words.hasNext();) {
            IndexWord word = words.next();
            String lemma = word.getLemma();
            if (!lemma.matches("[a-z][a-z-]+") || word.getSenses().isEmpty()) {
                continue;
            }
            Synset mostFrequent = word.getSenses().get(0);
            // an instance ("Tolkien") or a capitalised lemma ("Venetian") is a name, which the name rules find
            boolean commonNoun = mostFrequent.getWords().stream().anyMatch(w -> w.getLemma().equals(lemma))
                    && mostFrequent.getPointers(PointerType.INSTANCE_HYPERNYM).isEmpty();
            if (PERSON_FILE.equals(mostFrequent.getLexFileName()) && commonNoun) {
                people.put(lemma, String.join(" ", plurals(wordnet, lemma, irregular)));
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add("# Generated from WordNet 3.1 by releng/org.sayer.cues.generator: do not edit.");
        lines.add("# " + people.size() + " common nouns whose most frequent sense is in " + PERSON_FILE
                + ", each with its plurals: a singular, then its plurals.");
        people.forEach((singular, plural) -> lines.add(singular + " " + plural));
        Files.write(out, lines, StandardCharsets.UTF_8);
        System.out.println("wrote " + out + ": " + people.size() + " nouns");
    }

    /**
     * WordNet's exceptions ("children"), else the regular plural; a compound of "man" also takes "men"
     * ("spokesman", "fisherman"), which "human" and "shaman", no compounds, do not.
     */
    private static Set<String> plurals(Dictionary wordnet, String lemma, Map<String, Set<String>> irregular) throws JWNLException {
        Set<String> forms = irregular.get(lemma);
        if (forms != null) {
            return forms;
        }
        forms = new LinkedHashSet<>();
        String stem = lemma.endsWith("man") ? lemma.substring(0, lemma.length() - 3) : "";
        if (stem.length() > 2 && (wordnet.getIndexWord(POS.NOUN, stem) != null
                || stem.endsWith("s") && wordnet.getIndexWord(POS.NOUN, stem.substring(0, stem.length() - 1)) != null)) {
            forms.add(stem + "men");
        } else {
            forms.add(English.withS(lemma));
        }
        return forms;
    }
}
