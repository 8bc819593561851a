package org.sayer.pipeline.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Whether a predicted source names the gold speaker entity, by score.py's rule: an exact name or
 * alias after normalisation, or a shared capitalised token that is not a stop token; a name or
 * token that another entity of the document also has does not count. The predicted mention's own
 * text counts only when it identifies exactly one gold entity.
 */
final class SpeakerRule {

    static final Set<String> STOP_TOKENS = Set.of(("""
            the a an this that these those he she it they we i you him them his her hers its their theirs our ours my your
            one another some several many all each both other others own any no
            of and or for in on at by with to from as
            mr mrs ms miss mx dr prof professor sir dame lady lord rev reverend st saint hon
            sen senator rep representative gov governor mp mep ex pm
            president vice prime minister ministers secretary general chief executive ceo cfo coo officer official officials
            chairman chairwoman chair director manager head spokesman spokeswoman spokesperson spokespeople
            judge justice magistrate lt lieutenant sgt sergeant capt captain col colonel cmdr commander gen
            police detective inspector constable sheriff deputy acting former elected senior junior assistant
            coach boss tactician striker player analyst broker reporter correspondent editor
            state federal national international regional local city county borough district
            department ministry government council authority authorities office agency committee board commission
            court service services group company inc ltd corp corporation plc llc co university institute
            association union party news press media team club
            """).trim().split("\\s+"));

    private static final String OUTER_PUNCTUATION = " \t\"'.,;:!?()[]{}-\u2013\u2014";
    private static final Pattern LEADING_ARTICLE = Pattern.compile("^(the|a|an)\\s+");

    private SpeakerRule() {
    }

    /**
     * True if the predicted strings identify {@code goldEntity}.
     *
     * @param predictedNames the predicted entity's name and aliases
     * @param otherGoldEntities the document's other gold entities
     * @param mentionText the predicted mention's text, or null
     */
    static boolean matches(JsonObject goldEntity, List<String> predictedNames, List<JsonObject> otherGoldEntities,
            String mentionText) {
        if (mentionText != null && !mentionText.isEmpty()) {
            List<JsonObject> everyone = new ArrayList<>();
            everyone.add(goldEntity);
            everyone.addAll(otherGoldEntities);
            List<Integer> hits = new ArrayList<>();
            for (int i = 0; i < everyone.size(); i++) {
                List<JsonObject> rest = new ArrayList<>(everyone);
                rest.remove(i);
                if (identifies(everyone.get(i), List.of(mentionText), rest)) {
                    hits.add(i);
                }
            }
            if (hits.equals(List.of(0))) {
                return true;
            }
        }
        return identifies(goldEntity, predictedNames, otherGoldEntities);
    }

    private static boolean identifies(JsonObject goldEntity, List<String> predicted, List<JsonObject> others) {
        List<String> goldNames = names(goldEntity);
        Set<String> takenExact = new HashSet<>();
        Set<String> takenTokens = new HashSet<>();
        for (JsonObject other : others) {
            for (String name : names(other)) {
                takenExact.add(normalise(name));
                takenTokens.addAll(capitalTokens(name));
            }
        }
        Set<String> goldExact = new HashSet<>();
        Set<String> goldTokens = new HashSet<>();
        for (String name : goldNames) {
            goldExact.add(normalise(name));
            goldTokens.addAll(capitalTokens(name));
        }
        goldExact.removeAll(takenExact);
        goldExact.remove("");
        goldTokens.removeAll(takenTokens);
        for (String p : predicted) {
            if (goldExact.contains(normalise(p))) {
                return true;
            }
            for (String token : capitalTokens(p)) {
                if (goldTokens.contains(token)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** An entity's name and aliases, leaving out empty ones; none for a missing entity. */
    static List<String> names(JsonObject entity) {
        List<String> names = new ArrayList<>();
        if (entity == null || entity.size() == 0) {
            return names;
        }
        String name = Json.string(entity.get("name"));
        names.add(name == null ? "" : name);
        JsonElement aliases = entity.get("aliases");
        if (aliases != null && aliases.isJsonArray()) {
            for (JsonElement alias : aliases.getAsJsonArray()) {
                String value = Json.string(alias);
                names.add(value == null ? "" : value);
            }
        }
        names.removeIf(String::isEmpty);
        return names;
    }

    /** NFKC, straight quotes, case-folded, white space collapsed, outer punctuation and a leading article dropped. */
    static String normalise(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
        n = n.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201c', '"').replace('\u201d', '"')
                .replace('\u00ab', '"').replace('\u00bb', '"');
        n = PythonText.collapseWhitespace(PythonText.casefold(n));
        n = PythonText.strip(n, OUTER_PUNCTUATION);
        Matcher article = LEADING_ARTICLE.matcher(n);
        return article.find() ? n.substring(article.end()) : n;
    }

    /** The case-folded words of {@code s} that start with an upper-case letter and are not stop tokens. */
    static Set<String> capitalTokens(String s) {
        Set<String> tokens = new HashSet<>();
        int[] text = PythonText.codePoints(Normalizer.normalize(s, Normalizer.Form.NFKC));
        int i = 0;
        while (i < text.length) {
            if (!PythonText.isWord(text[i])) {
                i++;
                continue;
            }
            int begin = i;
            while (i < text.length && PythonText.isWord(text[i])) {
                i++;
            }
            String word = PythonText.casefold(PythonText.string(text, begin, i));
            if (Character.isUpperCase(text[begin]) && !STOP_TOKENS.contains(word)) {
                tokens.add(word);
            }
        }
        return tokens;
    }
}
