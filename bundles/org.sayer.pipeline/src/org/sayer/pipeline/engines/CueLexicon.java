package org.sayer.pipeline.engines;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The lexicon of reporting expressions (see resources/cues.txt for the format). Matching is on
 * lower-cased surface forms, with the inflections of the first word generated here, so the
 * lexicon does not depend on a lemmatizer's guesses.
 */
public final class CueLexicon {

    public static final String RESOURCE = "/org/sayer/pipeline/resources/cues.txt";
    /** Communication and cognition words from WordNet (generated; see releng/org.sayer.cues.generator). */
    public static final String WORDNET_RESOURCE = "/org/sayer/pipeline/resources/wordnet-cues.txt";
    /** The lexicon name of generated entries ("from:wordnet:verb.communication"). */
    public static final String GENERATED_PREFIX = "wordnet";
    /**
     * On by default; {@code -Dsayer.wordnetCues=false} leaves the WordNet entries out (a model trained
     * without them must be used without them: docs/attribution-model.md).
     */
    public static final String WORDNET_PROPERTY = "sayer.wordnetCues";
    /** The lexicon of hand-kept entries, the built-in ones and the user's. */
    public static final String CURATED = "curated";

    public enum Kind {
        VERB, NOUN, SOURCE_FIRST
    }

    /**
     * One lexicon entry: its base form, its words after the first, its kind and options. {@code objectVia}
     * is null unless the verb's object can be its content (see SayerTypes.CUE_OBJECT_VIA).
     */
    public record Entry(String lemma, String[] rest, Kind kind, String notBefore, boolean needsFrame, boolean judges,
            String objectVia, String lexicon) {
    }

    /** A match at a token: the entry and the number of tokens it covers. */
    public record Match(Entry entry, int length) {
    }

    private final Map<String, List<Entry>> byFirstForm = new HashMap<>();

    private CueLexicon() {
    }

    /** The built-in lexicon, plus the user's files (each may be null). */
    public static CueLexicon load(Path... extraFiles) throws IOException {
        CueLexicon lexicon = new CueLexicon();
        lexicon.readResource(RESOURCE);
        for (Path file : extraFiles) {
            if (file != null) {
                if (!Files.isRegularFile(file)) {
                    throw new IOException(file + ": the extra cue lexicon does not exist");
                }
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    lexicon.read(reader, file.toString());
                }
            }
        }
        // Last: where a hand-kept entry matches as long, it wins (see match).
        if (Boolean.parseBoolean(System.getProperty(WORDNET_PROPERTY, "true"))) {
            lexicon.readResource(WORDNET_RESOURCE);
        }
        return lexicon;
    }

    private void readResource(String resource) throws IOException {
        try (InputStream in = CueLexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("the cue lexicon " + resource + " is missing from the pipeline bundle");
            }
            read(new InputStreamReader(in, StandardCharsets.UTF_8), resource);
        }
    }

    private void read(Reader source, String name) throws IOException {
        LexiconLines.read(source, (line, number) -> {
            String[] parts = line.split("\\|");
            Kind kind = Kind.VERB;
            String notBefore = null;
            boolean needsFrame = false;
            boolean judges = false;
            String objectVia = null;
            String from = CURATED;
            for (int p = 1; p < parts.length; p++) {
                String part = parts[p].strip();
                if (part.startsWith("from:")) {
                    from = part.substring("from:".length()).strip();
                } else if (part.equals("needs-frame")) {
                    needsFrame = true;
                } else if (part.equals("judges")) {
                    judges = true;
                } else if (part.equals("object")) {
                    objectVia = "";
                } else if (part.startsWith("object-via:")) {
                    objectVia = part.substring("object-via:".length()).strip().toLowerCase(Locale.ROOT);
                } else if (part.startsWith("not-before:")) {
                    notBefore = part.substring("not-before:".length()).strip().toLowerCase(Locale.ROOT);
                } else if (!part.isEmpty()) {
                    try {
                        kind = Kind.valueOf(part.toUpperCase(Locale.ROOT));
                    } catch (IllegalArgumentException e) {
                        throw new IOException(name + ":" + number + ": unknown cue kind '" + part
                                + "' (expected VERB, NOUN or SOURCE_FIRST)", e);
                    }
                }
            }
            add(parts[0].strip().toLowerCase(Locale.ROOT), kind, notBefore, needsFrame, judges, objectVia, from);
        });
    }

    /** WORDS may hold slash-separated forms of the whole expression; only the first word varies. */
    private void add(String words, Kind kind, String notBefore, boolean needsFrame, boolean judges, String objectVia,
            String lexicon) {
        String[] variants = words.split("/");
        String[] baseWords = variants[0].strip().split("\\s+");
        String[] rest = new String[baseWords.length - 1];
        System.arraycopy(baseWords, 1, rest, 0, rest.length);
        Entry entry = new Entry(variants[0].strip(), rest, kind, notBefore, needsFrame, judges, objectVia, lexicon);
        Set<String> forms = new LinkedHashSet<>();
        forms.add(baseWords[0]);
        if (variants.length > 1) {
            for (int v = 1; v < variants.length; v++) {
                forms.add(variants[v].strip().split("\\s+")[0]);
            }
        } else if (kind == Kind.VERB) {
            forms.addAll(verbForms(baseWords[0]));
        } else if (kind == Kind.NOUN) {
            forms.add(plural(baseWords[0]));
        }
        for (String form : forms) {
            byFirstForm.computeIfAbsent(form, k -> new ArrayList<>()).add(entry);
        }
    }

    static List<String> verbForms(String lemma) {
        List<String> forms = new ArrayList<>();
        forms.add(plural(lemma));
        if (lemma.endsWith("e")) {
            forms.add(lemma + "d");
            forms.add(lemma.endsWith("ee") ? lemma + "ing" : lemma.substring(0, lemma.length() - 1) + "ing");
        } else if (endsWithConsonantY(lemma)) {
            forms.add(lemma.substring(0, lemma.length() - 1) + "ied");
            forms.add(lemma + "ing");
        } else {
            forms.add(lemma + "ed");
            forms.add(lemma + "ing");
        }
        return forms;
    }

    static String plural(String word) {
        if (word.endsWith("s") || word.endsWith("sh") || word.endsWith("ch") || word.endsWith("x")
                || word.endsWith("z") || word.endsWith("o")) {
            return word + "es";
        }
        if (endsWithConsonantY(word)) {
            return word.substring(0, word.length() - 1) + "ies";
        }
        return word + "s";
    }

    private static boolean endsWithConsonantY(String word) {
        return word.length() > 1 && word.endsWith("y") && "aeiou".indexOf(word.charAt(word.length() - 2)) < 0;
    }

    /** The longest entry that starts at token {@code i} and fits its part of speech, or null. */
    public Match match(Tokens tokens, int i) {
        return match(tokens, i, false);
    }

    /**
     * The longest verb entry that starts at token {@code i}, whatever its tag, or null: in a headline
     * the tagger takes most verbs for nouns ("Wong attacks/NOUN Abbott's budget").
     */
    public Match matchVerbAnyTag(Tokens tokens, int i) {
        return match(tokens, i, true);
    }

    private Match match(Tokens tokens, int i, boolean anyVerb) {
        List<Entry> candidates = byFirstForm.get(tokens.lower[i]);
        if (candidates == null) {
            return null;
        }
        Match best = null;
        for (Entry entry : candidates) {
            boolean fits = anyVerb ? entry.kind() == Kind.VERB
                    : fitsPartOfSpeech(entry.kind(), tokens, i) || verbWithParticle(entry, tokens, i);
            if (!fits) {
                continue;
            }
            // "expressed deep concern", "voiced their support": a modifier before an entry's noun
            int skip = entry.kind() == Kind.VERB && entry.rest().length > 0 && i + 2 < tokens.size
                    && (tokens.isPos(i + 1, "ADJ") || tokens.isPossessiveDeterminer(i + 1))
                    && tokens.isPos(i + 2, "NOUN") && tokens.lower[i + 2].equals(entry.rest()[0]) ? 1 : 0;
            int length = 1 + skip + entry.rest().length;
            if (i + length > tokens.size || (best != null && best.length() >= length)) {
                continue;
            }
            boolean all = true;
            for (int w = 0; w < entry.rest().length && all; w++) {
                all = tokens.lower[i + 1 + skip + w].equals(entry.rest()[w]);
            }
            if (all && entry.notBefore() != null && tokens.is(i + length, entry.notBefore())) {
                all = false;
            }
            if (all) {
                best = new Match(entry, length);
            }
        }
        return best;
    }

    /**
     * "The paper points/NOUN out that …": a word the tagger calls a plural noun, after its subject (or
     * an "and" that joins it to another verb) and before the rest of a verb entry of several words, is
     * that verb (the caller checks the rest).
     */
    private static boolean verbWithParticle(Entry entry, Tokens tokens, int i) {
        return entry.kind() == Kind.VERB && entry.rest().length > 0 && tokens.isPos(i, "NOUN") && tokens.lower[i].endsWith("s")
                && (tokens.isPos(i - 1, "NOUN", "PROPN", "PRON") || tokens.is(i - 1, "and"));
    }

    private static boolean fitsPartOfSpeech(Kind kind, Tokens tokens, int i) {
        return switch (kind) {
            case VERB -> fitsVerb(tokens, i);
            case NOUN -> tokens.isPos(i, "NOUN");
            case SOURCE_FIRST -> true;
        };
    }

    private static boolean fitsVerb(Tokens tokens, int i) {
        if (tokens.is(i - 1, "the", "a", "an")) {
            return false; // "the accused/VERB said": after an article the word is a noun, whatever its tag
        }
        if ((tokens.is(i - 1, "'s", "\u2019s") || tokens.isPos(i - 1, "NUM")) && tokens.lower[i].endsWith("ed") && tokens.isPos(i + 1, "NOUN")) {
            return false; // "the town's proposed plans", "20 confirmed cases": a participle that describes its noun
        }
        boolean inflected = tokens.lower[i].endsWith("ed") || tokens.lower[i].endsWith("s");
        return tokens.isPos(i, "VERB") || tokens.is(i, "said", "says", "told", "added", "adding", "saying")
                // "He observed/ADJ progress …": after a subject pronoun an inflected form is the verb
                || tokens.is(i - 1, "he", "she", "they", "we") && !tokens.isPos(i + 1, "VERB", "AUX") && inflected
                // headlines confuse the tagger: "Stoltenberg calls on Russia …" comes out as a noun
                || tokens.isPos(i, "NOUN") && tokens.lower[i].endsWith("s") && tokens.isPos(i - 1, "PROPN")
                        && !tokens.isPos(i + 1, "VERB", "AUX")
                // "…, revealing/NOUN that …", "Noting/NOUN that …, the ministry …", "he said noting/SCONJ that …":
                // after a comma or a verb, or opening the sentence, an -ing form that opens a clause is a participle
                || tokens.lower[i].endsWith("ing") && tokens.is(i + 1, "that")
                        && (tokens.is(i - 1, ",") || tokens.isPos(i - 1, "VERB") || i == tokens.sentenceFirst[tokens.sentence[i]])
                // "groups are warning/NOUN of danger": after a form of "be" it is the progressive
                || tokens.lower[i].endsWith("ing") && tokens.is(i - 1, "is", "are", "was", "were", "been", "am")
                        && tokens.is(i + 1, "of", "that", "about");
    }
}
