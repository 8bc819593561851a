package org.sayer.pipeline.engines;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.fit.component.CasAnnotator_ImplBase;
import org.apache.uima.resource.ResourceInitializationException;
import org.sayer.pipeline.types.SayerTypes;

/**
 * Finds text spans that may refer to speakers: names (runs of proper nouns, split into title and
 * name: "Russian Foreign Minister | Sergey Lavrov"), organisations and places ("the US State
 * Department", "Moscow"), nominals with a role ("a senior State Department official", "the
 * German Minister", "Prosecutors"), role appositions ("Lee's attorney, Daniel Brooks") and
 * subject pronouns. There is no NER model on Maven Central, so this works from UPOS tags,
 * capitalisation and the speaker lexicon.
 */
public class MentionEngine extends CasAnnotator_ImplBase {

    public static final String PRODUCER = "sayer.mentions/0.1";

    private static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "today", "tomorrow", "yesterday", "tonight", "i",
            "read", "more", "watch", "update", "updated", "breaking", "exclusive", "opinion", "analysis", "but",
            "and", "however", "meanwhile", "simultaneously", "also", "in", "on", "at", "for", "as", "after",
            "mr", "mrs", "ms", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an");
    private static final Set<String> POSSESSIVES = Set.of("his", "her", "its", "their", "our", "my", "your");
    private static final Set<String> ROLE_MODIFIERS = Set.of("senior", "former", "top", "chief", "junior", "deputy",
            "acting", "interim", "lead", "local", "foreign", "federal", "state", "national", "other", "some",
            "many", "several", "two", "three", "four", "five", "both");
    private static final Set<String> ORGANISATION_HEADS = Set.of("ministry", "government", "company", "firm", "club",
            "court", "team", "board", "council", "agency", "committee", "commission", "department", "bank",
            "administration", "kremlin", "union", "study", "report", "survey", "statement", "regulator");

    private SpeakerLexicon lexicon;

    /** A mention found in tokens [first, last]. */
    record Candidate(int first, int last, String kind, String type, String role, String name, boolean possessive) {
    }

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        try {
            lexicon = SpeakerLexicon.get();
        } catch (IOException e) {
            throw new ResourceInitializationException(e);
        }
    }

    @Override
    public void process(CAS cas) throws AnalysisEngineProcessException {
        Tokens tokens = Tokens.of(cas);
        Type type = cas.getTypeSystem().getType(SayerTypes.MENTION);
        for (Candidate c : find(tokens)) {
            AnnotationFS fs = cas.createAnnotation(type, tokens.begin[c.first()], tokens.end[c.last()]);
            fs.setStringValue(type.getFeatureByBaseName(SayerTypes.MENTION_KIND), c.kind());
            fs.setStringValue(type.getFeatureByBaseName(SayerTypes.MENTION_TYPE), c.type());
            fs.setStringValue(type.getFeatureByBaseName(SayerTypes.MENTION_ROLE), c.role());
            fs.setStringValue(type.getFeatureByBaseName(SayerTypes.MENTION_NAME), c.name());
            fs.setDoubleValue(type.getFeatureByBaseName(SayerTypes.CONFIDENCE),
                    c.kind().equals("PRONOUN") ? 0.6 : c.kind().equals("NAME") ? 0.8 : 0.7);
            fs.setStringValue(type.getFeatureByBaseName(SayerTypes.PRODUCER), PRODUCER);
            cas.addFsToIndexes(fs);
        }
    }

    List<Candidate> find(Tokens t) {
        List<Candidate> found = new ArrayList<>();
        boolean[] used = new boolean[t.size];
        for (int i = 0; i < t.size; i++) {
            if (!startsRun(t, i)) {
                continue;
            }
            int last = extendRun(t, i);
            if (last < i) {
                continue;
            }
            Candidate candidate = classifyRun(t, i, last);
            if (candidate != null) {
                found.add(candidate);
                for (int k = candidate.first(); k <= candidate.last(); k++) {
                    used[k] = true;
                }
            }
            i = last;
        }
        found.addAll(nominals(t, used, found));
        found.sort((a, b) -> Integer.compare(a.first(), b.first()));
        found = mergeAppositions(t, found);
        for (int i = 0; i < t.size; i++) {
            if (t.isPos(i, "PRON") && (t.is(i, "he", "she", "they") || (t.is(i, "it") && followedByVerb(t, i)))) {
                String type = t.is(i, "they") ? "GROUP" : t.is(i, "it") ? "ORGANIZATION" : "PERSON";
                found.add(new Candidate(i, i, "PRONOUN", type, null, t.lower[i], false));
            }
        }
        found.sort((a, b) -> Integer.compare(a.first(), b.first()));
        return found;
    }

    private static boolean followedByVerb(Tokens t, int i) {
        return t.isPos(i + 1, "VERB") || (t.isPos(i + 1, "AUX", "ADV") && t.isPos(i + 2, "VERB"));
    }

    private boolean nameToken(Tokens t, int i) {
        if (i < 0 || i >= t.size || !t.capitalised(i) || TIME_WORDS.contains(t.lower[i])) {
            return false;
        }
        if (t.isPos(i, "PROPN")) {
            return true;
        }
        boolean sentenceFirst = i == t.sentenceFirst[t.sentence[i]];
        if (sentenceFirst && t.isPos(i, "ADJ") && i + 1 < t.size && t.capitalised(i + 1)
                && lexicon.isTitle(t.word[i + 1])) {
            return true; // "Russian Foreign Minister …" at a sentence start
        }
        if (t.isPos(i, "PRON", "DET", "CCONJ", "SCONJ", "ADP", "AUX", "VERB", "ADV", "PART", "NUM", "PUNCT")) {
            // Tagger slips on capitalised titles ("Minister") are caught by the lexicon.
            return !sentenceFirst && (lexicon.isTitle(t.word[i]) || lexicon.isOrganisationWord(t.word[i]));
        }
        return !sentenceFirst || lexicon.isTitle(t.word[i]) || lexicon.isOrganisationWord(t.word[i])
                || lexicon.isPlace(t.lower[i]);
    }

    private boolean lowercaseTitle(Tokens t, int i) {
        return i < t.size && !t.capitalised(i) && lexicon.isTitle(t.word[i]) && !t.isPos(i, "VERB", "AUX", "ADP");
    }

    private boolean startsRun(Tokens t, int i) {
        if (nameToken(t, i)) {
            return true;
        }
        // "coach Sofia Almeida", "chief executive Marcus Lee": lower-case titles right before a name.
        int k = i;
        while (lowercaseTitle(t, k)) {
            k++;
        }
        return k > i && nameToken(t, k) && !lexicon.isTitle(t.word[k]) && !lexicon.isOrganisationWord(t.word[k]);
    }

    private int extendRun(Tokens t, int i) {
        int j = i;
        while (j + 1 < t.size && !t.lineBreakBetween(j, j + 1)) {
            int next = j + 1;
            if (nameToken(t, next) || isBracketedName(t, next)) {
                j = next;
            } else if (t.is(next, "[", "]") && (nameToken(t, next + 1) || t.is(next, "]"))) {
                j = next;
            } else if ((t.is(next, "of") && (lexicon.isTitle(t.word[j]) || lexicon.isOrganisationWord(t.word[j]))
                    && nameToken(t, next + 1))
                    || (t.is(next, "-", "&") && nameToken(t, next + 1))
                    || (t.is(next, "'s") && nameToken(t, next + 1) && lexicon.isOrganisationWord(t.word[next + 1]))) {
                j = next + 1;
            } else if (lowercaseTitle(t, next)) {
                int k = next;
                while (lowercaseTitle(t, k)) {
                    k++;
                }
                if (!nameToken(t, k)) {
                    break;
                }
                j = k;
            } else {
                break;
            }
        }
        while (j > i && t.is(j, "[", "of", "-", "&")) {
            j--;
        }
        return j;
    }

    private boolean isBracketedName(Tokens t, int i) {
        return t.is(i - 1, "[") && t.capitalised(i);
    }

    private boolean roleWord(Tokens t, int i) {
        return lexicon.isTitle(t.word[i]) || lexicon.isOrganisationWord(t.word[i]) || t.is(i, "[", "]", "of", "-")
                && !isBracketedName(t, i);
    }

    private Candidate classifyRun(Tokens t, int first, int last) {
        int nameStart = last + 1;
        while (nameStart - 1 >= first && !roleWord(t, nameStart - 1) && !lexicon.isPlace(t.lower[nameStart - 1])
                && !(t.is(nameStart - 1, "[", "]"))) {
            nameStart--;
        }
        // brackets inside a name ("[Wendy] Sherman") belong to the name
        while (nameStart - 1 >= first && (t.is(nameStart - 1, "[", "]") || isBracketedName(t, nameStart - 1))) {
            nameStart--;
        }
        while (nameStart <= last && t.is(nameStart, "]")) {
            nameStart++;
        }
        int spanFirst = first;
        if (t.is(first - 1, "the", "a", "an")) {
            spanFirst = first - 1;
        }
        boolean possessive = t.is(last + 1, "'s", "'");
        String runText = text(t, first, last);
        boolean hasOrgWord = false;
        for (int k = first; k <= last; k++) {
            hasOrgWord |= lexicon.isOrganisationWord(t.word[k]) || isAcronym(t.word[k]) && !lexicon.isPlace(t.lower[k]);
        }
        if (lexicon.isPlace(runText.toLowerCase()) || lexicon.isPlace(("the " + runText).toLowerCase())) {
            return new Candidate(spanFirst, last, "NAME", t.is(first, "west") ? "GROUP" : "GPE", null, runText, possessive);
        }
        if (nameStart <= last && nameStart > first) {
            String role = text(t, first, nameStart - 1);
            boolean roleHasTitle = false;
            for (int k = first; k < nameStart; k++) {
                roleHasTitle |= lexicon.isTitle(t.word[k]);
            }
            if (roleHasTitle) {
                return new Candidate(spanFirst, last, "NAME", "PERSON", role, text(t, nameStart, last), possessive);
            }
            return new Candidate(spanFirst, last, "NAME", hasOrgWord ? "ORGANIZATION" : "PERSON", null, runText,
                    possessive);
        }
        if (nameStart > last) {
            if (hasOrgWord) {
                return new Candidate(spanFirst, last, "NAME", "ORGANIZATION", null, runText, possessive);
            }
            return new Candidate(spanFirst, last, "NOMINAL", "PERSON", runText, runText, possessive);
        }
        return new Candidate(spanFirst, last, "NAME", hasOrgWord ? "ORGANIZATION" : "PERSON", null, runText, possessive);
    }

    private static boolean isAcronym(String word) {
        if (word.length() < 2) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!Character.isUpperCase(c) && c != '.') {
                return false;
            }
        }
        return true;
    }

    /** Nominals headed by a role noun: "A senior State Department official", "the club's chairman". */
    private List<Candidate> nominals(Tokens t, boolean[] used, List<Candidate> runs) {
        List<Candidate> result = new ArrayList<>();
        for (int k = 0; k < t.size; k++) {
            if (used[k] || !t.isPos(k, "NOUN", "PROPN") || !lexicon.isRole(t.lower[k])) {
                continue;
            }
            boolean sentenceFirst = k == t.sentenceFirst[t.sentence[k]];
            if (t.capitalised(k) && !sentenceFirst) {
                continue;
            }
            if (nameToken(t, k + 1) && !t.is(k + 1, "said", "told")) {
                continue; // a title before a name, handled as a name
            }
            if (t.isPos(k + 1, "NOUN") && !t.is(k + 1, "said")) {
                continue; // a modifier, as in "police officers"
            }
            int first = k;
            boolean determined = false;
            while (first - 1 >= 0 && !t.lineBreakBetween(first - 1, first)) {
                int p = first - 1;
                if (DETERMINERS.contains(t.lower[p]) || POSSESSIVES.contains(t.lower[p])) {
                    first = p;
                    determined = true;
                    break;
                }
                if (t.is(p, "'s") && p - 1 >= 0) {
                    first = p - 1;
                    continue;
                }
                if (t.isPos(p, "ADJ", "PROPN", "NUM") || used[p] || ROLE_MODIFIERS.contains(t.lower[p])
                        || (t.isPos(p, "NOUN") && !lexicon.isRole(t.lower[p]))) {
                    first = p;
                    continue;
                }
                break;
            }
            boolean plural = lexicon.isGroup(t.lower[k]);
            if (!determined && !plural && first == k) {
                continue; // a bare singular role noun is rarely a speaker
            }
            int last = k;
            if (t.is(k + 1, "for", "of", "at") && k + 2 < t.size) {
                int r = t.is(k + 2, "the") ? k + 3 : k + 2;
                int runEnd = r;
                while (runEnd < t.size && used[runEnd]) {
                    runEnd++;
                }
                if (runEnd > r) {
                    last = runEnd - 1;
                }
            }
            String type = plural ? "GROUP" : ORGANISATION_HEADS.contains(t.lower[k]) ? "ORGANIZATION" : "PERSON";
            int nameFirst = DETERMINERS.contains(t.lower[first]) ? first + 1 : first;
            result.add(new Candidate(first, last, "NOMINAL", type, text(t, nameFirst, k), text(t, nameFirst, last),
                    false));
        }
        // A nominal absorbs the names inside it ("State Department" in "a senior State Department official").
        boolean[] inNominal = new boolean[t.size];
        for (Candidate n : result) {
            for (int k = n.first(); k <= n.last(); k++) {
                inNominal[k] = true;
            }
        }
        runs.removeIf(run -> inNominal[run.first()] && inNominal[run.last()]);
        return result;
    }

    /** "the US Secretary of State, Antony Blinken," and "Lee's attorney, Daniel Brooks": one mention. */
    private List<Candidate> mergeAppositions(Tokens t, List<Candidate> found) {
        List<Candidate> result = new ArrayList<>();
        for (int m = 0; m < found.size(); m++) {
            Candidate a = found.get(m);
            if (m + 1 < found.size() && a.kind().equals("NOMINAL") && a.type().equals("PERSON")) {
                Candidate b = found.get(m + 1);
                if (b.kind().equals("NAME") && b.type().equals("PERSON") && b.first() == a.last() + 2
                        && t.is(a.last() + 1, ",") && (t.is(b.last() + 1, ",") || t.isPos(b.last() + 1, "VERB", "AUX"))) {
                    result.add(new Candidate(a.first(), b.last(), "NAME", "PERSON", a.role(), b.name(), b.possessive()));
                    m++;
                    continue;
                }
            }
            result.add(a);
        }
        return result;
    }

    static String text(Tokens t, int first, int last) {
        return t.text.substring(t.begin[first], t.end[last]);
    }
}
