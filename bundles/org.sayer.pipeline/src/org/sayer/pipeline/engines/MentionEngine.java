package org.sayer.pipeline.engines;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
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
            "mr", "mrs", "ms", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.",
            // prepositions and subordinators that open a sentence, which the tagger may call names ("Amid record fires, …")
            "amid", "amidst", "despite", "following", "among", "amongst", "during", "since", "although", "though",
            "while", "whilst", "regarding", "concerning", "under", "according");
    /** Wh-words and subordinators: a clause of its own opens with them, however the tagger reads them ("When/ADV asked"). */
    private static final Set<String> CLAUSE_OPENERS = Set.of("when", "where", "why", "how", "what", "who", "whom", "which",
            "whether", "once", "if", "unless", "until", "because", "before", "whenever", "wherever");
    private static final Set<String> NAME_PARTICLES = Set.of("bin", "ibn", "al", "el", "de", "van", "von", "der", "den",
            "da", "di", "du", "la", "le", "dos", "das", "del");
    /** Honorifics that open a name ("said Mr Briggs"); they are no name on their own. */
    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "mx", "mr.", "mrs.", "ms.", "sir",
            "dame", "lord", "lady", "cllr", "cllr.");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an");
    /** Every English determiner: a capitalised word the tagger calls one mid-sentence and is none of these is a name. */
    private static final Set<String> ALL_DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those", "some",
            "any", "each", "every", "no", "all", "both", "either", "neither", "another", "such", "what", "which", "whatever",
            "whichever", "whose", "my", "your", "his", "her", "its", "our", "their", "much", "many", "few", "several",
            "most", "more", "less", "enough", "half", "other");
    /** The longest source after "according to" that no other rule found, in tokens. */
    private static final int ACCORDING_TO_REACH = 8;
    /** Words that open a plural group at a sentence start: "Some analysts said", "Several residents told". */
    private static final Set<String> QUANTIFIERS = Set.of("some", "several", "many", "most", "both", "few", "other");
    /** Last words that make a capitalised run a place, not a person ("Harbour Town", "Forbury Gardens"). */
    private static final Set<String> PLACE_HEADS = Set.of("town", "city", "gardens", "street", "road", "avenue",
            "square", "stadium", "bridge", "valley", "county", "island", "islands", "river", "lake", "beach", "airport",
            "station", "district", "province", "region", "village", "market");
    private static final Set<String> POSSESSIVES = Set.of("his", "her", "its", "their", "our", "my", "your");
    private static final Set<String> ROLE_MODIFIERS = Set.of("senior", "former", "top", "chief", "junior", "deputy",
            "acting", "interim", "lead", "local", "foreign", "federal", "state", "national", "other", "some",
            "many", "several", "two", "three", "four", "five", "both");
    private static final Set<String> ORGANISATION_HEADS = Set.of("ministry", "government", "company", "firm", "club",
            "court", "team", "board", "council", "agency", "committee", "commission", "department", "bank",
            "administration", "kremlin", "union", "study", "report", "survey", "statement", "regulator", "carrier",
            "airline", "retailer", "lender", "insurer", "manufacturer", "group", "office", "newspaper", "broadcaster",
            "network", "startup", "automaker", "carmaker", "chipmaker", "operator", "developer", "school", "university",
            "hospital", "party", "campaign", "prosecution", "defence", "defense", "police", "federation", "association",
            "chamber", "foundation", "institute", "authority", "parliament", "senate", "cabinet", "coalition", "alliance",
            "organisation", "organization", "army", "tribunal", "league", "fund", "bureau", "directorate", "municipality",
            "embassy", "corporation", "assembly", "secretariat");

    /**
     * Prepositions that tie a subject noun to the phrase that says whose it is ("The registrar of the court");
     * "in" only after the content ("…, a source in the town says"), since before it mostly places the report.
     */
    private static final Set<String> HEAD_LINKS = Set.of("of", "for", "at", "from", "in");
    /** Prepositions that may follow a post-modifying participle inside a subject ("issued by", "submitted to"). */
    private static final String[] PARTICIPLE_LINKS = { "by", "to", "on", "with", "under", "into" };

    private SpeakerLexicon lexicon;
    /** Words written as proper nouns inside sentences somewhere in the document (lower-cased). */
    private Set<String> knownNames = Set.of();
    /**
     * Of those, the words that stand alone somewhere, neither before another name word nor before a noun: a
     * nationality ("the Turkish Exporters' Assembly", "Turkish lenders") never does, a surname does.
     */
    private Set<String> namesSeenAlone = Set.of();
    /** Tokens that start a cue: a role noun right before one is a speaker ("…, study finds"). */
    private boolean[] cueStart = new boolean[0];
    private boolean[] quoted = new boolean[0];

    /** A mention found in tokens [first, last]. */
    record Candidate(int first, int last, String kind, String type, String role, String name, boolean possessive) {
    }

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        lexicon = SpeakerLexicon.forEngine();
    }

    @Override
    public void process(CAS cas) throws AnalysisEngineProcessException {
        Tokens tokens = Tokens.of(cas);
        Type type = cas.getTypeSystem().getType(SayerTypes.SPEAKER_MENTION);
        boolean[] cueStart = tokens.starts(cas.<AnnotationFS>getAnnotationIndex(cas.getTypeSystem().getType(SayerTypes.CUE)));
        quoted = Quotations.quotedTokens(Quotations.outermost(cas), tokens);
        for (Candidate c : find(tokens, cueStart)) {
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

    List<Candidate> find(Tokens t, boolean[] cueStart) {
        this.cueStart = cueStart;
        knownNames = namesSeenInside(t, false);
        namesSeenAlone = namesSeenInside(t, true);
        List<Candidate> found = new ArrayList<>();
        boolean[] used = new boolean[t.size];
        for (int i = 0; i < t.size; i++) {
            if (!startsRun(t, i) || inDateline(t, i)) {
                continue; // a name run starts after a dateline: "Nairobi - Trade Minister Ruth Tan" is the minister
            }
            int last = extendRun(t, i);
            if (last < i) {
                continue;
            }
            Candidate candidate = withNameClitic(t, classifyRun(t, i, last));
            if (candidate != null) {
                found.add(candidate);
                for (int k = candidate.first(); k <= candidate.last(); k++) {
                    used[k] = true;
                }
            }
            i = last;
        }
        found.addAll(nominals(t, used, found));
        found.addAll(subjectNominals(t, used, found));
        found = withPrepositionalSubjects(t, found);
        found = withQuantityPrefixes(t, found);
        found.addAll(invertedNominals(t, found));
        found.addAll(claimantNominals(t, found));
        found.addAll(accordingToNominals(t, found));
        Candidate headlineSpeaker = headlineTailSpeaker(t, found);
        if (headlineSpeaker != null) {
            found.add(headlineSpeaker);
        }
        found.removeIf(c -> inDateline(t, c.first()));
        found = withDescribingPhrases(t, found);
        found.sort((a, b) -> Integer.compare(a.first(), b.first()));
        found = mergeAppositions(t, found);
        found = coordinatedSubjects(t, found);
        for (int i = 0; i < t.size; i++) {
            int described = thoseDescribed(t, i);
            if (described > i) {
                // "Those affected say …", "those living nearby said …": the people the words describe speak
                found.add(new Candidate(i, described, "NOMINAL", "GROUP", t.lower[i], text(t, i, described), false));
                i = described;
                continue;
            }
            if (t.is(i, "many", "some", "others", "most", "several") && i + 1 < t.size && cueStart[i + 1]
                    && (i == 0 || !t.isPos(i - 1, "DET", "ADP", "ADJ", "NOUN", "PROPN"))) {
                // "Many argue that …", "Others said …": an unnamed group speaks
                found.add(new Candidate(i, i, "NOMINAL", "GROUP", t.lower[i], t.word[i], false));
                continue;
            }
            if (i < quoted.length && quoted[i] && t.is(i, "i") && reportsOwnSaying(t, i)) {
                // "“I told the officer that …,” she said": the quotation's speaker reports what they said
                found.add(new Candidate(i, i, "PRONOUN", "PERSON", null, t.lower[i], false));
                continue;
            }
            if (t.isPos(i, "PRON") && (t.is(i, "he", "she", "they") || (t.is(i, "it") && followedByVerb(t, i))
                    || accordingToPronoun(t, i))) {
                String type = t.is(i, "they", "them") ? "GROUP" : t.is(i, "it") ? "ORGANIZATION" : "PERSON";
                found.add(new Candidate(i, i, "PRONOUN", type, null, t.lower[i], false));
            }
        }
        // a speaker's phrase never runs over a paragraph's end, whichever rule grew it
        found.removeIf(c -> t.lineBreakBetween(c.first(), c.last()));
        found.sort((a, b) -> Integer.compare(a.first(), b.first()));
        return found;
    }

    /**
     * The last token of "those" and the words that describe them right before a cue ("Those affected",
     * "those living near the port"), or -1.
     */
    private int thoseDescribed(Tokens t, int i) {
        if (!t.is(i, "those") || i + 1 >= t.size || !(t.isPos(i + 1, "VERB", "ADJ") || t.is(i + 1, "who"))) {
            return -1;
        }
        for (int k = i + 1; k < t.size && k - i <= 8 && !t.lineBreakBetween(k - 1, k); k++) {
            if (cueStart(k + 1)) {
                return k;
            }
            if (t.isPos(k, "PUNCT", "AUX") && !t.is(k, "-")) {
                return -1;
            }
        }
        return -1;
    }

    /** Whether token {@code k} lies in the wire dateline of its sentence: "Kasoa (C/R) Feb. 13 GNA -" names no speaker. */
    private static boolean inDateline(Tokens t, int k) {
        return k < t.afterDateline(t.sentenceFirst[t.sentence[k]]);
    }

    /**
     * The tagger often misses a name at a sentence start ("Macklem/NOUN told …"); a word the
     * document also writes as a proper noun mid-sentence ("Tiff Macklem") is a name there too.
     */
    private Set<String> namesSeenInside(Tokens t, boolean alone) {
        Set<String> names = new java.util.HashSet<>();
        for (int i = 0; i < t.size; i++) {
            if (t.isPos(i, "PROPN", "NOUN") && t.capitalised(i) && !atSentenceStart(t, i) && !TIME_WORDS.contains(t.lower[i])
                    && !(alone && (t.capitalised(i + 1) || t.isPos(i + 1, "NOUN")))) {
                names.add(t.lower[i]);
            }
        }
        return names;
    }

    /** A sentence's first word, the first word after its dateline, or the first word after an opening quotation mark or a colon. */
    private static boolean atSentenceStart(Tokens t, int i) {
        int first = t.sentenceFirst[t.sentence[i]];
        if (i == first || i == t.afterDateline(first)) {
            return true; // "Dhaka, Mar 21 – Mentioning that …": the sentence begins where its dateline ends
        }
        String previous = t.word[i - 1];
        return previous.equals(":") || previous.equals("\"") || previous.equals("\u201C") || previous.equals("\u00AB")
                || previous.equals("'") || previous.equals("\u2018");
    }

    /** Right after a comma, or after a closing mark that follows one: ", said", ",” said", ",” a source said". */
    private static boolean afterComma(Tokens t, int i) {
        return t.is(i - 1, ",") || t.isQuoteMark(i - 1) && t.is(i - 2, ",");
    }

    /** At a sentence start, or after a connective that opens it ("But", "Meanwhile,"). */
    private static boolean clauseInitial(Tokens t, int i) {
        int k = i - 1;
        if (k >= 0 && t.is(k, ",")) {
            k--;
        }
        return atSentenceStart(t, i) || k >= 0 && k == t.sentenceFirst[t.sentence[k]]
                && t.is(k, "but", "and", "meanwhile", "however", "still", "yet", "now", "so", "today", "instead")
                || afterFrontedClause(t, i);
    }

    /** "While Ramaphosa was upbeat, delegates noted …": the main clause opens after a fronted subordinate clause. */
    private static boolean afterFrontedClause(Tokens t, int i) {
        if (i < 1 || !t.is(i - 1, ",")) {
            return false;
        }
        int first = t.sentenceFirst[t.sentence[i]];
        if (!t.is(first, "while", "as", "although", "though", "after", "when", "if", "since", "because", "whereas")) {
            return false;
        }
        for (int k = first + 1; k < i - 1; k++) {
            if (t.is(k, ",")) {
                return false; // only the first comma closes the fronted clause
            }
        }
        return true;
    }

    /** Attitudes the speaker does not split off from their own report (FORMAT.md: "I am confident that …"). */
    private static final Set<String> OWN_ATTITUDES = Set.of("believed", "thought", "knew", "felt", "hoped", "expected",
            "feared", "suspected", "understood", "realised", "realized", "wondered", "assumed", "guessed", "imagined",
            "doubted", "remembered", "forgot", "wanted", "agreed", "accepted", "admitted");

    /** "I told", "I asked", "I cautioned": a saying in the past, not an attitude, right after "I". */
    private boolean reportsOwnSaying(Tokens t, int i) {
        int k = i + 1;
        while (k < t.size && t.isPos(k, "ADV")) {
            k++;
        }
        return k < t.size && cueStart[k] && t.isPos(k, "VERB") && !OWN_ATTITUDES.contains(t.lower[k])
                && (t.lower[k].endsWith("ed") || t.is(k, "told", "said", "wrote", "spoke", "sent"));
    }

    /** "According to him, …", "according to them": the object pronoun names the source (but not "according to her lawyer"). */
    private static boolean accordingToPronoun(Tokens t, int i) {
        return t.is(i, "him", "her", "them") && i >= 2 && t.is(i - 1, "to") && t.is(i - 2, "according")
                && (i + 1 >= t.size || t.isPos(i + 1, "PUNCT"));
    }

    /**
     * Whether the line holding token {@code i} is a headline in title case: no full stop at its end, and
     * every word of four letters or more capitalised, not only the names ("German Foreign Minister X met Y.").
     */
    private static boolean titleCaseLine(Tokens t, int i) {
        // outwards from i, so that a line of prose is ruled out at its first lower-case word, however long the line
        int words = 0;
        int last = i;
        for (int k = i; ; k++) {
            if (longWord(t, k)) {
                if (!t.capitalised(k)) {
                    return false;
                }
                words++;
            }
            if (k + 1 >= t.size || t.lineBreakBetween(k, k + 1)) {
                last = k;
                break;
            }
        }
        if (t.is(last, ".")) {
            return false;
        }
        for (int k = i - 1; k >= 0 && !t.lineBreakBetween(k, k + 1); k--) {
            if (longWord(t, k)) {
                if (!t.capitalised(k)) {
                    return false;
                }
                words++;
            }
        }
        return words >= 4;
    }

    /** A word of four letters or more, the words a title-case headline capitalises. */
    private static boolean longWord(Tokens t, int k) {
        return Character.isLetter(t.word[k].charAt(0)) && t.word[k].length() >= 4;
    }

    private static boolean followedByVerb(Tokens t, int i) {
        int k = i + 1;
        while (k < i + 4 && t.isPos(k, "AUX", "ADV", "PART")) {
            k++; // "it did not say", "it has also said"
        }
        return t.isPos(k, "VERB");
    }

    private boolean nameToken(Tokens t, int i) {
        if (i < 0 || i >= t.size || !t.capitalised(i) || TIME_WORDS.contains(t.lower[i])) {
            return false;
        }
        if (hasCurrencySign(t.word[i])) {
            return false; // "US$20", "NZ$5m": an amount, not a name
        }
        if (Tokens.isMonth(t.lower[i]) && (t.is(i + 1, ".") || t.isPos(i + 1, "NUM"))) {
            return false; // "Feb. 8": a date, not a name
        }
        boolean aloneOnItsLine = (i == 0 || t.lineBreakBetween(i - 1, i)) && (i + 1 >= t.size || t.lineBreakBetween(i, i + 1));
        if (aloneOnItsLine) {
            return knownNames.contains(t.lower[i]); // a one-word headline or label ("Bins") names nobody by itself
        }
        if (t.isPos(i, "PROPN")) {
            return true;
        }
        boolean sentenceFirst = atSentenceStart(t, i);
        if (sentenceFirst && knownNames.contains(t.lower[i]) && !t.isPos(i, "PRON", "DET", "ADP", "CCONJ", "SCONJ")) {
            return true;
        }
        if (sentenceFirst && t.is(i + 1, ",") && t.is(i + 2, "a", "an")
                && !t.isPos(i, "PRON", "DET", "ADP", "CCONJ", "SCONJ", "ADV", "VERB", "AUX")) {
            return true; // "Umoh, a taxi driver, said": an apposition describes a name the tagger missed
        }
        if (sentenceFirst && t.is(i + 1, ":") && t.isPos(i, "PROPN")) {
            return true; // a headline speaker: "Macron: Europe must …"
        }
        boolean modifierWord = (t.isPos(i, "ADJ", "DET") || isAcronym(t.word[i])) && !ALL_DETERMINERS.contains(t.lower[i]);
        if (sentenceFirst && modifierWord && i + 1 < t.size && t.capitalised(i + 1) && lexicon.isTitle(t.word[i + 1])) {
            return true; // "Russian Foreign Minister …", "IT/PRON Minister: …", "WhatsApp/DET CEO …" at a sentence start
        }
        if (sentenceFirst && t.isPos(i, "ADJ") && t.isPos(i + 1, "PROPN") && t.capitalised(i + 1)
                && !t.lineBreakBetween(i, i + 1) && !knownToLexicon(t, i)) {
            return true; // "Éric/ADJ Mangar, who …": a first name the tagger missed at a sentence start
        }
        if (!sentenceFirst && unknownDeterminer(t, i) && t.capitalised(i + 1)) {
            return true; // "imposed, Margrethe/DET Vestager": no determiner is written with a capital mid-sentence
        }
        if (sentenceFirst && unknownWordBeforeCue(t, i)) {
            return true; // "Bojang/VERB said that …", "Adly/ADV told …": no common word opens a sentence right before its verb
        }
        if (t.isPos(i, "PRON", "DET", "CCONJ", "SCONJ", "ADP", "PART", "PUNCT")) {
            // Tagger slips on capitalised titles ("Minister") are caught by the lexicon.
            return !sentenceFirst && (lexicon.isTitle(t.word[i]) || lexicon.isOrganisationWord(t.word[i]));
        }
        if (t.isPos(i, "AUX", "VERB", "ADV", "NUM")) {
            // inside a sentence a capitalised word is a name whatever the tagger says ("Baerbock/AUX"), but not
            // in a headline that capitalises every word ("Super Eagles Will Show Strength Against …")
            return !sentenceFirst && !titleCaseLine(t, i);
        }
        return !sentenceFirst || lexicon.isTitle(t.word[i]) || lexicon.isOrganisationWord(t.word[i])
                || lexicon.isPlace(t.lower[i])
                || i + 1 < t.size && t.capitalised(i + 1) && lexicon.isOrganisationWord(t.word[i + 1]); // "Northwind Airlines"
    }

    /**
     * Whether the word at {@code i} stands right before a reporting verb in a finite form and is no word the
     * lexicon knows: a name the tagger took for a verb, an adverb or a common noun ("Bojang/VERB said").
     */
    private boolean unknownWordBeforeCue(Tokens t, int i) {
        int verb = i + 1;
        if (verb >= t.size || !cueStart[verb] || !t.isPos(verb, "VERB") || t.lower[verb].endsWith("ing")
                || !t.isPos(i, "VERB", "ADJ", "ADV", "INTJ", "NOUN", "X") || CLAUSE_OPENERS.contains(t.lower[i])) {
            return false; // "When asked about …, he said": no name
        }
        return !knownToLexicon(t, i);
    }

    /** A title, role, group, person noun, organisation word or place of the speaker lexicon. */
    private boolean knownToLexicon(Tokens t, int i) {
        String word = t.word[i];
        return lexicon.isTitle(word) || lexicon.isRole(word) || lexicon.isGroup(word) || lexicon.isPersonNoun(word)
                || lexicon.isOrganisationWord(word) || lexicon.isPlace(t.lower[i]);
    }

    /** A word the tagger calls a determiner that no English determiner is: a tagger's slip on a name. */
    private static boolean unknownDeterminer(Tokens t, int i) {
        return t.isPos(i, "DET") && !ALL_DETERMINERS.contains(t.lower[i]);
    }

    private static boolean hasCurrencySign(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.getType(word.charAt(i)) == Character.CURRENCY_SYMBOL) {
                return true;
            }
        }
        return false;
    }

    private boolean lowercaseTitle(Tokens t, int i) {
        // a title the tagger takes for a verb is one right after a quotation: "“…,” forward/VERB Zouheir Dhaouadi told"
        return i < t.size && !t.capitalised(i) && lexicon.isTitle(t.word[i])
                && (!t.isPos(i, "VERB", "AUX", "ADP") || i > 0 && t.isQuoteMark(i - 1) && !t.isPos(i, "ADP"));
    }

    private boolean startsRun(Tokens t, int i) {
        if (nameToken(t, i)) {
            return true;
        }
        if (HONORIFICS.contains(t.lower[i]) && t.capitalised(i) && nameToken(t, i + 1)
                && !t.lineBreakBetween(i, i + 1)) {
            return true; // "Mr Briggs", "Mrs Ward"
        }
        // "coach Sofia Almeida", "chief executive Marcus Lee", "union spokesman Sipho Dlamini",
        // "Chief financial officer Raj Mehta": a title, with its modifiers, right before a name.
        int k = titleChainEnd(t, i);
        return k > i && nameToken(t, k) && !lexicon.isOrganisationWord(t.word[k]);
    }

    /**
     * The token after a run of lower-case titles that starts at {@code i}, allowing up to two
     * modifiers before the first title ("union spokesman", "Chief financial officer"); {@code i}
     * itself when no title follows.
     */
    private int titleChainEnd(Tokens t, int i) {
        int k = i;
        while (k - i < 2 && k + 1 < t.size && !lowercaseTitle(t, k) && !t.lineBreakBetween(k, k + 1)
                && t.isPos(k, "NOUN", "ADJ") && (!t.capitalised(k) || atSentenceStart(t, k) && k == i)) {
            k++;
        }
        if (!lowercaseTitle(t, k)) {
            k = i;
        }
        while (lowercaseTitle(t, k) && k + 1 < t.size && !t.lineBreakBetween(k, k + 1)) {
            k++;
        }
        return k > i && lowercaseTitle(t, k - 1) ? k : i;
    }

    private int extendRun(Tokens t, int i) {
        int j = i;
        int titleEnd = -1;
        while (j + 1 < t.size && !t.lineBreakBetween(j, j + 1)) {
            int next = j + 1;
            if (cueStart[next] && !t.lineBreakBetween(0, next)) {
                break; // "Fishermen Seek End to …": a headline's verb, capitalised as every word there
            }
            if (nameToken(t, next) || isBracketedName(t, next)) {
                j = next;
            } else if (NAME_PARTICLES.contains(t.word[next]) && nameToken(t, next + 1)) {
                j = next + 1; // "Abdulaziz bin Salman", "Ursula von der Leyen"
            } else if (t.is(next, "[", "]") && (nameToken(t, next + 1) || t.is(next, "]"))) {
                j = next;
            } else if (t.is(next, "of", "for") && t.is(next + 1, "the") && lexicon.isTitle(t.word[j]) && nameToken(t, next + 2)) {
                titleEnd = titleEnd < 0 ? j : titleEnd;
                j = next + 2;
            } else if ((t.is(next, "of", "for") && (lexicon.isTitle(t.word[j]) || lexicon.isOrganisationWord(t.word[j]))
                    && nameToken(t, next + 1))
                    || (t.is(next, "-", "&") && nameToken(t, next + 1))
                    || (t.is(next, "'s") && nameToken(t, next + 1) && lexicon.isOrganisationWord(t.word[next + 1]))) {
                j = next + 1;
            } else if (titleChainEnd(t, next) > next) {
                int k = titleChainEnd(t, next);
                if (!nameToken(t, k)) {
                    break;
                }
                j = k;
            } else {
                break;
            }
        }
        while (j > i && t.is(j, "[", "of", "for", "-", "&")) {
            j--;
        }
        // "Deputy Director of the Hi-Tech Park Kirill Zalessky" is one person; "President of the National
        // Farmers Association" ends in its body, and the title stands alone for an apposition to name
        return titleEnd >= 0 && personNameLength(t, i, j) < 2 ? titleEnd : j;
    }

    /** How many capitalised words end the run {@code first..last} after its last title, organisation word or place. */
    private int personNameLength(Tokens t, int first, int last) {
        int k = last;
        while (k >= first && t.capitalised(k) && !roleWord(t, k) && !lexicon.isPlace(t.lower[k])) {
            k--;
        }
        return last - k;
    }

    private boolean isBracketedName(Tokens t, int i) {
        return t.is(i - 1, "[") && t.capitalised(i);
    }

    private boolean roleWord(Tokens t, int i) {
        return lexicon.isTitle(t.word[i]) || lexicon.isOrganisationWord(t.word[i]) || t.is(i, "[", "]", "of", "for", "-")
                && !isBracketedName(t, i);
    }

    /**
     * A company named with a possessive ("Macy's", "McDonald's", "Sainsbury's") is a subject when a
     * verb follows the clitic: "Macy's is reporting that …" has no possessed noun.
     */
    private static Candidate withNameClitic(Tokens t, Candidate c) {
        int clitic = c == null ? -1 : c.last() + 1;
        if (c == null || !c.possessive() || !c.kind().equals("NAME") || !t.is(clitic, "'s", "\u2019s")
                || !t.isPos(clitic + 1, "AUX", "VERB") || t.is(clitic + 1, "been", "got", "gotten")) {
            return c;
        }
        return new Candidate(c.first(), clitic, "NAME", "ORGANIZATION", null, c.name() + t.word[clitic], false);
    }

    private Candidate classifyRun(Tokens t, int first, int last) {
        boolean anyCapital = false;
        for (int k = first; k <= last; k++) {
            anyCapital |= t.capitalised(k);
        }
        if (!anyCapital || (first == last && t.isPos(first, "ADJ") && !lexicon.isPlace(t.lower[first])
                && !namesSeenAlone.contains(t.lower[first]) && !unknownWordBeforeCue(t, first))) {
            // "the Russian demands": an adjective, not a speaker; but "Greyling/ADJ submitted" is the
            // "Rian Greyling" the document named before, and ", Najmul/ADJ said" a name right before its verb
            return null;
        }
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
        boolean possessive = t.isPossessiveMark(last + 1);
        String runText = text(t, first, last);
        boolean hasOrgWord = false;
        for (int k = first; k <= last; k++) {
            hasOrgWord |= lexicon.isOrganisationWord(t.word[k]) || isAcronym(t.word[k]) && !lexicon.isPlace(t.lower[k])
                    && !lexicon.isTitle(t.word[k]); // "H.E. Dahir Gelle": an honorific, not a body's initials
        }
        String nameType = hasOrgWord || namedWithArticle(t, first, last) ? "ORGANIZATION" : "PERSON";
        if (lexicon.isPlace(runText.toLowerCase()) || lexicon.isPlace(("the " + runText).toLowerCase())
                || last > first && PLACE_HEADS.contains(t.lower[last])) {
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
            return new Candidate(spanFirst, last, "NAME", nameType, null, runText, possessive);
        }
        if (nameStart > last) {
            if (hasOrgWord) {
                return new Candidate(spanFirst, last, "NAME", "ORGANIZATION", null, runText, possessive);
            }
            return new Candidate(spanFirst, last, "NOMINAL", "PERSON", runText, runText, possessive);
        }
        return new Candidate(spanFirst, last, "NAME", nameType, null, runText, possessive);
    }

    /**
     * A name of two words or more after "the" and with no title names no person: "the Atlas Lions",
     * "the World Cup", "the Rajo Inca open pit" are teams, events and things, never "he" or "she".
     */
    private boolean namedWithArticle(Tokens t, int first, int last) {
        if (!t.is(first - 1, "the") || last == first) {
            return false;
        }
        for (int k = first; k <= last; k++) {
            if (lexicon.isTitle(t.word[k]) || HONORIFICS.contains(t.lower[k])) {
                return false;
            }
        }
        return true;
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
            // "director general", "attorney general": the compound's head is "general"
            boolean compoundRole = t.is(k, "general") && k > 0 && lexicon.isRole(t.lower[k - 1]);
            // "executives/VERB repeatedly thanked": a plural role noun the tagger reads as a verb before its verb
            boolean mistagged = t.isPos(k, "VERB") && lexicon.isGroup(t.lower[k]) && followedByVerb(t, k)
                    // "The accused/VERB wanted …": a participle after "the" that a verb follows is a noun
                    || t.isPos(k, "VERB") && t.is(k - 1, "the") && lexicon.isRole(t.lower[k]) && followedByVerb(t, k);
            // "The skipper later said", "The county's epidemiologist said": a WordNet noun of people heads a
            // speaker when a cue follows it, or a verb whose coordinated verb is a cue ("The skipper gave no
            // excuses and said …")
            boolean personBeforeCue = t.isPos(k, "NOUN") && lexicon.isPersonNoun(t.lower[k])
                    && (cueStart(afterAdverbsAndAuxiliaries(t, k + 1)) || coordinatedCueAfter(t, k + 1));
            if (used[k] || !(t.isPos(k, "NOUN", "PROPN", "ADJ") || mistagged)
                    || !(lexicon.isRole(t.lower[k]) || compoundRole || personBeforeCue)) {
                continue;
            }
            boolean sentenceFirst = atSentenceStart(t, k);
            if (t.capitalised(k) && !sentenceFirst) {
                continue;
            }
            boolean beforeCue = k + 1 < t.size && cueStart[k + 1];
            if (nameToken(t, k + 1) && !beforeCue) {
                continue; // a title before a name, handled as a name
            }
            if (t.isPos(k + 1, "NOUN") && !beforeCue) {
                continue; // a modifier, as in "police officers"
            }
            int first = k;
            boolean determined = false;
            while (first - 1 >= 0 && !t.lineBreakBetween(first - 1, first) && !cueStart(first - 1)) {
                int p = first - 1; // "Cunningham hails/NOUN team's workrate": a cue ends the noun phrase before it
                if (DETERMINERS.contains(t.lower[p]) || POSSESSIVES.contains(t.lower[p])) {
                    first = p;
                    determined = true;
                    break;
                }
                if (t.isPossessiveMark(p) && p - 1 >= 0) {
                    first = p - 1;
                    continue;
                }
                if (t.isPos(p, "ADJ", "PROPN", "NUM", "NOUN") || used[p] || ROLE_MODIFIERS.contains(t.lower[p])) {
                    first = p;
                    continue;
                }
                if (t.is(p, "and", "&") && t.isPos(p - 1, "ADJ", "NOUN") && !used[p - 1] && !lexicon.isRole(t.lower[p - 1])) {
                    first = p - 1; // "the transport and logistics group": coordinated modifiers, not "a player and manager"
                    continue;
                }
                break;
            }
            boolean plural = lexicon.isGroup(t.lower[k]);
            // ", study finds" and the headline "Study finds …": a bare role noun right before its cue
            boolean reportingAfterComma = (t.is(first - 1, ",") || atSentenceStart(t, first)) && beforeCue;
            boolean informed = t.is(k + 1, "familiar", "close") && t.is(k + 2, "with", "to"); // "a source close to …"
            if (!determined && !plural && first == k && !reportingAfterComma && !informed) {
                continue; // a bare singular role noun is rarely a speaker
            }
            int last = k;
            if (t.is(k + 1, "familiar", "close") && t.is(k + 2, "with", "to")) {
                int j = k + 3;
                while (j < t.size && j <= k + 6 && t.isPos(j, "DET", "ADJ", "NOUN", "PROPN") && !t.is(j, ",")) {
                    j++;
                }
                last = j - 1; // "people familiar with the matter"
            } else if (plural && t.is(k + 1, "seen", "obtained", "reviewed", "viewed") && t.is(k + 2, "by")) {
                int j = k + 3;
                while (j < t.size && j <= k + 8 && t.isPos(j, "DET", "ADJ", "NOUN", "PROPN") && !t.lineBreakBetween(j - 1, j)) {
                    j++;
                }
                last = j > k + 3 ? j - 1 : k; // "documents seen by the Herald"
            } else if (t.is(k + 1, "for", "of", "at") && k + 2 < t.size) {
                // "a spokesperson for the US Attorney's Office", "a spokesman for the Austrian environment ministry"
                int r = t.is(k + 2, "the") ? k + 3 : k + 2;
                int runEnd = r;
                while (runEnd < t.size && runEnd - r < 6 && (used[runEnd] || t.is(runEnd, "'s", "'", "\u2019")
                        || t.isPos(runEnd, "PROPN", "ADJ") || t.isPos(runEnd, "NOUN") && runEnd > r)
                        && !t.lineBreakBetween(runEnd - 1, runEnd) && !cueStart(runEnd)) {
                    runEnd++;
                }
                boolean named = false;
                for (int j = r; j < runEnd; j++) {
                    named |= used[j] || t.capitalised(j) || lexicon.isTitle(t.word[j]);
                }
                if (runEnd > r && named) {
                    last = runEnd - 1;
                } else if (t.is(k + 1, "of")) {
                    last = commonNounPhraseEnd(t, k + 2, last); // "an official of a telecom company", "the authors of the report"
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

    /** The last token of a short common noun phrase from {@code from} ("a telecom company"), or {@code otherwise}. */
    private int commonNounPhraseEnd(Tokens t, int from, int otherwise) {
        int j = from < t.size && (DETERMINERS.contains(t.lower[from]) || POSSESSIVES.contains(t.lower[from])) ? from + 1 : from;
        int end = -1;
        for (int n = 0; j < t.size && n < 4 && t.isPos(j, "ADJ", "NOUN") && !t.lineBreakBetween(j - 1, j) && !cueStart(j); j++, n++) {
            if (t.isPos(j, "NOUN")) {
                end = j;
            }
        }
        return end > 0 && !t.isPos(end + 1, "NOUN", "PROPN") ? end : otherwise;
    }

    /**
     * "The 38-year-old insisted …", "the Spaniard said": a definite noun phrase right before a cue
     * is a speaker even when its head is no role word.
     */
    private List<Candidate> subjectNominals(Tokens t, boolean[] used, List<Candidate> found) {
        boolean[] taken = taken(t, found);
        List<Candidate> result = new ArrayList<>();
        for (int k = 1; k < t.size; k++) {
            boolean beforeRelative = t.is(k, ",") && t.is(k + 1, "who"); // "The 21-year-old, who joined …, said"
            // "delegates/VERB noted/VERB that": a plural noun the tagger took for a verb before the cue
            boolean pluralVerb = t.isPos(k - 1, "VERB") && t.sForm(k - 1) && cueStart(k) && t.isPos(k, "VERB");
            int cue = afterAdverbsAndAuxiliaries(t, afterDashedAside(t, k));
            if (!(cueStart(cue) || beforeRelative) || taken[k - 1]
                    || !(t.isPos(k - 1, "NOUN", "ADJ", "PROPN", "NUM") || pluralVerb) || passive(t, k, cue)) {
                continue;
            }
            int first = k - 1;
            while (first - 1 >= 0 && k - first < 5 && !taken[first - 1] && t.isPos(first - 1, "NOUN", "ADJ", "PROPN", "NUM")
                    && !t.lineBreakBetween(first - 1, first)) {
                first--;
            }
            if (first - 1 >= 0 && t.is(first - 1, "the") && !taken[first - 1] && !t.isPos(first - 2, "ADP")) {
                String name = text(t, first, k - 1);
                result.add(new Candidate(first - 1, k - 1, "NOMINAL", "PERSON", null, name, false));
            } else if (first - 1 >= 0 && t.is(first - 1, "one", "another", "a", "an") && !taken[first - 1]
                    && (clauseInitial(t, first - 1) || t.is(first - 2, "what")) && t.isPos(k - 1, "NOUN")
                    && !t.lower[k - 1].endsWith("s")) {
                // "One householder said:", "Another resident said", "A neighbour said", "what a lawmaker called"
                result.add(new Candidate(first - 1, k - 1, "NOMINAL", "PERSON", null, text(t, first - 1, k - 1), false));
            } else if (first < k - 1 && t.isPos(k - 1, "NOUN") && t.lower[k - 1].endsWith("s") && atSentenceStart(t, first)
                    && (t.isPos(first, "NUM") || QUANTIFIERS.contains(t.lower[first]))) {
                // "Two environmental groups are warning …", "Some analysts said …"
                result.add(new Candidate(first, k - 1, "NOMINAL", "GROUP", null, text(t, first, k - 1), false));
            } else if ((t.isPos(k - 1, "NOUN") || pluralVerb) && t.sForm(k - 1)
                    && clauseInitial(t, first) && (!t.capitalised(first) || atSentenceStart(t, first))
                    && (first == k - 1 || t.isPos(first, "NOUN", "ADJ"))) {
                // "Traders said", "But homeowners say", "Meanwhile, hospital consultants say"
                result.add(new Candidate(first, k - 1, "NOMINAL", "GROUP", null, text(t, first, k - 1), false));
            } else if (first == k - 1 && atSentenceStart(t, first) && t.isPos(first, "NOUN") && t.lower[first].endsWith("s")) {
                result.add(new Candidate(first, first, "NOMINAL", "GROUP", null, t.word[first], false)); // "Traders said"
            }
        }
        return result;
    }

    /**
     * "The registrar of the High Court said", "One of the officials said", "Members of the cabinet
     * say": a clause-opening noun phrase whose head a prepositional phrase follows right up to the
     * cue is the speaker, not the phrase's object (FORMAT.md spans the whole noun phrase).
     */
    private List<Candidate> withPrepositionalSubjects(Tokens t, List<Candidate> found) {
        int[] endOfStarting = new int[t.size];
        Arrays.fill(endOfStarting, -1);
        for (Candidate c : found) {
            endOfStarting[c.first()] = c.last();
        }
        List<Candidate> result = new ArrayList<>(found);
        for (int cue = 3; cue < t.size; cue++) {
            if (!cueStart(cue) || !t.isPos(cue, "VERB") || quoted[cue]) {
                continue;
            }
            int end = cue - 1;
            // "has also said", "is demanding": adverbs and auxiliaries stand between the phrase and its cue
            while (end > 0 && (t.isPos(end, "ADV") || t.is(end, "has", "have", "had")
                    || t.is(end, "is", "are", "was", "were") && t.lower[cue].endsWith("ing")) && cue - end < 3) {
                end--;
            }
            int link = -1;
            int participle = -1;
            int k = end;
            for (; k >= 0 && end - k < 12 && !t.lineBreakBetween(k, k + 1); k--) {
                if (HEAD_LINKS.contains(t.lower[k])) {
                    link = k;
                } else if (postModifyingParticiple(t, k)) {
                    link = k;
                    participle = k;
                } else if (!(t.isPos(k, "DET", "ADJ", "NOUN", "PROPN", "NUM") || t.is(k, "'s", "'", "\u2019")
                        || t.is(k, PARTICIPLE_LINKS) && k < end
                        || (t.isPos(k, "ADV") || t.is(k, "those")) && participle > k && onlyAdverbs(t, k + 1, participle - 1))) {
                    break;
                }
            }
            if (link < 0 || link >= end || !t.isPos(end, "NOUN", "PROPN")) {
                continue;
            }
            int head = link - 1;
            while (t.isPos(head, "ADV") && head > 0) {
                head--; // "those reportedly affected by the noise"
            }
            boolean partitive = t.is(head, "one", "some", "many", "most", "none", "several", "members", "each", "half")
                    || t.isPos(head, "NUM"); // "Two of the residents said"
            if (head < 0 || !(t.isPos(head, "NOUN") || partitive) || t.capitalised(head) && !atSentenceStart(t, head)) {
                continue;
            }
            int first = head;
            while (first - 1 >= 0 && first > head - 3 && t.isPos(first - 1, "ADJ", "NOUN") && !t.capitalised(first - 1)) {
                first--;
            }
            if (participle > head && first - 2 >= 0 && t.is(first - 1, "'s", "\u2019s") && t.isPos(first - 2, "NOUN", "PROPN")) {
                first -= 2; // "the villager's petition submitted to the ministry"
            }
            if (t.is(first - 1, "the", "a", "an", "one", "another")) {
                first--;
            }
            // "…, a source in the city says", "“…,” a source in Muyuka said": the same subject after what it reports
            boolean postposed = afterComma(t, first) && t.is(first, "the", "a", "an");
            // a mention found at the same start grows by the phrase only when it is the bare head ("a source")
            boolean taken = endOfStarting[first] >= 0 && endOfStarting[first] != head
                    && !(participle > head && t.is(endOfStarting[first] + 1, "'s", "\u2019s")); // "The villager's petition"
            // "Statistics published in 2012 show": a plural head past a participle needs no article
            boolean describedPlural = participle > head && t.lower[head].endsWith("s") && t.isPos(head, "NOUN");
            // before the cue, "in" mostly places the report ("A new study in the journal found"); after, it names the source
            if (!(clauseInitial(t, first) || postposed) || taken || t.is(link, "in") && !postposed
                    || !t.is(link, "of") && !partitive && !t.is(first, "the", "a", "an") && !describedPlural) {
                continue;
            }
            final int from = first;
            final int to = end;
            result.removeIf(c -> c.first() >= from && c.last() <= to);
            boolean plural = partitive ? !t.is(head, "one", "each") : t.sForm(head);
            String type = plural ? "GROUP" : ORGANISATION_HEADS.contains(t.lower[head]) ? "ORGANIZATION" : "PERSON";
            int nameFirst = DETERMINERS.contains(t.lower[from]) ? from + 1 : from;
            result.add(new Candidate(from, to, "NOMINAL", type, null, text(t, nameFirst, to), false));
        }
        result.sort((a, b) -> Integer.compare(a.first(), b.first()));
        return result;
    }

    /**
     * "More than 400 residents said", "At least two callers told": a group counted by a number takes the
     * words that bound the count, so it opens its clause rather than standing in a phrase of "than" or "over".
     */
    private static List<Candidate> withQuantityPrefixes(Tokens t, List<Candidate> found) {
        boolean[] taken = taken(t, found);
        List<Candidate> result = new ArrayList<>(found.size());
        for (Candidate c : found) {
            int count = c.first();
            while (count <= c.last() && !(t.isPos(count, "NUM") || t.is(count, "half"))) {
                count++;
            }
            int from = c.kind().equals("NOMINAL") && count <= c.last() ? quantityPrefixStart(t, count) : c.first();
            boolean free = true;
            for (int k = from; k < c.first(); k++) {
                free &= !taken[k];
            }
            if (from < c.first() && free) {
                result.add(new Candidate(from, c.last(), c.kind(), c.type(), c.role(), text(t, from, c.last()), c.possessive()));
            } else {
                result.add(c);
            }
        }
        return result;
    }

    /** The first word of the bound before the count at {@code count}: "more than", "at least", "up to", "over", or {@code count}. */
    private static int quantityPrefixStart(Tokens t, int count) {
        if (t.is(count - 1, "than") && t.is(count - 2, "more", "less", "fewer")
                || t.is(count - 1, "least", "most") && t.is(count - 2, "at")
                || t.is(count - 1, "to") && t.is(count - 2, "up")) {
            return count - 2;
        }
        return t.is(count - 1, "over", "nearly", "almost", "about", "around", "roughly", "approximately", "some") ? count - 1 : count;
    }

    private static boolean onlyAdverbs(Tokens t, int from, int to) {
        for (int k = from; k <= to; k++) {
            if (!t.isPos(k, "ADV")) {
                return false;
            }
        }
        return true;
    }

    /**
     * "dated", "submitted", "issued": a past participle right after a noun (past an adverb) that
     * describes it, as in "a statement issued by the ministry said"; its own phrase then follows.
     */
    private static boolean postModifyingParticiple(Tokens t, int k) {
        int before = k - 1;
        while (t.isPos(before, "ADV") && before > k - 3) {
            before--;
        }
        return t.isPos(k, "VERB") && (t.lower[k].endsWith("ed") || t.lower[k].endsWith("en"))
                && (t.isPos(before, "NOUN", "PROPN") || t.is(before, "those")) && !t.is(k + 1, "that");
    }

    /**
     * "complaints from citizens about …", "a request by staff to …": people named by a common noun
     * after a noun cue and "from" or "by" make the claim the noun names.
     */
    private List<Candidate> claimantNominals(Tokens t, List<Candidate> found) {
        boolean[] taken = taken(t, found);
        List<Candidate> result = new ArrayList<>();
        for (int cue = 0; cue + 2 < t.size; cue++) {
            if (!cueStart(cue) || !t.isPos(cue, "NOUN") || !t.is(cue + 1, "from", "by")) {
                continue;
            }
            int first = cue + 2;
            int k = t.is(first, "the", "some", "many", "several", "concerned", "local") || t.isPos(first, "NUM") ? first + 1 : first;
            int head = -1;
            for (; k < t.size && k - first < 4 && !taken[k] && t.isPos(k, "ADJ", "NOUN") && !t.capitalised(k); k++) {
                head = t.isPos(k, "NOUN") ? k : head;
            }
            if (head < 0 || head != k - 1 || !(lexicon.isPersonNoun(t.lower[head]) || t.is(head, "public", "staff"))) {
                continue;
            }
            String type = t.is(head, "public", "staff") || t.sForm(head) ? "GROUP" : "PERSON";
            result.add(new Candidate(first, head, "NOMINAL", type, null, text(t, first, head), false));
        }
        return result;
    }

    /**
     * "…, says study", "…, say the authors of the report", "“…,” said the mining inspector": the
     * noun phrase after a cue that follows a comma is its speaker when no verb comes after it.
     */
    private List<Candidate> invertedNominals(Tokens t, List<Candidate> found) {
        boolean[] taken = taken(t, found);
        List<Candidate> result = new ArrayList<>();
        for (int cue = 1; cue + 1 < t.size; cue++) {
            if (!cueStart(cue) || !afterComma(t, cue) || !t.isPos(cue, "VERB") || AttributionEngine.TELL_VERBS.contains(t.lower[cue])) {
                continue; // "…, told the summit": who is told listens; no one is told by an inverted subject
            }
            int first = cue + 1;
            int k = first;
            while (k < t.size && k - first < 5 && !taken[k] && t.sentence[k] == t.sentence[cue]
                    && (t.isPos(k, "ADJ", "NOUN", "PROPN") || (k == first && t.is(k, "the", "a", "an", "another")))) {
                k++;
            }
            int last = k - 1;
            boolean ends = k >= t.size || t.sentence[k] != t.sentence[cue] || t.lineBreakBetween(last, k)
                    || t.is(k, ",", ".", "of", "in", "on", "at", "(", "yesterday", "today", "last", "this", "who");
            if (last >= first && t.isPos(last, "NOUN") && ends && !TIME_WORDS.contains(t.lower[last])) {
                String type = t.sForm(last) ? "GROUP" : "PERSON";
                result.add(new Candidate(first, last, "NOMINAL", type, null, text(t, first, last), false));
            }
        }
        return result;
    }

    /**
     * "said a doctor from Pathein Hospital.", "say attorneys from Sidley & Austin in …": a nominal right
     * after its cue spans the prepositional phrase that describes it up to its clause's end (FORMAT.md
     * spans the whole noun phrase), and a name inside that phrase is part of it.
     */
    private List<Candidate> withDescribingPhrases(Tokens t, List<Candidate> found) {
        Set<Candidate> grownFrom = new HashSet<>();
        List<Candidate> grown = new ArrayList<>();
        boolean[] inPhrase = new boolean[t.size];
        for (Candidate c : found) {
            int before = c.first() - 1;
            boolean afterCue = before >= 0 && (cueStart[before] || t.is(before, "to") && t.is(before - 1, "according"));
            int end = afterCue && c.kind().equals("NOMINAL") ? prepositionalPhraseEnd(t, c.last() + 1) : -1;
            if (end >= 0) {
                grownFrom.add(c);
                Arrays.fill(inPhrase, c.last() + 1, end + 1, true);
                int nameFirst = DETERMINERS.contains(t.lower[c.first()]) ? c.first() + 1 : c.first();
                grown.add(new Candidate(c.first(), end, c.kind(), c.type(), c.role(), text(t, nameFirst, end), c.possessive()));
            }
        }
        if (grown.isEmpty()) {
            return found;
        }
        // one pass, not one per phrase: a mention inside a describing phrase ("Riverside Hospital") is part of it
        List<Candidate> result = new ArrayList<>();
        for (Candidate c : found) {
            if (!grownFrom.contains(c) && !(inPhrase[c.first()] && inPhrase[c.last()])) {
                result.add(c);
            }
        }
        result.addAll(grown);
        return result;
    }

    /**
     * The last token of a prepositional phrase at {@code k} that runs to the end of its clause, or -1.
     */
    private static int prepositionalPhraseEnd(Tokens t, int k) {
        if (k >= t.size || !t.is(k, "of", "from", "at", "on", "with", "for") || t.lineBreakBetween(k - 1, k)) {
            return -1;
        }
        int j = k + 1;
        while (j < t.size && j - k <= 8 && t.sentence[j] == t.sentence[k] && !t.lineBreakBetween(j - 1, j)
                && (t.isPos(j, "DET", "ADJ", "NOUN", "PROPN", "NUM") || t.is(j, "&", "'s", "\u2019s"))) {
            j++;
        }
        int last = j - 1;
        boolean closes = j >= t.size || t.sentence[j] != t.sentence[k] || t.lineBreakBetween(last, j)
                || t.is(j, ",", ".", "in", "who", "(", "on");
        return last > k && t.isPos(last, "NOUN", "PROPN") && closes ? last : -1;
    }

    /** The tokens that {@code found} already holds. */
    private static boolean[] taken(Tokens t, List<Candidate> found) {
        boolean[] taken = new boolean[t.size];
        for (Candidate c : found) {
            for (int k = c.first(); k <= c.last(); k++) {
                taken[k] = true;
            }
        }
        return taken;
    }

    /**
     * "according to wildlife service statistics", "According to details available on the app,": what
     * follows "according to" is the source, whatever it is, up to the comma or the sentence end.
     */
    private List<Candidate> accordingToNominals(Tokens t, List<Candidate> found) {
        boolean[] taken = taken(t, found);
        List<Candidate> result = new ArrayList<>();
        for (int to = 1; to + 1 < t.size; to++) {
            if (!t.is(to, "to") || !t.is(to - 1, "according") || taken[to + 1]) {
                continue;
            }
            int first = to + 1;
            int k = first;
            boolean noun = false;
            while (k < t.size && k - first < ACCORDING_TO_REACH && t.sentence[k] == t.sentence[to] && !t.lineBreakBetween(k - 1, k)
                    && !t.isPos(k, "PUNCT", "AUX", "PRON", "SCONJ", "CCONJ") && !(t.isPos(k, "VERB") && k > first) && !taken[k]) {
                noun |= t.isPos(k, "NOUN", "PROPN", "VERB"); // "according to details/VERB available …": a noun there
                k++;
            }
            boolean ends = k >= t.size || t.sentence[k] != t.sentence[to] || t.isPos(k, "PUNCT");
            if (noun && ends && k > first) {
                int last = k - 1;
                result.add(new Candidate(first, last, "NOMINAL", "ORGANIZATION", null, text(t, first, last), false));
            }
        }
        return result;
    }

    /**
     * The speaker after a colon or a dash that closes a headline: "Budget response a failure:
     * govt", "Malaria cases high in Ghana – WHO report", "Ringgit can recover: Central Bank Chief".
     * Headline writers name the speaker last and leave out the verb.
     */
    private Candidate headlineTailSpeaker(Tokens t, List<Candidate> found) {
        int end = t.lineLast(0);
        while (end > 0 && t.isPos(end, "PUNCT") && !t.is(end, ")")) {
            end--;
        }
        int separator = end - 1;
        while (separator > 0 && end - separator <= 4 && !t.is(separator, ":", "\u2013", "\u2014", "-")) {
            separator--;
        }
        if (separator < 3 || end - separator > 4 || !t.is(separator, ":", "\u2013", "\u2014", "-")
                || t.is(separator, "-") && t.end[separator - 1] == t.begin[separator]) {
            return null; // a hyphen inside a word is no separator
        }
        boolean capitalised = false;
        for (int k = separator + 1; k <= end; k++) {
            if (t.isPos(k, "VERB", "AUX", "NUM", "ADP", "CCONJ") || t.isPos(k, "PRON") && !isAcronym(t.word[k])
                    || Character.isDigit(t.word[k].charAt(0))) {
                return null; // "… : Day 3", "… – as it happened"
            }
            capitalised |= t.capitalised(k);
        }
        for (Candidate c : found) {
            if (c.first() == separator + 1 && c.last() == end || c.first() <= separator && c.last() > separator) {
                return null;
            }
        }
        int tailFirst = separator + 1;
        int tailLast = end;
        found.removeIf(c -> c.first() >= tailFirst && c.last() <= tailLast); // "WHO" is part of "WHO report"
        String text = text(t, separator + 1, end);
        boolean organisation = isAcronym(t.word[end]) || lexicon.isOrganisationWord(t.word[end]) || !capitalised;
        return new Candidate(separator + 1, end, capitalised ? "NAME" : "NOMINAL", organisation ? "ORGANIZATION" : "PERSON",
                null, text, false);
    }

    /** The token after an aside set off by dashes that starts at {@code k} ("-- represented by Archie Warner --"), or {@code k}. */
    private static int afterDashedAside(Tokens t, int k) {
        if (!t.is(k, "--", "\u2014", "\u2013")) {
            return k;
        }
        for (int j = k + 1; j < t.size && j - k <= 12 && t.sentence[j] == t.sentence[k]; j++) {
            if (t.is(j, t.lower[k])) {
                return j + 1;
            }
        }
        return k;
    }

    /** "The matter was confirmed by …": the subject of a passive cue is what was said, not who said it. */
    private static boolean passive(Tokens t, int from, int cue) {
        for (int j = from; j < cue; j++) {
            if (t.is(j, "was", "were", "is", "are", "been", "be") && !t.lower[cue].endsWith("ing")) {
                return true;
            }
        }
        return false;
    }

    /** The token after any adverbs and auxiliaries from {@code k} on ("also said", "are warning", "has repeatedly said"). */
    private static int afterAdverbsAndAuxiliaries(Tokens t, int k) {
        int j = k;
        while (j < t.size && j - k < 3 && (t.isPos(j, "ADV", "AUX") || t.is(j, "has", "have", "had"))) {
            j++;
        }
        return j;
    }

    /**
     * A nominal and the name in apposition after it are one mention: "the US Secretary of State,
     * Antony Blinken", "The head of the steelworkers' union, Maria Kowalski", "The company,
     * Northern Steel".
     */
    private List<Candidate> mergeAppositions(Tokens t, List<Candidate> found) {
        List<Candidate> result = new ArrayList<>();
        for (int m = 0; m < found.size(); m++) {
            Candidate a = found.get(m);
            int named = nameAfterParenthetical(t, found, m);
            if (named >= 0) {
                // "Deputy state director of Health (Public Health) Dr Jamilah Hashim": the title, then its holder
                Candidate b = found.get(named);
                String role = a.kind().equals("NAME") ? a.name() + " " + b.role() : a.role() == null ? a.name() : a.role();
                result.add(new Candidate(a.first(), b.last(), "NAME", b.type(), role, b.name(), b.possessive()));
                m = named;
                continue;
            }
            int longest = m + 1; // "the chief executive", not "the chief" found at the same start
            while (longest + 1 < found.size() && found.get(longest + 1).first() == a.last() + 1) {
                longest++;
            }
            if (longest < found.size() && roleRightAfterName(t, a, found.get(longest))) {
                // "Salil Parekh the chief executive said", "Keneth Ndamwesiga a resident says": no comma between
                Candidate b = found.get(longest);
                result.add(new Candidate(a.first(), b.last(), "NAME", a.type(), b.role() == null ? b.name() : b.role(),
                        a.name(), false));
                m = longest;
                continue;
            }
            if (m + 1 < found.size() && (a.kind().equals("NOMINAL") || titleOfBody(t, a)) && !a.possessive()
                    && !t.isPos(a.first() - 1, "ADP")) {
                int comma = a.last() + 1;
                // "The Deputy Director General media of the Yari Senate Presidency campaign organisation, Senator X"
                while (comma < t.size && comma - a.last() <= 16 && !t.is(comma, ",") && !t.isPos(comma, "VERB", "AUX")
                        && t.sentence[comma] == t.sentence[a.last()]) {
                    comma++; // within the sentence: "… says Somali FA president" ¶ "The president of …, Ali Abdi Mohamed, said" are two
                }
                // the name right after the comma, past any mention inside the nominal's phrase
                int next = m + 1;
                while (next < found.size() && found.get(next).first() <= comma) {
                    next++;
                }
                if (next >= found.size()) {
                    result.add(a);
                    continue;
                }
                Candidate b = found.get(next);
                boolean compatible = b.type().equals(a.type()) || a.type().equals("PERSON") && b.type().equals("PERSON");
                if (b.kind().equals("NAME") && compatible && t.is(comma, ",") && t.sentence[b.last()] == t.sentence[a.last()]
                        && describedName(t, comma + 1, b.first())
                        && (t.is(b.last() + 1, ",") || t.isPos(b.last() + 1, "VERB", "AUX") || cueStart(b.last() + 1)
                                || sentenceEndsAt(t, b.last() + 1) // "…,” said the tourism minister, Pohamba Shifeta.
                                || shortPhraseThenComma(t, b.last() + 1) || timeThenVerb(t, b.last() + 1))) {
                    String role = a.role() == null ? a.name() : a.role();
                    result.add(new Candidate(a.first(), b.last(), "NAME", b.type(), role, b.name(), b.possessive()));
                    m = next;
                    continue;
                }
            }
            result.add(a);
        }
        return result;
    }

    /** A person's name opening its clause, then a role with its article right before the verb: one subject. */
    private boolean roleRightAfterName(Tokens t, Candidate name, Candidate role) {
        int before = name.first() - 1;
        int verb = role.last() + 1;
        return name.kind().equals("NAME") && name.type().equals("PERSON") && !name.possessive()
                && role.kind().equals("NOMINAL") && role.type().equals("PERSON") && role.first() == name.last() + 1
                && t.is(role.first(), "the", "a", "an") && (atSentenceStart(t, name.first()) || t.isPos(before, "PUNCT", "CCONJ"))
                && (cueStart(verb) || t.isPos(verb, "VERB", "AUX"));
    }

    /** "Captain of the Super Eagles", "The Chairman of the Association of …": a title of a body, not a person's name. */
    private boolean titleOfBody(Tokens t, Candidate c) {
        int first = DETERMINERS.contains(t.lower[c.first()]) ? c.first() + 1 : c.first();
        return c.kind().equals("NAME") && first < c.last() && lexicon.isTitle(t.word[first]) && t.is(first + 1, "of");
    }

    /**
     * A coordinated subject right before its cue is one group (FORMAT.md, Groups): "Zubiri and Senate
     * President Ralph Recto both said", "The Farmers' Union and the Civic List said", "Madagascan
     * officials and businessmen expressed hope".
     */
    private List<Candidate> coordinatedSubjects(Tokens t, List<Candidate> found) {
        List<Candidate> result = new ArrayList<>(found);
        for (int m = result.size() - 1; m >= 0; m--) {
            Candidate last = result.get(m);
            int and = last.first() - 1;
            int end = afterBracket(t, last.last());
            if (!t.is(and, "and", "&") || last.possessive() || last.kind().equals("PRONOUN") || !cueAfterSubject(t, end + 1)
                    || !opensNounPhrase(t, last)) {
                continue;
            }
            int first = m;
            while (first - 1 >= 0 && !result.get(first - 1).kind().equals("PRONOUN") && !result.get(first - 1).possessive()) {
                int link = result.get(first).first() - 1; // "and" before the last one, a comma before the others
                if (!(first == m || t.is(link, ",")) || afterBracket(t, result.get(first - 1).last()) != link - 1) {
                    break;
                }
                first--;
            }
            if (first == m) {
                continue;
            }
            Candidate opening = result.get(first);
            if (portfolioOfOrganisation(t, opening, last)) {
                int nameFirst = DETERMINERS.contains(t.lower[opening.first()]) ? opening.first() + 1 : opening.first();
                result.subList(first, m + 1).clear();
                result.add(first, new Candidate(opening.first(), end, "NAME", "ORGANIZATION", null, text(t, nameFirst, end), false));
                m = first;
                continue;
            }
            Candidate before = result.get(m - 1);
            if (secondRoleOfOnePerson(t, before, last)) {
                result.subList(m - 1, m + 1).clear();
                result.add(m - 1, new Candidate(before.first(), last.last(), "NAME", "PERSON", last.role(), last.name(), last.possessive()));
                continue;
            }
            String text = text(t, opening.first(), end);
            List<Candidate> joined = result.subList(first, m + 1);
            joined.clear();
            joined.add(new Candidate(opening.first(), end, "NOMINAL", "GROUP", null, text, false));
            m = first;
        }
        // "Madagascan officials and businessmen expressed …": a group and a plural noun with no mention of its own
        for (int m = 0; m < result.size(); m++) {
            Candidate group = result.get(m);
            int k = group.last() + 1;
            if (!group.type().equals("GROUP") || !t.is(k, "and")) {
                continue;
            }
            int end = k + 1;
            while (end < t.size && t.isPos(end, "ADJ") && end - k < 3) {
                end++;
            }
            boolean plural = end < t.size && (t.lower[end].endsWith("s") || t.lower[end].endsWith("men") || lexicon.isGroup(t.lower[end]));
            if (plural && t.isPos(end, "NOUN") && cueAfterSubject(t, end + 1)
                    && (m + 1 >= result.size() || result.get(m + 1).first() > end)) {
                result.set(m, new Candidate(group.first(), end, group.kind(), "GROUP", group.role(), text(t, group.first(), end), false));
            }
        }
        return result;
    }

    /**
     * "The Ministry of Health and Wellness said", "The Ministry of Land Management, Urban Planning and
     * Construction said": names after an organisation's "of" and "and" are its portfolio, not a second body.
     */
    private static boolean portfolioOfOrganisation(Tokens t, Candidate opening, Candidate last) {
        return opening.kind().equals("NAME") && opening.type().equals("ORGANIZATION") && opening.name() != null
                && opening.name().contains(" of ") && last.kind().equals("NAME") && last.role() == null && !last.possessive()
                && !DETERMINERS.contains(t.lower[last.first()]);
    }

    /**
     * "Labour councillor and former Mayor Kieran O'Hanlon said", "Minister of Communications and Technology
     * Iyad al-Khatib said": a bare role with no article or name of its own before "and" is one more title of
     * the person named after it, not a second speaker.
     */
    private static boolean secondRoleOfOnePerson(Tokens t, Candidate before, Candidate named) {
        if (!named.kind().equals("NAME") || !named.type().equals("PERSON") || !before.type().equals("PERSON") || before.possessive()) {
            return false;
        }
        String opening = t.lower[before.first()];
        boolean bareRole = before.kind().equals("NOMINAL") && !ALL_DETERMINERS.contains(opening) && !t.isPossessiveDeterminer(before.first());
        boolean portfolio = before.kind().equals("NAME") && before.role() != null && before.role().endsWith(" of"); // "Minister of Communications and …"
        return bareRole || portfolio;
    }

    /**
     * Whether a mention after "and" opens a noun phrase of its own: an article, a title or a body, or its
     * name; not "Moore Insights and Strategy analyst Patrick Moorhead", where "and" is inside a firm's name.
     */
    private boolean opensNounPhrase(Tokens t, Candidate c) {
        String word = t.lower[c.first()];
        boolean named = c.name() != null && t.word[c.first()].equals(c.name().split(" ")[0]);
        return DETERMINERS.contains(word) || lexicon.isTitle(word) || lexicon.isOrganisationWord(word) || named
                || !t.capitalised(c.first());
    }

    /** The last token of a short bracket right after {@code last} ("the Authority (RIA)"), or {@code last}. */
    private static int afterBracket(Tokens t, int last) {
        int close = t.is(last + 1, "(") ? t.matchingBracket(last + 1, 6) : -1;
        return close > last ? close : last;
    }

    /**
     * A verb at {@code k} (past adverbs, auxiliaries and "not") whose clause goes on, before a quotation or
     * the sentence's end, to "and" or "but" and a cue: "gave no excuses and said", "did not comment but noted".
     */
    private boolean coordinatedCueAfter(Tokens t, int k) {
        int verb = afterAdverbsAndAuxiliaries(t, k);
        while (t.is(verb, "not") || t.isPos(verb, "ADV")) {
            verb++;
        }
        if (!t.isPos(verb, "VERB")) {
            return false;
        }
        for (int j = verb + 1; j < t.size && j - verb <= 20 && t.sentence[j] == t.sentence[verb]; j++) {
            if (t.isQuoteMark(j) || t.is(j, ";", ":")) {
                return false;
            }
            if (t.is(j, "and", "but") && cueAfterSubject(t, j + 1)) {
                return true;
            }
        }
        return false;
    }

    /** A cue at {@code k}, past "both", "all" and adverbs: the phrase before it is the cue's subject. */
    private boolean cueAfterSubject(Tokens t, int k) {
        while (k < t.size && (t.is(k, "both", "all") || t.isPos(k, "ADV", "AUX"))) {
            k++;
        }
        return k < t.size && cueStart(k);
    }

    /**
     * The index of a person's name right after a role nominal or an organisation and a short
     * parenthetical, or -1: "Deputy state director of Health (Public Health) Dr Jamilah Hashim",
     * "Central Bank of Sri Lanka (CBSL) Governor Dr. Nandalal Weerasinghe".
     */
    private static int nameAfterParenthetical(Tokens t, List<Candidate> found, int m) {
        Candidate role = found.get(m);
        int open = role.last() + 1;
        boolean roleNominal = role.kind().equals("NOMINAL") && role.type().equals("PERSON");
        boolean organisation = role.kind().equals("NAME") && role.type().equals("ORGANIZATION");
        if (!(roleNominal || organisation) || role.possessive() || !t.is(open, "(")) {
            return -1;
        }
        int close = open + 1;
        while (close < t.size && close - open <= 5 && !t.is(close, ")") && !t.lineBreakBetween(close - 1, close)) {
            close++;
        }
        for (int next = m + 1; close < t.size && t.is(close, ")") && next < found.size(); next++) {
            Candidate b = found.get(next);
            if (b.first() == close + 1) {
                // after an organisation only a titled holder: "… (CBSL) Governor Dr. Nandalal Weerasinghe"
                boolean holder = b.kind().equals("NAME") && b.type().equals("PERSON") && (roleNominal || b.role() != null);
                return holder ? next : -1;
            }
            if (b.first() > close + 1) {
                return -1;
            }
        }
        return -1;
    }

    /** The name starts right after the comma, or after a few lower-case words ("former world number one"). */
    private static boolean describedName(Tokens t, int from, int nameFirst) {
        if (nameFirst < from || nameFirst - from > 4) {
            return false;
        }
        for (int k = from; k < nameFirst; k++) {
            if (t.capitalised(k) || !t.isPos(k, "ADJ", "NOUN", "NUM")) {
                return false;
            }
        }
        return true;
    }

    /** "… Dr. Hannah Becker of the University of Innsbruck, said": an affiliation before the comma. */
    private static final Set<String> DAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "today", "yesterday", "tonight");

    /** Whether the sentence ends at token {@code k}: a full stop, question or exclamation mark that closes it, or the text's end. */
    private static boolean sentenceEndsAt(Tokens t, int k) {
        return k >= t.size || t.is(k, ".", "!", "?") && (k + 1 >= t.size || t.sentence[k + 1] != t.sentence[k]);
    }

    /** "… Captain Steve Armah on Saturday appealed", "… Jo Lee yesterday said". */
    private static boolean timeThenVerb(Tokens t, int k) {
        int j = t.is(k, "on") ? k + 1 : k;
        return j + 1 < t.size && DAYS.contains(t.lower[j]) && t.isPos(j + 1, "VERB", "AUX");
    }

    private static boolean shortPhraseThenComma(Tokens t, int k) {
        if (!t.is(k, "of", "at", "from", "with")) {
            return false;
        }
        for (int j = k + 1; j < t.size && j <= k + 7; j++) {
            if (t.is(j, ",")) {
                return true;
            }
            if (t.isPos(j, "VERB", "AUX") || t.lineBreakBetween(j - 1, j)) {
                return false;
            }
        }
        return false;
    }

    private boolean cueStart(int k) {
        return k >= 0 && k < cueStart.length && cueStart[k];
    }

    static String text(Tokens t, int first, int last) {
        return t.text.substring(t.begin[first], t.end[last]);
    }
}
