package org.sayer.pipeline.engines;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.cas.StringArrayFS;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.fit.component.CasAnnotator_ImplBase;
import org.apache.uima.resource.ResourceInitializationException;
import org.sayer.pipeline.types.SayerTypes;

/**
 * Links mentions to speakers (Entity feature structures): a surname to the full name, a role
 * title to the person who holds it in the text ("the German Minister" → Annalena Baerbock), a
 * definite nominal to an earlier nominal with the same head ("the US official" → "a senior State
 * Department official"), a pronoun to the nearest compatible earlier speaker (preferring those
 * who were just speaking), and names to the corpus registry entities placed in the CAS by
 * ModelToCas.
 */
public class CoreferenceEngine extends CasAnnotator_ImplBase {

    public static final String PRODUCER = "sayer.coref/0.1";

    /** How many of the latest speakers a mention is compared with: keeps huge documents linear. */
    private static final int RECENT = 300;

    /** The speaker lexicon: the words of a title or description that give a speaker a sex ("Mr", "the girl"). */
    private SpeakerLexicon lexicon;

    private static final Set<String> NOMINAL_STOP = Set.of("the", "a", "an", "senior", "top", "former", "his",
            "her", "its", "their", "our", "some", "other", "one", "two", "three", "'s", "of", "for", "at", ",");

    /** A speaker being built: what the text says of it so far. */
    static final class Speaker {
        String name;
        final Set<String> aliases = new LinkedHashSet<>();
        /** Name and aliases normalised, kept up to date by {@link #addAlias} and {@link #rename}. */
        final Set<String> known = new HashSet<>();
        String role;
        String type;
        String gender = "";
        String registryId;
        FeatureStructure existing;
        /** The index of the latest mention of it that speaks (the subject of a cue), or -1. */
        int lastSpoke = -1;

        Speaker(String name, String type) {
            this.name = name;
            this.type = type;
            known.add(normalise(name));
        }

        void addAlias(String alias) {
            aliases.add(alias);
            known.add(normalise(alias));
        }

        void rename(String newName) {
            aliases.add(name);
            name = newName;
            known.add(normalise(newName));
        }

        String surname() {
            String[] words = name.replace("[", "").replace("]", "").trim().split("\\s+");
            return words.length > 1 ? words[words.length - 1].toLowerCase(Locale.ROOT) : null;
        }

        boolean knows(String normalised) {
            return known.contains(normalised);
        }

        String allText() {
            StringBuilder b = new StringBuilder(name).append(' ');
            if (role != null) {
                b.append(role).append(' ');
            }
            aliases.forEach(a -> b.append(a).append(' '));
            return b.toString().toLowerCase(Locale.ROOT);
        }
    }

    static String normalise(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = Character.toLowerCase(s.charAt(i));
            if (c == '[' || c == ']') {
                continue;
            }
            if (Character.isWhitespace(c)) {
                space = b.length() > 0;
                continue;
            }
            if (space) {
                b.append(' ');
                space = false;
            }
            b.append(c == '\u2019' ? '\'' : c);
        }
        String n = b.toString();
        if (n.contains("dept.")) {
            n = n.replace("dept.", "department");
        }
        return n.startsWith("the ") ? n.substring(4) : n;
    }

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        lexicon = SpeakerLexicon.forEngine();
    }

    @Override
    public void process(CAS cas) throws AnalysisEngineProcessException {
        Tokens tokens = Tokens.of(cas);
        Type mentionType = cas.getTypeSystem().getType(SayerTypes.SPEAKER_MENTION);
        Type entityType = cas.getTypeSystem().getType(SayerTypes.SPEAKER);
        Type cueType = cas.getTypeSystem().getType(SayerTypes.CUE);
        List<AnnotationFS> mentions = new ArrayList<>();
        cas.<AnnotationFS>getAnnotationIndex(mentionType).forEach(mentions::add);
        List<AnnotationFS> quotations = Quotations.outermost(cas);
        boolean[] quoted = Quotations.quotedTokens(quotations, tokens);
        Set<Integer> cueStarts = new HashSet<>();
        for (AnnotationFS cue : cas.<AnnotationFS>getAnnotationIndex(cueType)) {
            if ("VERB".equals(cue.getStringValue(cueType.getFeatureByBaseName(SayerTypes.CUE_KIND)))) {
                cueStarts.add(tokens.tokenAtOrAfter(cue.getBegin()));
            }
        }

        List<Speaker> speakers = new ArrayList<>();
        for (java.util.Iterator<FeatureStructure> it = cas.getIndexRepository().getAllIndexedFS(entityType); it.hasNext();) {
            FeatureStructure fs = it.next();
            Speaker known = read(fs, entityType);
            known.existing = fs;
            speakers.add(known);
        }
        int registryCount = speakers.size();

        Map<AnnotationFS, Speaker> links = new IdentityHashMap<>();
        // How often each speaker was mentioned so far (not as a possessive), in order of first mention
        Map<Speaker, Integer> mentioned = new LinkedHashMap<>();
        for (int m = 0; m < mentions.size(); m++) {
            AnnotationFS mention = mentions.get(m);
            String kind = feature(mention, mentionType, SayerTypes.MENTION_KIND);
            String type = feature(mention, mentionType, SayerTypes.MENTION_TYPE);
            String name = feature(mention, mentionType, SayerTypes.MENTION_NAME);
            String role = feature(mention, mentionType, SayerTypes.MENTION_ROLE);
            Speaker speaker = switch (kind) {
                case "PRONOUN" -> resolvePronoun(tokens, mentions, m, links, mentioned, cueStarts, quoted,
                        laterReporter(tokens, mentions, m, cueStarts, speakers, mentionType));
                case "NOMINAL" -> {
                    Speaker nominal = apposedName(tokens, mentions, m, links, mentionType);
                    if (nominal == null) {
                        nominal = resolveNominal(speakers, mention, name, type, role);
                    }
                    // "the 38-year-old", "the Spaniard": no role word, so like a pronoun it points back
                    if (nominal == null && role.isEmpty() && type.equals("PERSON") && !describedByParticiple(tokens, mention)
                            && mention.getCoveredText().toLowerCase(Locale.ROOT).startsWith("the ")) {
                        nominal = resolvePronoun(tokens, mentions, m, links, mentioned, cueStarts, quoted,
                                laterReporter(tokens, mentions, m, cueStarts, speakers, mentionType));
                    }
                    // "the company", "the airline": the organisation the text last named as a subject
                    if (nominal == null && type.equals("ORGANIZATION")
                            && mention.getCoveredText().toLowerCase(Locale.ROOT).startsWith("the ")) {
                        nominal = recentOrganisation(tokens, mentions, m, links, mentionType);
                    }
                    yield nominal;
                }
                default -> resolveName(speakers, name, type);
            };
            if (speaker == null) {
                if (kind.equals("PRONOUN")) {
                    continue;
                }
                speaker = new Speaker(name, type);
                speakers.add(speaker);
            }
            if (!kind.equals("PRONOUN")) {
                learn(speaker, name, role, kind, mention.getCoveredText());
            }
            links.put(mention, speaker);
            if (isSubjectOfCue(tokens, mention, cueStarts) || isInvertedSubject(tokens, mention, cueStarts)) {
                speaker.lastSpoke = m;
            }
            if (!isPossessive(tokens, mention)) {
                mentioned.merge(speaker, 1, Integer::sum);
            }
            AnnotationFS described = kind.equals("NAME") && type.equals("PERSON") ? copularSubject(tokens, mentions, m, mentionType) : null;
            if (described != null && links.get(described) != speaker) {
                // "The happiest man at the end of the match was Tunisia coach Sami Trabelsi": one person
                Speaker before = links.put(described, speaker);
                if (before != null && mentioned.merge(before, -1, Integer::sum) <= 0) {
                    mentioned.remove(before);
                }
                mentioned.merge(speaker, 1, Integer::sum);
            }
        }
        mergeSurnames(speakers, registryCount, links);
        pronounsInQuotations(quotations, tokens, mentions, links, mentioned, cueStarts, quoted, mentionType);

        Map<Speaker, FeatureStructure> written = new IdentityHashMap<>();
        for (AnnotationFS mention : mentions) {
            Speaker speaker = links.get(mention);
            if (speaker == null) {
                continue;
            }
            FeatureStructure entity = written.computeIfAbsent(speaker, s -> write(cas, entityType, s));
            mention.setFeatureValue(mentionType.getFeatureByBaseName(SayerTypes.MENTION_SPEAKER), entity);
        }
    }

    private static String feature(AnnotationFS fs, Type type, String name) {
        String value = fs.getStringValue(type.getFeatureByBaseName(name));
        return value == null ? "" : value;
    }

    private void learn(Speaker speaker, String name, String role, String kind, String covered) {
        if (kind.equals("NAME") && speaker.type.equals("PERSON") && name.split(" ").length
                > speaker.name.split(" ").length) {
            speaker.rename(name);
        } else if (!normalise(name).equals(normalise(speaker.name))) {
            speaker.addAlias(name);
        }
        if (kind.equals("NOMINAL") && !normalise(covered).equals(normalise(speaker.name))) {
            speaker.addAlias(covered.replaceFirst("^(?i)(the|a|an) ", ""));
        }
        if (!role.isEmpty() && (speaker.role == null || role.length() > speaker.role.length())) {
            speaker.role = role;
        }
        if (speaker.gender.isEmpty()) {
            speaker.gender = genderOfWords(role + " " + covered);
        }
    }

    /** "Mr", "the girl", "his wife", "spokeswoman": the last word of a person's title or description that has a sex. */
    private String genderOfWords(String words) {
        String gender = "";
        for (String word : words.split("[^\\p{L}]+")) {
            String sex = lexicon.sexOf(word);
            gender = sex.isEmpty() ? gender : sex;
        }
        return gender;
    }

    private static Speaker resolveName(List<Speaker> speakers, String name, String type) {
        String normalised = normalise(name);
        for (int i = speakers.size() - 1; i >= Math.max(0, speakers.size() - RECENT); i--) {
            if (speakers.get(i).knows(normalised)) {
                return speakers.get(i);
            }
        }
        if (type.equals("PERSON")) {
            String[] words = normalised.split("\\s+");
            String surname = words[words.length - 1];
            for (int i = speakers.size() - 1; i >= Math.max(0, speakers.size() - RECENT); i--) {
                Speaker s = speakers.get(i);
                if (s.type.equals("PERSON") && surname.equals(s.surname())) {
                    return s;
                }
            }
        } else {
            for (int i = speakers.size() - 1; i >= Math.max(0, speakers.size() - RECENT); i--) {
                Speaker s = speakers.get(i);
                String other = normalise(s.name);
                if (s.type.equals(type) && (other.endsWith(" " + normalised) || normalised.endsWith(" " + other))) {
                    return s;
                }
            }
        }
        return null;
    }

    /**
     * "Optus, an Australian telecommunications company owned by …, said": a nominal set off by a comma
     * right after a name describes that name's speaker, unless it is the next item of a list.
     */
    private static Speaker apposedName(Tokens tokens, List<AnnotationFS> mentions, int m, Map<AnnotationFS, Speaker> links,
            Type mentionType) {
        if (m == 0) {
            return null;
        }
        AnnotationFS nominal = mentions.get(m);
        int described = m - 1;
        int start = nominal.getBegin();
        AnnotationFS possessor = mentions.get(described);
        if (described > 0 && isPossessive(tokens, possessor)
                && tokens.tokenAtOrAfter(possessor.getEnd()) + 1 == tokens.tokenAtOrAfter(nominal.getBegin())) {
            // "Margrethe Vestager, the European Union's Competition Commissioner": the possessor belongs to the description
            start = possessor.getBegin();
            described--;
        }
        AnnotationFS before = mentions.get(described);
        int comma = tokens.tokenBefore(start);
        int after = tokens.tokenAtOrAfter(nominal.getEnd());
        Speaker named = links.get(before);
        boolean list = tokens.is(after, "and", "or") || tokens.is(after, ",") && tokens.is(after + 1, "and", "or");
        if (named == null || list || !tokens.is(comma, ",") || tokens.tokenBefore(before.getEnd()) != comma - 1
                || !"NAME".equals(feature(before, mentionType, SayerTypes.MENTION_KIND))) {
            return null;
        }
        String kind = feature(nominal, mentionType, SayerTypes.MENTION_TYPE);
        if (kind.equals("GROUP")) {
            return null;
        }
        named.type = kind; // "Optus, an Australian telecommunications company": the description knows the kind
        return named;
    }

    private static Speaker resolveNominal(List<Speaker> speakers, AnnotationFS mention, String name, String type,
            String role) {
        String covered = mention.getCoveredText().toLowerCase(Locale.ROOT);
        String normalised = normalise(name);
        for (int i = speakers.size() - 1; i >= Math.max(0, speakers.size() - RECENT); i--) {
            if (speakers.get(i).knows(normalised)) {
                return speakers.get(i);
            }
        }
        if (!covered.startsWith("the ") || !type.equals("PERSON")) {
            return null; // "a senior official" introduces someone new
        }
        List<String> words = new ArrayList<>();
        for (String w : normalised.split("[\\s,]+")) {
            if (!NOMINAL_STOP.contains(w)) {
                words.add(w);
            }
        }
        if (words.isEmpty()) {
            return null;
        }
        // A role title names the person who holds it in the text.
        for (int i = speakers.size() - 1; i >= Math.max(0, speakers.size() - RECENT); i--) {
            Speaker s = speakers.get(i);
            if (!s.type.equals("PERSON") || s.role == null) {
                continue;
            }
            String text = s.allText();
            if (words.stream().allMatch(w -> text.matches("(?s).*\\b" + java.util.regex.Pattern.quote(w) + "\\b.*"))) {
                return s;
            }
        }
        // "the official" after "a senior official": same head noun.
        String head = words.get(words.size() - 1);
        for (int i = speakers.size() - 1; i >= Math.max(0, speakers.size() - RECENT); i--) {
            Speaker s = speakers.get(i);
            String[] sw = normalise(s.name).split("\\s+");
            if (s.type.equals("PERSON") && sw[sw.length - 1].equals(head)) {
                return s;
            }
        }
        return null;
    }

    private static Speaker recentOrganisation(Tokens tokens, List<AnnotationFS> mentions, int m,
            Map<AnnotationFS, Speaker> links, Type mentionType) {
        for (int k = m - 1; k >= Math.max(0, m - RECENT); k--) {
            AnnotationFS candidate = mentions.get(k);
            Speaker s = links.get(candidate);
            int before = tokens.tokenBefore(candidate.getBegin());
            if (s != null && s.type.equals("ORGANIZATION") && "NAME".equals(feature(candidate, mentionType, SayerTypes.MENTION_KIND))
                    && !tokens.isPos(before, "ADP", "VERB") && !tokens.is(before, "(")) { // not "told Reuters", "(Reuters)"
                return s;
            }
        }
        return null;
    }

    /**
     * The named speaker of a reporting clause that closes the sentence after this mention: in "At
     * the hearing, he kept silent, Brooks said." he is someone Brooks speaks about, not Brooks.
     */
    private static Speaker laterReporter(Tokens tokens, List<AnnotationFS> mentions, int m, Set<Integer> cueStarts,
            List<Speaker> speakers, Type mentionType) {
        int from = tokens.tokenAtOrAfter(mentions.get(m).getEnd());
        int sentence = tokens.sentence[Math.min(from, tokens.size - 1)];
        for (int q = m + 1; q < mentions.size(); q++) {
            AnnotationFS later = mentions.get(q);
            int first = tokens.tokenAtOrAfter(later.getBegin());
            if (first >= tokens.size || tokens.sentence[first] != sentence) {
                return null;
            }
            if ("NAME".equals(feature(later, mentionType, SayerTypes.MENTION_KIND)) && tokens.is(first - 1, ",")
                    && isSubjectOfCue(tokens, later, cueStarts)) {
                return resolveName(speakers, feature(later, mentionType, SayerTypes.MENTION_NAME),
                        feature(later, mentionType, SayerTypes.MENTION_TYPE));
            }
        }
        return null;
    }

    /**
     * The earliest sentence a pronoun may go back to: four sentences of narration before it, however
     * many sentences a quotation between them holds ("“… five sentences …,” he said.").
     */
    private static int earliestAntecedentSentence(Tokens tokens, boolean[] quoted, int pronounToken) {
        int earliest = tokens.sentence[Math.min(pronounToken, tokens.size - 1)];
        int narrated = 0;
        int sentences = 0;
        int i = Math.min(pronounToken, tokens.size) - 1;
        // at most 40 sentences back, so a text that is one long quotation stays linear
        while (i >= 0 && narrated < 4 && sentences++ < 40) {
            int sentence = tokens.sentence[i];
            boolean narration = false;
            for (; i >= 0 && tokens.sentence[i] == sentence; i--) {
                narration |= !quoted[i] && !tokens.isPos(i, "PUNCT");
            }
            earliest = sentence;
            if (narration) {
                narrated++;
            }
        }
        return earliest;
    }

    private static Speaker resolvePronoun(Tokens tokens, List<AnnotationFS> mentions, int m, Map<AnnotationFS, Speaker> links,
            Map<Speaker, Integer> mentioned, Set<Integer> cueStarts, boolean[] quoted, Speaker reporter) {
        AnnotationFS pronoun = mentions.get(m);
        boolean pronounQuoted = quoted[Math.min(tokens.tokenAtOrAfter(pronoun.getBegin()), tokens.size - 1)];
        String word = subjectForm(pronoun.getCoveredText().toLowerCase(Locale.ROOT));
        int pronounSentence = tokens.sentence[tokens.tokenAtOrAfter(pronoun.getBegin())];
        String gender = word.equals("he") ? "MALE" : word.equals("she") ? "FEMALE" : "";
        // Sentence by sentence backwards: the first speaker of the nearest sentence that has one (its main
        // clause, not someone inside what is said), else that sentence's first compatible mention (its subject).
        Speaker best = null;
        int k = m - 1;
        int firstSentence = pronounSentence;
        if (reportsContentBeforeIt(tokens, pronoun, cueStarts)) {
            Speaker subject = word.equals("it") ? organisationOpeningSentence(tokens, mentions, m, links, pronounSentence) : null;
            if (subject != null) {
                return subject; // "The council will suspend the programme, it said": a body reports its own plans
            }
            // "The suspect has not been charged, she said.": she cannot be anyone named in what she says
            firstSentence--;
            while (k >= 0 && tokens.sentence[Math.min(tokens.tokenAtOrAfter(mentions.get(k).getBegin()), tokens.size - 1)]
                    == pronounSentence) {
                k--;
            }
        }
        int earliest = earliestAntecedentSentence(tokens, quoted, tokens.tokenAtOrAfter(pronoun.getBegin()));
        boolean subjectOfCue = isSubjectOfCue(tokens, pronoun, cueStarts);
        boolean speaks = subjectOfCue || firstSentence < pronounSentence;
        for (int sentence = firstSentence; sentence >= earliest && best == null; sentence--) {
            Speaker firstInSentence = null;
            Speaker firstSpeaking = null;
            Speaker subordinateSpeaking = null;
            Speaker firstOblique = null;
            for (; k >= 0; k--) {
                AnnotationFS candidate = mentions.get(k);
                int candidateSentence = tokens.sentence[Math.min(tokens.tokenAtOrAfter(candidate.getBegin()), tokens.size - 1)];
                if (candidateSentence < sentence) {
                    break;
                }
                Speaker s = links.get(candidate);
                boolean quotedCandidate = quoted[Math.min(tokens.tokenAtOrAfter(candidate.getBegin()), tokens.size - 1)];
                if (s == null || s == reporter || !compatible(word, gender, s) || quotedCandidate && !pronounQuoted
                        || !gender.isEmpty() && listedName(tokens, mentions, k)) {
                    continue;
                }
                if (isPossessive(tokens, candidate)) {
                    firstOblique = s; // "Kefu's side have been in camp … and he said": nobody else in the sentence
                    continue;
                }
                int before = tokens.tokenBefore(candidate.getBegin());
                // "Alex Miller of Auchinairn Road said": the place after "of" is not who speaks
                boolean accordingTo = tokens.is(before, "to") && tokens.is(before - 1, "according"); // "… according to Prime Minister X. He"
                // "leading Braunston to deny", "the Budget Speech to slam": an infinitive's subject is not who
                // speaks in the main clause
                boolean infinitive = tokens.is(tokens.tokenAtOrAfter(candidate.getEnd()), "to");
                if (isSubjectOfCue(tokens, candidate, cueStarts) && !tokens.is(before, "of") && !infinitive
                        && !passiveSubject(tokens, candidate) || accordingTo) {
                    if (inOpeningSubordinateClause(tokens, candidate)) {
                        subordinateSpeaking = s; // "After the minister announced …, Faria said …. He …" is Faria
                    } else {
                        firstSpeaking = s;
                    }
                    continue;
                }
                if (!inPrepositionalPhrase(tokens, before, candidateSentence) && !apposedToOblique(tokens, mentions, k, candidateSentence)) {
                    firstInSentence = s; // the loop runs backwards, so this ends as the first one
                } else if (candidateSentence < pronounSentence || !inOpeningSubordinateClause(tokens, candidate)
                        || !subjectOfCue) {
                    firstOblique = s; // but "When asked about Arif, he said …": who is asked answers, not Arif
                }
            }
            if (firstSpeaking == null) {
                firstSpeaking = subordinateSpeaking;
            }
            best = firstSpeaking != null ? firstSpeaking : firstInSentence;
            if (best == null && sentence == pronounSentence) {
                best = firstOblique; // "the end for Martin O'Neill …, he said": nobody else in the sentence
            }
            if (firstSpeaking == null && best != null && sentence < pronounSentence
                    && (paragraphBetween(tokens, mentions.get(k + 1), pronoun) || speaks && bareName(best))) {
                // "… in Ramlet al-Bayda, Manara and Tripoli. He added …": a one-word name met once in passing is
                // seldom who goes on speaking; the speaker the story keeps naming is
                best = moreSalient(mentioned, best, word, gender, reporter);
            }
            if (firstSpeaking == null && best != null && sentence < pronounSentence && speaks && bareName(best)
                    && best.lastSpoke < 0) {
                // "Kelso supplies the fish. She added …": a one-word name that never spoke, however often named,
                // gives way to whoever spoke last
                Speaker latest = latestSpeaker(mentioned, word, gender, reporter);
                if (latest != null) {
                    best = latest;
                }
            }
        }
        // only a speaking pronoun is resolved surely enough to fix a gender; "he" inside a
        // quoted clause is as often the person spoken about
        if (best != null && !gender.isEmpty() && best.gender.isEmpty() && subjectOfCue) {
            best.gender = gender;
        }
        return best;
    }

    /** The organisation or place whose mention opens the pronoun's sentence, as the subject of what "it" reports. */
    private static Speaker organisationOpeningSentence(Tokens tokens, List<AnnotationFS> mentions, int m,
            Map<AnnotationFS, Speaker> links, int sentence) {
        int first = tokens.afterDateline(tokens.sentenceFirst[sentence]);
        for (int k = m - 1; k >= 0; k--) {
            AnnotationFS candidate = mentions.get(k);
            int at = tokens.tokenAtOrAfter(candidate.getBegin());
            if (tokens.sentence[Math.min(at, tokens.size - 1)] != sentence) {
                break;
            }
            Speaker s = links.get(candidate);
            if (at == first && s != null && compatible("it", "", s) && !isPossessive(tokens, candidate)) {
                return s;
            }
        }
        return null;
    }

    /**
     * Pronouns inside a quotation and its speaker. A speaker does not call themselves "he" in their own
     * quotation: in "“He asked us to support him,” Zubiri said" he is someone else, so a quoted pronoun
     * resolved to the quotation's speaker is resolved again without them. "I" is that speaker ("“I told
     * the officer …,” Ruiz said"). Runs after every mention is linked, because the reporting clause
     * often follows the quotation.
     */
    private static void pronounsInQuotations(List<AnnotationFS> outermost, Tokens tokens, List<AnnotationFS> mentions,
            Map<AnnotationFS, Speaker> links, Map<Speaker, Integer> mentioned, Set<Integer> cueStarts, boolean[] quoted,
            Type mentionType) {
        int q = 0;
        int reporterOf = -1;
        Speaker reporter = null;
        Map<AnnotationFS, Speaker> firstPerson = new IdentityHashMap<>();
        for (int m = 0; m < mentions.size(); m++) {
            AnnotationFS pronoun = mentions.get(m);
            if (!"PRONOUN".equals(feature(pronoun, mentionType, SayerTypes.MENTION_KIND))) {
                continue;
            }
            while (q < outermost.size() && outermost.get(q).getEnd() <= pronoun.getBegin()) {
                q++;
            }
            if (q == outermost.size() || outermost.get(q).getBegin() > pronoun.getBegin()) {
                continue;
            }
            if (reporterOf != q) {
                reporterOf = q;
                reporter = links.get(quotationReporter(tokens, mentions, m, outermost.get(q), cueStarts));
            }
            Speaker linked = links.get(pronoun);
            if (pronoun.getCoveredText().equalsIgnoreCase("i")) {
                if (reporter != null) {
                    firstPerson.put(pronoun, reporter); // linked once the others are resolved, as before it
                }
            } else if (linked != null && linked == reporter) {
                Speaker other = resolvePronoun(tokens, mentions, m, links, mentioned, cueStarts, quoted, reporter);
                if (other == null) {
                    links.remove(pronoun);
                } else {
                    links.put(pronoun, other);
                }
            }
        }
        links.putAll(firstPerson);
    }

    /**
     * The subject of the reporting clause right after a quotation (",” Zubiri said", ",” said the
     * minister") or right before it in its sentence ("Zubiri told reporters: “"), or null. {@code inside}
     * is the index of a mention inside the quotation.
     */
    private static AnnotationFS quotationReporter(Tokens tokens, List<AnnotationFS> mentions, int inside, AnnotationFS quote,
            Set<Integer> cueStarts) {
        int after = tokens.tokenAtOrAfter(quote.getEnd());
        for (int steps = 0; steps < 3 && after < tokens.size && tokens.isPos(after, "PUNCT"); steps++) {
            after++;
        }
        int next = inside;
        while (next < mentions.size() && mentions.get(next).getBegin() < quote.getEnd()) {
            next++;
        }
        if (next < mentions.size()) {
            AnnotationFS mention = mentions.get(next);
            int first = tokens.tokenAtOrAfter(mention.getBegin());
            if (first == after && isSubjectOfCue(tokens, mention, cueStarts)
                    || cueStarts.contains(after) && first > after && first <= after + 2) {
                return mention;
            }
        }
        int previous = inside;
        while (previous >= 0 && mentions.get(previous).getBegin() >= quote.getBegin()) {
            previous--;
        }
        int opening = tokens.tokenAtOrAfter(quote.getBegin());
        int sentence = tokens.sentence[Math.min(opening, tokens.size - 1)];
        for (; previous >= 0; previous--) {
            AnnotationFS mention = mentions.get(previous);
            int first = tokens.tokenAtOrAfter(mention.getBegin());
            if (tokens.sentence[Math.min(first, tokens.size - 1)] != sentence
                    || opening - tokens.tokenBefore(mention.getEnd()) > 6) {
                return null;
            }
            if (isSubjectOfCue(tokens, mention, cueStarts)) {
                return mention;
            }
        }
        return null;
    }

    /**
     * Whether a mention whose preceding token is {@code before} is the object of a preposition ("under
     * their new coach Hathurusingha", "with the minister"): seldom what a later subject pronoun means.
     */
    private static boolean inPrepositionalPhrase(Tokens tokens, int before, int sentence) {
        for (int k = before; k > before - 4 && k >= 0 && tokens.sentence[k] == sentence; k--) {
            if (tokens.isPos(k, "ADP")) {
                return true;
            }
            if (!tokens.isPos(k, "DET", "ADJ", "NUM") && !tokens.is(k, "his", "her", "their", "its", "our", "my", "your")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "greeted by the Speaker of the House, Mr Keith Biles, …": a name set off after an oblique noun phrase is
     * oblique too; "the vice president of the association, Rary Varela, …" sets off the head, which is not.
     */
    private static boolean apposedToOblique(Tokens tokens, List<AnnotationFS> mentions, int m, int sentence) {
        int comma = tokens.tokenBefore(mentions.get(m).getBegin());
        int closing = tokens.tokenAtOrAfter(mentions.get(m).getEnd());
        boolean setOff = tokens.is(comma, ",") && tokens.is(closing, ",") && !tokens.isPos(closing + 1, "VERB", "AUX");
        if (m == 0 || !setOff || tokens.tokenBefore(mentions.get(m - 1).getEnd()) != comma - 1) {
            return false; // "Speaking to Inforpress, the vice president …, Rary Varela, described": the subject after an opening phrase
        }
        int head = m - 1;
        int before = tokens.tokenBefore(mentions.get(head).getBegin());
        while (head > 0 && tokens.is(before, "of") && tokens.tokenBefore(mentions.get(head - 1).getEnd()) == before - 1) {
            head--;
            before = tokens.tokenBefore(mentions.get(head).getBegin());
        }
        return inPrepositionalPhrase(tokens, before, sentence);
    }

    /**
     * Whether mention {@code m} is one name of a list of three or more ("firms including ABB, Kone, Metso and
     * Valmet"): "he" or "she" means one person, seldom one of several names listed together. Of two
     * ("Treasurer Tom Hale and Premier Rob Kerr clashed. He …") either may be meant, and a first name with
     * only a comma after it is set off ("Mouin Hamze, secretary-general of …") as often as listed.
     */
    private static boolean listedName(Tokens tokens, List<AnnotationFS> mentions, int m) {
        return joined(tokens, mentions, m - 1, ",", "and", "or") && joined(tokens, mentions, m, ",", "and", "or")
                || joined(tokens, mentions, m - 1, "and", "or") && joined(tokens, mentions, m - 2, ",");
    }

    /** Whether mentions {@code m} and {@code m + 1} stand side by side with one of {@code links} between them. */
    private static boolean joined(Tokens tokens, List<AnnotationFS> mentions, int m, String... links) {
        if (m < 0 || m + 1 >= mentions.size()) {
            return false;
        }
        int link = tokens.tokenAtOrAfter(mentions.get(m).getEnd());
        return tokens.is(link, links) && tokens.tokenAtOrAfter(mentions.get(m + 1).getBegin()) == link + 1;
    }

    /** Whether a whole paragraph lies between mention {@code a} and mention {@code b}: two line breaks or more. */
    private static boolean paragraphBetween(Tokens tokens, AnnotationFS a, AnnotationFS b) {
        int first = tokens.text.indexOf('\n', a.getEnd());
        int second = first < 0 ? -1 : tokens.text.indexOf('\n', first + 1);
        if (second < 0 || second >= b.getBegin()) {
            return false;
        }
        for (int c = first + 1; c < second; c++) {
            if (!Character.isWhitespace(tokens.text.charAt(c))) {
                return true; // a line with words between the two breaks
            }
        }
        return false;
    }

    /**
     * A pronoun that opens its reference in a later paragraph than its nearest antecedent, a bystander
     * named once ("Tony Hanahoe took over …" two paragraphs before "here he is"), means the person the
     * story is about: a compatible speaker mentioned more often before it, if there is one.
     */
    private static Speaker moreSalient(Map<Speaker, Integer> mentioned, Speaker nearest, String word, String gender, Speaker reporter) {
        Speaker salient = nearest;
        for (Map.Entry<Speaker, Integer> e : mentioned.entrySet()) { // in order of first mention: a tie goes to the earlier
            Speaker s = e.getKey();
            if (s != reporter && compatible(word, gender, s) && e.getValue() > mentioned.getOrDefault(salient, 0)) {
                salient = s;
            }
        }
        return mentioned.getOrDefault(nearest, 0) == 1 && mentioned.get(salient) >= 2 ? salient : nearest;
    }

    /** The compatible speaker whose latest mention spoke last, or null if none has spoken. */
    private static Speaker latestSpeaker(Map<Speaker, Integer> mentioned, String word, String gender, Speaker reporter) {
        Speaker latest = null;
        for (Speaker s : mentioned.keySet()) {
            if (s != reporter && s.lastSpoke >= 0 && compatible(word, gender, s)
                    && (latest == null || s.lastSpoke > latest.lastSpoke)) {
                latest = s;
            }
        }
        return latest;
    }

    /** A name of one word with no role: a place or a firm the tagger took for a person as often as a person. */
    private static boolean bareName(Speaker s) {
        return s.role == null && !s.name.contains(" ");
    }

    /** "him", "her", "them" ("according to him") resolve as "he", "she", "they". */
    private static String subjectForm(String pronoun) {
        return switch (pronoun) {
            case "him" -> "he";
            case "her" -> "she";
            case "them" -> "they";
            default -> pronoun;
        };
    }

    private static boolean compatible(String pronoun, String gender, Speaker s) {
        return switch (pronoun) {
            // a country the tagger took for a person's name ("Madagascar will send …") is nobody's "he"
            case "he", "she" -> s.type.equals("PERSON") && (s.gender.isEmpty() || s.gender.equals(gender))
                    && !SpeakerLexicon.isCountry(s.name);
            case "it" -> s.type.equals("ORGANIZATION") || s.type.equals("GPE");
            case "they" -> !s.type.equals("PERSON");
            default -> s.type.equals("PERSON"); // a definite nominal such as "the 38-year-old"
        };
    }

    /** "the village's petition submitted to the ministry": a phrase that describes itself in full is new, not anaphoric. */
    private static boolean describedByParticiple(Tokens tokens, AnnotationFS mention) {
        int last = tokens.tokenBefore(mention.getEnd());
        for (int k = tokens.tokenAtOrAfter(mention.getBegin()) + 1; k < last; k++) {
            if (tokens.isPos(k, "VERB")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPossessive(Tokens tokens, AnnotationFS mention) {
        return tokens.isPossessiveMark(tokens.tokenAtOrAfter(mention.getEnd()));
    }

    /** A pronoun that speaks in a reporting clause after its content: "…, she said", "…,” he added". */
    private static boolean reportsContentBeforeIt(Tokens tokens, AnnotationFS pronoun, Set<Integer> cueStarts) {
        int before = tokens.tokenBefore(pronoun.getBegin());
        while (before >= 0 && tokens.is(before, "\"", "\u201d", "'", "\u2019")) {
            before--;
        }
        return tokens.is(before, ",") && isSubjectOfCue(tokens, pronoun, cueStarts);
    }

    /** A mention right after a cue that follows its content: "…,” said Anna Ruiz", "…, said the minister". */
    private static boolean isInvertedSubject(Tokens tokens, AnnotationFS mention, Set<Integer> cueStarts) {
        int cue = tokens.tokenBefore(mention.getBegin());
        return cueStarts.contains(cue) && tokens.isPos(cue - 1, "PUNCT");
    }

    /**
     * A mention inside a clause that a subordinator opens and no comma has closed before it: "After the
     * minister announced the closure, …", "In a release issued after Dr Rowley announced …, Faria said".
     */
    private static boolean inOpeningSubordinateClause(Tokens tokens, AnnotationFS mention) {
        int k = tokens.tokenAtOrAfter(mention.getBegin()) - 1;
        int first = tokens.sentenceFirst[tokens.sentence[k + 1]];
        for (; k >= first; k--) {
            if (tokens.is(k, ",", ";", ":") || tokens.isQuoteMark(k)) {
                return false;
            }
            if (tokens.is(k, "after", "before", "when", "while", "since", "because", "although", "though", "as", "once", "until", "if")
                    && (tokens.isPos(k, "SCONJ") || tokens.isPos(k, "ADP") && !tokens.is(k, "as")
                        || tokens.isPos(k, "ADV") && tokens.is(k, "when", "while", "once"))) { // "When/ADV asked about …"
                return true;
            }
        }
        return false;
    }

    /** A mention right before a cue ("Lavrov said", "Sutt (Reform) says", "Blinken, 59, has repeatedly warned") was speaking. */
    private static boolean isSubjectOfCue(Tokens tokens, AnnotationFS mention, Set<Integer> cueStarts) {
        int k = afterSubject(tokens, mention);
        if (k < 0) {
            return false;
        }
        for (int steps = 0; steps < 4 && k < tokens.size; steps++, k++) {
            if (cueStarts.contains(k)) {
                return true;
            }
            if (!tokens.isPos(k, "ADV", "AUX", "PART")) {
                return false;
            }
        }
        return false;
    }

    /**
     * Where the verb group after a subject mention may begin: past a bracket ("Andres Sutt (Reform) says") or
     * the comma that closes an apposition ("Circuit City coach, Mathews Phiri, told"); -1 after a possessive.
     */
    private static int afterSubject(Tokens tokens, AnnotationFS mention) {
        int k = tokens.tokenAtOrAfter(mention.getEnd());
        if (tokens.is(k, "'s", "'", "\u2019s")) {
            return -1;
        }
        int close = tokens.matchingBracket(k, 5);
        if (close > k) {
            return close + 1;
        }
        return tokens.is(k, ",") && mention.getCoveredText().contains(",") ? k + 1 : k;
    }

    /**
     * "Imad Wasim was asked to rescind …", "the players were told …": who is asked or told is spoken to, not
     * speaking; but "he was quoted as saying" speaks. Called only for a subject of a cue.
     */
    private static boolean passiveSubject(Tokens tokens, AnnotationFS mention) {
        int k = afterSubject(tokens, mention);
        boolean be = false;
        for (; k < tokens.size && tokens.isPos(k, "ADV", "AUX", "PART"); k++) {
            be |= tokens.is(k, "is", "are", "was", "were", "be", "been", "being");
        }
        return be && k < tokens.size && !tokens.lower[k].endsWith("ing") && !tokens.is(k + 1, "as");
    }

    /**
     * The person nominal whose copula names mention {@code m}, or null: "The happiest man at the end of
     * the match was Tunisia coach Sami Trabelsi" (the nominal, any phrase without a verb, then "was" or "is").
     */
    private static AnnotationFS copularSubject(Tokens tokens, List<AnnotationFS> mentions, int m, Type mentionType) {
        if (m == 0) {
            return null;
        }
        AnnotationFS name = mentions.get(m);
        AnnotationFS subject = mentions.get(m - 1);
        int copula = tokens.tokenBefore(name.getBegin());
        int subjectLast = tokens.tokenBefore(subject.getEnd());
        if (!tokens.is(copula, "was", "is") || !"NOMINAL".equals(feature(subject, mentionType, SayerTypes.MENTION_KIND))
                || !"PERSON".equals(feature(subject, mentionType, SayerTypes.MENTION_TYPE))
                || tokens.sentence[copula] != tokens.sentence[Math.max(0, subjectLast)]) {
            return null;
        }
        for (int k = subjectLast + 1; k < copula; k++) {
            if (tokens.isPos(k, "VERB", "AUX", "PUNCT", "PRON")) {
                return null;
            }
        }
        return subject;
    }

    /** A lone surname seen before the full name (a headline "Blinken: …") joins the full name. */
    private static void mergeSurnames(List<Speaker> speakers, int registryCount, Map<AnnotationFS, Speaker> links) {
        // the first person (in speaker order) with each surname: one pass, so a long document stays linear
        Map<String, Speaker> bySurname = new HashMap<>();
        for (Speaker full : speakers) {
            String surname = full.type.equals("PERSON") ? full.surname() : null;
            if (surname != null) {
                bySurname.putIfAbsent(surname, full);
            }
        }
        Map<Speaker, Speaker> merged = new IdentityHashMap<>();
        for (int i = registryCount; i < speakers.size(); i++) {
            Speaker single = speakers.get(i);
            if (!single.type.equals("PERSON") || single.surname() != null) {
                continue;
            }
            Speaker full = bySurname.get(normalise(single.name));
            if (full != null) {
                full.addAlias(single.name);
                single.aliases.forEach(full::addAlias);
                merged.put(single, full);
            }
        }
        if (!merged.isEmpty()) {
            links.replaceAll((mention, s) -> merged.getOrDefault(s, s));
        }
    }

    private static Speaker read(FeatureStructure fs, Type type) {
        Speaker s = new Speaker(nonNull(fs.getStringValue(type.getFeatureByBaseName(SayerTypes.SPEAKER_NAME))),
                nonNull(fs.getStringValue(type.getFeatureByBaseName(SayerTypes.SPEAKER_TYPE))));
        StringArrayFS aliases = (StringArrayFS) fs.getFeatureValue(type.getFeatureByBaseName(SayerTypes.SPEAKER_ALIASES));
        if (aliases != null) {
            for (String alias : aliases.toArray()) {
                s.addAlias(alias);
            }
        }
        s.role = fs.getStringValue(type.getFeatureByBaseName(SayerTypes.SPEAKER_ROLE));
        s.registryId = fs.getStringValue(type.getFeatureByBaseName(SayerTypes.SPEAKER_REGISTRY_ID));
        String gender = fs.getStringValue(type.getFeatureByBaseName(SayerTypes.SPEAKER_GENDER));
        s.gender = gender == null ? "" : gender;
        return s;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    private static FeatureStructure write(CAS cas, Type type, Speaker s) {
        FeatureStructure fs = s.existing != null ? s.existing : cas.createFS(type);
        fs.setStringValue(type.getFeatureByBaseName(SayerTypes.SPEAKER_NAME), s.name);
        StringArrayFS aliases = cas.createStringArrayFS(s.aliases.size());
        aliases.copyFromArray(s.aliases.toArray(new String[0]), 0, 0, s.aliases.size());
        fs.setFeatureValue(type.getFeatureByBaseName(SayerTypes.SPEAKER_ALIASES), aliases);
        fs.setStringValue(type.getFeatureByBaseName(SayerTypes.SPEAKER_ROLE), s.role);
        fs.setStringValue(type.getFeatureByBaseName(SayerTypes.SPEAKER_TYPE), s.type);
        fs.setStringValue(type.getFeatureByBaseName(SayerTypes.SPEAKER_GENDER), s.gender);
        fs.setStringValue(type.getFeatureByBaseName(SayerTypes.SPEAKER_REGISTRY_ID), s.registryId);
        if (s.existing == null) {
            cas.addFsToIndexes(fs);
        }
        return fs;
    }
}
