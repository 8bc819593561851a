package org.sayer.pipeline.engines;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.fit.component.CasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.resource.ResourceInitializationException;
import org.sayer.pipeline.types.SayerTypes;

/** Sentences, tokens, universal POS tags and lemmas, with the OpenNLP English models. */
public class LinguisticEngine extends CasAnnotator_ImplBase {

    public static final String PRODUCER = "sayer.linguistic/0.1";
    /** Longer sentences are cut: the tagger's cost and memory grow with sentence length. */
    static final int MAX_SENTENCE_CHARS = 1500;

    private SentenceDetectorME sentences;
    private TokenizerME tokenizer;
    /** Lemmas from the OpenNLP statistical lemmatizer instead of the rules in {@link Lemmas}. */
    public static final String PARAM_STATISTICAL_LEMMAS = "statisticalLemmas";

    // The statistical lemmatizer runs at about 5,000 tokens/s, far below the 100 articles/s the
    // pipeline must reach, and no rule uses its output: rules give the lemmas by default.
    @ConfigurationParameter(name = PARAM_STATISTICAL_LEMMAS, mandatory = false, defaultValue = "false",
            description = "Use the OpenNLP lemmatizer model (slow) instead of rule-based lemmas.")
    private boolean statisticalLemmas;

    /** Tokens from the OpenNLP tokenizer model instead of {@link NewsTokenizer}'s rules. */
    public static final String PARAM_STATISTICAL_TOKENS = "statisticalTokens";

    @ConfigurationParameter(name = PARAM_STATISTICAL_TOKENS, mandatory = false, defaultValue = "false",
            description = "Use the OpenNLP tokenizer model (slower) instead of the rule-based news tokenizer.")
    private boolean statisticalTokens;

    private POSContextGenerator posContext;
    private MaxentModel posModel;
    private LemmatizerME lemmatizer;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        try {
            // The ME classes are not thread-safe; each engine instance gets its own, the models are shared.
            sentences = new SentenceDetectorME(OpenNlpModels.sentences());
            tokenizer = statisticalTokens ? new TokenizerME(OpenNlpModels.tokens()) : null;
            POSModel pos = OpenNlpModels.pos();
            posContext = pos.getFactory().getPOSContextGenerator(0);
            posModel = pos.getArtifact("pos.model");
            lemmatizer = statisticalLemmas ? new LemmatizerME(OpenNlpModels.lemmas()) : null;
        } catch (IOException e) {
            throw new ResourceInitializationException(e);
        }
    }

    @Override
    public void process(CAS cas) throws AnalysisEngineProcessException {
        String text = cas.getDocumentText();
        if (text == null || text.isEmpty()) {
            return;
        }
        Type sentenceType = cas.getTypeSystem().getType(SayerTypes.SENTENCE);
        Type tokenType = cas.getTypeSystem().getType(SayerTypes.TOKEN);
        Feature pos = tokenType.getFeatureByBaseName(SayerTypes.TOKEN_POS);
        Feature lemma = tokenType.getFeatureByBaseName(SayerTypes.TOKEN_LEMMA);
        Words shared = new Words(); // the CAS keeps every token's lemma: one copy per distinct lemma
        for (Span paragraph : paragraphs(text)) {
            String paragraphText = text.substring(paragraph.getStart(), paragraph.getEnd());
            for (Span sentenceSpan : sentences(paragraphText)) {
                int sentenceBegin = paragraph.getStart() + sentenceSpan.getStart();
                int sentenceEnd = paragraph.getStart() + sentenceSpan.getEnd();
                cas.addFsToIndexes(cas.createAnnotation(sentenceType, sentenceBegin, sentenceEnd));
                String sentenceText = text.substring(sentenceBegin, sentenceEnd);
                Span[] raw = statisticalTokens ? tokenizer.tokenizePos(sentenceText) : NewsTokenizer.tokenize(sentenceText);
                Span[] tokenSpans = splitFinalPeriod(sentenceText, splitPossessives(sentenceText, raw));
                String[] words = Span.spansToStrings(tokenSpans, sentenceText);
                String[] tags = tag(words);
                String[] lemmas = lemmatizer != null ? lemmatizer.lemmatize(words, tags) : Lemmas.of(words, tags);
                for (int i = 0; i < tokenSpans.length; i++) {
                    AnnotationFS token = cas.createAnnotation(tokenType,
                            sentenceBegin + tokenSpans[i].getStart(), sentenceBegin + tokenSpans[i].getEnd());
                    token.setStringValue(pos, shared.share(tags[i]));
                    token.setStringValue(lemma, shared.share(lemmas[i]));
                    cas.addFsToIndexes(token);
                }
            }
        }
    }

    /**
     * Greedy POS decoding: each token gets the model's best tag given the tags before it. The
     * default beam of three costs several times more for the same tags on news text, and the
     * tagger is the pipeline's main cost.
     */
    String[] tag(String[] words) {
        words = straightApostrophes(words);
        String[] tags = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            tags[i] = posModel.getBestOutcome(posModel.eval(posContext.getContext(i, words, tags, null)));
            if (tags[i].equals("PRON") && !PRONOUNS.contains(words[i].toLowerCase(java.util.Locale.ROOT))) {
                // the greedy tagger calls some unknown words pronouns ("Weerasinghe/PRON", "harbour/PRON")
                tags[i] = Character.isUpperCase(words[i].charAt(0)) ? "PROPN" : "NOUN";
            } else if (tags[i].equals("ADP") && Character.isLetter(words[i].charAt(0))
                    && !PREPOSITIONS.contains(words[i].toLowerCase(java.util.Locale.ROOT))) {
                // "says interim/ADP CEO": another closed class the greedy tagger gives unknown words
                tags[i] = Character.isUpperCase(words[i].charAt(0)) ? "PROPN" : "ADJ";
            } else if (tags[i].equals("PUNCT") && words[i].indexOf('-') > 0 && Character.isLetterOrDigit(words[i].charAt(0))) {
                tags[i] = "ADJ"; // "current-quarter/PUNCT": a hyphenated word is no punctuation
            }
        }
        for (int i = 0; i < words.length; i++) {
            tags[i] = singleTag(tags[i], words[i]);
        }
        for (int i = 1; i < words.length; i++) {
            if (words[i].equals("'s") && CONTRACTED_SUBJECTS.contains(words[i - 1].toLowerCase(java.util.Locale.ROOT))) {
                tags[i] = "AUX"; // "there’s a pattern", "it's over": a contracted "is" or "has", not a possessive
            }
        }
        for (int i = 2; i + 1 < words.length; i++) {
            if (tags[i].equals("VERB") && words[i - 1].equals("'s") && (tags[i - 2].equals("NOUN") || tags[i - 2].equals("PROPN"))
                    && tags[i + 1].equals("NOUN")) {
                tags[i] = "NOUN"; // "the study's lead/VERB author": a possessed noun's modifier
            }
        }
        if (!titleCase(words)) {
            for (int i = 1; i < words.length; i++) {
                if (tags[i].equals("VERB") && Character.isUpperCase(words[i].charAt(0)) && Character.isUpperCase(words[i - 1].charAt(0))
                        && (tags[i - 1].equals("PROPN") || tags[i - 1].equals("NOUN")) && !opensSentence(words, i - 1)) {
                    tags[i] = "PROPN"; // "the Istanbul Economy Summit/VERB": a capitalised word inside a name
                }
            }
        }
        for (int i = 1; i + 1 < words.length; i++) {
            if (tags[i].equals("VERB") && tags[i + 1].equals("PROPN") && words[i].endsWith("ing")
                    && Character.isUpperCase(words[i].charAt(0)) && !opensSentence(words, i)) {
                tags[i] = "PROPN"; // "…," Erling/VERB Carlson said: a capitalised -ing word inside a sentence is a name
            }
        }
        return tags;
    }

    /**
     * One universal tag for a token the model tags as a contraction of two words: a clitic takes its
     * own word's tag ("n't/AUX+PART" is PART, "'ve/PRON+AUX" is AUX), and "cannot/AUX+PART" is the
     * auxiliary that it begins with. Every rule asks for one tag; "AUX+PART" matched none.
     */
    private static String singleTag(String tag, String word) {
        int plus = tag.indexOf('+');
        if (plus < 0 || tag.length() == 1) {
            return tag;
        }
        boolean clitic = word.startsWith("'") || word.equalsIgnoreCase("n't");
        return clitic ? tag.substring(tag.lastIndexOf('+') + 1) : tag.substring(0, plus);
    }

    /**
     * The words with curly apostrophes made straight, as the tagger learnt them: "there’s" is "there 's",
     * a verb, not two punctuation marks. Only the tagger sees the copy; the tokens keep the text's marks.
     */
    private static String[] straightApostrophes(String[] words) {
        String[] seen = words;
        for (int i = 0; i < words.length; i++) {
            if (words[i].indexOf('\u2019') >= 0) {
                if (seen == words) {
                    seen = words.clone();
                }
                seen[i] = words[i].replace('\u2019', '\'');
            }
        }
        return seen;
    }

    /** A headline in title case ("Minister Slams New Fees"), where capitals mark no names. */
    private static boolean titleCase(String[] words) {
        int letters = 0;
        int capitalised = 0;
        for (String word : words) {
            if (Character.isLetter(word.charAt(0))) {
                letters++;
                capitalised += Character.isUpperCase(word.charAt(0)) ? 1 : 0;
            }
        }
        return capitalised * 2 > letters;
    }

    /** Whether only opening marks stand before word {@code i}: "“Speaking as a mother, …" is a participle. */
    private static boolean opensSentence(String[] words, int i) {
        for (int k = 0; k < i; k++) {
            if (Character.isLetterOrDigit(words[k].charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The closed class of prepositions, with the subordinators and particles the tagger also calls ADP
     * and the particles of names ("van", "de"): any other word tagged ADP is a tagging error.
     */
    private static final Set<String> PREPOSITIONS = Set.of("aboard", "about", "above", "according", "across", "after",
            "against", "ago", "ahead", "along", "alongside", "amid", "amidst", "among", "amongst", "apart", "around", "as",
            "aside", "at", "atop", "away", "back", "barring", "because", "before", "behind", "below", "beneath", "beside",
            "besides", "between", "beyond", "but", "by", "concerning", "considering", "despite", "down", "due", "during",
            "except", "excluding", "following", "for", "from", "in", "including", "inside", "instead", "into", "less",
            "like", "minus", "near", "next", "notwithstanding", "of", "off", "on", "onto", "opposite", "out", "outside",
            "over", "past", "pending", "per", "plus", "prior", "pursuant", "regarding", "round", "save", "since", "than",
            "that", "then", "through", "throughout", "till", "to", "together", "toward", "towards", "under", "underneath",
            "unlike", "until", "unto", "up", "upon", "versus", "via", "vs", "v", "whether", "while", "with", "within",
            "without", "worth", "if", "so", "once", "unless", "whereas", "though", "although", "re",
            "en", "de", "la", "du", "von", "van", "der", "del", "di", "da", "e", "y");

    /** Words whose "'s" is a contracted verb: no one owns anything in "there's" or "it's". */
    private static final Set<String> CONTRACTED_SUBJECTS = Set.of("there", "here", "it", "that", "what", "who", "where", "he",
            "she", "how", "this", "everything", "nothing", "something");
    /** The closed class: any other word tagged PRON is a tagging error. */
    private static final Set<String> PRONOUNS = Set.of("i", "me", "my", "mine", "myself", "you", "your", "yours",
            "yourself", "yourselves", "he", "him", "his", "himself", "she", "her", "hers", "herself", "it", "its",
            "itself", "we", "us", "our", "ours", "ourselves", "they", "them", "their", "theirs", "themselves", "this",
            "that", "these", "those", "who", "whom", "whose", "which", "what", "whoever", "whatever", "whichever",
            "one", "ones", "oneself", "anyone", "anybody", "anything", "everyone", "everybody", "everything", "someone",
            "somebody", "something", "no-one", "nobody", "nothing", "none", "all", "each", "both", "some", "any",
            "other", "others", "another", "either", "neither", "many", "much", "few", "several", "such", "there",
            "'s", "'em", "y'all", "u", "ya", "thee", "thou", "whomever", "most", "more", "less", "least", "half",
            "em", "wherever", "whenever", "here");

    /**
     * Sentences of a paragraph. A "sentence" that starts in lower case continues the previous one
     * (the model splits after abbreviations such as "State Dept."), and overlong ones are cut at
     * spaces so that tagging stays linear on text that has no sentence ends (lists, garbage).
     */
    List<Span> sentences(String paragraph) {
        List<Span> detected = new ArrayList<>();
        int pieceStart = 0;
        for (int end : runTogetherEnds(paragraph)) {
            detect(paragraph, pieceStart, end, detected);
            pieceStart = end;
        }
        detect(paragraph, pieceStart, paragraph.length(), detected);
        List<Span> merged = new ArrayList<>();
        for (Span span : detected) {
            char first = paragraph.charAt(span.getStart());
            if (!merged.isEmpty() && (continues(first, abbreviationBefore(paragraph, merged.getLast()))
                    || Character.isUpperCase(first) && (endsOnMiddleInitial(paragraph, merged.getLast())
                            || endsOnInitials(paragraph, merged.getLast())))) {
                Span previous = merged.remove(merged.size() - 1);
                merged.add(new Span(previous.getStart(), span.getEnd()));
            } else {
                merged.add(span);
            }
        }
        List<Span> result = new ArrayList<>();
        for (Span span : merged) {
            int start = span.getStart();
            while (span.getEnd() - start > MAX_SENTENCE_CHARS) {
                int cut = paragraph.lastIndexOf(' ', start + MAX_SENTENCE_CHARS);
                if (cut <= start) {
                    cut = start + MAX_SENTENCE_CHARS;
                }
                result.add(new Span(start, cut));
                start = cut;
                while (start < span.getEnd() && Character.isWhitespace(paragraph.charAt(start))) {
                    start++;
                }
            }
            if (start < span.getEnd()) {
                result.add(new Span(start, span.getEnd()));
            }
        }
        return result;
    }

    private void detect(String paragraph, int from, int to, List<Span> into) {
        for (Span span : sentences.sentPosDetect(paragraph.substring(from, to))) {
            into.add(new Span(from + span.getStart(), from + span.getEnd()));
        }
    }

    /**
     * Scraped text loses the space after a full stop ("… in the Dáil.Micheál Martin said …"): a dot
     * after two lower-case letters and before a capital and a lower-case letter ends a sentence.
     * The offsets just past each such dot.
     */
    private static List<Integer> runTogetherEnds(String paragraph) {
        List<Integer> ends = new ArrayList<>();
        for (int p = 2; p + 2 < paragraph.length(); p++) {
            if (paragraph.charAt(p) == '.' && Character.isLowerCase(paragraph.charAt(p - 1))
                    && Character.isLowerCase(paragraph.charAt(p - 2)) && Character.isUpperCase(paragraph.charAt(p + 1))
                    && Character.isLowerCase(paragraph.charAt(p + 2))) {
                ends.add(p + 1);
            }
        }
        return ends;
    }

    /** Titles that stand before a name: a sentence never ends on them ("Dr. Hannah Becker"). */
    private static final Set<String> TITLES = Set.of("dr", "mr", "mrs", "ms", "prof", "gen", "sen", "rep", "gov", "lt",
            "col", "capt", "sgt", "cpl", "rev", "fr", "st", "hon", "maj", "adm", "cmdr", "insp", "supt", "det", "const",
            "pres", "sr", "jr", "messrs", "mme", "mlle", "coun", "cllr", "brig", "sens", "reps");

    /** Abbreviations before a number: "Feb. 8", "Sept. 1", "No. 10". */
    private static final Set<String> BEFORE_NUMBERS = Set.of("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec", "no", "nos");

    /** "Ambassador Lewis G." ends on a name's initial, not a sentence: a capital and a dot after a capitalised word. */
    private static boolean endsOnMiddleInitial(String paragraph, Span sentence) {
        int end = sentence.getEnd();
        if (end < 5 || paragraph.charAt(end - 1) != '.' || !Character.isUpperCase(paragraph.charAt(end - 2))
                || paragraph.charAt(end - 3) != ' ') {
            return false;
        }
        int word = end - 4;
        while (word > sentence.getStart() && Character.isLetter(paragraph.charAt(word - 1))) {
            word--;
        }
        return word < end - 3 && Character.isUpperCase(paragraph.charAt(word)) && Character.isLowerCase(paragraph.charAt(end - 4));
    }

    /** Two letters written as places' and bodies' initials ("the U.S.") end sentences as other words do. */
    private static final Set<String> INITIALED_NAMES = Set.of("US", "UK", "UN", "EU", "DC", "AD", "BC", "AM", "PM");

    /** "Defence lawyer A.I. Kamara": a person's two initials, not a sentence end. */
    private static boolean endsOnInitials(String paragraph, Span sentence) {
        int end = sentence.getEnd();
        if (end - sentence.getStart() < 6 || paragraph.charAt(end - 1) != '.' || paragraph.charAt(end - 3) != '.'
                || paragraph.charAt(end - 5) != ' ') {
            return false;
        }
        char a = paragraph.charAt(end - 4);
        char b = paragraph.charAt(end - 2);
        return Character.isUpperCase(a) && Character.isUpperCase(b) && !INITIALED_NAMES.contains("" + a + b);
    }

    /** Whether a sentence that starts with {@code first} goes on from one that ends on {@code abbreviation}. */
    private static boolean continues(char first, String abbreviation) {
        return Character.isLowerCase(first) || TITLES.contains(abbreviation)
                || Character.isDigit(first) && BEFORE_NUMBERS.contains(abbreviation)
                || first == '(' && COMPANY_SUFFIXES.contains(abbreviation); // "Montserrat Utilities Ltd. (MUL) has …"
    }

    /** A company's legal form, after which a bracketed short name goes on with the sentence. */
    private static final Set<String> COMPANY_SUFFIXES = Set.of("ltd", "inc", "corp", "co", "plc", "llc", "bhd", "pty", "pvt");

    /** The word, in lower case, before the dot that ends {@code sentence}; "" when it does not end on a dot. */
    private static String abbreviationBefore(String paragraph, Span sentence) {
        int end = sentence.getEnd();
        if (end < 2 || paragraph.charAt(end - 1) != '.') {
            return "";
        }
        int start = end - 1;
        while (start > sentence.getStart() && Character.isLetter(paragraph.charAt(start - 1))) {
            start--;
        }
        return paragraph.substring(start, end - 1).toLowerCase(java.util.Locale.ROOT);
    }

    /** The English model keeps possessives on the noun ("West's", "States'"); the gold and the rules split them. */
    static Span[] splitPossessives(String text, Span[] tokens) {
        List<Span> result = new ArrayList<>(tokens.length + 8);
        for (Span token : tokens) {
            int s = token.getStart();
            int e = token.getEnd();
            int length = e - s;
            if (length > 2 && (text.charAt(e - 1) == 's' || text.charAt(e - 1) == 'S') && isApostrophe(text.charAt(e - 2))
                    && Character.isLetterOrDigit(text.charAt(e - 3))) {
                result.add(new Span(s, e - 2));
                result.add(new Span(e - 2, e));
            } else if (length > 2 && isApostrophe(text.charAt(e - 1)) && (text.charAt(e - 2) == 's')) {
                result.add(new Span(s, e - 1));
                result.add(new Span(e - 1, e));
            } else {
                result.add(token);
            }
        }
        return result.toArray(new Span[0]);
    }

    /** "Lavrov." at a sentence's end is a name and a full stop; "U.S." keeps its dots. */
    static Span[] splitFinalPeriod(String text, Span[] tokens) {
        if (tokens.length == 0) {
            return tokens;
        }
        Span last = tokens[tokens.length - 1];
        String word = text.substring(last.getStart(), last.getEnd());
        if (word.length() < 3 || !word.endsWith(".") || word.indexOf('.') != word.length() - 1
                || !Character.isLetter(word.charAt(word.length() - 2))) {
            return tokens;
        }
        Span[] result = java.util.Arrays.copyOf(tokens, tokens.length + 1);
        result[tokens.length - 1] = new Span(last.getStart(), last.getEnd() - 1);
        result[tokens.length] = new Span(last.getEnd() - 1, last.getEnd());
        return result;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    /** News text puts one paragraph per line; a sentence never crosses a line break. */
    static Span[] paragraphs(String text) {
        java.util.List<Span> result = new java.util.ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            if (end > start && !text.substring(start, end).isBlank()) {
                result.add(new Span(start, end));
            }
            start = end + 1;
        }
        return result.toArray(new Span[0]);
    }
}
