package org.sayer.pipeline.engines;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.fit.component.CasAnnotator_ImplBase;
import org.sayer.pipeline.types.SayerTypes;

/**
 * Links cues, sources and contents into attributions (claims), following the conventions of the
 * gold format (shared/eval/FORMAT.md):
 * <ul>
 * <li>SOURCE CUE (that) CONTENT, with the cue's object skipped ("told reporters that");</li>
 * <li>"CONTENT," SOURCE CUE and "CONTENT," CUE SOURCE;</li>
 * <li>CUE: "QUOTE" and SOURCE CUE, "QUOTE" (DIRECT when the quote is the whole content);</li>
 * <li>according to SOURCE, CONTENT and CONTENT, according to SOURCE;</li>
 * <li>SOURCE's NOUN-CUE of CONTENT ("the West's allegations of …");</li>
 * <li>the headline SOURCE: CONTENT;</li>
 * <li>participial and coordinated cues (", adding …", "… but demanded …") take the source of the
 * clause they hang on;</li>
 * <li>SOURCE vowed to ACT; what SOURCE called "QUOTE"; is accused of CONTENT (no source);</li>
 * <li>a quote with no cue continues the previous speaker;</li>
 * <li>a cue inside a quote reports within it, as if the quote were the whole text;</li>
 * <li>nesting: an attribution inside another's content gets it as parent.</li>
 * </ul>
 * Everything works on token indices within one sentence or one quote, so the cost is linear.
 */
public class AttributionEngine extends CasAnnotator_ImplBase {

    public static final String PRODUCER = "sayer.attribution/0.1";
    /** The producer of a rival-source candidate, so a reader of the candidates alone can tell the rules' own sources. */
    public static final String RIVAL_SOURCE_PRODUCER = PRODUCER + " rival-source";
    /**
     * Off by default: the fallback candidates were right 37 times in 400 on the train split, and
     * the model kept too many of the wrong ones (docs/attribution-model.md).
     */
    public static final String FALLBACK_PROPERTY = "sayer.experimental.fallbackCandidates";

    private static final Set<String> CONNECTIVES = Set.of("however", "but", "and", "so", "yet", "still", "meanwhile",
            "moreover", "also", "indeed");
    /** Adverbs that sit between a cue and its content ("said again that"), never part of the content. */
    private static final Set<String> ADVERBIALS = Set.of("again", "also", "once", "later", "previously", "repeatedly",
            "earlier", "recently", "publicly", "privately", "separately", "then", "too", "firmly", "flatly",
            "bluntly", "simply", "clearly", "openly", "late", "yesterday", "today", "tonight", "emphatically",
            "strongly", "angrily", "calmly", "quickly");
    /** The plain verbs of saying whose reporting clause, met inside a content, starts a report of its own. */
    private static final Set<String> PLAIN_SAYING = Set.of("said", "says", "told", "tells");
    /** Cues whose object is the person told, before the content: "told reporters the plan …". */
    static final Set<String> TELL_VERBS = Set.of("told", "tell", "tells", "telling", "informed", "assured",
            "reminded", "warned", "promised");
    /** Participles that work as prepositions: "told the media following the meeting" has no clause of its own. */
    private static final Set<String> PREPOSITIONAL_PARTICIPLES = Set.of("following", "including", "regarding",
            "concerning", "during", "excluding", "pending", "considering");
    /** Words after a comma where a content that runs on may end: the writer's adjunct or a clause of its own. */
    private static final Set<String> SOFT_CUTS_AFTER_COMMA = Set.of("although", "though", "while", "whereas", "with", "as",
            "because", "but", "and", "which", "who", "where", "when", "after", "before", "despite", "amid", "including",
            "since", "so", "until");
    /** Subordinators and contrasts that may end a content without a comma. */
    private static final Set<String> SOFT_CUTS = Set.of("although", "though", "whereas", "because", "but", "while");
    /** Verbs that answer a claim: their object is the claim itself ("denied claims that …"), not what it says. */
    private static final Set<String> REBUTTALS = Set.of("deny", "reject", "dismiss", "refute", "dispute", "rebut", "contest",
            "counter", "challenge", "question", "debunk");
    /** Bodies that hear evidence: "…, a court has heard", "…, jury told" name a listener, not a speaker. */
    private static final Set<String> LISTENERS = Set.of("court", "jury", "inquest", "tribunal", "hearing", "inquiry");
    /** Words that open an adjunct of the reporting event after a judged object: "praised X after the win". */
    private static final Set<String> EVENT_ADJUNCTS = Set.of("after", "before", "despite", "during", "following",
            "amid", "since", "until", "as", "because", "while", "when", "ahead");
    /** How far a reported clause's verb may stand from its start: "admitted the methodology behind their … performance would not work". */
    private static final int SUBJECT_REACH = 14;
    private static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "today", "yesterday", "tonight", "earlier", "later", "week", "month", "year",
            "morning", "afternoon", "evening", "night", "weekend");

    /** A quote as token indices: [first, last] content tokens. */
    record QuoteSpan(int begin, int end, int first, int last, boolean closed) {
    }

    record MentionRef(AnnotationFS fs, int first, int last, String kind) {
    }

    /** An attribution being built. */
    static final class Claim {
        int begin;
        int end;
        String type;
        MentionRef source;
        AnnotationFS cue;
        double confidence;
        Claim parent;
        int sentence;
        /** Which pattern proposed it: a feature for the scoring model. */
        String rule;
        /** Where the content would end had its first stop not stopped it (a rival boundary), else -1. */
        int clauseLast = -1;
        /** Whether the source is another mention of the sentence than the one the rule found. */
        boolean rivalSource;
    }

    private Tokens t;
    private List<QuoteSpan> quotes;
    private int[] quoteAt; // index of the top-level quote holding each token, or -1
    private List<MentionRef> mentions;
    private MentionRef[] mentionStarting;
    private MentionRef[] mentionEnding;
    private boolean[] cueToken;
    /** The first word of the lexicon entry of the cue each token is in, or null. */
    private String[] cueLemma;
    /** The tokens a claim may span: the whole text, or the quotation its cue stands in. */
    private int worldFirst = 0;
    private int worldLast = Integer.MAX_VALUE;

    @Override
    public void process(CAS cas) throws AnalysisEngineProcessException {
        try {
            attribute(cas);
        } finally {
            // the per-token arrays of a large document are not kept until the next one
            t = null;
            quotes = null;
            quoteAt = null;
            mentions = null;
            mentionStarting = null;
            mentionEnding = null;
            cueToken = null;
        }
    }

    private void attribute(CAS cas) {
        t = Tokens.of(cas);
        if (t.size == 0) {
            return;
        }
        readQuotes(cas);
        readMentions(cas);
        Type cueType = cas.getTypeSystem().getType(SayerTypes.CUE);
        List<AnnotationFS> cues = new ArrayList<>();
        cas.<AnnotationFS>getAnnotationIndex(cueType).forEach(cues::add);
        cueToken = new boolean[t.size];
        cueLemma = new String[t.size];
        Feature entry = cueType.getFeatureByBaseName(SayerTypes.CUE_ENTRY);
        for (AnnotationFS cue : cues) {
            cueToken[t.tokenAtOrAfter(cue.getBegin())] = !CueEngine.objectOnly(cue, t);
            String lemma = cue.getStringValue(entry).split(" ")[0]; // the lexicon's lemma: "refuted" is "refute"
            for (int k = t.tokenAtOrAfter(cue.getBegin()); k < t.size && k <= t.tokenBefore(cue.getEnd()); k++) {
                cueLemma[k] = lemma;
            }
        }

        List<Claim> claims = new ArrayList<>();
        for (AnnotationFS cue : cues) {
            String kind = cue.getStringValue(cueType.getFeatureByBaseName(SayerTypes.CUE_KIND));
            if (kind.equals("VERB") && notYetSaid(t.tokenAtOrAfter(cue.getBegin()))) {
                continue;
            }
            int quote = quoteOf(cue);
            if (quote >= 0) {
                enterQuote(quote);
            }
            Claim claim;
            try {
                claim = switch (kind) {
                    case "SOURCE_FIRST" -> accordingTo(cue);
                    case "NOUN" -> nounCue(cue);
                    default -> verbCue(cue, claims);
                };
            } finally {
                if (quote >= 0) {
                    leaveQuote(quote);
                }
            }
            if (claim != null && claim.end > claim.begin) {
                claims.add(claim);
            }
        }
        headlineCues(cues, claims);
        for (AnnotationFS cue : cues) {
            String kind = cue.getStringValue(cueType.getFeatureByBaseName(SayerTypes.CUE_KIND));
            Claim claim = !Boolean.getBoolean(FALLBACK_PROPERTY) || kind.equals("SOURCE_FIRST") || covered(claims, cue) ? null : fallback(cue, kind, claims);
            if (claim != null && claim.end > claim.begin) {
                claims.add(claim);
            }
        }
        headlines(claims);
        headlineTail(claims);
        interviewAnswers(claims);
        continuations(claims);
        claims.sort((a, b) -> a.begin != b.begin ? Integer.compare(a.begin, b.begin) : Integer.compare(b.end, a.end));
        removeDuplicates(claims);
        nest(claims);
        List<Claim> rivalSources = rivalSources(claims,
                cas.getTypeSystem().getType(SayerTypes.SPEAKER_MENTION).getFeatureByBaseName(SayerTypes.MENTION_SPEAKER));
        claims.addAll(rivalBoundaries(claims));
        claims.addAll(rivalSources);
        write(cas, claims);
    }

    // ------------------------------------------------------------------------------------ input

    private void readQuotes(CAS cas) {
        Type type = cas.getTypeSystem().getType(SayerTypes.QUOTE);
        quotes = new ArrayList<>();
        quoteAt = new int[t.size];
        java.util.Arrays.fill(quoteAt, -1);
        for (AnnotationFS q : cas.<AnnotationFS>getAnnotationIndex(type)) {
            if (q.getIntValue(type.getFeatureByBaseName(SayerTypes.QUOTE_DEPTH)) != 0) {
                continue;
            }
            int first = t.tokenAtOrAfter(q.getBegin());
            int last = t.tokenBefore(q.getEnd());
            if (first >= t.size || last < first) {
                continue;
            }
            quotes.add(new QuoteSpan(q.getBegin(), q.getEnd(), first, last,
                    q.getBooleanValue(type.getFeatureByBaseName(SayerTypes.QUOTE_CLOSED))));
            for (int k = first; k <= last; k++) {
                quoteAt[k] = quotes.size() - 1;
            }
        }
    }

    private void readMentions(CAS cas) {
        Type type = cas.getTypeSystem().getType(SayerTypes.SPEAKER_MENTION);
        mentions = new ArrayList<>();
        mentionStarting = new MentionRef[t.size];
        mentionEnding = new MentionRef[t.size];
        for (AnnotationFS m : cas.<AnnotationFS>getAnnotationIndex(type)) {
            int first = t.tokenAtOrAfter(m.getBegin());
            int last = t.tokenBefore(m.getEnd());
            if (first >= t.size || last < first) {
                continue;
            }
            MentionRef ref = new MentionRef(m, first, last,
                    m.getStringValue(type.getFeatureByBaseName(SayerTypes.MENTION_KIND)));
            mentions.add(ref);
            if (mentionStarting[first] == null) {
                mentionStarting[first] = ref;
            }
            if (mentionEnding[last] == null || first < mentionEnding[last].first()) {
                mentionEnding[last] = ref; // "the chairman of the board", not the board inside it
            }
        }
    }

    // ------------------------------------------------------------------------------------ helpers

    private int sentenceFirst(int i) {
        int first = t.sentenceFirst[t.sentence[Math.max(0, Math.min(i, t.size - 1))]];
        return i >= worldFirst && i <= worldLast ? Math.max(first, worldFirst) : first;
    }

    /** The last token of the sentence of token i (of the last sentence when i is past the end). */
    private int sentenceLast(int i) {
        int last = i >= t.size ? t.size - 1 : t.sentenceLimit[t.sentence[Math.max(0, i)]] - 1;
        return i >= worldFirst && i <= worldLast ? Math.min(last, worldLast) : last;
    }

    /** The top-level quotation a cue stands in, or -1. */
    private int quoteOf(AnnotationFS cue) {
        return quoteAt[t.tokenAtOrAfter(cue.getBegin())];
    }

    /**
     * A cue inside a quotation reports within it ("“He asked us to support him,” Zubiri said"): while
     * its claim is built, the quotation's words count as unquoted and its marks end every sentence.
     */
    private void enterQuote(int quote) {
        QuoteSpan q = quotes.get(quote);
        java.util.Arrays.fill(quoteAt, q.first(), q.last() + 1, -1);
        worldFirst = q.first();
        worldLast = q.last();
    }

    private void leaveQuote(int quote) {
        java.util.Arrays.fill(quoteAt, worldFirst, worldLast + 1, quote);
        worldFirst = 0;
        worldLast = Integer.MAX_VALUE;
    }

    private boolean isQuoteMark(int i) {
        return t.isQuoteMark(i);
    }

    private boolean isPunct(int i) {
        return t.isPos(i, "PUNCT") || isQuoteMark(i);
    }

    private boolean possessive(MentionRef m) {
        return t.isPossessiveMark(m.last() + 1);
    }

    private boolean oblique(MentionRef m) {
        // "on his Asaase Radio": a possessive determiner outside the mention stands between it and its preposition
        int before = t.isPossessiveDeterminer(m.first() - 1) ? m.first() - 2 : m.first() - 1;
        // "a day after the company reported …": a subordinator tagged as a preposition opens a clause
        boolean subordinator = t.is(before, "after", "before", "since", "until", "because", "as", "while")
                && t.isPos(skipAdverbs(m.last() + 1), "VERB", "AUX");
        // "…, with MP Kevin Hague saying …": the subject of an absolute clause
        int next = skipAdverbs(m.last() + 1);
        boolean absolute = t.is(before, "with") && participleCue(next);
        // a preposition governs only within its sentence: a headline's last word ("Armagh win") does not
        // "to" before a noun phrase is a preposition, whatever the tagger says ("a letter written to Minister Haq")
        return (t.isPos(before, "ADP") || t.is(before, "to")) && before >= 0 && t.sentence[before] == t.sentence[m.first()]
                && !t.is(before, "that") && !subordinator && !absolute;
    }

    /** The top-level quote whose content starts within a couple of tokens after {@code i}. */
    private QuoteSpan quoteOpeningAfter(int i) {
        for (int k = i + 1; k <= i + 3 && k < t.size; k++) {
            if (k > 0 && t.lineBreakBetween(k - 1, k)) {
                return null;
            }
            if (quoteAt[k] >= 0) {
                QuoteSpan q = quotes.get(quoteAt[k]);
                return q.first() == k && onlyPunctuationBetween(i, k) ? q : null;
            }
            if (!(isQuoteMark(k) || t.is(k, ",", ":", "-", "\u2014", "\u2013"))) {
                return null;
            }
        }
        return null;
    }

    private boolean onlyPunctuationBetween(int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (!isPunct(k)) {
                return false;
            }
        }
        return true;
    }

    /** True when nothing but punctuation follows token {@code i} up to its sentence's end. */
    private boolean clauseEndsAfter(int i) {
        int last = sentenceLast(i);
        for (int k = i + 1; k <= last; k++) {
            if (!isPunct(k)) {
                return boundaryAt(k);
            }
        }
        return true;
    }

    /** Does a new clause that ends a content start at token k? */
    private boolean boundaryAt(int k) {
        if (k >= t.size) {
            return true;
        }
        if (participleCue(k) && (precededByComma(k) || cueToken(k - 1) && t.isPos(k - 1, "VERB"))) {
            return true; // ", adding …", ", stressing that …", "he said adding that …"
        }
        if (t.is(k, "and", "but") && cueToken(k + 1)) {
            return true; // "… but demanded …"
        }
        if (t.is(k, "and", "but") && quoteAt[k] < 0 && k + 1 < t.size && mentionStarting[k + 1] != null
                && plainSaying(skipAdverbs(mentionStarting[k + 1].last() + 1))) {
            // "said the claims were serious and he said …": a second report, not one nested in the first;
            // other cues there are as often part of the content ("…, and they felt \"betrayed\"")
            return true;
        }
        if (t.is(k, "while", "whereas") && t.lower[Math.min(k + 1, t.size - 1)].endsWith("ing")) {
            return true;
        }
        if (t.is(k, ";")) {
            return true;
        }
        if (t.is(k, ":") && quoteAt[k] < 0 && k + 1 < t.size && isQuoteMark(k + 1)) {
            return true; // "noted she could withstand the backlash: “When I go …”": the quotation is a claim of its own
        }
        if (t.is(k, ",") && quoteAt[k] < 0 && presentCue(k + 1)) {
            return true; // "Nuevo León rejects its ranking, says it should be red": a second report of the same subject
        }
        // the reporter's own additions after the claim: "…'s borders, which Russia deployed …",
        // "… on Ukraine as diplomatic efforts intensified"
        if (t.is(k, ",") && t.is(k + 1, "which") && quoteAt[k] < 0 && !embeddedRelativeClause(k)) {
            return true;
        }
        if (spacedDash(k) && quoteAt[k] < 0 && verbWithin(k - 8, k) && !t.is(k + 1, "and", "or", "but")) {
            return true; // "growth had slowed – the country is expected to …": the writer's aside
        }
        if (t.is(k, ",") && t.is(k + 1, "however") && t.is(k + 2, ",") && quoteAt[k] < 0 && verbWithin(k - 8, k)) {
            return true; // "sales were up, however, the performance trailed …": a new clause
        }
        if (t.is(k, "as") && t.isPos(k - 1, "NOUN", "PROPN") && quoteAt[k] < 0 && clauseAhead(k)) {
            return true;
        }
        if (t.is(k, ",") || (isQuoteMark(k) && t.is(k - 1, ","))) {
            // ", the US State Department confirmed." / ", according to …"
            int j = k + 1;
            while (j < t.size && isQuoteMark(j)) {
                j++;
            }
            if (t.is(j, "according") && t.is(j + 1, "to")) {
                return true;
            }
            MentionRef m = j < t.size ? mentionStarting[j] : null;
            if (m != null) {
                int after = skipAdverbs(m.last() + 1);
                if (after < t.size && cueToken[after] && clauseEndsAfterCue(after)) {
                    return true;
                }
                if (quoteAt[k] < 0 && plainSaying(after) && !t.is(after + 1, ",")) {
                    return true; // "Though Kaluwa said …, he said “…”": the main clause reports anew
                }
            }
            if (cueToken(j) && j < t.size && mentionStarting[Math.min(j + 1, t.size - 1)] != null) {
                return true; // ", said Smith"
            }
            if (cueToken(j) && t.isPos(j, "VERB") && !t.lower[j].endsWith("ing") && k > 0 && isQuoteMark(k - 1)) {
                return true; // "… as “the biggest investment”, said on Tuesday …": the main clause resumes
            }
        }
        return false;
    }

    /** A cue verb in the present with its -s ("says", "demands", "warns"), as coordinated headlines have it. */
    private boolean presentCue(int k) {
        return cueToken(k) && t.isPos(k, "VERB") && t.sForm(k);
    }

    private boolean plainSaying(int k) {
        return k >= 0 && k < t.size && PLAIN_SAYING.contains(t.lower[k]);
    }

    private boolean cueToken(int k) {
        return k >= 0 && k < t.size && cueToken[k];
    }

    /** A dash set off by spaces (" – ", " — ", " - "), not a hyphen inside a word. */
    private boolean spacedDash(int k) {
        return t.isDash(k) && k > 0 && k + 1 < t.size
                && t.end[k - 1] < t.begin[k] && t.end[k] < t.begin[k + 1];
    }

    private boolean verbWithin(int from, int to) {
        for (int k = Math.max(from, sentenceFirst(to)); k < to; k++) {
            if (t.isPos(k, "VERB", "AUX") && !cueToken[k]) {
                return true; // not the cue: "said the plan, however, was dropped" is one clause
            }
        }
        return false;
    }

    /** ", which 30 million people rely on, is safe": the clause's own verb follows the relative clause. */
    private boolean embeddedRelativeClause(int comma) {
        int last = sentenceLast(comma);
        for (int k = comma + 2; k < last && k - comma <= 15; k++) {
            if (t.is(k, ",")) {
                return t.isPos(k + 1, "AUX") || t.isPos(k + 1, "VERB") && !t.lower[k + 1].endsWith("ing");
            }
        }
        return false;
    }

    private boolean clauseEndsAfterCue(int cue) {
        int last = sentenceLast(cue);
        int k = cue + 1;
        int words = 0;
        while (k <= last) {
            if (!isPunct(k)) {
                words++;
            }
            k++;
        }
        return words <= 6;
    }

    private boolean precededByComma(int k) {
        int p = k - 1;
        while (p >= 0 && isQuoteMark(p)) {
            p--;
        }
        return t.is(p, ",") || (p >= 0 && t.word[p].endsWith(","));
    }

    private int skipAdverbs(int k) {
        while (k < t.size && (t.isPos(k, "ADV", "AUX", "PART") && !t.is(k, "that", "to"))) {
            k++;
        }
        return k;
    }

    // ------------------------------------------------------------------------------------ patterns

    private Claim verbCue(AnnotationFS cueFs, List<Claim> earlier) {
        int c0 = t.tokenAtOrAfter(cueFs.getBegin());
        int c1 = t.tokenBefore(cueFs.getEnd());
        if (c0 == c1 && t.is(c0, "told") && t.is(c1 + 1, "to") && t.isPos(c1 + 2, "VERB", "AUX") && !t.is(c0 - 1, "when", "if", "as")) {
            // "Residents told to brace for price hikes", "who are being told to expect …": the ones told are no
            // speaker, and whoever told them is not named (FORMAT.md: `staff were told to stay home` → `to stay home`)
            return reported(cueFs, null, c0, c1 + 1, 0.4, "agentless-raising");
        }
        if (t.is(c0 - 1, "when", "if", "as", "being")) {
            return null; // "when asked": nobody speaks here
        }
        if (namesTheSaying(c0)) {
            return whatWasCalled(cueFs, c0, c1);
        }
        if (objectViaOf(cueFs) != null && objectBeforeSubject(c0)) {
            Claim called = whatWasCalled(cueFs, c0, c1); // "a situation Heinen called “very unfortunate”"
            if (called != null) {
                return called;
            }
        }
        int be = c0 - 1;
        while (t.isPos(be, "ADV") && be > c0 - 3) {
            be--; // "are also forecast to", "is widely expected to"
        }
        if (t.is(be, "was", "were", "been", "is", "are", "be") && !t.lower[c0].endsWith("ing")) {
            if (!t.is(c1 + 1, "by")) {
                return agentless(cueFs, c0, c1);
            }
            Claim passive = passiveWithAgent(cueFs, c0, c1, be);
            if (passive != null) {
                return passive;
            }
        }
        if (t.lower[c0].endsWith("ed") && (t.is(c0 - 1, ",") || t.isPos(c0 - 1, "NOUN", "PROPN"))) {
            String via = objectViaOf(cueFs);
            if (via != null && t.is(c1 + 1, "of", "as") && t.is(c1 + 1, via) && c1 + 2 <= sentenceLast(c0)) {
                // "a British national accused of murdering his wife": a passive with no auxiliary, no agent;
                // set off by commas, it ends at the second ("13 activists, accused of …, must await trial")
                int last = contentEnd(c1 + 2);
                for (int k = c1 + 2; t.is(c0 - 1, ",") && k < last; k++) {
                    if (t.is(k, ",") && quoteAt[k] < 0) {
                        last = k - 1;
                        break;
                    }
                }
                return reported(cueFs, null, c0, c1 + 2, last, 0.4, "agentless-passive");
            }
        }
        if (t.is(c0 - 1, "to") && !t.isPos(c0 - 2, "VERB") && !readyToSay(c0 - 1)) {
            return null;
        }
        Claim heard = toListener(cueFs, c0, c1);
        if (heard != null) {
            return heard;
        }
        Claim claim = new Claim();
        claim.cue = cueFs;
        claim.sentence = t.sentence[c0];

        // "CONTENT," SOURCE CUE  /  "CONTENT," CUE SOURCE
        QuoteBefore before = quoteClosingBefore(c0, c1);
        // "In an interview on LBCI's “Vision 2030,” Minister Abiad confirmed that …": a cue with its own
        // that-clause does not report the quotation before it
        int afterCue = skipAdverbs(c1 + 1);
        boolean ownClause = t.is(afterCue, "that") && !CueEngine.demonstrative(t, afterCue);
        // "In his interview to LTV programme “Rīta panorāma”, the minister said …": a title quoted inside an
        // opening adjunct is no quotation of the speaker's
        boolean quoteInAdjunct = before != null && !quoteStartsClause(before.quote()) && !t.is(before.quote().first() - 2, ",", ":")
                && participialAdjunct(contentStart(sentenceFirst(before.quote().first())), before.quote().first() - 1);
        if (before != null && before.source() != null && !ownClause && !quoteInAdjunct) {
            claim.source = before.source();
            QuoteSpan q = before.quote();
            if (quoteStartsClause(q)) {
                setQuote(claim, q);
            } else {
                claim.begin = t.begin[contentStart(sentenceFirst(q.first()))];
                claim.end = q.end() + 1 <= t.text.length() ? q.end() + 1 : q.end();
                claim.type = "MIXED";
            }
            claim.confidence = 0.85;
            claim.rule = "quote-before-source";
            return claim;
        }

        Claim parenthetical = parentheticalReport(cueFs, c0, c1);
        if (parenthetical != null) {
            return parenthetical;
        }
        Claim contentFirst = clauseBeforeReportingClause(cueFs, c0, c1);
        if (contentFirst != null) {
            return contentFirst;
        }
        claim.source = subject(c0, c1, earlier);
        if (claim.source == null) {
            return null; // "I think …", "we know …": the quoted speaker's own attitude names no mention
        }
        boolean inverted = claim.source.first() > c1 && !frontedParticiple(c0);
        int after = inverted ? claim.source.last() + 1 : c1 + 1;
        after = skipToContent(after, c1);
        QuoteSpan q = quoteOpeningAfter(after - 1);
        String objectVia = objectViaOf(cueFs);
        if (q != null && objectVia != null && !inverted) {
            return null; // "a charity called 'Hope'": a quotation with no object before it names, nobody speaks
        }
        if (q != null) {
            if (clauseEndsAfter(q.last() + 1) || closingMarkEndsClause(q)) {
                setQuote(claim, q);
            } else {
                // "admitted that “everything went wrong” for his team": the clause runs on past the closing mark
                int open = q.first() - 1 >= 0 && isQuoteMark(q.first() - 1) ? q.first() - 1 : q.first();
                claim.begin = t.begin[open];
                claim.end = t.end[contentEnd(open)];
                claim.type = "MIXED";
            }
            claim.confidence = 0.85;
            claim.rule = "source-cue-quote";
            return claim;
        }
        int sourceStart = claim.source.first();
        boolean postposed = !inverted && t.is(sourceStart - 1, ",") && sourceStart - 1 > sentenceFirst(c0)
                && skipAdverbsLeft(c0 - 1) == claim.source.last() && !judgesObjectAfter(cueFs, c0, c1)
                && (noClauseAfter(after, sentenceLast(c0)) || contrastAfter(c1) || listenerThenParticiple(c0, c1)
                        || participleCueAfter(c1))
                && !participialAdjunct(contentStart(sentenceFirst(c0)), sourceStart - 2) // not "In a statement, X praised Y"
                && !participleCue(contentStart(sentenceFirst(c0)));
        if (objectVia != null && !postposed && !t.is(after - 1, "that", ":")) {
            Claim object = objectContent(claim, c0, after, objectVia);
            if (object != null) {
                return object;
            }
        }
        boolean needsFrame = cueFs.getBooleanValue(cueFs.getType().getFeatureByBaseName(SayerTypes.CUE_NEEDS_FRAME));
        // "stood their ground and vowed to …": a coordinated cue shares its subject
        boolean subjectOrParticiple = skipAdverbsLeft(c0 - 1) == claim.source.last()
                || t.is(skipAdverbsLeft(c0 - 1), "and", "but") || t.lower[c0].endsWith("ing") && precededByComma(c0);
        int to = t.is(after, "not") ? after + 1 : after;
        if (needsFrame && !postposed && !inverted && after == c1 + 1 && subjectOrParticiple && t.is(to, "to")
                && t.isPos(skipAdverbs(to + 1), "VERB") && !t.capitalised(to + 1)) {
            // "pledged to restore the line", ", pledging to increase vouchers", "vowed not to speak to him": the
            // act promised or threatened
            return reported(cueFs, claim.source, c0, after, claim.source.kind().equals("PRONOUN") ? 0.5 : 0.6, "infinitive");
        }
        boolean judged = false;
        if (needsFrame && !postposed && !(t.is(after - 1, "that", ":") || t.is(after, "whether", "if", "how", "why", "what")
                || clauseAhead(after) || rebuttedReport(c1, after) || gerundAfter(c1, after))) {
            // "praised his players' efforts": a verb of judging reports on what it judges
            judged = (judges(cueFs) || reportsFigure(c0, after))
                    && !inverted && t.isPos(c0, "VERB") && (t.isPos(after, "DET", "PRON", "NOUN", "PROPN", "ADJ", "NUM")
                            || t.is(after, "both", "either", "neither") // "noted both positives and negatives"
                            || t.isPos(after, "ADV") && t.isPos(after + 1, "NUM", "DET")); // "forecast just 0.5 percent growth"
            if (!judged) {
                return null;
            }
        }
        int first = postposed ? sentenceLast(c0) + 1 : contentStart(after);
        if (first <= sentenceLast(c0) && first < t.size && t.sentence[first] == t.sentence[c0]
                && !boundaryAt(first) && (!t.isPos(first, "PUNCT") || currencyBeforeNumber(first))
                && !onlyTheOneTold(c0, first)) {
            claim.begin = t.begin[first];
            boolean object = judged || nounPhraseObject(first);
            claim.end = t.end[object ? judgedObjectEnd(first) : contentEnd(first)];
            claim.clauseLast = object ? contentEnd(first) : nextClauseEnd(first, t.tokenBefore(claim.end));
            claim.type = mixedOrIndirect(claim.begin, claim.end);
            claim.confidence = claim.source.kind().equals("PRONOUN") ? 0.6 : 0.7;
            claim.rule = judged ? "judged-object" : "source-cue-clause";
            return claim;
        }
        // "…, the State Department confirmed.": the content is the clause before the source.
        if (!inverted && t.is(sourceStart - 1, ",") && sourceStart - 1 > sentenceFirst(c0)
                && skipAdverbsLeft(c0 - 1) == claim.source.last() && reportEndsAtCue(cueFs, c0, c1)) {
            int begin = contentStart(sentenceFirst(c0));
            int end = sourceStart - 2;
            if (end >= begin && !participialAdjunct(begin, end) && !endsWithReportingClause(end) && !participleCue(begin)) {
                claim.begin = t.begin[begin];
                claim.end = t.end[end];
                claim.type = mixedOrIndirect(claim.begin, claim.end);
                claim.confidence = 0.6;
                claim.rule = "clause-then-source";
                return claim;
            }
        }
        return null;
    }

    /**
     * Whether nothing after the cue is what it reports, so that a clause before its subject may be
     * ("…, the mayor said on Friday."); a verb of judging with an object reports on that object.
     */
    private boolean reportEndsAtCue(AnnotationFS cueFs, int c0, int c1) {
        return reportingClauseEnds(c1 + 1, c1) && !judgesObjectAfter(cueFs, c0, c1);
    }

    /**
     * "After the final, coach Ana Ruiz praised her players": a verb of judging with an object reports on
     * that object, never on the clause before its subject.
     */
    private boolean judgesObjectAfter(AnnotationFS cueFs, int c0, int c1) {
        return judges(cueFs) && t.isPos(c0, "VERB") && t.isPos(c1 + 1, "DET", "PRON", "NOUN", "PROPN", "ADJ", "NUM")
                && !isQuoteMark(c1 + 1);
    }

    /** Verbs of reporting whose object is what they report when it is a figure. */
    private static final Set<String> FIGURE_REPORTS = Set.of("report", "reports", "reported", "reporting");

    /**
     * "reported 1,750 cases since April", "reported a 22-percent rise in profits": a report's object that
     * holds a figure in its first words is the figure reported, not a thing ("reported the theft to police").
     */
    private boolean reportsFigure(int c0, int after) {
        if (!FIGURE_REPORTS.contains(t.lower[c0])) {
            return false;
        }
        for (int k = after; k < after + 4 && k <= sentenceLast(c0); k++) {
            if (t.isPos(k, "NUM") || t.word[k].chars().anyMatch(Character::isDigit)) {
                return true;
            }
            if (!t.isPos(k, "DET", "ADJ", "ADV") && !t.is(k, "than")) {
                return false; // "reported the theft to police on 5 May": the figure lies past the object
            }
        }
        return false;
    }

    private static boolean judges(AnnotationFS cueFs) {
        return cueFs.getBooleanValue(cueFs.getType().getFeatureByBaseName(SayerTypes.CUE_JUDGES));
    }

    /**
     * "called the plan \"a giveaway\"", "described the guidance as \"cautious\"", "accused the group of
     * wasting money": the verb's object is the content when it holds a quotation or the entry's
     * linking word. A quoted object ends at its closing mark when a subordinate clause follows
     * ("hailed his side's 'finest night' after they …").
     */
    private Claim objectContent(Claim claim, int c0, int first, String via) {
        int last = sentenceLast(c0);
        if (first > last || boundaryAt(first) || t.isPos(first, "PUNCT") && !isQuoteMark(first)) {
            return null;
        }
        int end = contentEnd(first);
        boolean linked = false;
        for (int k = first + 1; k <= end && !linked; k++) {
            // "described the plan as reckless", but not "called the first witness as the trial opened"
            linked = !via.isEmpty() && quoteAt[k] < 0 && t.is(k, via) && !clauseAhead(k + 1);
            if (linked && via.equals("to")) {
                linked = CueEngine.toAfterObject(t, first) == k; // "asked the council to reopen the road"
            }
        }
        List<QuoteSpan> quoted = quotesIn(t.begin[first], t.end[end]);
        if (!linked && (quoted.isEmpty() || isQuoteMark(first))) {
            return null; // no object, only a quotation: "a charity called 'Hope'" names, nobody speaks
        }
        if (!linked) {
            QuoteSpan q = quoted.get(0);
            int open = q.first() - 1;
            if (open > first && isQuoteMark(open) && t.is(open - 1, "'s", "'", "\u2019s")) {
                setQuote(claim, q); // "hailed his side's 'finest night in years'": the quotation is what is hailed
                claim.confidence = 0.6;
                claim.rule = "possessive-quoted-object";
                return claim;
            }
            int close = q.last() + 1 < t.size && isQuoteMark(q.last() + 1) ? q.last() + 1 : q.last();
            if (close < end && t.isPos(close + 1, "SCONJ", "ADP") && !t.is(close + 1, "as", "of", "for")) {
                end = close;
            }
        }
        claim.begin = t.begin[first];
        claim.end = t.end[end];
        claim.type = mixedOrIndirect(claim.begin, claim.end);
        claim.confidence = 0.6;
        claim.rule = "object-content";
        return claim;
    }

    /**
     * "Shareholders were told (that) the plant would close": a claim whose source the text does not
     * name. Only a reported clause counts, not an instruction ("were told to prepare").
     */
    private Claim agentless(AnnotationFS cueFs, int c0, int c1) {
        String via = objectViaOf(cueFs);
        if (via != null && t.is(c1 + 1, "of", "as") && t.is(c1 + 1, via) && c1 + 2 <= sentenceLast(c0)) {
            // "is accused of killing …", "was described as reckless": the linking word's object is what was
            // said; not "was criticised for …", an evaluation with no content (FORMAT.md)
            return reported(cueFs, null, c0, c1 + 2, 0.4, "agentless-passive");
        }
        int after = skipToContent(c1 + 1, c1);
        int verb = after + 1;
        while (t.isPos(verb, "ADV")) {
            verb++;
        }
        if (after == c1 + 1 && t.is(after, "to") && t.isPos(verb, "VERB", "AUX")) {
            // "The firm was expected to post a loss" → "to post a loss": an agentless forecast (FORMAT.md, Left outside)
            return reported(cueFs, null, c0, after, 0.4, "agentless-raising");
        }
        // the content follows the passive cue at once: "it was reported that …", not "he was shown invoices that …"
        boolean adjacent = after == c1 + 1 || (after == c1 + 2 && t.is(c1 + 1, "that"));
        boolean framed = adjacent && (t.is(after - 1, "that") || clauseAhead(after));
        if (!framed || t.is(after, "to") || after > sentenceLast(c0)) {
            return null;
        }
        int first = contentStart(after);
        if (first > sentenceLast(c0)) {
            return null;
        }
        return reported(cueFs, null, c0, first, 0.4, "agentless-passive");
    }

    /**
     * "The matter was also confirmed by Takiyuddin, who …": the agent after "by" is the source and the
     * passive's subject what was said; "was told by gardai to …": the agent is the source of what
     * follows it, and the subject is only the person told.
     */
    private Claim passiveWithAgent(AnnotationFS cueFs, int c0, int c1, int be) {
        MentionRef agent = c1 + 2 < t.size ? mentionStarting[c1 + 2] : null;
        if (agent == null || possessive(agent)) {
            return null;
        }
        int after = agent.last() + 1;
        if (t.is(after, "to", "that") && after + 1 <= sentenceLast(c0)) {
            // "was told by gardai to “just turn up in court”": what follows the agent was said
            return reported(cueFs, agent, c0, t.is(after, "that") ? contentStart(after + 1) : after, 0.5, "passive-with-agent");
        }
        String via = objectViaOf(cueFs);
        if (TELL_VERBS.contains(t.lower[c0]) || via != null) {
            return null;
        }
        int first = contentStart(clauseStart(c0));
        int last = be - 1;
        while (last > first && t.is(last, "has", "have", "had", "also")) {
            last--;
        }
        if (last < first || quoteAt[first] >= 0 || mentionStarting[first] != null && mentionStarting[first].last() >= last) {
            return null; // nothing said, or only a person ("Smith was praised by the mayor")
        }
        return reported(cueFs, agent, c0, first, last, 0.5, "passive-with-agent");
    }

    /**
     * Court reporting: "X hid the losses, a court has heard", "Director lied to auditors, jury told",
     * "The court heard that …". The court or jury only listens, so the claim's source is null.
     */
    private Claim toListener(AnnotationFS cueFs, int c0, int c1) {
        if (!t.is(c0, "heard", "hears", "told")) {
            return null;
        }
        int k = c0 - 1;
        while (k >= 0 && (t.is(k, "has", "have", "had", "was", "were", "is", "been", "also")
                || TIME_WORDS.contains(t.lower[k]) && !t.is(k - 1, "on", "last", "this"))) {
            k--; // "The court today heard …"
        }
        // whoever "heard" only listened ("…, the committee heard"); "told" is passive only after a court or jury
        if (k < 0 || !(LISTENERS.contains(t.lower[k]) || t.is(c0, "heard") && t.isPos(k, "NOUN"))) {
            return null;
        }
        if (t.is(c0, "told") && !t.lineBreakBetween(c1, Math.min(c1 + 1, t.size - 1)) && c1 + 1 < t.size
                && !isPunct(c1 + 1)) {
            return null; // "told the jury that …" has its speaker before it; only a bare "…, jury told" is passive
        }
        int np = mentionEnding[k] != null ? nounPhraseStart(mentionEnding[k].first()) : k; // "the Oireachtas health committee"
        while (np - 1 >= 0 && t.isPos(np - 1, "DET", "ADJ")) {
            np--;
        }
        if (np - 1 > sentenceFirst(c0) && t.is(np - 1, ",")) {
            int begin = contentStart(sentenceFirst(c0));
            Claim claim = new Claim();
            claim.cue = cueFs;
            claim.sentence = t.sentence[c0];
            claim.begin = t.begin[begin];
            claim.end = t.end[np - 2];
            claim.type = mixedOrIndirect(claim.begin, claim.end);
            claim.confidence = 0.4;
            claim.rule = "clause-then-listener";
            return claim;
        }
        // "The court heard (that) police received …"
        int first = t.is(c1 + 1, "that") ? c1 + 2 : c1 + 1;
        // "Court hears how …": a headline's listener
        boolean hearing = t.is(c0, "heard") || t.is(c0, "hears") && LISTENERS.contains(t.lower[k]);
        if (hearing && first <= sentenceLast(c0) && (first == c1 + 2 || clauseAhead(first) || t.is(first, "how", "why", "what"))) {
            return reported(cueFs, null, c0, contentStart(first), 0.4, "listener-heard-that");
        }
        return null;
    }

    /** A claim whose content runs from token {@code first} to the end of its clause. */
    private Claim reported(AnnotationFS cueFs, MentionRef source, int c0, int first, double confidence, String rule) {
        return reported(cueFs, source, c0, first, contentEnd(first), confidence, rule);
    }

    /** A claim whose content runs from token {@code first} to {@code last}, typed by its quotation marks. */
    private Claim reported(AnnotationFS cueFs, MentionRef source, int c0, int first, int last, double confidence, String rule) {
        Claim claim = new Claim();
        claim.cue = cueFs;
        claim.source = source;
        claim.sentence = t.sentence[c0];
        claim.begin = t.begin[first];
        claim.end = t.end[last];
        claim.type = mixedOrIndirect(claim.begin, claim.end);
        claim.confidence = confidence;
        claim.rule = rule;
        return claim;
    }

    /**
     * A reporting clause after its content, set off by a comma: "…, said the agency's expert Ed Lee.",
     * "…, the party's chief whip Ed Lee said on Wednesday.", "…, Ed Lee, the chief whip, said, and …".
     * The content is the clause before the comma.
     */
    private Claim clauseBeforeReportingClause(AnnotationFS cueFs, int c0, int c1) {
        if (quoteAt[c0] >= 0) {
            return null;
        }
        int comma;
        MentionRef source;
        int beforeCue = skipAdverbsLeft(c0 - 1);
        if (t.is(beforeCue, ",")) {
            source = speakerAfterCue(c1);
            if (source != null) {
                comma = beforeCue; // "…, said the agency's expert Ed Lee"
                if (!reportingClauseEnds(source.last() + 1, c1) && !prepositionalPhraseToEnd(source.last() + 1, c1)) {
                    return null;
                }
            } else {
                source = appositionHead(beforeCue); // "…, Ed Lee, the chief whip, said"
                if (source == null) {
                    source = titledName(beforeCue); // "…, the Minister of Health, Jamoliddin Abdullozoda, told reporters"
                }
                comma = source == null ? -1 : nounPhraseStart(source.first()) - 1;
                if (!reportEndsAtCue(cueFs, c0, c1)) {
                    return null;
                }
            }
        } else {
            source = mentionBeforePrepositionalPhrase(beforeCue);
            if (source == null && beforeCue >= 0) {
                source = mentionEnding[beforeCue];
            }
            comma = source == null ? -1 : nounPhraseStart(source.first()) - 1;
            if (!reportEndsAtCue(cueFs, c0, c1)) {
                return null;
            }
        }
        if (source == null || source.kind().equals("PRONOUN") || !t.is(comma, ",") || comma <= sentenceFirst(c0)) {
            return null;
        }
        int begin = contentStart(sentenceFirst(c0));
        int end = comma - 1;
        if (end - begin < 2 || quoteAt[begin] >= 0 || quoteAt[end] >= 0 || participialAdjunct(begin, end)
                || subjectSetOff(begin, end) || endsWithReportingClause(end) || participleCue(begin)) {
            return null;
        }
        return reported(cueFs, source, c0, begin, end, 0.6, "clause-then-source");
    }

    /**
     * "…, Andrej Sistaric of the public health institute told RTS", "…, a source in the city says": a
     * mention whose prepositional phrase runs right up to the cue.
     */
    private MentionRef mentionBeforePrepositionalPhrase(int end) {
        for (int k = end; k > 0 && end - k < 8 && quoteAt[k] < 0; k--) {
            if (t.is(k, "of", "at", "from", "in", "with", "for")) {
                MentionRef m = mentionEnding[k - 1];
                return m != null && k < end && !possessive(m) && quoteAt[k - 1] < 0 ? m : null;
            }
            if (!(t.isPos(k, "DET", "ADJ", "NOUN", "PROPN", "NUM") || t.isPossessiveMark(k))) {
                return null;
            }
        }
        return null;
    }

    /**
     * "“…,” she said, AP reported.": what comes before the comma has a reporting clause of its own,
     * so the outlet only relays it (FORMAT.md: a governing clause wins over a trailing repeat).
     */
    private boolean endsWithReportingClause(int end) {
        int k = skipAdverbsLeft(end);
        boolean speakerThenCue = cueToken[k] && quoteAt[k] < 0 && k > 0 && mentionEnding[skipAdverbsLeft(k - 1)] != null;
        boolean cueThenSpeaker = mentionEnding[end] != null && cueToken(mentionEnding[end].first() - 1);
        return speakerThenCue || cueThenSpeaker;
    }

    /**
     * "Leakey, whose family has …, urged Kenyatta to …", "Jane Kleeb, the president of Bold Alliance,
     * criticized Trudeau": the words before the comma are the cue's own subject with a relative clause
     * or an apposition (no verb), not a content.
     */
    private boolean subjectSetOff(int begin, int end) {
        int head = begin - 1; // the subject's last token: a mention, or a name the mentions missed
        if (mentionStarting[begin] != null) {
            head = mentionStarting[begin].last();
        } else {
            while (t.isPos(head + 1, "PROPN") && head < end) {
                head++;
            }
        }
        if (head < begin || !t.is(head + 1, ",")) {
            return false;
        }
        if (t.is(head + 2, "who", "whose", "which")) {
            return true;
        }
        for (int k = head + 2; k <= end; k++) {
            if (t.isPos(k, "AUX") || t.isPos(k, "VERB") && !t.isPos(k - 1, "DET", "ADJ")) {
                return false; // a verb, but not a participle before its noun ("a leading activist")
            }
        }
        return true;
    }

    /**
     * "The fault was, engineers said, in the cable", "What counts, she said, is that …": a reporting
     * clause between commas inside its content; the claim covers the whole sentence, the reporting
     * clause too (FORMAT.md, Contiguity). The clause around it is unfinished on one side: the words
     * before end on a verb or a function word, or the words after open with a verb.
     */
    private Claim parentheticalReport(AnnotationFS cueFs, int c0, int c1) {
        int beforeCue = skipAdverbsLeft(c0 - 1);
        MentionRef source = beforeCue >= 0 ? mentionEnding[beforeCue] : null;
        int closing = c1 + 1;
        int comma = source == null ? -1 : nounPhraseStart(source.first()) - 1;
        if (source == null && t.is(beforeCue, ",")) {
            // "Among the gains, said the agency, are …": the same clause with the speaker after the cue
            source = speakerAfterCue(c1);
            closing = source == null ? -1 : source.last() + 1;
            comma = beforeCue;
        }
        if (quoteAt[c0] >= 0 || source == null || !t.is(closing, ",") || closing + 1 > sentenceLast(c0)) {
            return null;
        }
        int resumes = closing + 1;
        while (t.isPos(resumes, "ADV")) {
            resumes++;
        }
        boolean inverted = closing != c1 + 1;
        if (!t.is(comma, ",") || comma <= sentenceFirst(c0) || quoteAt[comma] >= 0
                || !(t.isPos(resumes, "VERB", "AUX") && !t.lower[resumes].endsWith("ing") // not ", adding that …"
                        || t.isPos(comma - 1, "AUX", "ADP", "DET", "SCONJ")
                        || !inverted && t.isPos(comma - 1, "VERB"))) { // "…, said Smith, who …" is no parenthesis
            return null;
        }
        int begin = contentStart(sentenceFirst(c0));
        int end = contentEnd(closing + 1);
        if (begin >= comma || end < closing + 1) {
            return null;
        }
        return reported(cueFs, source, c0, begin, end, 0.6, "parenthetical");
    }

    /**
     * "Speaking at the floor of the House, …", "Responding to the speech, …", "On his part, …": an adjunct,
     * no clause of its own.
     */
    private boolean participialAdjunct(int begin, int end) {
        boolean participle = t.isPos(begin, "VERB") && (t.lower[begin].endsWith("ing") || t.lower[begin].endsWith("ed"));
        if (!participle && !t.isPos(begin, "ADP")) {
            return false; // "On his part, …" is as much an adjunct as "Speaking at the floor, …"
        }
        for (int k = begin + 1; k <= end; k++) {
            if (t.isPos(k, "VERB", "AUX") && quoteAt[k] < 0) {
                return false; // a quoted title inside ("In his interview to LTV programme “Rīta panorāma”") says nothing
            }
        }
        return true;
    }

    /**
     * The speaker named by a noun phrase right after an inverted cue: "said the service's expert Ed Lee";
     * none after a tell verb, whose noun phrase only listens ("…, told the summit").
     */
    private MentionRef speakerAfterCue(int c1) {
        int c0 = c1;
        while (c0 > 0 && cueToken[c0 - 1] && c1 - c0 < 4) {
            c0--;
        }
        if (TELL_VERBS.contains(t.lower[c1]) || t.lower[c0].endsWith("ing")) {
            return null; // "…, calling on all citizens to …": a participle's subject comes before it, never after
        }
        int last = sentenceLast(c1);
        for (int k = c1 + 1; k <= last && k - c1 <= 6; k++) {
            MentionRef m = mentionStarting[k];
            if (m != null && !possessive(m)) {
                return m;
            }
            // the tagger's slips inside the speaker's noun phrase: "said mining/VERB inspector X", "said
            // radio/PART personality X", "said resident/VERB Abdou Mora"
            boolean modifier = t.lower[k].endsWith("ing") && t.isPos(k + 1, "NOUN")
                    || t.isPos(k, "PART") && !t.is(k, "to", "not", "n't")
                    || t.isPos(k, "VERB") && !t.capitalised(k) && speakerStartsAt(k + 1);
            if (!(t.isPos(k, "DET", "ADJ", "ADV", "NOUN", "PROPN", "NUM") || t.isPossessiveMark(k) || modifier)) {
                return null;
            }
        }
        return null;
    }

    private boolean speakerStartsAt(int k) {
        return k < t.size && mentionStarting[k] != null && !possessive(mentionStarting[k]);
    }

    /**
     * "Fishermen who sued Exxon said …": the mention before the cue is the object of a relative
     * clause; the speaker is the noun phrase the clause hangs on.
     */
    private MentionRef relativeClauseAntecedent(int k, int start) {
        boolean verb = false;
        for (int j = k; j > start && k - j <= 8; j--) {
            if (t.isPos(j, "VERB")) {
                verb = true;
            } else if (t.is(j, "who", "that", "which") && verb) {
                MentionRef m = mentionEnding[j - 1];
                return m != null && !possessive(m) && !m.kind().equals("PRONOUN") ? m : null;
            } else if (isPunct(j) || t.isPos(j, "SCONJ") || mentionStarting[j] != null && j < k && !verb) {
                return null;
            }
        }
        return null;
    }

    /** The name before an apposition that ends right before the cue: "Ed Lee, the party's chief whip, said". */
    private MentionRef appositionHead(int closingComma) {
        int first = sentenceFirst(closingComma);
        for (int k = closingComma - 1; k > first && closingComma - k <= 20; k--) {
            if (t.is(k, ",")) {
                // the apposition describes a name: "Ed Lee, the whip," — not "his counterpart, Ed Lee,"
                MentionRef m = mentionEnding[k - 1];
                MentionRef described = mentionStarting[k + 1];
                boolean namedApposition = described != null && described.kind().equals("NAME") && !possessive(described);
                return m != null && m.kind().equals("NAME") && !namedApposition && quoteAt[k - 1] < 0 ? m : null;
            }
            if (t.isPos(k, "VERB", "AUX") || isQuoteMark(k) && !pluralPossessive(k) || t.is(k, "that", "who", "which")) {
                return null;
            }
        }
        return null;
    }

    /** A title and its holder in one mention, set off by commas right before the cue. */
    private MentionRef titledName(int closingComma) {
        MentionRef m = mentionEnding[closingComma - 1];
        if (m == null || !m.kind().equals("NAME")) {
            return null;
        }
        for (int k = m.first() + 1; k < m.last(); k++) {
            if (t.is(k, ",")) {
                return m;
            }
        }
        return null;
    }

    /** The name a relative clause set off by commas describes, right before the cue: "Samant, who was appointed …, said". */
    private MentionRef relativeClauseHead(int closingComma) {
        int first = sentenceFirst(closingComma);
        for (int k = closingComma - 1; k > first && closingComma - k <= 25; k--) {
            if (quoteAt[k] >= 0 || isQuoteMark(k) && !pluralPossessive(k) || t.is(k, ";", ":")) {
                return null;
            }
            if (t.is(k, "who", "whose") && t.is(k - 1, ",")) {
                MentionRef m = mentionBeforeComma(k - 1);
                return m != null && m.kind().equals("NAME") ? m : null;
            }
        }
        return null;
    }

    /** "the Exporters' Assembly": an apostrophe that makes a plural possessive, in no quotation. */
    private boolean pluralPossessive(int k) {
        return t.is(k, "'", "\u2019") && k > 0 && t.end[k - 1] == t.begin[k] && t.lower[k - 1].endsWith("s")
                && quoteAt[k] < 0 && t.isPos(k + 1, "NOUN", "PROPN");
    }

    /** Where a noun phrase ending in a mention begins: "the governing party's Chief Whip Stone Sizani". */
    private int nounPhraseStart(int k) {
        int first = sentenceFirst(k);
        while (k - 1 > first && (t.isPos(k - 1, "DET", "ADJ", "NOUN", "PROPN", "NUM") || attachedPossessive(k - 1)
                || t.is(k - 1, "and", "&") && k - 2 >= 0 && t.capitalised(k - 2)) && quoteAt[k - 1] < 0 && !isQuoteMark(k - 1)) {
            k--;
        }
        return k;
    }

    /**
     * "…, say the authors of the report published in the journal.", "…, says a study in the journal": a phrase
     * that only describes the speaker.
     */
    private boolean prepositionalPhraseToEnd(int from, int cue) {
        boolean participle = t.isPos(from, "VERB") && t.lower[from].endsWith("ed") && t.isPos(from + 1, "ADP");
        if (!(t.isPos(from, "ADP") || participle) || t.is(from, "that")) {
            return false;
        }
        for (int k = from; k <= sentenceLast(cue); k++) {
            if (isQuoteMark(k) || t.is(k, "that", ";", ":") || t.isPos(k, "AUX")) {
                return false;
            }
        }
        return true;
    }

    /** After the cue, only adverbials until the sentence's end or a comma: "said on Wednesday, adding …". */
    private boolean reportingClauseEnds(int from, int cue) {
        int last = sentenceLast(cue);
        if (t.is(from, ",", ":") && from < last && (isQuoteMark(from + 1) || quoteAt[from + 1] >= 0)) {
            return false; // "When asked about it, Minnis said, “I have …”": the quotation is what the cue reports
        }
        int end = from;
        while (end <= last && !t.is(end, ",", ";") && !participleCue(end)) {
            end++; // "…, he told the court adding that …": the participle's clause is a report of its own
        }
        // "…, X told the second Istanbul Economy Summit on Dec. 14.": who listened, and when, however long
        return from > last || noClauseAfter(from, end - 1) || TELL_VERBS.contains(t.lower[cue]) && onlyWhoAndWhen(from, end - 1);
    }

    /** Only noun phrases and prepositional phrases from {@code from} to {@code last}: no verb, no quotation, no "that". */
    private boolean onlyWhoAndWhen(int from, int last) {
        for (int k = from; k <= last; k++) {
            // "the media following the meeting hosted by the President": a participle that works as a
            // preposition, or one that describes the noun before it, makes no clause
            boolean phraseVerb = PREPOSITIONAL_PARTICIPLES.contains(t.lower[k])
                    || t.isPos(k, "VERB") && t.lower[k].endsWith("ed") && t.isPos(k - 1, "NOUN", "PROPN") && t.is(k + 1, "by");
            if (!t.isPos(k, "DET", "ADJ", "NOUN", "PROPN", "NUM", "ADP", "PUNCT") && !phraseVerb || isQuoteMark(k) || t.is(k, "that")) {
                return false;
            }
        }
        return true;
    }

    /** "…, he said adding that …" (with or without a comma): a participle cue right after the cue reports anew. */
    private boolean participleCueAfter(int c1) {
        int k = t.is(c1 + 1, ",") ? c1 + 2 : c1 + 1;
        return participleCue(k) && quoteAt[k] < 0;
    }

    /** "…, he told the court adding that …": the person told, then a participle cue that reports anew. */
    private boolean listenerThenParticiple(int c0, int c1) {
        MentionRef listener = c1 + 1 < t.size ? mentionStarting[c1 + 1] : null;
        int next = listener == null ? -1 : listener.last() + 1;
        return TELL_VERBS.contains(t.lower[c0]) && participleCue(next);
    }

    /** "…, he added, while prices fell": ", while …", ", whereas …", ", but …" right after the cue is the writer's contrast. */
    private boolean contrastAfter(int c1) {
        return t.is(c1 + 1, ",") && t.is(c1 + 2, "while", "whereas", "but") && quoteAt[c1 + 1] < 0;
    }

    /** A verb that makes a clause: not one of the participles that work as prepositions ("following the meeting"). */
    private boolean clauseVerb(int k) {
        return t.isPos(k, "VERB", "AUX") && !PREPOSITIONAL_PARTICIPLES.contains(t.lower[k]);
    }

    /** Only a short object or adverbial to the sentence's end: "…, its chief executive told Reuters." */
    private boolean noClauseAfter(int from, int last) {
        // "…, the office said in a series of posts on social media early yesterday": only where and when
        int limit = t.isPos(from, "ADP") ? 12 : 5;
        int words = 0;
        for (int k = from; k <= last; k++) {
            if (clauseVerb(k) || isQuoteMark(k) || t.is(k, "that")) {
                return false;
            }
            if (!isPunct(k)) {
                words++;
            }
        }
        return words <= limit;
    }

    /**
     * A subject followed by its verb within {@link #SUBJECT_REACH} words ("her team had been too slow"),
     * also after an opening prepositional phrase and its comma.
     */
    private boolean clauseAhead(int k) {
        if (t.isPos(k, "ADP") && !t.is(k, "to", "of")) {
            // "added with the prevalence of false news, the public should …": an opening adjunct of the clause
            for (int j = k + 1; j <= Math.min(k + 10, sentenceLast(k)); j++) {
                if (t.is(j, ",") && quoteAt[j] < 0) {
                    return !t.is(j + 1, "where", "which", "who", "whose", "when") && clauseAhead(j);
                }
                if (t.isPos(j, "VERB", "AUX", "PUNCT") || quoteAt[j] >= 0) {
                    break;
                }
            }
        }
        int last = Math.min(sentenceLast(Math.min(k, t.size - 1)), k + SUBJECT_REACH);
        for (int j = k + 1; j <= last && j < t.size; j++) {
            if (t.isPos(j, "PUNCT", "SCONJ") || t.is(j, "as", "when", "after", "before", "because", "while", "until")) {
                return false; // "called the first witness as the trial opened": that clause is no content
            }
            int subjectEnd = j - 1;
            while (subjectEnd > k && t.isPos(subjectEnd, "ADV") && !t.is(subjectEnd, "there")) {
                subjectEnd--; // "the situation for patients currently was …"
            }
            if (t.isPos(j, "VERB", "AUX") && (t.isPos(subjectEnd, "NOUN", "PRON", "PROPN") || t.is(subjectEnd, "there"))) {
                return true; // "there" as a subject ("noted there had been …") is often tagged an adverb
            }
        }
        return false;
    }

    /** A quote right before the reporting clause, with the source found next to the cue. */
    private record QuoteBefore(QuoteSpan quote, MentionRef source) {
    }

    private QuoteBefore quoteClosingBefore(int c0, int c1) {
        // walk left from the cue over the source mention, adverbs and punctuation to a closing mark
        int k = c0 - 1;
        k = skipAdverbsLeft(k);
        MentionRef source = null;
        if (k >= 0 && mentionEnding[k] != null && quoteAt[k] < 0) {
            source = mentionEnding[k]; // "…," analyst Patrick Moorhead said
            k = nounPhraseStart(source.first()) - 1;
            MentionRef affiliated = k - 1 >= 0 && t.is(k, "of") ? mentionEnding[k - 1] : null;
            if (affiliated != null && affiliated.kind().equals("NAME") && !possessive(affiliated) && quoteAt[k - 1] < 0) {
                source = affiliated; // "…," author Lilian Schuster of the University of Innsbruck told AFP
                k = nounPhraseStart(source.first()) - 1;
            }
            MentionRef apposed = t.is(k, ",") && k - 1 >= 0 && quoteAt[k - 1] < 0 ? mentionEnding[k - 1] : null;
            if (apposed != null && apposed.kind().equals("NAME") && "PERSON".equals(mentionType(apposed)) && !possessive(apposed)
                    && !(source.kind().equals("NAME") && "PERSON".equals(mentionType(source)))) {
                source = apposed; // "…," Odete da Silva Viegas, Timor-Leste's Director of Health Services told reporters
                k = nounPhraseStart(source.first()) - 1;
            }
        } else if (t.is(k, ",") && quoteAt[k] < 0) {
            source = appositionHead(k); // "…," Alexis Stoner, director of medicine at the college, said
            if (source == null) {
                source = relativeClauseHead(k); // "…," Samant, who was appointed coach this season, said
            }
            if (source != null) {
                k = nounPhraseStart(source.first()) - 1;
            }
        }
        if (k >= 0 && t.lineBreakBetween(k, k + 1)) {
            return null; // a quote that ends the paragraph before is not this clause's
        }
        int marks = 0;
        while (k >= 0 && isPunct(k) && quoteAt[k] < 0) {
            k--;
            marks++;
        }
        if (k < 0 || quoteAt[k] < 0 || marks == 0) {
            return null;
        }
        QuoteSpan q = quotes.get(quoteAt[k]);
        if (q.last() != k) {
            return null;
        }
        // "“I believe in balance” asserted Batakis.": a quotation that opens its sentence may hand over
        // without a comma, to a reporting clause that ends the sentence
        boolean bare = !endsLikeReportedQuote(q);
        if (!q.closed() || bare && !(quoteStartsClause(q) && q.last() - q.first() >= 3)) {
            return null;
        }
        if (source == null) {
            int s = c1 + 1;
            if (t.is(s, "the", "a") && mentionStarting[s] == null) {
                s++;
            }
            source = s < t.size ? mentionStarting[s] : null;
            if (source != null && possessive(source) && source.last() + 2 < t.size && mentionStarting[source.last() + 2] != null) {
                source = mentionStarting[source.last() + 2]; // "…," says the University of Queensland's Dr Carl Lavie
            }
            if (source == null) {
                source = speakerAfterCue(c1); // "…," said former resident Marianne Rude
            }
            if (source != null && (source.kind().equals("PRONOUN") || t.isPos(source.last() + 1, "VERB", "AUX"))) {
                source = null; // "…”, said it had failed": the subject of the reported clause, not an inverted speaker
            }
        }
        if (bare && (source == null || !sentenceEndsAfter(Math.max(source.last(), c1)))) {
            return null;
        }
        return new QuoteBefore(q, source);
    }

    private boolean sentenceEndsAfter(int k) {
        return k + 1 >= t.size || t.sentence[k + 1] != t.sentence[k] || t.is(k + 1, ".", "!", "?");
    }

    /** "…," / "…?" / "…!" / "…" — the marks that hand over to a reporting clause ("…." ends a sentence). */
    private boolean endsLikeReportedQuote(QuoteSpan q) {
        int end = q.end();
        while (end > q.begin() && Character.isWhitespace(t.text.charAt(end - 1))) {
            end--;
        }
        char last = end > q.begin() ? t.text.charAt(end - 1) : ' ';
        int after = q.end() + 1;
        while (after < t.text.length() && t.text.charAt(after) == ' ') {
            after++;
        }
        char next = after < t.text.length() ? t.text.charAt(after) : ' ';
        return last == ',' || last == '?' || last == '!' || last == '\u2014' || last == '-' || next == ',';
    }

    /**
     * Left of token {@code k}, past adverbs, auxiliaries and a short bracket after a name: "Sutt
     * (Reform) says", "Lee (D-Calif.) has said".
     */
    private int skipAdverbsLeft(int k) {
        while (k >= 0 && t.isPos(k, "ADV", "AUX", "PART") && quoteAt[k] < 0 && mentionEnding[k] == null) {
            k--; // but "Dr Weerasinghe/AUX said": a speaker's last word is no auxiliary
        }
        int open = k >= 0 && quoteAt[k] < 0 ? t.matchingBracket(k, 5) : -1;
        return open > 0 && mentionEnding[open - 1] != null && mentionEnding[open - 1].kind().equals("NAME") ? open - 1 : k;
    }

    private boolean quoteStartsClause(QuoteSpan q) {
        int open = q.first() - 1;
        while (open >= 0 && isQuoteMark(open)) {
            open--;
        }
        return open < 0 || t.lineBreakBetween(open, q.first()) || t.sentence[open] != t.sentence[q.first()]
                || t.is(open, ":", ".", "?", "!") || isPunct(open) && open < sentenceFirst(q.first()) + 1;
    }

    private boolean closingMarkEndsClause(QuoteSpan q) {
        int k = q.last() + 1;
        while (k < t.size && isPunct(k)) {
            if (t.lineBreakBetween(k - 1, k)) {
                return true;
            }
            k++;
        }
        return k >= t.size || t.lineBreakBetween(k - 1, k) || boundaryAt(k) || t.sentence[k] != t.sentence[q.last()];
    }

    private void setQuote(Claim claim, QuoteSpan q) {
        claim.begin = q.begin();
        claim.end = q.end();
        claim.type = "DIRECT";
    }

    /** The token after a date that starts at {@code k} ("Feb. 8", "March 13,", "Sept. 1, 2024"), or {@code k}. */
    private int dateEnd(int k) {
        if (k >= t.size || !Tokens.isMonth(t.lower[k]) || !t.capitalised(k)) {
            return k;
        }
        int j = k + 1;
        if (t.is(j, ".")) {
            j++;
        }
        if (j >= t.size || !t.isPos(j, "NUM")) {
            return k;
        }
        j++;
        if (t.is(j, ",") && t.isPos(j + 1, "NUM")) {
            j += 2;
        }
        return t.is(j, ",") ? j + 1 : j;
    }

    /** Skips what lies between a cue and its content: time adverbials, "that", an object before "that". */
    private int skipToContent(int k, int cueLast) {
        int last = sentenceLast(cueLast);
        int start = k;
        // adverbials right after the cue: "on Tuesday", "again", "in a statement", ","
        while (k <= last) {
            if (ADVERBIALS.contains(t.lower[k]) && !t.isPossessiveMark(k + 1)) {
                k++;
            } else if (t.is(k, "on", "late", "early") && k + 1 <= last && TIME_WORDS.contains(t.lower[k + 1])) {
                k += 2;
            } else if (t.is(k, "on") && dateEnd(k + 1) > k + 1) {
                k = dateEnd(k + 1); // "said on Feb. 8 it was cutting …", "said on March 13 that …"
            } else if (k > start && t.is(k, "(") && t.is(dateEnd(k + 1), ")")) {
                k = dateEnd(k + 1) + 1; // "said on Tuesday (June 21) the clinics …": the date the day stands for
            } else if (TIME_WORDS.contains(t.lower[k]) && !t.isPos(k, "VERB") && !t.isPossessiveMark(k + 1)) {
                k++; // "said today that", but "said today's win was …" starts its content there
            } else if (t.is(k, ",") && k == start) {
                k++;
            } else {
                break;
            }
        }
        // "said in a statement the port would reopen", "said in the Journal of Medicine they observed …": where it
        // was said, then the clause
        int phraseEnd = prepositionalPhraseEnd(k, last);
        if (phraseEnd > k && clauseAhead(phraseEnd)) {
            k = phraseEnd;
        }
        // a linking preposition after a noun-ending cue: "declined to provide an update on whether …"
        boolean multiword = !cueToken[cueLast]; // only a cue's first token is marked
        if ((t.isPos(cueLast, "NOUN") || multiword) && t.is(k, "on", "of", "about", "over")
                || t.isPos(cueLast, "NOUN") && t.is(k, "at", "with", "regarding", "for") && t.isPos(cueLast - 1, "VERB", "ADJ", "PRON")) {
            k++; // "expressed concern at the delay", "voiced support for the plan"
        } else if (t.is(k, "against") && k < last) {
            k++; // "warned against overstating them": the preposition only links the cue
        }
        // "asked the driver whether she needed help" → "whether she needed help" (FORMAT.md: the person asked is left outside)
        if (t.is(cueLast, "asked", "ask", "asks", "asking")) {
            for (int j = k + 1; j <= last && j - k <= 5 && t.isPos(j - 1, "NOUN", "PROPN", "ADJ", "DET", "PRON"); j++) {
                if (t.is(j, "if", "whether")) {
                    return j;
                }
            }
        }
        // "told state television the cut was needed": the person told, then the reported clause
        if (TELL_VERBS.contains(t.lower[cueLast])) {
            for (int j = k; j <= last && j - k <= 5 && t.isPos(j, "NOUN", "PROPN", "ADJ", "DET", "PUNCT"); j++) {
                if (t.is(j, ":") && j > k) {
                    return j + 1; // "told reporters: “We will try.”"
                }
            }
            // "told the residents to leave" → "to leave": the person told is no content (FORMAT.md leaves an addressee outside)
            int to = CueEngine.toAfterObject(t, k);
            if (to > 0 && to < last) {
                return t.is(to - 1, "not") ? to - 1 : to;
            }
            for (int j = k + 1; j <= last && j - k <= 5; j++) {
                boolean objectPronoun = j - 1 == k && t.is(k, "him", "her", "them", "me", "us", "you");
                // "told the accused he must …": a participle after an article is the person told
                boolean nominalParticiple = t.isPos(j - 1, "VERB") && t.lower[j - 1].endsWith("ed") && t.isPos(j - 2, "DET");
                // "He told reporters/VERB the plan …": a plural noun right after a tell verb is the people told
                boolean pluralSlip = j - 1 == k && t.isPos(k, "VERB") && t.lower[k].endsWith("s");
                if (!t.isPos(j - 1, "NOUN", "PROPN", "ADJ", "DET") && !objectPronoun && !nominalParticiple && !pluralSlip) {
                    break; // "told her the pumps were off" has its person told in one pronoun
                }
                if (objectPronoun && t.is(j, ",") && clauseAhead(j + 1)) {
                    return j + 1; // "told me, all you need to do is …"
                }
                if ((t.isPos(j, "DET") || t.is(j, "he", "she", "it", "they", "we", "i", "you")) && clauseAhead(j)) {
                    return j;
                }
            }
        }
        // "that" within reach, with no verb before it: "told reporters that", "said at a press conference … that"
        for (int j = k; j <= last && j - k <= 15; j++) {
            if (t.is(j, "that") && j > k && t.isPos(j - 1, "NOUN", "PROPN") && t.isPos(j + 1, "VERB", "AUX")) {
                break; // "cancelled a meeting that was scheduled …": a relative clause on the object, no content
            }
            if (t.is(j, "that") && (ownedNounCueBetween(k, j) || REBUTTALS.contains(cueLemma[cueLast]) && nounCueBetween(k, j))) {
                break; // "dismissed the defence argument that …", "denied claims that …": the clause is the noun's content
            }
            if (t.is(j, "that")) {
                return CueEngine.demonstrative(t, j) ? j : j + 1; // "denied that report": the content keeps its determiner
            }
            if (t.isPos(j, "VERB", "AUX") || isQuoteMark(j) || t.is(j, ",", ":", ";") && j > k) {
                break;
            }
        }
        return k;
    }

    /** "…, he told reporters", "told the summit on Monday": after a tell verb, a phrase with no verb is only who listened. */
    private boolean onlyTheOneTold(int c0, int first) {
        if (!TELL_VERBS.contains(t.lower[c0])) {
            return false;
        }
        int end = contentEnd(first);
        for (int k = first; k <= end; k++) {
            if (clauseVerb(k) || quoteAt[k] >= 0 || isQuoteMark(k)) {
                return false;
            }
        }
        return true;
    }

    /** The token after a short prepositional phrase at {@code k} ("in a statement", "at the hearing"), or {@code k}. */
    private int prepositionalPhraseEnd(int k, int last) {
        if (!t.is(k, "in", "at", "on", "during", "to", "via", "through") || quoteAt[k] >= 0) {
            return k;
        }
        int j = k + 1;
        while (j <= last && j - k <= 10 && (t.isPos(j, "DET", "ADJ", "NOUN", "PROPN", "NUM") || t.is(j, "of") || t.isPossessiveMark(j))) {
            if (t.isPos(j, "DET") && t.isPos(j - 1, "NOUN", "PROPN", "NUM")) {
                break; // "in a statement the port would …": the next noun phrase opens the clause
            }
            j++;
        }
        return j > k + 1 && t.isPos(j - 1, "NOUN", "PROPN", "NUM") ? j : k;
    }

    /**
     * A noun cue that names its own speaker between a verb and "that": "dismissed the defence argument
     * that …", "rejected the allegations of the Greens that …". Without one the noun is the verb's
     * fixed object ("expressed the view that …").
     */
    private boolean ownedNounCueBetween(int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (cueToken[k] && t.isPos(k, "NOUN") && quoteAt[k] < 0) {
                MentionRef named = claimantAfter(k);
                if (owner(k) != null || modifierOwner(k) != null || named != null && named.last() + 1 == to) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "admitted stealing the items", "suggested changing the management": a gerund is what was said. */
    private boolean gerundAfter(int cueLast, int after) {
        // "complained of being woken up": after a cue's own preposition any gerund is its object
        boolean preposition = t.isPos(cueLast, "ADP", "SCONJ");
        return after == cueLast + 1 && t.isPos(after, "VERB", "AUX") && t.lower[after].endsWith("ing")
                && (preposition || t.isPos(cueLast, "VERB") && !t.is(after, "being")) && quoteAt[after] == quoteAt[cueLast];
    }

    /** "refuted claims that …", "disputed reports that …": a rebuttal's content is the report it rebuts, noun and all. */
    private boolean rebuttedReport(int cueLast, int after) {
        if (!REBUTTALS.contains(cueLemma[cueLast])) {
            return false;
        }
        for (int j = after + 1; j <= after + 4 && j < t.size; j++) {
            if (t.is(j, "that")) {
                return nounCueBetween(after, j);
            }
        }
        return false;
    }

    /** A noun cue between a verb and "that", owned or not: "denied claims that …". */
    private boolean nounCueBetween(int from, int to) {
        for (int k = from; k < to; k++) {
            if (cueToken[k] && t.isPos(k, "NOUN") && quoteAt[k] < 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The last token of [{@code first}, {@code end}] that is not trailing punctuation; a quotation mark
     * stays, and so does a bracket that closes one opened inside ("Africa Coast to Europe (ACE)").
     */
    private int withoutTrailingPunctuation(int first, int end) {
        while (end > first && t.isPos(end, "PUNCT") && !isQuoteMark(end) && !(t.is(end, ")") && opensBracket(first, end))) {
            end--;
        }
        return end;
    }

    private boolean opensBracket(int first, int close) {
        for (int k = close - 1; k >= first; k--) {
            if (t.is(k, ")")) {
                return false;
            }
            if (t.is(k, "(")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "will stress the commitment", "until the firm responds to demands": a saying to come or one that is only
     * supposed reports nothing yet.
     */
    private boolean notYetSaid(int c0) {
        if (c0 >= t.size) {
            return false;
        }
        for (int k = c0 - 1; k >= 0 && t.isPos(k, "ADV", "AUX", "PART"); k--) {
            if (t.is(k, "will", "shall", "'ll", "\u2019ll")) {
                return true; // "will stress", "will also stress"
            }
        }
        for (int k = c0 - 1; k >= 0 && c0 - k <= 6 && t.sentence[k] == t.sentence[c0] && !t.isPos(k, "PUNCT"); k--) {
            if (t.is(k, "until", "unless", "if")) {
                return true;
            }
        }
        return false;
    }

    /** "€900", "$12 billion": a sign that opens an amount, not punctuation that ends a clause. */
    private boolean currencyBeforeNumber(int k) {
        return t.word[k].length() == 1 && Character.getType(t.word[k].charAt(0)) == Character.CURRENCY_SYMBOL && t.isPos(k + 1, "NUM");
    }

    /** "the party's", not the closing mark of "'…,' Hughes said". */
    private boolean attachedPossessive(int k) {
        return t.isPossessiveMark(k) && k > 0 && t.end[k - 1] == t.begin[k] && !isQuoteMark(k);
    }

    /** Leaves out sentence-initial connectives and short adverbial chunks ("However,", "Today, Tuesday,"). */
    private int contentStart(int k) {
        k = t.afterDateline(k);
        if (t.is(k, ",") && t.is(k - 1, "that")) {
            k++; // "stated that, immediately after pleading guilty, he emailed …"
        }
        int limit = k + 12;
        boolean moved = true;
        while (moved && k < t.size && k < limit) {
            moved = false;
            if (CONNECTIVES.contains(t.lower[k]) && !t.isPos(k, "PRON")) {
                k++;
                moved = true;
                if (t.is(k, ",")) {
                    k++;
                }
            } else {
                // a chunk of at most three words without a verb or mention, ended by a comma
                int j = k;
                while (j < t.size && j - k < 3 && !t.is(j, ",") && !t.isPos(j, "VERB", "AUX") && mentionStarting[j] == null
                        && quoteAt[j] < 0) {
                    j++;
                }
                if (j > k && t.is(j, ",") && j + 1 < t.size && t.sentence[j + 1] == t.sentence[k]
                        && (TIME_WORDS.contains(t.lower[k]) || t.isPos(k, "ADV"))) {
                    k = j + 1;
                    moved = true;
                }
            }
        }
        return k;
    }

    /** The last token of a content that starts at {@code first}: the clause end, inside any quote around it. */
    private int contentEnd(int first) {
        int last = sentenceLast(first);
        int enclosing = quoteAt[first];
        int k = first + 1;
        int depthQuote = -1;
        for (; k <= last; k++) {
            if (enclosing >= 0 && quoteAt[k] != enclosing) {
                break;
            }
            if (quoteAt[k] >= 0 && quoteAt[k] != enclosing) {
                depthQuote = quoteAt[k];
                continue; // inside a quoted fragment of a mixed content nothing ends the clause
            }
            if (boundaryAt(k)) {
                break;
            }
        }
        int end = k - 1;
        // trailing punctuation outside quotes is not content; a closing mark is
        end = withoutTrailingPunctuation(first, end);
        if (depthQuote >= 0 && end + 1 <= last && isQuoteMark(end + 1) && quoteAt[end] == depthQuote) {
            end++;
        }
        return end;
    }

    /** Where the content from {@code first} would end if it ran past the boundary after {@code last} to the next one; -1 if none. */
    private int nextClauseEnd(int first, int last) {
        int sentenceEnd = sentenceLast(first);
        int k = last + 1;
        while (k <= sentenceEnd && t.isPos(k, "PUNCT") && !t.is(k, ",")) {
            k++;
        }
        if (k >= sentenceEnd || quoteAt[first] >= 0) {
            return -1;
        }
        for (k = k + 1; k <= sentenceEnd; k++) {
            if (quoteAt[k] >= 0 || isQuoteMark(k)) {
                return -1;
            }
            if (boundaryAt(k)) {
                break;
            }
        }
        int end = withoutTrailingPunctuation(first, k - 1);
        return end > last ? end : -1;
    }

    /**
     * A content that is a noun phrase with no verb of its own ("denied the charges after the
     * hearing"), up to any "but": like a judged object, it ends where an adjunct of the reporting
     * or a contrasting clause begins.
     */
    private boolean nounPhraseObject(int first) {
        if (!t.isPos(first, "DET", "NOUN", "PROPN", "ADJ", "NUM") || quoteAt[first] >= 0) {
            return false;
        }
        int end = contentEnd(first);
        for (int k = first; k <= end; k++) {
            if (t.is(k, "but", "whereas") && k > first) {
                return true; // "defended the plan but residents want more": a clause of the writer's own follows
            }
            if (t.isPos(k, "VERB", "AUX") || quoteAt[k] >= 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * A judged object ends where an adjunct of the judging begins: "defended the design, despite the
     * cracks" → "the design" (FORMAT.md, Adjuncts); a relative clause stays ("thanked fans who …").
     */
    private int judgedObjectEnd(int first) {
        int end = contentEnd(first);
        int comma = end + 1;
        while (comma < t.size && t.isPos(comma, "PUNCT") && !t.is(comma, ",")) {
            comma++;
        }
        if (t.is(comma, ",") && t.is(comma + 1, "which") && quoteAt[comma] < 0 && firstObjectStop(first, comma) < 0) {
            // "welcomed the investment, which will create 200 jobs": a relative clause on the object is the object's
            return contentEnd(comma + 1);
        }
        int stop = firstObjectStop(first, end + 1);
        if (stop >= 0) {
            end = stop - 1;
            // "defended her plan on Tuesday", "praised the team last week": the time's own words go too
            while (TIME_WORDS.contains(t.lower[stop]) && end > first && (t.isPos(end, "ADP", "DET") || t.is(end, "last", "next", "past"))) {
                end--;
            }
        }
        return withoutTrailingPunctuation(first, end);
    }

    /**
     * Where a judged object stops, after {@code first} and before {@code limit}: a comma, a contrast, an
     * adjunct of the judging or a time word; -1 when nothing stops it. "condemned the attack as
     * barbaric": "as" with no clause after it says what the object is judged to be.
     */
    private int firstObjectStop(int first, int limit) {
        for (int k = first + 1; k < limit; k++) {
            if (t.is(k, ",") && t.is(k + 1, "a", "an") && t.isPos(k - 1, "PROPN") && !verbWithin(k + 1, limit) && quoteAt[k] < 0) {
                continue; // "highlighted the call-up of Martina, a player with limited minutes": the name's apposition
            }
            if (t.is(k, "and") && t.isPos(k + 1, "VERB") && !t.lower[k + 1].endsWith("ing") && quoteAt[k] < 0) {
                return k; // "spoke about the team's preparation and assessed its chances": the next verb phrase is the reporter's
            }
            boolean predicative = t.is(k, "as") && !clauseAhead(k + 1);
            if (quoteAt[k] < 0 && (t.is(k, ",", "but", "whereas") || EVENT_ADJUNCTS.contains(t.lower[k]) && !t.isPos(k - 1, "ADP", "DET")
                    && !predicative || TIME_WORDS.contains(t.lower[k]) && !t.isPossessiveMark(k + 1))) {
                return k; // not "last year's season": a time that owns something is part of the object
            }
        }
        return -1;
    }

    private String mixedOrIndirect(int begin, int end) {
        for (QuoteSpan q : quotesIn(begin, end)) {
            if (q.begin() <= begin + 1 && q.end() >= end - 1) {
                return "DIRECT";
            }
            return "MIXED";
        }
        return "INDIRECT";
    }

    private List<QuoteSpan> quotesIn(int begin, int end) {
        List<QuoteSpan> result = new ArrayList<>();
        int first = t.tokenAtOrAfter(begin);
        int last = t.tokenBefore(end);
        for (int k = first; k <= last && k < t.size; k++) {
            if (quoteAt[k] >= 0) {
                QuoteSpan q = quotes.get(quoteAt[k]);
                if (q.begin() >= begin - 1 && q.end() <= end + 1 && (result.isEmpty() || result.get(result.size() - 1) != q)) {
                    result.add(q);
                }
            }
        }
        return result;
    }

    /** The speaker of a verb cue: its subject, an inverted subject, or the clause it hangs on. */
    private MentionRef subject(int c0, int c1, List<Claim> earlier) {
        int start = clauseStart(c0);
        // the subject right before the cue ("Lavrov said", "Stoltenberg had said")
        int k = skipAdverbsLeft(c0 - 1);
        // "told the court adding that …", "slammed fuel traders saying …": whoever a verb acted on only
        // stands before the participle; the participle is the verb's subject's
        boolean heardIt = k >= 0 && mentionEnding[k] != null && t.lower[c0].endsWith("ing") && objectOfVerb(mentionEnding[k]);
        if (k >= start && mentionEnding[k] != null && !possessive(mentionEnding[k]) && !oblique(mentionEnding[k])
                && mentionEnding[k].first() >= start && !heardIt) {
            MentionRef antecedent = relativeClauseAntecedent(mentionEnding[k].first() - 1, start);
            return antecedent != null ? antecedent : mentionEnding[k];
        }
        if (t.is(k, ",") && quoteAt[k] < 0) {
            MentionRef described = appositionHead(k); // "Edward Wolfe, analyst with brokerage Bear Stearns, said"
            if (described != null && described.first() >= start) {
                return described;
            }
        }
        if (frontedParticiple(c0)) {
            MentionRef main = subjectAfterFrontedClause(c0);
            if (main != null) {
                return main; // "Noting that the interview was false, the ministry condemned it"
            }
        }
        // "…,” he said noting that …": a participle right after a reporting verb hangs on it too
        // "he told the court adding that …": whoever was told only listened; the participle is the teller's
        boolean participial = t.lower[c0].endsWith("ing") && (precededByComma(c0) || cueToken(c0 - 1) && t.isPos(c0 - 1, "VERB") || heardIt
                || subordinated(c0) && precededByComma(c0 - 1));
        // "Zwane underscored the declaration, which was signed …, stressing that …": a participle hangs on
        // the main clause, not on the relative clause before it
        MentionRef antecedent = participial ? null : antecedentOfRelative(c0);
        if (antecedent != null) {
            return antecedent;
        }
        MentionRef after = c1 + 1 < t.size ? mentionStarting[c1 + 1] : null;
        boolean coordinated = t.is(c0 - 1, "and", "but") || t.is(skipAdverbsLeft(c0 - 1), "and", "but")
                // "Nuevo León rejects its ranking, says it should be red": no inverted speaker follows
                || t.is(c0 - 1, ",") && presentCue(c0) && (after == null || subjectOfItsOwnVerb(after))
                        && governing(c0, earlier, t.sentence[c0]) != null;
        if (participial || coordinated) {
            MentionRef governing = governing(c0, earlier, t.sentence[c0]);
            if (governing != null) {
                return governing;
            }
            // "A federal judge … blocked the law, ruling that …": the sentence's subject
            for (MentionRef m : mentionsBetween(sentenceFirst(c0), c0)) {
                if (!possessive(m) && !oblique(m) && quoteAt[m.first()] == quoteAt[c0]) {
                    return m;
                }
            }
            return governing(c0, earlier, t.sentence[c0] - 1); // a sentence split too early
        }
        // the leftmost non-oblique mention of the clause ("Moscow, on Tuesday, refused …")
        for (MentionRef m : mentionsBetween(start, c0)) {
            if (!possessive(m) && !oblique(m) && quoteAt[m.first()] == quoteAt[c0]) {
                return m;
            }
        }
        // "…, said the spokesman"; never "…, told PAP on Friday that …", whose noun phrase only listens
        int s = c1 + 1;
        if (isPunct(c0 - 1) && s < t.size && mentionStarting[s] != null && t.sentence[s] == t.sentence[c0]
                && !TELL_VERBS.contains(t.lower[c1])
                && !possessive(mentionStarting[s])
                && !subjectOfItsOwnVerb(mentionStarting[s])) {
            return mentionStarting[s];
        }
        return null;
    }

    /** Whether a tell verb governs this mention as its object: "told the court", "informed reporters". */
    private boolean toldBefore(MentionRef m) {
        int verb = nounPhraseStart(m.first()) - 1;
        return verb >= 0 && TELL_VERBS.contains(t.lower[verb]);
    }

    /** Whether a verb governs this mention as its object: "told the court", "met the protesters". */
    private boolean objectOfVerb(MentionRef m) {
        int verb = nounPhraseStart(m.first()) - 1;
        return toldBefore(m) || t.isPos(verb, "VERB") && quoteAt[verb] == quoteAt[m.first()];
    }

    /**
     * A cue in -ing ("adding", "noting"): it reports a claim of its own, so it opens no content of another
     * verb ("Noting that …, the ministry condemned …") and ends one ("…, he said adding that …").
     */
    private boolean participleCue(int k) {
        return cueToken(k) && t.lower[k].endsWith("ing");
    }

    /** A cue in -ing that opens its sentence: its subject is the main clause's, after the comma. */
    private boolean frontedParticiple(int c0) {
        return t.lower[c0].endsWith("ing") && (c0 == sentenceFirst(c0) || subordinated(c0) && c0 - 1 == sentenceFirst(c0));
    }

    /** "while asking …", "after noting …": a participle governed by a subordinator, which has no subject of its own. */
    private boolean subordinated(int c0) {
        return c0 > 0 && t.is(c0 - 1, "while", "whilst", "after", "before", "when", "since", "upon", "by")
                && quoteAt[c0 - 1] == quoteAt[c0];
    }

    /** The subject of the main clause after a sentence-opening participial clause: the mention right after its comma. */
    private MentionRef subjectAfterFrontedClause(int c0) {
        int last = sentenceLast(c0);
        for (int k = c0 + 1; k < last; k++) {
            if (quoteAt[k] < 0 && t.is(k, ",") && mentionStarting[k + 1] != null && !possessive(mentionStarting[k + 1])) {
                int verb = skipAdverbs(mentionStarting[k + 1].last() + 1);
                if (t.isPos(verb, "VERB", "AUX")) {
                    return mentionStarting[k + 1];
                }
            }
        }
        return null;
    }

    /** "…, said he expressed …", "…, said the firm was …": the mention opens the content's clause. */
    private boolean subjectOfItsOwnVerb(MentionRef m) {
        int next = skipAdverbs(m.last() + 1);
        return t.isPos(next, "AUX") || m.kind().equals("PRONOUN") && t.isPos(next, "VERB");
    }

    /**
     * The noun phrase a relative clause hangs on: "Mayor Lisa Grant, who once hailed …" (the cue is
     * inside the clause) and "Professor Mark Ellis, who was not involved …, called …" (after it).
     */
    private MentionRef antecedentOfRelative(int c0) {
        int k = skipAdverbsLeft(c0 - 1);
        if (t.is(k, "who") && k - 1 >= 0 && mentionEnding[k - 1] != null && !possessive(mentionEnding[k - 1])) {
            return mentionEnding[k - 1]; // "an official who told her that …": a restrictive clause, no comma
        }
        if (t.is(k, "who", "which") && t.is(k - 1, ",")) {
            // "Edward Wolfe, analyst with brokerage Bear Stearns, who noted": a person, past the apposition
            MentionRef described = t.is(k, "who") ? appositionHead(k - 1) : null;
            return described != null ? described : mentionBeforeComma(k - 1); // "…, who said", "the regulator, which also said"
        }
        if (!t.is(k, ",")) {
            return null;
        }
        boolean relativeThatAfter = false; // a relative "that" between this token and the comma before the cue
        for (int j = k - 1; j > sentenceFirst(c0); j--) {
            relativeThatAfter |= CueEngine.relativeThat(t, j + 1) && j + 1 < k;
            if (quoteAt[j] >= 0) {
                continue;
            }
            if (t.is(j, "who", "which", "whose") && t.is(j - 1, ",")) {
                return mentionBeforeComma(j - 1); // "Leakey, whose family has …, urged"
            }
            if (t.is(j, ",") && t.is(j + 1, "a", "an", "the") && relativeThatAfter) {
                return mentionBeforeComma(j); // "The GSMA, a body that represents operators, said"
            }
            if (t.is(j, ";", ":")) {
                return null;
            }
        }
        return null;
    }

    private MentionRef mentionBeforeComma(int comma) {
        MentionRef m = comma - 1 >= 0 ? mentionEnding[comma - 1] : null;
        return m != null && !possessive(m) && quoteAt[comma - 1] < 0 ? m : null;
    }

    /** The source of the claim just before the cue, when that claim is in {@code sentence}. */
    private MentionRef governing(int c0, List<Claim> earlier, int sentence) {
        if (earlier.isEmpty()) {
            return null;
        }
        Claim last = earlier.get(earlier.size() - 1);
        return last.sentence == sentence && last.sentence <= t.sentence[c0] ? last.source : null;
    }

    private int clauseStart(int c0) {
        int first = t.afterDateline(sentenceFirst(c0));
        if (quoteAt[c0] >= 0) {
            first = Math.max(first, quotes.get(quoteAt[c0]).first());
        }
        for (int k = c0 - 1; k >= first; k--) {
            // a cue before this one ends its clause, unless it heads the subject right before it ("The statement said …")
            boolean subjectHead = k == skipAdverbsLeft(c0 - 1) && t.isPos(k, "NOUN") && mentionEnding[k] != null;
            if (t.is(k, "that", ";", ":") || (cueToken[k] && k < c0 && !inSetOffAdjunct(k, c0) && !subjectHead) || (isQuoteMark(k) && quoteAt[c0] < 0
                    && quoteAt[k] < 0 && k > 0 && quoteAt[k - 1] >= 0)) {
                return k + 1;
            }
        }
        // "While the mayor was upbeat, delegates noted …": the opening clause's subject is not the cue's
        if (t.isPos(first, "SCONJ") && !t.is(first, "that") && quoteAt[c0] < 0) {
            for (int k = first + 1; k < c0; k++) {
                if (t.is(k, ",")) {
                    return k + 1;
                }
            }
        }
        return first;
    }

    /**
     * "Judge Ana Ruiz, when announcing the verdict, said …", "X, in a letter written to the minister, said …": a
     * participle that a subordinator or a noun governs, set off by commas before the cue, reports nothing of its own.
     */
    private boolean inSetOffAdjunct(int k, int c0) {
        boolean participle = t.lower[k].endsWith("ing") || t.lower[k].endsWith("ed") || t.lower[k].endsWith("en");
        boolean governed = t.is(k - 1, "when", "while", "after", "before", "since") || t.isPos(k - 1, "NOUN") && !t.lower[k].endsWith("ing");
        if (!participle || !governed || quoteAt[k] >= 0) {
            return false;
        }
        int closing = k + 1;
        while (closing < c0 && !t.is(closing, ",")) {
            closing++;
        }
        return closing < c0 && skipAdverbsLeft(c0 - 1) == closing;
    }

    private List<MentionRef> mentionsBetween(int from, int to) {
        List<MentionRef> result = new ArrayList<>();
        for (int k = from; k < to; k++) {
            if (mentionStarting[k] != null && mentionStarting[k].last() < to) {
                result.add(mentionStarting[k]);
                k = mentionStarting[k].last();
            }
        }
        return result;
    }

    private Claim accordingTo(AnnotationFS cueFs) {
        int c0 = t.tokenAtOrAfter(cueFs.getBegin());
        int c1 = t.tokenBefore(cueFs.getEnd());
        MentionRef source = issuerAfter(c1 + 1);
        if (source == null) {
            return null;
        }
        // "according to a statement from the company": whoever issued the statement speaks
        int issuer = source.last() + 2;
        if (cueToken[source.last()] && t.is(source.last() + 1, "from", "by") && issuer < t.size
                && mentionStarting[issuer] != null) {
            source = mentionStarting[issuer];
        } else if (t.isPos(source.last() + 1, "VERB") && t.lower[source.last() + 1].endsWith("ed")
                && t.is(source.last() + 2, "by") && issuer + 1 < t.size && mentionStarting[issuer + 1] != null) {
            source = mentionStarting[issuer + 1]; // "according to a survey conducted by the chamber"
        }
        Claim claim = new Claim();
        claim.cue = cueFs;
        claim.source = source;
        claim.sentence = t.sentence[c0];
        int startOfClaim = contentStart(sentenceFirst(c0));
        int last = sentenceLast(c0);
        int before = c0 - 1; // the last word before the cue
        while (before > startOfClaim && isPunct(before) && !isQuoteMark(before)) {
            before--;
        }
        int after = pastSourceModifier(source.last() + 1, sentenceLast(c0)); // the first word after the source
        while (after < t.size && t.is(after, ",")) {
            after++;
        }
        after = pastRelativeClause(after, last);
        if (c0 <= startOfClaim || reportsWhatFollows(startOfClaim, before) && after <= last && verbWithin(after, last)) {
            if (after > last) {
                return null;
            }
            claim.begin = t.begin[after];
            claim.end = t.end[contentEnd(after)];
        } else {
            claim.begin = t.begin[afterOtherReport(startOfClaim, before)];
            claim.end = t.end[before];
        }
        claim.type = mixedOrIndirect(claim.begin, claim.end);
        claim.confidence = 0.75;
        claim.rule = "according-to";
        return claim;
    }

    /**
     * "according to Ana Ruiz, who chairs the board, the plan …": a relative clause on the source is no
     * content; the content starts after the comma that a clause follows. {@code from} otherwise.
     */
    private int pastRelativeClause(int from, int last) {
        if (!t.is(from, "who", "which", "whose") || quoteAt[from] >= 0) {
            return from;
        }
        for (int k = from + 1; k < last; k++) {
            if (t.is(k, ",") && quoteAt[k] < 0 && clauseAhead(k)) {
                return k + 1;
            }
        }
        return from;
    }

    /**
     * "according to a survey conducted by the chamber among its members, companies …": the words
     * that still describe the source, up to its comma, are no content; returns the comma, or
     * {@code from} when a finite verb or no comma comes first.
     */
    private int pastSourceModifier(int from, int last) {
        for (int k = from; k <= last && k - from < 15; k++) {
            if (t.is(k, ",")) {
                return k;
            }
            boolean describing = t.isPos(k, "ADP", "DET", "ADJ", "NOUN", "PROPN", "NUM", "CCONJ", "ADV")
                    || t.isPos(k, "VERB") && t.lower[k].endsWith("ed") && t.is(k + 1, "by", "in", "on", "at", "from");
            if (!describing || quoteAt[k] >= 0) {
                return from;
            }
        }
        return from;
    }

    /**
     * "The pandemic raised the danger, he added, while 2020 saw a record, according to authorities":
     * after another reporting clause and ", while" (or ", but") the words are a claim of their own.
     */
    private int afterOtherReport(int from, int end) {
        int start = from;
        boolean reported = false;
        for (int k = from; k < end; k++) {
            reported |= cueToken[k] && quoteAt[k] < 0;
            if (reported && t.is(k, "while", "whereas", "but") && t.is(k - 1, ",") && quoteAt[k] < 0) {
                start = k + 1;
            }
        }
        return start;
    }

    /**
     * "In particular, according to X, …" and "The group appeared in 2013 and, according to X, has
     * targeted …": what stands before the cue, up to {@code end}, is an adverbial or a finished clause
     * with its conjunction, so the claim is what follows the source.
     */
    private boolean reportsWhatFollows(int from, int end) {
        return t.is(end, "and", "but") && quoteAt[end] < 0 || !verbWithin(from, end + 1) && quotesIn(t.begin[from], t.end[end]).isEmpty();
    }

    /**
     * The mention that starts the noun phrase at {@code s}, or the one that issued what it names:
     * "according to information compiled by the Privacy Rights Clearinghouse", "… to data from the agency".
     */
    private MentionRef issuerAfter(int s) {
        int last = s < t.size ? sentenceLast(s) : -1;
        for (int k = s; k <= last && k - s <= 8; k++) {
            MentionRef found = mentionStarting[k];
            if (found != null) {
                // "according to the agency's spokesperson Ana Ruiz": the one the possessor has speaks
                MentionRef possessed = t.isPossessiveMark(found.last() + 1) ? issuerAfter(found.last() + 2) : null;
                return possessed != null ? possessed : found;
            }
            boolean describing = t.isPos(k, "DET", "ADJ", "NOUN", "NUM") || t.is(k, "by", "from", "of")
                    || t.isPos(k, "VERB") && t.lower[k].endsWith("ed") || k > s && t.isPossessiveMark(k);
            if (!describing || k > s && t.is(k - 1, ",")) {
                return null;
            }
        }
        return null;
    }

    /** "the West's allegations of …", "his statement that …". */
    private Claim nounCue(AnnotationFS cueFs) {
        int c0 = t.tokenAtOrAfter(cueFs.getBegin());
        int c1 = t.tokenBefore(cueFs.getEnd());
        String lexicon = lexiconOf(cueFs);
        boolean curated = lexicon == null || !lexicon.startsWith(CueLexicon.GENERATED_PREFIX);
        MentionRef owner = owner(c0);
        // "resisted calls for him to step down", "the union's calls for higher pay": a noun cue that ends in its
        // preposition takes the object after it, when its owner is named or the infinitive follows (WordNet's
        // frame 24); not "a wake-up call for every mountain community"
        boolean linked = c1 > c0 && t.isPos(c1, "ADP") && quoteAt[c1] < 0 && (owner != null || CueEngine.toAfterObject(t, c1 + 1) > 0);
        if (owner == null) {
            owner = modifierOwner(c0);
        }
        int that = linked ? c1 : c1 + 1;
        MentionRef named = linked ? null : claimantAfter(c1);
        if (owner == null && named != null) {
            owner = named;
            that = named.last() + 1;
        }
        // "amid accusations the authorities were arresting activists": the clause follows with no "that"
        boolean bareClause = !linked && that == c1 + 1 && curated && t.isPos(that, "DET", "PRON", "PROPN", "NOUN")
                && !t.isPossessiveMark(that + 1) && clauseAhead(that);
        // "amid allegations of graft", "claims that the board knew": nobody is named as claiming (FORMAT.md, null source)
        boolean unclaimed = owner == null && quoteAt[c0] < 0 && curated
                && (t.is(c1 + 1, "that", "of") || topicLink(c1 + 1) || linked || bareClause)
                && !t.isPos(c0 - 1, "AUX", "PRON"); // "are warning/NOUN of danger" is a verb
        boolean infinitive = named != null && owner == named && infinitiveAt(that);
        if (owner == null && !unclaimed || !t.is(that, "of", "that", ":") && !topicLink(that) && !linked && !bareClause && !infinitive) {
            return null;
        }
        int first = bareClause || infinitive ? that : that + 1;
        if (first > sentenceLast(c0) || t.is(that, "that") && t.isPos(first, "VERB", "AUX")) {
            return null; // "the attack that targeted the port": a relative clause, no content
        }
        int last = contentEnd(first);
        boolean subject = linked && !verbWithin(sentenceFirst(c0), c0);
        for (int k = first + 1; subject && k <= last; k++) {
            if (t.isPos(k, "VERB", "AUX") && !t.is(k - 1, "to") && !t.lower[k].endsWith("ing")) {
                last = k - 1; // "the union's calls for higher pay were rejected": in the subject, the sentence's verb ends the object
                break;
            }
        }
        if (inOpeningAdverbial(c0)) {
            // "Despite the government's claim of restoring broadband on Friday, users faced …"
            for (int k = first + 1; k < last; k++) {
                if (t.is(k, ",") && quoteAt[k] < 0) {
                    last = k - 1;
                    break;
                }
            }
        }
        return reported(cueFs, owner, c0, first, last, owner == null ? 0.4 : 0.6, owner == null ? "unclaimed-noun-cue" : "possessive-noun-cue");
    }

    /** Whether the sentence opens with a preposition whose phrase holds this token ("Despite …,", "Amid …,"). */
    private boolean inOpeningAdverbial(int k) {
        int first = t.afterDateline(sentenceFirst(k));
        if (!t.isPos(first, "ADP", "SCONJ") || t.is(first, "that")) {
            return false;
        }
        for (int j = first + 1; j < k; j++) {
            if (t.isPos(j, "VERB", "AUX") || t.is(j, ",")) {
                return false;
            }
        }
        return true;
    }

    /**
     * A candidate for a cue the patterns above left without a claim: the object or clause after it
     * ("attacked the budget", "denied all charges", "claims of external forces", "pledging to
     * restore the line"), with the verb's subject or the noun's owner as the source, or nobody. Many
     * such candidates are wrong; the attribution model learns which cues take them.
     */
    private Claim fallback(AnnotationFS cueFs, String kind, List<Claim> earlier) {
        int c0 = t.tokenAtOrAfter(cueFs.getBegin());
        int c1 = t.tokenBefore(cueFs.getEnd());
        if (c0 >= t.size || c1 < c0 || t.is(c0 - 1, "when", "if", "as")) {
            return null;
        }
        boolean noun = kind.equals("NOUN");
        int last = sentenceLast(c0);
        int after = c1 + 1;
        if (noun) {
            if (!t.is(after, "of", "that", ":", "about", "over", "on")) {
                return null;
            }
            after++;
        } else {
            after = skipToContent(after, c1);
            if (t.is(after, "about", "of", "for", "on", "over", "against", "at") && after < last) {
                after++; // "lashed out at the plan", "complained about noise": the preposition only links
            }
        }
        if (after > last || boundaryAt(after) || t.isPos(after, "PUNCT") && !isQuoteMark(after)) {
            return null;
        }
        int first = contentStart(after);
        if (first > last) {
            return null;
        }
        Claim claim = new Claim();
        claim.cue = cueFs;
        claim.sentence = t.sentence[c0];
        claim.source = noun ? owner(c0) : subject(c0, c1, earlier);
        if (claim.source == null && !(noun && CueLexicon.CURATED.equals(lexiconOf(cueFs)))) {
            return null; // on the train split such candidates were right 7 times in 820: only "claims of …" stays
        }
        claim.begin = t.begin[first];
        claim.end = t.end[contentEnd(first)];
        claim.type = mixedOrIndirect(claim.begin, claim.end);
        claim.confidence = 0.3;
        claim.rule = (noun ? "fallback-noun" : "fallback-verb") + (claim.source == null ? "-nosource" : "");
        return claim;
    }

    private static String lexiconOf(AnnotationFS cueFs) {
        return cueFs.getStringValue(cueFs.getType().getFeatureByBaseName(SayerTypes.CUE_LEXICON));
    }

    private static String objectViaOf(AnnotationFS cueFs) {
        return cueFs.getStringValue(cueFs.getType().getFeatureByBaseName(SayerTypes.CUE_OBJECT_VIA));
    }

    /**
     * A headline whose verb is a cue: "Mayor Slams Bridge Delay", "Retailer announces 5,000 job
     * cuts": the rest of the line is the content, the mention before the verb the source.
     * Headlines drop "that" and use the present tense, so the clause patterns miss them.
     */
    private void headlineCues(List<AnnotationFS> cues, List<Claim> claims) {
        for (AnnotationFS cueFs : cues) {
            int c0 = t.tokenAtOrAfter(cueFs.getBegin());
            int c1 = t.tokenBefore(cueFs.getEnd());
            if (c0 >= t.size || t.lineBreakBetween(0, c0) || covered(claims, cueFs) || namesTheSaying(c0) || notYetSaid(c0)) {
                continue;
            }
            int k = skipAdverbsLeft(c0 - 1);
            MentionRef source = k >= 0 ? mentionEnding[k] : null;
            int first = c1 + 1;
            if (source == null || first >= t.size || t.lineBreakBetween(c1, first)) {
                continue;
            }
            int last = first;
            while (last + 1 < t.size && !t.lineBreakBetween(last, last + 1)) {
                last++;
            }
            last = headlineObjectEnd(first, last);
            if (last - first < 1) {
                continue;
            }
            Claim claim = new Claim();
            claim.cue = cueFs;
            claim.source = source;
            claim.sentence = t.sentence[c0];
            claim.begin = t.begin[t.is(first, "about", "of", "on", "over") && first < last ? first + 1 : first];
            claim.end = t.end[last];
            claim.type = mixedOrIndirect(claim.begin, claim.end);
            claim.confidence = 0.5;
            claim.rule = "headline-cue";
            claims.add(claim);
        }
    }

    /**
     * "McGeeney explains Armagh team 'mantra' after final win": a headline's object with no verb of
     * its own ends where an adjunct of the reporting begins; a clause ("… service is behind target in
     * tackling …") runs to the line end.
     */
    private int headlineObjectEnd(int first, int last) {
        for (int k = first + 1; k <= last; k++) {
            if (quoteAt[k] < 0 && t.isPos(k, "VERB", "AUX")) {
                break;
            }
            if (quoteAt[k] < 0 && EVENT_ADJUNCTS.contains(t.lower[k]) && !t.isPos(k - 1, "ADP", "DET")) {
                last = k - 1;
                break;
            }
        }
        return withoutTrailingPunctuation(first, last);
    }

    /**
     * "on what a neophyte lawmaker called “slow but expensive” Internet": the quotation right after the
     * cue of a free relative is what its subject said; any other free relative reports nothing.
     */
    private Claim whatWasCalled(AnnotationFS cueFs, int c0, int c1) {
        int k = t.is(c1 + 1, "as") ? c1 + 2 : c1 + 1; // "what he branded as “…”", "described as a “…”"
        k = t.is(k, "a", "an") ? k + 1 : k;
        QuoteSpan q = isQuoteMark(k) ? quoteOpeningAfter(k - 1) : null;
        if (q == null) {
            return null;
        }
        Claim claim = new Claim();
        claim.cue = cueFs;
        claim.source = mentionEnding[skipAdverbsLeft(c0 - 1)];
        claim.sentence = t.sentence[c0];
        setQuote(claim, q);
        claim.confidence = 0.7;
        claim.rule = "free-relative-quote";
        return claim;
    }

    /**
     * "a situation Heinen called …", "the people who the mayor called …": the cue's object is the noun or
     * relative pronoun before its subject, so what follows the cue says what that object was called.
     */
    private boolean objectBeforeSubject(int c0) {
        int subjectEnd = skipAdverbsLeft(c0 - 1);
        MentionRef subject = subjectEnd >= 0 ? mentionEnding[subjectEnd] : null;
        if (subject == null || subject.first() < 1) {
            return false;
        }
        int before = subject.first() - 1;
        return t.is(before, "who", "whom", "that", "which") || t.isPos(before, "NOUN") && quoteAt[before] == quoteAt[c0];
    }

    /** "What They Said: …", "what she said was …": a free relative names the saying, it reports nothing. */
    private boolean namesTheSaying(int c0) {
        int subjectEnd = skipAdverbsLeft(c0 - 1);
        return subjectEnd >= 0 && mentionEnding[subjectEnd] != null && t.is(mentionEnding[subjectEnd].first() - 1, "what");
    }

    /** Whether a claim already uses this cue. */
    private static boolean covered(List<Claim> claims, AnnotationFS cueFs) {
        for (Claim claim : claims) {
            if (claim.cue == cueFs) {
                return true;
            }
        }
        return false;
    }

    /** The owner of a noun cue: "the West's allegations", "the girl's accounts"; else null. */
    private MentionRef owner(int c0) {
        int k = c0 - 1;
        while (k >= 0 && t.isPos(k, "ADJ")) {
            k--;
        }
        return t.is(k, "'s", "'") && k - 1 >= 0 ? mentionEnding[k - 1] : null;
    }

    /** "the allegations of the Democratic Front that …", "claims by the council that …": the speaker named after the noun. */
    private MentionRef claimantAfter(int noun) {
        int by = t.is(noun + 1, "made") && t.is(noun + 2, "by") ? noun + 2 : noun + 1; // "claims made by the mayor about …"
        MentionRef named = t.is(by, "of", "by", "from") && by + 1 < t.size ? mentionStarting[by + 1] : null;
        return named != null && (t.is(named.last() + 1, "that") || topicLink(named.last() + 1) || infinitiveAt(named.last() + 1))
                && !named.kind().equals("PRONOUN") ? named : null;
    }

    /**
     * "was quick to point out", "went ahead to say", "took the opportunity to warn": a "to" that no verb
     * governs still reports when an eager adjective, "ahead" or a seized opportunity stands before it.
     */
    private boolean readyToSay(int to) {
        return t.is(to - 1, "quick", "keen", "eager", "careful", "happy", "swift", "anxious", "pleased", "glad", "proud",
                "delighted", "ahead")
                || t.is(to - 1, "opportunity", "occasion", "chance", "moment") && t.isPos(to - 3, "VERB");
    }

    /** "a request by staff to be relieved …": what was asked or promised, an infinitive after the claimant. */
    private boolean infinitiveAt(int k) {
        return CueEngine.infinitiveAt(t, k) && quoteAt[k] < 0;
    }

    /** "complaints about noise", "concerns over the plan", "questions regarding the funds": what the noun is about (FORMAT.md, Content). */
    private boolean topicLink(int k) {
        return t.is(k, "about", "over", "regarding") && k + 1 < t.size && quoteAt[k] < 0 && !TIME_WORDS.contains(t.lower[k + 1]);
    }

    /** "US assurances that …", "the defence argument that …": a speaker named as the noun's modifier. */
    private MentionRef modifierOwner(int c0) {
        MentionRef modifier = c0 - 1 >= 0 ? mentionEnding[c0 - 1] : null;
        return modifier != null && !modifier.kind().equals("PRONOUN") && quoteAt[c0 - 1] < 0 ? modifier : null;
    }

    /** A line that opens with a speaker and a colon: "Blinken: Russia rejects new talks". */
    private void headlines(List<Claim> claims) {
        for (MentionRef m : mentions) {
            int first = m.first();
            boolean lineStart = first == 0 || t.lineBreakBetween(first - 1, first);
            int colon = labelColon(m);
            if (!lineStart || colon < 0 || m.kind().equals("PRONOUN")) {
                continue;
            }
            int k = colon + 1;
            if (k >= t.size || t.lineBreakBetween(k - 1, k)) {
                continue;
            }
            int end = lastWordOfLine(k);
            if (end - k < 2) {
                continue; // "Photo: Reuters" is a caption, not a claim
            }
            // "BlackBerry: The company announced plans to …" labels an item that reports for itself, and so does a
            // headline's event ("All-Ireland SFC Final: … Jim Gavin salutes …"); a headline's person speaks ("PM Lee: …")
            boolean headline = t.lineLast(0) >= end;
            if (!(headline && "PERSON".equals(mentionType(m))) && reportsWithin(claims, k, end)) {
                continue;
            }
            if (headline && SpeakerLexicon.isCountry(t.text.substring(t.begin[m.first()], t.end[m.last()]))) {
                continue; // "Mozambique: Mining Companies Suspended …": a country labels the story's place
            }
            claims.add(headlineClaim(m, k, end, "headline"));
        }
    }

    private static String mentionType(MentionRef m) {
        return m.fs().getStringValue(m.fs().getType().getFeatureByBaseName(SayerTypes.MENTION_TYPE));
    }

    /**
     * The colon after a speaker that opens a line: "Blinken: …", or "Serena Williams on Coach: ‘…’" (what
     * the speaker talks about between them, with no verb); -1 when there is none.
     */
    private int labelColon(MentionRef m) {
        int k = m.last() + 1;
        if (t.is(k, ":")) {
            return k;
        }
        if (!t.is(k, "on")) {
            return -1;
        }
        for (int j = k + 1; j < t.size && j <= k + 5 && !t.lineBreakBetween(j - 1, j); j++) {
            if (t.is(j, ":")) {
                return j;
            }
            if (t.isPos(j, "VERB", "AUX", "PUNCT")) {
                return -1;
            }
        }
        return -1;
    }

    /** Whether a claim found so far has its cue and its source between tokens {@code first} and {@code last}. */
    private boolean reportsWithin(List<Claim> claims, int first, int last) {
        for (Claim claim : claims) {
            if (claim.cue != null && claim.source != null && claim.cue.getBegin() >= t.begin[first]
                    && claim.cue.getEnd() <= t.end[last] && claim.source.first() >= first && claim.source.last() <= last) {
                return true;
            }
        }
        return false;
    }

    /** The last token of the line that holds {@code k}, before any closing punctuation other than a quotation mark. */
    private int lastWordOfLine(int k) {
        int last = t.lineLast(k);
        return withoutTrailingPunctuation(k, last);
    }

    /** A headline's claim with no cue: the quotation from {@code first} to {@code last}, or the words. */
    private Claim headlineClaim(MentionRef source, int first, int last, String rule) {
        Claim claim = new Claim();
        claim.source = source;
        claim.sentence = t.sentence[first];
        QuoteSpan q = quoteAt[first] >= 0 ? quotes.get(quoteAt[first]) : quoteOpeningAfter(first - 1);
        if (q != null && q.first() <= first + 1 && q.last() >= last - 1) {
            setQuote(claim, q);
        } else {
            claim.begin = t.begin[first];
            claim.end = t.end[last];
            claim.type = mixedOrIndirect(claim.begin, claim.end);
        }
        claim.confidence = 0.6;
        claim.rule = rule;
        return claim;
    }

    /** A headline that names its speaker last: "Budget response a failure: govt", "Rivers at risk – report". */
    private void headlineTail(List<Claim> claims) {
        int end = lastWordOfLine(0);
        // "… threatens national security (Sofiene Selliti)": the name in brackets at the line's end says it too
        boolean bracketed = t.is(end, ")") && end > 0 && mentionEnding[end - 1] != null
                && t.is(mentionEnding[end - 1].first() - 1, "(");
        MentionRef source = bracketed ? mentionEnding[end - 1] : mentionEnding[end];
        int separator = source == null ? -1 : source.first() - 1;
        // "Very cheap goals says Drago": a headline drops the comma before its reporting clause
        boolean saying = separator >= 3 && t.is(separator, "says", "said") && !t.isPos(separator - 1, "PRON", "PROPN");
        if (source == null || separator < 3 || !(saying || t.is(separator, ":", "\u2013", "\u2014", "-", "("))
                || source.kind().equals("PRONOUN")) {
            return;
        }
        int first = bracketed ? afterLabelColon(separator) : 0;
        int last = saying ? lastWordBefore(separator, first) : separator - 1; // "…: says Somali FA president"
        // the bracketed name wins over a label before a colon, which names no speaker then
        Set<String> outranked = bracketed ? Set.of("headline-cue", "headline") : Set.of("headline-cue");
        for (Claim claim : claims) {
            if (claim.begin < t.end[last] && claim.end > t.begin[first] && !outranked.contains(claim.rule)) {
                return; // the headline already has a claim with a cue ("…, says Okafor")
            }
        }
        // "Telecom Chamber moves data subscription … – Ashigbey": the name after the dash says the whole line
        claims.removeIf(claim -> outranked.contains(claim.rule) && claim.begin < t.end[last] && claim.end > t.begin[first]);
        claims.add(headlineClaim(source, first, last, "headline-tail"));
    }

    /** The last token before {@code k} that is no punctuation, not before {@code first}. */
    private int lastWordBefore(int k, int first) {
        int last = k - 1;
        while (last > first && isPunct(last)) {
            last--;
        }
        return last;
    }

    /** "World Cup Semi-Final: Team Showed … (Coach Regragui)": a first line's words after its label's colon. */
    private int afterLabelColon(int end) {
        int first = 0;
        for (int k = 1; k < end - 2; k++) {
            if (t.is(k, ":")) {
                first = k + 1;
            }
        }
        return first;
    }

    /**
     * A question-and-answer interview: each "A:" line that follows a "Q:" line is the interviewee's
     * verbatim answer, and the interviewee is the first person the text names before the questions.
     */
    private void interviewAnswers(List<Claim> claims) {
        MentionRef interviewee = null;
        boolean asked = false;
        for (int k = 0; k + 1 < t.size; k++) {
            boolean lineStart = k == 0 || t.lineBreakBetween(k - 1, k);
            if (!lineStart || !t.is(k + 1, ":") || !t.is(k, "q", "a")) {
                continue;
            }
            if (t.is(k, "q")) {
                asked = true;
                if (interviewee == null) {
                    interviewee = firstPersonNameBefore(k);
                }
                continue;
            }
            int first = k + 2;
            int last = first;
            while (last + 1 < t.size && !t.lineBreakBetween(last, last + 1)) {
                last++;
            }
            if (!asked || interviewee == null || first >= t.size || t.lineBreakBetween(k + 1, first)) {
                continue;
            }
            Claim claim = new Claim();
            claim.source = interviewee;
            claim.sentence = t.sentence[first];
            claim.begin = t.begin[first];
            claim.end = t.end[last];
            claim.type = "DIRECT";
            claim.confidence = 0.6;
            claim.rule = "interview-answer";
            claims.add(claim);
            k = last;
        }
    }

    private MentionRef firstPersonNameBefore(int limit) {
        for (MentionRef m : mentions) {
            if (m.first() >= limit) {
                break;
            }
            String type = m.fs().getStringValue(m.fs().getType().getFeatureByBaseName(SayerTypes.MENTION_TYPE));
            if (m.kind().equals("NAME") && "PERSON".equals(type) && quoteAt[m.first()] < 0) {
                return m;
            }
        }
        return null;
    }

    /**
     * A quote that opens a sentence with no cue of its own continues the previous speaker: the
     * source of the last outermost claim before it, when that is in the same or the previous
     * paragraph. One sweep in text order, so thousands of quotes cost no more than their number.
     */
    private void continuations(List<Claim> claims) {
        // a report inside a quotation neither attributes the quotation nor speaks after it
        List<Claim> outer = outermost(claims.stream().filter(c -> c.cue == null || quoteOf(c.cue) < 0).toList());
        List<Claim> byEnd = new ArrayList<>(outer);
        byEnd.sort((a, b) -> Integer.compare(a.end, b.end));
        int[] newlines = newlinePositions();
        List<Claim> added = new ArrayList<>();
        int nextByBegin = 0;
        int nextByEnd = 0;
        Claim previous = null;
        int coveredUntil = -1;
        for (QuoteSpan q : quotes) {
            while (nextByBegin < outer.size() && outer.get(nextByBegin).begin < q.end()) {
                coveredUntil = Math.max(coveredUntil, outer.get(nextByBegin++).end);
            }
            while (nextByEnd < byEnd.size() && byEnd.get(nextByEnd).end <= q.begin()) {
                Claim c = byEnd.get(nextByEnd++);
                if (c.source != null && (previous == null || c.end >= previous.end)) {
                    previous = c;
                }
            }
            if (coveredUntil > q.begin() || q.last() - q.first() < 1) {
                continue;
            }
            if (!quoteStartsClause(q)) {
                Claim mixed = previous == null ? null : mixedContinuation(q, previous, newlines, coveredUntil);
                if (mixed != null) {
                    added.add(mixed);
                    coveredUntil = mixed.end;
                }
                continue;
            }
            Claim claim = new Claim();
            setQuote(claim, q);
            claim.sentence = t.sentence[q.first()];
            boolean continues = previous != null && linesBetween(newlines, previous.end, q.begin()) <= 1 && !crossHead(q);
            MentionRef subjectBefore = continues ? null : subjectJustBefore(q, newlines);
            MentionRef afterColon = continues || subjectBefore != null ? null : speakerAfterColon(q);
            if (afterColon != null) {
                // "‘We fight until the end’: Fiji captain makes no excuses": a headline gives its quotation to
                // the subject after the colon
                claim.source = afterColon;
                claim.confidence = 0.5;
                claim.rule = "quote-colon-speaker";
            } else if (continues) {
                claim.source = previous.source;
                claim.confidence = 0.6;
                claim.rule = "continuation";
                previous = claim;
            } else if (subjectBefore != null) {
                // "Galway manager Anthony Cunningham was pleased with the team.\n“We were very happy …”"
                claim.source = subjectBefore;
                claim.confidence = 0.4;
                claim.rule = "quote-after-subject";
                previous = claim;
            } else {
                claim.confidence = 0.3; // an unattributed quote: nobody named
                claim.rule = "unattributed-quote";
            }
            added.add(claim);
        }
        claims.addAll(added);
    }

    /** The subject right after "QUOTE:" on a line that opens with the quotation, or null. */
    private MentionRef speakerAfterColon(QuoteSpan q) {
        int colon = q.last() + 2;
        if (!opensLine(q) || !t.is(colon, ":") || colon + 1 >= t.size || t.lineBreakBetween(colon, colon + 1)) {
            return null;
        }
        MentionRef m = mentionStarting[colon + 1];
        return m != null && !possessive(m) && !m.kind().equals("PRONOUN") && !t.lineBreakBetween(m.last(), Math.min(m.last() + 1, t.size - 1))
                ? m : null;
    }

    /**
     * A sentence of the previous speaker's paragraph that quotes a fragment and has no cue of its own
     * continues that speaker, as a mixed claim over the whole sentence ("The environment enables these
     * players to “find opportunities …”" after "…," he said); null otherwise.
     */
    private Claim mixedContinuation(QuoteSpan q, Claim previous, int[] newlines, int coveredUntil) {
        int first = contentStart(t.afterDateline(sentenceFirst(q.first())));
        int last = withoutTrailingPunctuation(first, sentenceLast(q.first()));
        if (first >= q.first() - 1 || t.begin[first] < coveredUntil || t.begin[first] < previous.end
                || linesBetween(newlines, previous.end, t.begin[first]) > 0 || t.sentence[first] == 0) {
            return null;
        }
        for (int k = first; k <= last; k++) {
            if (cueToken[k] && quoteAt[k] < 0 || mentionStarting[k] != null && mentionStarting[k].kind().equals("PRONOUN")) {
                return null; // a cue of its own, or someone else who may speak
            }
        }
        if (isQuoteMark(last + 1) && quoteAt[last] >= 0) {
            last++;
        }
        Claim claim = new Claim();
        claim.begin = t.begin[first];
        claim.end = t.end[last];
        claim.type = "MIXED";
        claim.source = previous.source;
        claim.sentence = t.sentence[first];
        claim.confidence = 0.4;
        claim.rule = "mixed-continuation";
        return claim;
    }

    /**
     * The person who opens the sentence right before quotation {@code q} (after an opening phrase), in
     * its paragraph or the one before, or null: a quote with no cue after a sentence about someone is theirs (FORMAT.md: a
     * quotation's speaker may stand in the paragraph before it).
     */
    private MentionRef subjectJustBefore(QuoteSpan q, int[] newlines) {
        int open = q.first() - 1 >= 0 && isQuoteMark(q.first() - 1) ? q.first() - 1 : q.first();
        if (open == 0 || t.sentence[open - 1] == t.sentence[open]) {
            return null;
        }
        int first = t.afterDateline(sentenceFirst(open - 1));
        if (linesBetween(newlines, t.end[open - 1], q.begin()) > 1) {
            return null;
        }
        if (t.isPos(first, "ADP", "SCONJ") && !t.is(first, "according")) {
            // "At the press conference, captain Tom Reyes was asked …": the subject after an opening phrase
            for (int k = first + 1; k < first + 12 && k < open - 1 && t.sentence[k] == t.sentence[first]; k++) {
                if (t.is(k, ",")) {
                    first = k + 1;
                    break;
                }
            }
        }
        MentionRef m = mentionStarting[first];
        if (m == null || quoteAt[first] >= 0 || !m.kind().equals("NAME") && !m.kind().equals("NOMINAL")
                || !"PERSON".equals(mentionType(m))) {
            return null;
        }
        return m;
    }

    /**
     * A quotation that is a whole line by itself and ends without punctuation is a cross-head
     * (a display quote between paragraphs), not the previous speaker going on.
     */
    private boolean crossHead(QuoteSpan q) {
        int close = q.last() + 1;
        boolean lineEnd = close < t.size && isQuoteMark(close) && (close + 1 >= t.size || t.lineBreakBetween(close, close + 1));
        return q.closed() && opensLine(q) && lineEnd && !isPunct(q.last());
    }

    /** Whether the quotation's opening mark is the first token of its line. */
    private boolean opensLine(QuoteSpan q) {
        int open = q.first() - 1;
        return open >= 0 && isQuoteMark(open) && (open == 0 || t.lineBreakBetween(open - 1, open));
    }

    /** Claims not inside another claim, in text order. */
    private static List<Claim> outermost(List<Claim> claims) {
        List<Claim> sorted = new ArrayList<>(claims);
        sorted.sort((a, b) -> a.begin != b.begin ? Integer.compare(a.begin, b.begin) : Integer.compare(b.end, a.end));
        List<Claim> result = new ArrayList<>();
        int maxEnd = -1;
        for (Claim c : sorted) {
            if (c.end > maxEnd) {
                result.add(c);
                maxEnd = c.end;
            }
        }
        return result;
    }

    private int[] newlinePositions() {
        List<Integer> positions = new ArrayList<>();
        for (int c = 0; c < t.text.length(); c++) {
            if (t.text.charAt(c) == '\n') {
                positions.add(c);
            }
        }
        return positions.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int linesBetween(int[] newlines, int from, int to) {
        int a = java.util.Arrays.binarySearch(newlines, from);
        int b = java.util.Arrays.binarySearch(newlines, to);
        a = a < 0 ? -a - 1 : a;
        b = b < 0 ? -b - 1 : b;
        return b - a;
    }

    private static void removeDuplicates(List<Claim> claims) {
        for (int i = claims.size() - 1; i > 0; i--) {
            Claim a = claims.get(i - 1);
            Claim b = claims.get(i);
            if (a.begin == b.begin && a.end == b.end) {
                claims.remove(a.confidence >= b.confidence ? i : i - 1);
            }
        }
    }

    /**
     * The parent of a claim is the smallest other claim whose content holds its content and its
     * cue. Claims are sorted by position and walked with a stack of open claims: linear.
     */
    private static void nest(List<Claim> claims) {
        java.util.Deque<Claim> open = new java.util.ArrayDeque<>();
        for (Claim child : claims) {
            while (!open.isEmpty() && open.peek().end < child.end) {
                open.pop();
            }
            Claim parent = open.peek();
            int cueBegin = child.cue == null ? child.begin : Math.min(child.begin, child.cue.getBegin());
            if (parent != null && parent.begin <= cueBegin && !(parent.begin == child.begin && parent.end == child.end)) {
                child.parent = parent;
            }
            open.push(child);
        }
    }

    /**
     * Where a reported clause ends is learned, not only ruled: a content after its cue that holds a soft
     * cut ("said the plant would close, although talks go on") gets a rival candidate with the same cue,
     * source and start, ending there; a noun-phrase object cut short gets one that runs on to its
     * clause's end, and a clause stopped at a boundary one that runs on to the next boundary. The scoring
     * stage keeps the likeliest.
     */
    private List<Claim> rivalBoundaries(List<Claim> claims) {
        List<Claim> rivals = new ArrayList<>();
        for (Claim c : claims) {
            if (c.cue == null || c.cue.getEnd() > c.begin || "DIRECT".equals(c.type)) {
                continue;
            }
            int first = t.tokenAtOrAfter(c.begin);
            int last = t.tokenBefore(c.end);
            int cut = softCut(first, last);
            if (cut >= 0) {
                rivals.add(rival(c, withoutTrailingPunctuation(first, cut - 1)));
            }
            if (c.clauseLast < 0) {
                continue;
            }
            // a content stopped early ("welcomed the plan, which …", "cited the project this year that …",
            // "said the road was worse, which made …") may run on; what stands at the cut decides
            int end = withoutTrailingPunctuation(first, c.clauseLast);
            if (end > last) {
                rivals.add(rival(c, end));
            }
        }
        return rivals;
    }

    /**
     * Who speaks is learned too: a claim with a cue gets a rival candidate whose source is the mention
     * nearest the cue, in its sentence and outside the content, of another speaker than the rule's. The
     * scoring stage keeps the likelier. (One rival gained cross-validated; two lost at low thresholds.)
     */
    private List<Claim> rivalSources(List<Claim> claims, Feature speaker) {
        List<Claim> rivals = new ArrayList<>();
        for (Claim c : claims) {
            if (c.cue == null) {
                continue;
            }
            int c0 = t.tokenAtOrAfter(c.cue.getBegin());
            int c1 = t.tokenBefore(c.cue.getEnd());
            int first = t.tokenAtOrAfter(c.begin);
            int last = t.tokenBefore(c.end);
            MentionRef nearest = null;
            int nearestGap = Integer.MAX_VALUE;
            for (int k = t.sentenceFirst[t.sentence[c0]]; k < t.sentenceLimit[t.sentence[c0]]; k++) {
                MentionRef m = mentionStarting[k];
                if (m == null || m.last() >= first && m.first() <= last || m.last() >= c0 && m.first() <= c1
                        || quoteAt[m.first()] != quoteAt[c0] || sameSpeaker(m, c.source, speaker)) {
                    continue;
                }
                int gap = Math.min(Math.abs(m.first() - c1), Math.abs(c0 - m.last()));
                if (gap < nearestGap) {
                    nearest = m;
                    nearestGap = gap;
                }
            }
            if (nearest != null) {
                Claim rival = copyOf(c);
                rival.source = nearest;
                rival.rivalSource = true;
                rivals.add(rival);
            }
        }
        return rivals;
    }

    /** Whether two mentions (either may be null) name one speaker, read through the mention type's {@code speaker} feature. */
    private static boolean sameSpeaker(MentionRef a, MentionRef b, Feature speaker) {
        if (a == null || b == null) {
            return a == b;
        }
        FeatureStructure sa = a.fs().getFeatureValue(speaker);
        return a.fs() == b.fs() || sa != null && sa == b.fs().getFeatureValue(speaker);
    }

    /** The claim {@code c} ending at token {@code last}. */
    private Claim rival(Claim c, int last) {
        Claim rival = copyOf(c);
        rival.end = t.end[last];
        rival.type = mixedOrIndirect(rival.begin, rival.end);
        return rival;
    }

    /** A rival's start: {@code c} as the rules found it, a little less sure. */
    private static Claim copyOf(Claim c) {
        Claim copy = new Claim();
        copy.begin = c.begin;
        copy.end = c.end;
        copy.type = c.type;
        copy.source = c.source;
        copy.cue = c.cue;
        copy.confidence = c.confidence - 0.05;
        copy.parent = c.parent;
        copy.sentence = c.sentence;
        copy.rule = c.rule;
        return copy;
    }

    /** The first token where the content from {@code first} to {@code last} may end early, after a verb of its own; -1 if none. */
    private int softCut(int first, int last) {
        boolean verb = false;
        for (int k = first + 1; k <= last; k++) {
            verb |= t.isPos(k - 1, "VERB", "AUX");
            if (!verb || k - first < 3 || quoteAt[k] != quoteAt[first]) {
                continue;
            }
            int next = k + 1;
            boolean comma = t.is(k, ",") && next <= last && quoteAt[next] == quoteAt[first];
            if (comma && (SOFT_CUTS_AFTER_COMMA.contains(t.lower[next]) || t.isPos(next, "VERB") && t.lower[next].endsWith("ing"))) {
                return k;
            }
            // "… and I still believe …", "… and he can't …": a clause with a subject of its own
            boolean newSubject = t.is(k, "and") && t.is(next, "i", "he", "she", "we", "they") && t.isPos(skipAdverbs(next + 1), "VERB", "AUX");
            if (SOFT_CUTS.contains(t.lower[k]) || t.is(k, "and") && t.isPos(next, "VERB") && t.lower[next].endsWith("ed") || newSubject) {
                return k;
            }
        }
        return -1;
    }

    // ------------------------------------------------------------------------------------ output

    /** "said nothing", "did not say much": a content that is only an indefinite pronoun reports nothing. */
    private boolean saysNothing(Claim claim) {
        int first = t.tokenAtOrAfter(claim.begin);
        return first == t.tokenBefore(claim.end)
                && t.is(first, "nothing", "anything", "something", "little", "much", "more");
    }

    /** A content of only marks and spaces ("\"\"\"") is no claim. */
    private boolean hasWord(int begin, int end) {
        for (int c = begin; c < end; c++) {
            if (Character.isLetterOrDigit(t.text.charAt(c))) {
                return true;
            }
        }
        return false;
    }

    private void write(CAS cas, List<Claim> claims) {
        Type type = cas.getTypeSystem().getType(SayerTypes.CLAIM);
        java.util.Map<Claim, AnnotationFS> written = new java.util.IdentityHashMap<>();
        claims.removeIf(c -> !hasWord(c.begin, c.end) || saysNothing(c));
        for (Claim c : claims) {
            AnnotationFS fs = cas.createAnnotation(type, c.begin, c.end);
            fs.setStringValue(type.getFeatureByBaseName(SayerTypes.CLAIM_TYPE), c.type);
            if (c.source != null) {
                fs.setFeatureValue(type.getFeatureByBaseName(SayerTypes.CLAIM_SOURCE), c.source.fs());
            }
            if (c.cue != null) {
                fs.setFeatureValue(type.getFeatureByBaseName(SayerTypes.CLAIM_CUE), c.cue);
            }
            fs.setDoubleValue(type.getFeatureByBaseName(SayerTypes.CONFIDENCE), c.confidence);
            fs.setStringValue(type.getFeatureByBaseName(SayerTypes.PRODUCER), c.rivalSource ? RIVAL_SOURCE_PRODUCER : PRODUCER);
            fs.setStringValue(type.getFeatureByBaseName(SayerTypes.CLAIM_RULE), c.rule);
            fs.setBooleanValue(type.getFeatureByBaseName(SayerTypes.CLAIM_RIVAL_SOURCE), c.rivalSource);
            written.put(c, fs);
        }
        for (Claim c : claims) {
            if (c.parent != null) {
                written.get(c).setFeatureValue(type.getFeatureByBaseName(SayerTypes.CLAIM_PARENT),
                        written.get(c.parent));
            }
            cas.addFsToIndexes(written.get(c));
        }
    }
}
