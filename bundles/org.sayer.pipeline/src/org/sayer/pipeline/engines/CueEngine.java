package org.sayer.pipeline.engines;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.fit.component.CasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.resource.ResourceInitializationException;
import org.sayer.pipeline.types.SayerTypes;

/** Marks reporting expressions from the cue lexicon ("said", "called for", "according to"). */
public class CueEngine extends CasAnnotator_ImplBase {

    /** Words that are auxiliaries whatever else they may be ("will" is also a verb of WordNet's). */
    private static final Set<String> AUXILIARIES = Set.of("is", "are", "was", "were", "be", "been",
            "has", "have", "had", "will", "would", "can", "could", "may", "might", "must", "shall", "should", "do", "does", "did");

    public static final String PRODUCER = "sayer.cues/0.1";
    /** A system property naming an extra lexicon file in the cues.txt format. */
    public static final String EXTRA_CUES_PROPERTY = "sayer.cues";
    public static final String PARAM_EXTRA_CUES = "extraCues";
    /** A first line longer than this is a paragraph, not a headline. */
    private static final int HEADLINE_TOKENS = 25;

    @ConfigurationParameter(name = PARAM_EXTRA_CUES, mandatory = false,
            description = "Path of an extra cue lexicon file (cues.txt format).")
    private String extraCues;

    private CueLexicon lexicon;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        String property = System.getProperty(EXTRA_CUES_PROPERTY);
        try {
            lexicon = CueLexicon.load(extraCues == null || extraCues.isBlank() ? null : Path.of(extraCues),
                    property == null || property.isBlank() ? null : Path.of(property));
        } catch (IOException e) {
            throw new ResourceInitializationException(e);
        }
    }

    @Override
    public void process(CAS cas) throws AnalysisEngineProcessException {
        Tokens tokens = Tokens.of(cas);
        Type type = cas.getTypeSystem().getType(SayerTypes.CUE);
        int headlineVerb = headlineVerb(tokens);
        for (int i = 0; i < tokens.size; i++) {
            boolean verbTaggedNoun = verbTaggedNoun(tokens, i);
            CueLexicon.Match match = i == headlineVerb || verbTaggedNoun ? lexicon.matchVerbAnyTag(tokens, i) : null;
            if (match != null && verbTaggedNoun) {
                tokens.retag(i, "VERB"); // so that the mentions end before it: not "Reuters reports" as a speaker
            }
            if (match == null && i != headlineVerb) {
                match = lexicon.match(tokens, i); // "US assurances that …" has no verb form: the noun stays
            }
            if (match == null) {
                continue;
            }
            int last = i + match.length() - 1;
            boolean generated = match.entry().lexicon() != null && match.entry().lexicon().startsWith(CueLexicon.GENERATED_PREFIX);
            boolean judges = match.entry().judges();
            if (generated && i != headlineVerb && !reportingFrameAfter(tokens, i, last) && !quotationBefore(tokens, i)
                    && !("to".equals(match.entry().objectVia()) && toAfterObject(tokens, last + 1) > 0)) {
                if (!judges || !objectAfter(tokens, i, last)) {
                    continue; // a generated entry ("absorb", "account") is a cue only where it reports
                }
                // "clarified the country's position": a cue for its object alone, which the model judges
            } else if (generated) {
                judges = false; // with a frame, it reports the clause
            }
            AnnotationFS cue = cas.createAnnotation(type, tokens.begin[i], tokens.end[last]);
            cue.setStringValue(type.getFeatureByBaseName(SayerTypes.CUE_ENTRY), match.entry().lemma());
            cue.setStringValue(type.getFeatureByBaseName(SayerTypes.CUE_KIND), match.entry().kind().name());
            cue.setBooleanValue(type.getFeatureByBaseName(SayerTypes.CUE_NEEDS_FRAME), match.entry().needsFrame());
            cue.setBooleanValue(type.getFeatureByBaseName(SayerTypes.CUE_JUDGES), judges);
            cue.setStringValue(type.getFeatureByBaseName(SayerTypes.CUE_OBJECT_VIA), match.entry().objectVia());
            cue.setStringValue(type.getFeatureByBaseName(SayerTypes.CUE_LEXICON), match.entry().lexicon());
            cue.setDoubleValue(type.getFeatureByBaseName(SayerTypes.CONFIDENCE), match.length() > 1 ? 0.9 : 0.8);
            cue.setStringValue(type.getFeatureByBaseName(SayerTypes.PRODUCER), PRODUCER);
            cas.addFsToIndexes(cue);
            i = last;
        }
    }

    /**
     * The verb of a headline that reports ("Wong attacks Abbott's budget", "Fishermen Seek End to …",
     * "HSE chief concedes service is behind target"), or -1: on a first line that ends without a full
     * stop, the first word after a subject that is a form of a verb cue, whatever the tagger made of
     * it. A headline drops the "that" or colon that elsewhere shows a verb to report, so a WordNet
     * verb needs none here.
     */
    private int headlineVerb(Tokens t) {
        int end = t.lineLast(0);
        if (end < 2 || end > HEADLINE_TOKENS || t.is(end, ".")) {
            return -1;
        }
        for (int i = 1; i < end; i++) {
            if (t.is(i, "'s", "\u2019s")) {
                continue; // "Retail giant Macy's announces …"
            }
            // "Environment Minister downplays/AUX …": a cue's inflected form the tagger calls an auxiliary
            boolean taggedAuxiliary = t.isPos(i, "AUX") && !AUXILIARIES.contains(t.lower[i]) && inflected(t, i);
            if (t.isPos(i, "DET", "ADP", "PRON", "CCONJ", "SCONJ", "PUNCT", "NUM", "AUX", "PART") && !(taggedAuxiliary && verbForm(t, i))) {
                return -1; // past the subject: "Opposition parties from left and right …", or a label ("Budget: …")
            }
            // not "protest delayed elections", but "discusses flooding/VERB concerns"
            boolean verbAfter = t.isPos(i + 1, "VERB", "AUX") && !t.lower[i + 1].endsWith("ed") && !t.lower[i + 1].endsWith("ing");
            // "minister outlines plan", "Sirleaf seeks support": an inflected verb before a plain noun is the verb
            boolean secondIsObject = inflected(t, i) && !inflected(t, i + 1);
            if (verbForm(t, i) && (!verbForm(t, i + 1) || secondIsObject) && !verbAfter && agrees(t, i)) {
                return i; // "US Report Finds …", "Motorola shares fall …": the verb is the second of two
            }
        }
        return -1;
    }

    /**
     * "Eric Mangar, who ran the project, insists/NOUN that …": after a comma or a name, an -s form the
     * tagger took for a plural noun is the verb when "that" follows; not "the union's claims that".
     * So is one after a name the tagger missed that opens the sentence ("Reuters/NOUN reports/NOUN
     * that …", "The Guardian/ADJ reports that …"), and one that ends it after ", NAME" ("…, ITV reports.").
     */
    private static boolean verbTaggedNoun(Tokens t, int i) {
        if (!t.isPos(i, "NOUN") || !t.sForm(i)) {
            return false;
        }
        int name = nameBefore(t, i);
        if (t.is(i + 1, "that")) {
            return t.is(i - 1, ",") || t.isPos(i - 1, "PROPN") || name == t.sentenceFirst[t.sentence[i]];
        }
        return name > 0 && t.is(name - 1, ",") && (i + 1 == t.size || t.is(i + 1, "."));
    }

    /** Where the capitalised words right before {@code i} begin, with a "the" before them; -1 if none. */
    private static int nameBefore(Tokens t, int i) {
        int k = i - 1;
        while (k >= 0 && i - k <= 4 && t.capitalised(k) && t.isPos(k, "NOUN", "PROPN", "ADJ") && t.sentence[k] == t.sentence[i]) {
            k--;
        }
        if (k == i - 1) {
            return -1;
        }
        return t.is(k, "the") && t.sentence[k] == t.sentence[i] ? k : k + 1;
    }

    private static boolean inflected(Tokens t, int i) {
        return t.sForm(i) || i < t.size && t.lower[i].endsWith("ed");
    }

    /** "to" before a verb: "a request by staff to be relieved", "asked the council to reopen the road". */
    static boolean infinitiveAt(Tokens t, int k) {
        return t.is(k, "to") && t.isPos(k + 1, "VERB", "AUX");
    }

    /**
     * A plain verb form follows a plural subject ("Fishermen Seek", "Scientists Fear"); after a
     * singular noun it is a noun of a compound ("Delhi air quality").
     */
    private static boolean agrees(Tokens t, int i) {
        String w = t.lower[i];
        String subject = t.lower[i - 1];
        return w.endsWith("s") || w.endsWith("ed") || w.endsWith("ing") || subject.endsWith("s") || subject.endsWith("men")
                || subject.equals("people") || subject.equals("police");
    }

    private boolean verbForm(Tokens t, int i) {
        return i < t.size && t.lower[i].chars().allMatch(Character::isLetter) && lexicon.matchVerbAnyTag(t, i) != null;
    }

    /**
     * A finite verb with a noun-phrase object right after it ("attacked the budget", "rejected her
     * account"): what a verb of saying or thinking judges or names may be its content.
     */
    static boolean objectAfter(Tokens t, int first, int last) {
        // "…, citing high blood pressure": a participle after a comma reports its object too
        boolean participle = t.lower[first].endsWith("ing") && !setOffByComma(t, first);
        if (!t.isPos(first, "VERB") || participle || t.is(first - 1, "to")
                || t.lineBreakBetween(last, Math.min(last + 1, t.size - 1))) {
            return false;
        }
        int k = last + 1;
        return k < t.size && (t.isPos(k, "DET", "NOUN", "PROPN", "ADJ", "NUM") || t.is(k, "his", "her", "its", "their", "our"));
    }

    /**
     * A generated verb marked only for the noun phrase after it (a judging cue with no frame): it
     * opens no clause, so it ends no other claim's content ("entered her house and attacked her");
     * a participle set off by a comma opens its own ("asked for an adjournment, citing …").
     */
    public static boolean objectOnly(AnnotationFS cue, Tokens t) {
        Type type = cue.getType();
        String lexicon = cue.getStringValue(type.getFeatureByBaseName(SayerTypes.CUE_LEXICON));
        int first = t.tokenAtOrAfter(cue.getBegin());
        return lexicon != null && lexicon.startsWith(CueLexicon.GENERATED_PREFIX)
                && cue.getBooleanValue(type.getFeatureByBaseName(SayerTypes.CUE_JUDGES))
                && !(first < t.size && t.lower[first].endsWith("ing") && setOffByComma(t, first));
    }

    /** A word right after a comma or a dash: ", citing …", "— citing …". */
    private static boolean setOffByComma(Tokens t, int k) {
        return t.is(k - 1, ",", "\u2014", "\u2013");
    }

    /** A relative "that" between a noun and its verb: "the project that will expand …", "a body that represents …". */
    static boolean relativeThat(Tokens t, int k) {
        return t.is(k, "that") && t.isPos(k - 1, "NOUN", "PROPN") && t.isPos(k + 1, "VERB", "AUX");
    }

    /** "that claim.", "that idea": "that" before a noun that ends the clause points, it opens no clause. */
    static boolean demonstrative(Tokens t, int that) {
        int k = that + 1;
        while (k < t.size && t.isPos(k, "ADJ")) {
            k++;
        }
        return t.isPos(k, "NOUN") && (k + 1 >= t.size || t.is(k + 1, ".", "!", "?", ";") || t.sentence[k + 1] != t.sentence[k]);
    }

    /**
     * "asked the council to reopen …", "told us not to raise prices": the "to" after a short noun phrase
     * at {@code first} that a verb follows, or -1.
     */
    static int toAfterObject(Tokens t, int first) {
        for (int k = first; k < t.size && k - first <= 12 && !t.lineBreakBetween(Math.max(k - 1, 0), k); k++) {
            if (t.is(k, "not") && t.is(k + 1, "to") && k > first) {
                continue;
            }
            if (t.is(k, "to")) {
                return k > first && infinitiveAt(t, k) ? k : -1;
            }
            // "asked the ministry of telecommunication to …", "asked the police (DCI) and the courts to …"
            boolean link = k > first && (t.is(k, "of", "and", "(", ")") || t.is(k, "in", "from") && t.isPos(k + 1, "DET", "PROPN"));
            // a pronoun or a possessive only near the verb: "told him to", "urged the city's residents to"
            boolean phraseWord = t.isPos(k, "DET", "ADJ", "NOUN", "PROPN", "NUM")
                    || k - first <= 6 && (t.isPos(k, "PRON") || t.is(k, "'s", "\u2019s"));
            if (!link && !phraseWord) {
                return -1;
            }
        }
        return -1;
    }

    /** "“It was fun,” Smith quipped": a verb right after a closing quotation and its subject reports it. */
    static boolean quotationBefore(Tokens t, int first) {
        if (!t.isPos(first, "VERB") || t.lower[first].endsWith("ing")) {
            return false;
        }
        int k = first - 1;
        while (k >= 0 && first - k <= 4 && t.isPos(k, "PROPN", "NOUN", "DET", "PRON", "ADJ") && !t.isQuoteMark(k)) {
            k--;
        }
        return k >= 1 && t.isQuoteMark(k) && t.is(k - 1, ",", "?", "!") && !t.lineBreakBetween(k, first);
    }

    /**
     * "complaints from citizens about …", "a request by staff to be relieved …", "calls from Cllr Ann
     * Roe that …": a short noun phrase of who made it, then what it says or is about.
     */
    private static boolean claimantThenFrame(Tokens t, int from) {
        int k = from;
        while (k < t.size && k - from < 5 && t.isPos(k, "DET", "ADJ", "NOUN", "PROPN", "NUM") && !t.lineBreakBetween(k - 1, k)) {
            k++;
        }
        return k > from && t.isPos(k - 1, "NOUN", "PROPN")
                && (t.is(k, "that", "about", "over", "regarding") || infinitiveAt(t, k));
    }

    /**
     * A verb followed, past a short object, by "that", a colon or a quotation: "concluded that …",
     * "faulted the board that …", "protested: “…”"; a noun directly followed by "that": "the warning that …".
     */
    static boolean reportingFrameAfter(Tokens t, int first, int last) {
        boolean verb = t.isPos(first, "VERB");
        if (!verb && !t.isPos(first, "NOUN")) {
            return false;
        }
        if (!verb && t.is(last + 1, "from", "by")) {
            return claimantThenFrame(t, last + 2);
        }
        int limit = verb ? 5 : 1;
        for (int k = last + 1; k < t.size && k - last <= limit && !t.lineBreakBetween(k - 1, k); k++) {
            if (t.is(k, "that") && demonstrative(t, k)) {
                return false; // "rejected that claim": a determiner, no clause follows
            }
            if (k > last + 1 && relativeThat(t, k)) {
                return false; // "leading the project that will expand …": a relative clause on the object
            }
            if (t.is(k, "that", ":") || verb && t.is(k, "\"", "\u201C", "\u00AB", "\u2018")) {
                return true;
            }
            if (!verb || !t.isPos(k, "DET", "NOUN", "PROPN", "PRON", "ADJ", "ADV", "NUM")) {
                return false;
            }
        }
        return false;
    }
}
