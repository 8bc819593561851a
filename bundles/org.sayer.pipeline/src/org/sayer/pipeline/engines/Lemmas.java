package org.sayer.pipeline.engines;

import java.util.Locale;
import java.util.Map;

/**
 * Cheap English lemmas from the UPOS tag and a few suffix rules, with the irregular verbs that
 * news uses most. Good enough for reporting verbs and plurals; the OpenNLP lemmatizer can be
 * switched on in LinguisticEngine where better lemmas are worth its cost.
 */
public final class Lemmas {

    private static final Map<String, String> IRREGULAR = Map.ofEntries(Map.entry("said", "say"),
            Map.entry("says", "say"), Map.entry("told", "tell"), Map.entry("wrote", "write"),
            Map.entry("written", "write"), Map.entry("spoke", "speak"), Map.entry("spoken", "speak"),
            Map.entry("gave", "give"), Map.entry("given", "give"), Map.entry("made", "make"), Map.entry("went", "go"),
            Map.entry("gone", "go"), Map.entry("took", "take"), Map.entry("taken", "take"), Map.entry("came", "come"),
            Map.entry("saw", "see"), Map.entry("seen", "see"), Map.entry("knew", "know"), Map.entry("known", "know"),
            Map.entry("thought", "think"), Map.entry("found", "find"), Map.entry("held", "hold"),
            Map.entry("met", "meet"), Map.entry("left", "leave"), Map.entry("kept", "keep"), Map.entry("was", "be"),
            Map.entry("were", "be"), Map.entry("is", "be"), Map.entry("are", "be"), Map.entry("been", "be"),
            Map.entry("am", "be"), Map.entry("has", "have"), Map.entry("had", "have"), Map.entry("did", "do"),
            Map.entry("does", "do"), Map.entry("done", "do"), Map.entry("began", "begin"), Map.entry("begun", "begin"),
            Map.entry("broke", "break"), Map.entry("chose", "choose"), Map.entry("fell", "fall"), Map.entry("felt", "feel"),
            Map.entry("got", "get"), Map.entry("led", "lead"), Map.entry("lost", "lose"), Map.entry("meant", "mean"),
            Map.entry("paid", "pay"), Map.entry("ran", "run"), Map.entry("sent", "send"), Map.entry("set", "set"),
            Map.entry("stood", "stand"), Map.entry("won", "win"), Map.entry("rose", "rise"), Map.entry("risen", "rise"),
            Map.entry("men", "man"), Map.entry("women", "woman"), Map.entry("people", "person"),
            Map.entry("children", "child"));

    private Lemmas() {
    }

    public static String[] of(String[] words, String[] tags) {
        String[] lemmas = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            lemmas[i] = of(words[i], tags[i]);
        }
        return lemmas;
    }

    public static String of(String word, String tag) {
        String lower = word.toLowerCase(Locale.ROOT);
        String irregular = IRREGULAR.get(lower);
        if (irregular != null && !"PROPN".equals(tag)) {
            return irregular;
        }
        if ("VERB".equals(tag) || "AUX".equals(tag)) {
            if (lower.endsWith("ied") && lower.length() > 4) {
                return lower.substring(0, lower.length() - 3) + "y";
            }
            if (lower.endsWith("ing") && lower.length() > 5) {
                return undouble(lower.substring(0, lower.length() - 3));
            }
            if (lower.endsWith("ed") && lower.length() > 4) {
                return undouble(lower.substring(0, lower.length() - 2));
            }
            if (lower.endsWith("ies") && lower.length() > 4) {
                return lower.substring(0, lower.length() - 3) + "y";
            }
            if (lower.endsWith("s") && !lower.endsWith("ss") && lower.length() > 3) {
                return lower.substring(0, lower.length() - 1);
            }
        } else if ("NOUN".equals(tag)) {
            if (lower.endsWith("ies") && lower.length() > 4) {
                return lower.substring(0, lower.length() - 3) + "y";
            }
            if (lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us") && lower.length() > 3) {
                return lower.substring(0, lower.length() - 1);
            }
        }
        return lower;
    }

    /** "admitt" → "admit"; "stress" stays. Verbs whose base ends in 'e' ("announc", "emphasis", "analys") lose it; restore the common ones. */
    private static String undouble(String stem) {
        int n = stem.length();
        if (n > 3 && stem.charAt(n - 1) == stem.charAt(n - 2) && "bdgmnprt".indexOf(stem.charAt(n - 1)) >= 0) {
            return stem.substring(0, n - 1);
        }
        if (stem.endsWith("c") || stem.endsWith("iz") || stem.endsWith("is") || stem.endsWith("ys") || stem.endsWith("at")
                || stem.endsWith("ur") || stem.endsWith("iv") || stem.endsWith("ag") || stem.endsWith("dg") || stem.endsWith("lv")) {
            return stem + "e";
        }
        return stem;
    }
}
