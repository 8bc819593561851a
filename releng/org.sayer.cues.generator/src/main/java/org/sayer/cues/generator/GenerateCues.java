package org.sayer.cues.generator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Verb;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * Writes the WordNet cue vocabulary: every verb of WordNet 3.1's communication and cognition
 * lexicographer files ("say", "conclude", "suspect", "dispute", "point out"), with its irregular
 * forms from WordNet's exception list, and the nouns derived from them in the communication,
 * cognition, feeling and act files ("allegation", "warning", "fear"). The pipeline proposes a
 * claim at each of them only with a reporting frame (that, a colon, a quotation, whether), and
 * its trained model decides in context which are cues; the hand-kept cues.txt stays first.
 */
public final class GenerateCues {

    private static final Set<String> VERB_FILES = Set.of("verb.communication", "verb.cognition");
    private static final Set<String> NOUN_FILES = Set.of("noun.communication", "noun.cognition", "noun.feeling", "noun.act");
    private static final int MAX_WORDS = 3;
    /** Evidentials report what data or footage show, not what anybody said: FORMAT.md leaves them out. */
    private static final Set<String> EVIDENTIALS = Set.of("show", "indicate", "demonstrate", "prove");
    /**
     * Light verbs carry little meaning of their own ("gave a statement", "gave clear evidence that",
     * "took the view"): as cues, with or without particles ("come out", "get across"), they propose more
     * false claims than right ones.
     */
    private static final Set<String> LIGHT_VERBS = Set.of("come", "get", "give", "go", "make", "take", "have", "put",
            "set", "keep", "do", "let");
    /** WordNet's verb frame 24: a verb of communication in it reports its object and to-infinitive ("asked the council to reopen"). */
    private static final String OBJECT_TO_FRAME = "Somebody ----s somebody to INFINITIVE";

    private GenerateCues() {
    }

    public static void main(String[] args) throws JWNLException, IOException {
        Path out = Path.of(args[0]);
        Dictionary wordnet = Dictionary.getDefaultResourceInstance();
        Map<String, Set<String>> irregular = English.irregularForms(wordnet, POS.VERB);
        Map<String, String> verbs = new TreeMap<>(); // lemma -> lexicographer file
        Map<String, String> nouns = new TreeMap<>();
        Set<String> objectTo = new TreeSet<>();
        for (Iterator<Synset> synsets = wordnet.getSynsetIterator(POS.VERB); synsets.hasNext();) {
            Synset synset = synsets.next();
            if (!VERB_FILES.contains(synset.getLexFileName())) {
                continue;
            }
            for (Word word : synset.getWords()) {
                String lemma = word.getLemma().toLowerCase();
                if (usable(lemma) && !EVIDENTIALS.contains(lemma) && !light(lemma)) {
                    verbs.putIfAbsent(lemma, synset.getLexFileName());
                    if (synset.getLexFileName().equals("verb.communication") && word instanceof Verb verb
                            && Arrays.asList(verb.getVerbFrames()).contains(OBJECT_TO_FRAME)) {
                        objectTo.add(lemma);
                    }
                }
                for (Pointer pointer : word.getPointers(PointerType.DERIVATION)) {
                    if (pointer.getTargetPOS() == POS.NOUN && pointer.getTarget() instanceof Word noun
                            && NOUN_FILES.contains(noun.getSynset().getLexFileName())) {
                        String nounLemma = noun.getLemma().toLowerCase();
                        if (usable(nounLemma) && !nounLemma.contains(" ") && !light(nounLemma)) {
                            nouns.putIfAbsent(nounLemma, noun.getSynset().getLexFileName());
                        }
                    }
                }
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add("# Generated from WordNet 3.1 by releng/org.sayer.cues.generator: do not edit; see cues.txt for the format.");
        lines.add("# " + verbs.size() + " verbs of verb.communication and verb.cognition, " + nouns.size()
                + " nouns derived from them. Each is a candidate cue only with a reporting frame;");
        lines.add("# the attribution model decides in context (the 'from:' option names the lexicographer file). The "
                + objectTo.size() + " verbs of communication in");
        lines.add("# WordNet's frame \"" + OBJECT_TO_FRAME + "\" also report their object and its to-infinitive (object-via:to).");
        Set<String> judging = new TreeSet<>();
        for (String lemma : verbs.keySet()) {
            if (mostlyReports(wordnet, lemma)) {
                judging.add(lemma);
            }
        }
        lines.add("# The " + judging.size() + " verbs whose most frequent sense is in one of those files also report a noun-phrase");
        lines.add("# object without a frame (judges): \"attacked the budget\", \"clarified the position\".");
        verbs.forEach((lemma, file) -> lines.add(verbForms(lemma, irregular) + " | VERB | needs-frame"
                + (judging.contains(lemma) ? " | judges" : "")
                + (objectTo.contains(lemma) ? " | object-via:to" : "") + " | from:wordnet:" + file));
        nouns.forEach((lemma, file) -> lines.add(lemma + " | NOUN | from:wordnet:" + file));
        Files.write(out, lines, StandardCharsets.UTF_8);
        System.out.println("wrote " + out + ": " + verbs.size() + " verbs, " + nouns.size() + " nouns");
    }

    /**
     * Whether the verb's most frequent sense (WordNet orders senses by frequency) is one of saying or
     * thinking: "clarify" and "criticise" are, "receive" and "hold" are not, though they have such senses.
     */
    private static boolean mostlyReports(Dictionary wordnet, String lemma) throws JWNLException {
        IndexWord word = wordnet.getIndexWord(POS.VERB, lemma);
        return word != null && !word.getSenses().isEmpty() && VERB_FILES.contains(word.getSenses().get(0).getLexFileName());
    }

    /** Lower-case words of letters only, at most three: what the token matcher can find. */
    private static boolean usable(String lemma) {
        return lemma.matches("[a-z]+( [a-z]+){0," + (MAX_WORDS - 1) + "}");
    }

    /** Whether an entry's first word is a light verb: "give", "give voice", "come out". */
    private static boolean light(String lemma) {
        return LIGHT_VERBS.contains(lemma.split(" ")[0]);
    }

    /**
     * "think/thinks/thought/thinking": the forms of the first word, the rest of the expression as is.
     * Regular forms are spelled out here because a line that lists forms gets no generated ones.
     */
    private static String verbForms(String lemma, Map<String, Set<String>> irregular) {
        String[] words = lemma.split(" ", 2);
        String head = words[0];
        String rest = words.length > 1 ? " " + words[1] : "";
        Set<String> forms = new LinkedHashSet<>();
        forms.add(head);
        forms.add(English.withS(head));
        forms.addAll(irregular.getOrDefault(head, Set.of()));
        // Regular forms too: WordNet lists only the exceptional ones ("belying", not "belied"); a form that is no word is never met.
        forms.add(head.endsWith("e") ? head + "d" : head.matches(".*[^aeiou]y") ? head.substring(0, head.length() - 1) + "ied" : head + "ed");
        forms.add(head.endsWith("ee") ? head + "ing" : head.endsWith("e") ? head.substring(0, head.length() - 1) + "ing" : head + "ing");
        if (irregular.getOrDefault(head, Set.of()).stream().anyMatch(f -> f.endsWith(head.charAt(head.length() - 1) + "ed")
                && f.length() == head.length() + 3)) {
            forms.add(head + head.charAt(head.length() - 1) + "ing"); // admitted -> admitting
        }
        List<String> spelled = new ArrayList<>();
        for (String form : forms) {
            spelled.add(form + rest);
        }
        return String.join("/", spelled);
    }
}
