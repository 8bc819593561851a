package org.sayer.pipeline.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.text.AnnotationFS;
import org.sayer.pipeline.engines.Tokens;
import org.sayer.pipeline.types.SayerTypes;

/**
 * The features the attribution model sees of a candidate claim. All are strings, one per fact;
 * docs/attribution-model.md lists them. They are a pure function of the CAS, so training and
 * annotation compute the same ones.
 */
public final class CandidateFeatures {

    private final Tokens t;
    private final Type attribution;
    private final Type cue;
    private final Type mention;
    private final List<int[]> quotes = new ArrayList<>();
    private final List<AnnotationFS> cues = new ArrayList<>();
    /** Per token, whether a cue starts there. */
    private final boolean[] cueStarts;
    /** The candidates with a cue, by the cue's start, and each candidate's place in the annotation index. */
    private final List<AnnotationFS> claimsByCue = new ArrayList<>();
    private final Map<AnnotationFS, Integer> claimIndex = new IdentityHashMap<>();
    /** The candidates by {@link #rivalKey}: a claim and its rival boundary share one. */
    private final Map<List<Object>, List<AnnotationFS>> rivals = new HashMap<>();
    /** Per speaker entity, {names, descriptions, candidates}: how often the text names or describes it, how often it speaks. */
    private final Map<FeatureStructure, int[]> entities = new IdentityHashMap<>();
    /** Per pronoun mention: the sentences back to its entity's nearest earlier name or description, or -1. */
    private final Map<AnnotationFS, Integer> antecedentGap = new IdentityHashMap<>();
    /** Per sentence, where its first speaker mention begins. */
    private final Map<Integer, Integer> firstMention = new HashMap<>();

    private CandidateFeatures(CAS cas) {
        t = Tokens.of(cas);
        attribution = cas.getTypeSystem().getType(SayerTypes.CLAIM);
        cue = cas.getTypeSystem().getType(SayerTypes.CUE);
        mention = cas.getTypeSystem().getType(SayerTypes.SPEAKER_MENTION);
        cas.<AnnotationFS>getAnnotationIndex(cue).forEach(cues::add);
        cueStarts = t.starts(cues);
        for (AnnotationFS claim : cas.<AnnotationFS>getAnnotationIndex(attribution)) {
            claimIndex.put(claim, claimIndex.size());
            if (claim.getFeatureValue(attribution.getFeatureByBaseName(SayerTypes.CLAIM_CUE)) != null) {
                claimsByCue.add(claim);
            }
            List<Object> key = rivalKey(claim);
            if (key != null) {
                rivals.computeIfAbsent(key, k -> new ArrayList<>()).add(claim);
            }
            AnnotationFS source = (AnnotationFS) claim.getFeatureValue(attribution.getFeatureByBaseName(SayerTypes.CLAIM_SOURCE));
            FeatureStructure speaker = source == null ? null
                    : source.getFeatureValue(mention.getFeatureByBaseName(SayerTypes.MENTION_SPEAKER));
            if (speaker != null && !rivalSource(claim)) {
                entities.computeIfAbsent(speaker, k -> new int[3])[2]++;
            }
        }
        claimsByCue.sort(Comparator.comparingInt(c -> cueOf(c).getBegin()));
        countMentions(cas);
        Type quote = cas.getTypeSystem().getType(SayerTypes.QUOTE);
        for (AnnotationFS q : cas.<AnnotationFS>getAnnotationIndex(quote)) {
            if (q.getIntValue(quote.getFeatureByBaseName(SayerTypes.QUOTE_DEPTH)) == 0) {
                quotes.add(new int[] { q.getBegin(), q.getEnd() });
            }
        }
    }

    /**
     * Counts each speaker's names and descriptions in {@link #entities}, and fills {@link #antecedentGap}
     * and {@link #firstMention}.
     */
    private void countMentions(CAS cas) {
        Map<FeatureStructure, Integer> lastDescribed = new IdentityHashMap<>();
        for (AnnotationFS m : cas.<AnnotationFS>getAnnotationIndex(mention)) {
            int sentence = t.sentence[Math.min(t.tokenAtOrAfter(m.getBegin()), t.size - 1)];
            firstMention.putIfAbsent(sentence, m.getBegin());
            FeatureStructure speaker = m.getFeatureValue(mention.getFeatureByBaseName(SayerTypes.MENTION_SPEAKER));
            if (speaker == null) {
                continue;
            }
            int[] counts = entities.computeIfAbsent(speaker, k -> new int[3]);
            String kind = string(m, mention, SayerTypes.MENTION_KIND);
            if ("PRONOUN".equals(kind)) {
                Integer before = lastDescribed.get(speaker);
                antecedentGap.put(m, before == null ? -1 : sentence - before);
            } else {
                counts["NAME".equals(kind) ? 0 : 1]++;
                lastDescribed.put(speaker, sentence);
            }
        }
    }

    /** Features of the candidates in {@code cas}; make one per CAS, after the engines ran. */
    public static CandidateFeatures of(CAS cas) {
        return new CandidateFeatures(cas);
    }

    /**
     * What a claim's rivals share: its cue's span and its start. Of the candidates with one key, annotation
     * keeps only the likeliest; null for a claim with no cue, which has no rival.
     */
    public static List<Object> rivalKey(AnnotationFS claim) {
        Type type = claim.getType();
        AnnotationFS cue = (AnnotationFS) claim.getFeatureValue(type.getFeatureByBaseName(SayerTypes.CLAIM_CUE));
        return cue == null ? null : List.of(cue.getBegin(), cue.getEnd(), claim.getBegin());
    }

    public List<String> of(AnnotationFS claim) {
        List<String> f = new ArrayList<>();
        String rule = string(claim, attribution, SayerTypes.CLAIM_RULE);
        String type = string(claim, attribution, SayerTypes.CLAIM_TYPE);
        AnnotationFS cueFs = (AnnotationFS) claim.getFeatureValue(attribution.getFeatureByBaseName(SayerTypes.CLAIM_CUE));
        AnnotationFS source = (AnnotationFS) claim.getFeatureValue(attribution.getFeatureByBaseName(SayerTypes.CLAIM_SOURCE));
        String lexicon = cueFs == null ? "none" : lexiconClass(string(cueFs, cue, SayerTypes.CUE_LEXICON));
        String entry = cueFs == null ? "none" : string(cueFs, cue, SayerTypes.CUE_ENTRY);
        String sourceKind = source == null ? "none" : string(source, mention, SayerTypes.MENTION_KIND);
        f.add("bias");
        f.add("rule=" + rule);
        f.add("type=" + type);
        f.add("rule+type=" + rule + "+" + type);
        f.add("lexicon=" + lexicon);
        f.add("lexicon+rule=" + lexicon + "+" + rule);
        f.add("cue=" + entry);
        f.add("cue+rule=" + entry + "+" + rule);
        f.add("source=" + sourceKind);
        f.add("source+lexicon=" + sourceKind + "+" + lexicon);
        f.add("source+rule=" + sourceKind + "+" + rule);
        if (source != null) {
            f.add("sourceType=" + string(source, mention, SayerTypes.MENTION_TYPE));
            if (!"NAME".equals(sourceKind)) {
                int h = t.tokenBefore(source.getEnd());
                f.add("sourceHead=" + (h >= 0 && h < t.size ? t.lower[h] : "none"));
            }
            FeatureStructure speaker = source.getFeatureValue(mention.getFeatureByBaseName(SayerTypes.MENTION_SPEAKER));
            f.add("sourceResolved=" + sourceKind + "+" + (speaker != null));
            if (speaker != null) {
                // how surely the source is somebody: a one-word name met once and never speaking is often a place
                int[] counts = entities.get(speaker);
                String name = speaker.getStringValue(speaker.getType().getFeatureByBaseName(SayerTypes.SPEAKER_NAME));
                int words = name == null ? 0 : Math.min(3, name.trim().split("\\s+").length);
                f.add("entityNamed=" + sourceKind + "+" + (counts[0] > 0));
                f.add("entityWords=" + sourceKind + "+" + words);
                f.add("entityMentions=" + bucket(counts[0] + counts[1]));
                f.add("entityClaims=" + bucket(counts[2]));
                if ("PRONOUN".equals(sourceKind)) {
                    Integer gap = antecedentGap.get(source);
                    f.add("antecedentGap=" + (gap == null || gap < 0 ? "none" : bucket(gap)));
                    String speakerType = speaker.getStringValue(speaker.getType().getFeatureByBaseName(SayerTypes.SPEAKER_TYPE));
                    String pronoun = source.getCoveredText().toLowerCase(java.util.Locale.ROOT);
                    f.add("pronounEntity=" + pronoun + "+" + speakerType + "+" + words);
                }
            }
        }
        int first = t.tokenAtOrAfter(claim.getBegin());
        int last = t.tokenBefore(claim.getEnd());
        int length = Math.max(0, last - first + 1);
        f.add("length=" + bucket(length));
        f.add("type+length=" + type + "+" + bucket(length));
        f.add("headline=" + (t.sentence[Math.min(first, t.size - 1)] == 0));
        f.add("nested=" + (claim.getFeatureValue(attribution.getFeatureByBaseName(SayerTypes.CLAIM_PARENT)) != null));
        f.add("firstPos=" + (first < t.size ? t.pos[first] : "none"));
        f.add("endsSentence=" + endsSentence(last));
        List<Object> key = rivalKey(claim);
        if (key != null) {
            for (AnnotationFS other : rivals.get(key)) {
                if (other.getEnd() != claim.getEnd()) {
                    // the same claim cut at a soft boundary, or run on past it: what stands at the cut decides
                    boolean shorter = claim.getEnd() < other.getEnd();
                    int cut = t.tokenBefore(Math.min(claim.getEnd(), other.getEnd()));
                    f.add((shorter ? "cutHere=" : "runsOnPast=") + endsBefore(cut));
                }
            }
        }
        f.add("cuesInside=" + Math.min(2, cuesInside(claim, cueFs)));
        f.add("innerReport=" + innerReport(claim, cueFs));
        if (cueFs != null) {
            int c0 = t.tokenAtOrAfter(cueFs.getBegin());
            int c1 = t.tokenBefore(cueFs.getEnd());
            f.add("cuePlace=" + (cueFs.getEnd() <= claim.getBegin() ? "before" : cueFs.getBegin() >= claim.getEnd() ? "after" : "inside"));
            f.add("afterCue=" + word(c1 + 1));
            f.add("beforeCue=" + word(c0 - 1));
            f.add("cue+afterCue=" + entry + "+" + word(c1 + 1));
            f.add("cueInQuote=" + inQuote(cueFs.getBegin()));
            f.add("cuePos=" + (c0 < t.size ? t.pos[c0] : "none"));
            f.add("cueForm=" + (c0 < t.size ? suffix(t.lower[c0]) : "none"));
            f.add("gap=" + bucket(Math.max(0, Math.min(Math.abs(first - c1), Math.abs(c0 - last)) - 1)));
            if (source != null) {
                // how far the speaker stands from the cue: a far or earlier-sentence source is a guess
                int s0 = t.tokenAtOrAfter(source.getBegin());
                int s1 = t.tokenBefore(source.getEnd());
                int distance = Math.max(0, Math.min(Math.abs(c0 - s1), Math.abs(s0 - c1)) - 1);
                f.add("sourceGap=" + bucket(distance));
                f.add("sourceSentence=" + (s0 < t.size && c0 < t.size && t.sentence[s0] == t.sentence[c0]));
                String relation = relation(source, s0, s1, c0, distance);
                boolean rival = rivalSource(claim);
                f.add("sourceRelation=" + relation);
                f.add("sourceRelation+rule=" + relation + "+" + rule);
                f.add("rivalSource=" + rival);
                f.add("rivalSource+rule=" + rival + "+" + rule);
                f.add("rivalSource+relation=" + rival + "+" + relation);
            }
        }
        return f;
    }

    private boolean rivalSource(AnnotationFS claim) {
        return claim.getBooleanValue(attribution.getFeatureByBaseName(SayerTypes.CLAIM_RIVAL_SOURCE));
    }

    /**
     * Where the source stands to its cue: before or after it, next to it or not, the sentence's first
     * mention or not, a possessor, a verb's object or a preposition's.
     */
    private String relation(AnnotationFS source, int s0, int s1, int c0, int distance) {
        StringBuilder r = new StringBuilder(s1 < c0 ? "before" : "after").append(distance <= 1 ? "-next" : "-far");
        int sentence = t.sentence[Math.min(s0, t.size - 1)];
        if (firstMention.getOrDefault(sentence, -1) == source.getBegin()) {
            r.append("-first");
        }
        if (t.isPossessiveMark(s1 + 1)) {
            r.append("-possessor");
        }
        if (t.isPos(s0 - 1, "VERB")) {
            r.append("-object");
        } else if (t.isPos(s0 - 1, "ADP")) {
            r.append("-oblique");
        }
        return r.toString();
    }

    /**
     * How many other cues stand inside the content: a content that holds a report of its own. The cues
     * are in text order, so only those that begin inside the content are looked at.
     */
    private int cuesInside(AnnotationFS claim, AnnotationFS own) {
        int low = 0;
        int high = cues.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cues.get(mid).getBegin() < claim.getBegin()) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        int n = 0;
        for (int i = low; i < cues.size() && cues.get(i).getBegin() < claim.getEnd(); i++) {
            AnnotationFS c = cues.get(i);
            if (c != own && c.getEnd() <= claim.getEnd()) {
                n++;
            }
        }
        return n;
    }

    /**
     * Whether another candidate's cue stands inside the content, and whether that candidate hangs from a
     * parent ("said he accepts that …": nested) or from none ("said the side is young and suggested that …":
     * apart, a report of its own the content has run into).
     */
    private String innerReport(AnnotationFS claim, AnnotationFS own) {
        // the claims by their cue's start, searched from the content's start: contents are short, so this stays
        // linear in a long document; of several, the first in index order decides, as a scan of all would
        int low = 0;
        int high = claimsByCue.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cueOf(claimsByCue.get(mid)).getBegin() < claim.getBegin()) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        AnnotationFS apart = null;
        int apartIndex = Integer.MAX_VALUE;
        boolean nested = false;
        for (int k = low; k < claimsByCue.size() && cueOf(claimsByCue.get(k)).getBegin() < claim.getEnd(); k++) {
            AnnotationFS other = claimsByCue.get(k);
            AnnotationFS otherCue = cueOf(other);
            if (other == claim || otherCue == own || otherCue.getEnd() > claim.getEnd()) {
                continue;
            }
            if (other.getFeatureValue(attribution.getFeatureByBaseName(SayerTypes.CLAIM_PARENT)) != null) {
                nested = true;
            } else if (claimIndex.get(other) < apartIndex) {
                apart = other;
                apartIndex = claimIndex.get(other);
            }
        }
        if (apart != null) {
            return "apart+" + (speakerOf(apart) != null && speakerOf(apart) == speakerOf(claim));
        }
        return nested ? "nested" : "none";
    }

    private AnnotationFS cueOf(AnnotationFS claim) {
        return (AnnotationFS) claim.getFeatureValue(attribution.getFeatureByBaseName(SayerTypes.CLAIM_CUE));
    }

    private FeatureStructure speakerOf(AnnotationFS claim) {
        AnnotationFS source = (AnnotationFS) claim.getFeatureValue(attribution.getFeatureByBaseName(SayerTypes.CLAIM_SOURCE));
        return source == null ? null : source.getFeatureValue(mention.getFeatureByBaseName(SayerTypes.MENTION_SPEAKER));
    }

    /** "curated", or the WordNet file's last part ("communication", "cognition"). */
    private static String lexiconClass(String lexicon) {
        if (lexicon == null) {
            return "curated";
        }
        int dot = lexicon.lastIndexOf('.');
        return lexicon.startsWith("wordnet:") ? "wordnet-" + lexicon.substring(dot + 1) : lexicon;
    }

    private String word(int i) {
        if (i < 0 || i >= t.size) {
            return "EDGE";
        }
        return t.isPos(i, "PROPN") ? "PROPN" : t.isPos(i, "NUM") ? "NUM" : t.lower[i];
    }

    private static String suffix(String word) {
        return word.endsWith("ing") ? "ing" : word.endsWith("ed") ? "ed" : word.endsWith("s") ? "s" : "base";
    }

    /** What follows the content in its sentence: ".", or a comma and the word after it (", although", ", VERB-ing"). */
    private String endsBefore(int last) {
        if (endsSentence(last)) {
            return ".";
        }
        int next = last + 1;
        while (next < t.size && t.isQuoteMark(next)) {
            next++;
        }
        String comma = t.is(next, ",") ? "," : "";
        next += comma.length();
        if (next >= t.size) {
            return comma;
        }
        String word = wordClass(next);
        int head = t.isPos(next, "CCONJ") && next + 1 < t.size ? next + 1 : next;
        // "… and suggested that …", ", adding …": a report of its own follows, which a content seldom runs into
        String report = cueStarts[head] ? "+cue" : "";
        return comma + (head > next ? word + "+" + wordClass(head) : word) + report;
    }

    /** A function word as itself, a verb by its form ("VERB-ing"), any other word by its tag. */
    private String wordClass(int i) {
        return t.isPos(i, "VERB", "AUX") ? t.pos[i] + "-" + suffix(t.lower[i])
                : t.isPos(i, "SCONJ", "CCONJ", "ADP", "PRON", "DET", "ADV", "PART", "PUNCT") ? t.lower[i] : t.pos[i];
    }

    private boolean endsSentence(int last) {
        if (last < 0 || last >= t.size) {
            return true;
        }
        int next = last + 1;
        while (next < t.size && t.isPos(next, "PUNCT") && t.sentence[next] == t.sentence[last]) {
            next++;
        }
        return next >= t.size || t.sentence[next] != t.sentence[last];
    }

    private boolean inQuote(int offset) {
        for (int[] q : quotes) {
            if (q[0] <= offset && offset < q[1]) {
                return true;
            }
        }
        return false;
    }

    private static String bucket(int n) {
        return n <= 0 ? "0" : n == 1 ? "1" : n <= 3 ? "2-3" : n <= 7 ? "4-7" : n <= 15 ? "8-15" : n <= 31 ? "16-31" : "32+";
    }

    private static String string(AnnotationFS fs, Type type, String feature) {
        String value = fs.getStringValue(type.getFeatureByBaseName(feature));
        return value == null ? "none" : value;
    }
}
