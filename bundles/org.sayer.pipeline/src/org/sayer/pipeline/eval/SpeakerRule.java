package org.sayer.pipeline.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
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
     * @param names the document's names as far as normalised so far
     */
    static boolean matches(JsonObject goldEntity, List<String> predictedNames, List<JsonObject> otherGoldEntities,
            String mentionText, Names names) {
        Candidates candidates = names.candidates(goldEntity, otherGoldEntities);
        if (mentionText != null && !mentionText.isEmpty()) {
            String exact = names.normalised(mentionText);
            Set<String> tokens = names.tokens(mentionText);
            int hits = 0;
            for (NameSets entity : candidates.everyone()) {
                if (candidates.identifies(entity, exact, tokens)) {
                    hits++;
                }
            }
            if (hits == 1 && candidates.identifies(candidates.everyone().get(0), exact, tokens)) {
                return true;
            }
        }
        for (String predicted : predictedNames) {
            if (candidates.identifies(candidates.everyone().get(0), names.normalised(predicted), names.tokens(predicted))) {
                return true;
            }
        }
        return false;
    }

    /** One entity's names normalised, and the capitalised tokens of them. */
    private record NameSets(Set<String> exact, Set<String> tokens) {
    }

    /**
     * A gold entity (first) and the document's other entities, with how many of them have each
     * name and token: a name or token identifies an entity only when no other entity has it too.
     */
    private record Candidates(List<NameSets> everyone, Map<String, Integer> exactHolders, Map<String, Integer> tokenHolders) {

        boolean identifies(NameSets entity, String exact, Set<String> tokens) {
            if (!exact.isEmpty() && entity.exact().contains(exact) && exactHolders.get(exact) == 1) {
                return true;
            }
            for (String token : tokens) {
                if (entity.tokens().contains(token) && tokenHolders.get(token) == 1) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * The names of one document, each normalised and tokenised once: the rule weighs a source
     * against every entity of the document at every matched pair, and {@code ./sayer agree} on
     * 1,000 documents by three annotators asks some 80,000 times. Holds one document's objects;
     * entities are told apart by identity.
     */
    static final class Names {
        private final Map<String, String> normalised = new HashMap<>();
        private final Map<String, Set<String>> tokens = new HashMap<>();
        private final Map<JsonObject, NameSets> entities = new IdentityHashMap<>();
        private final Map<JsonObject, Candidates> candidates = new IdentityHashMap<>();

        String normalised(String name) {
            return normalised.computeIfAbsent(name, SpeakerRule::normalise);
        }

        Set<String> tokens(String name) {
            return tokens.computeIfAbsent(name, SpeakerRule::capitalTokens);
        }

        private NameSets of(JsonObject entity) {
            return entities.computeIfAbsent(entity, e -> {
                Set<String> exact = new HashSet<>();
                Set<String> capital = new HashSet<>();
                for (String name : names(e)) {
                    exact.add(normalised(name));
                    capital.addAll(tokens(name));
                }
                return new NameSets(exact, capital);
            });
        }

        /** The others are the document's entities without the gold one's id, so they follow from the gold entity. */
        private Candidates candidates(JsonObject goldEntity, List<JsonObject> others) {
            return candidates.computeIfAbsent(goldEntity, gold -> {
                List<NameSets> everyone = new ArrayList<>();
                everyone.add(of(gold));
                others.forEach(other -> everyone.add(of(other)));
                Map<String, Integer> exactHolders = new HashMap<>();
                Map<String, Integer> tokenHolders = new HashMap<>();
                for (NameSets entity : everyone) {
                    entity.exact().forEach(name -> exactHolders.merge(name, 1, Integer::sum));
                    entity.tokens().forEach(token -> tokenHolders.merge(token, 1, Integer::sum));
                }
                return new Candidates(everyone, exactHolders, tokenHolders);
            });
        }
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
