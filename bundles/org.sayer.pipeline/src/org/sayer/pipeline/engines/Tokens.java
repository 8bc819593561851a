package org.sayer.pipeline.engines;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.text.AnnotationFS;
import org.sayer.pipeline.types.SayerTypes;

/**
 * The tokens and sentences of a CAS as plain arrays, so that rules can look around a position
 * cheaply. Built once per document by each engine that needs it.
 */
public final class Tokens {

    /** The Arabic article of a name written joined and in lower case: "al-Khatib", "el-Sisi". */
    private static final Set<String> ARABIC_ARTICLES = Set.of("al", "el", "ad", "ar", "as", "ash", "at", "az", "an");

    /** How far into a text the paragraph after its headline can start, in characters. */
    private static final int HEADLINE_REACH = 1000;

    public final String text;
    public final int size;
    public final int[] begin;
    public final int[] end;
    public final String[] word;
    /** Lower-cased word with curly apostrophes made straight. */
    public final String[] lower;
    public final String[] pos;
    public final String[] lemma;
    /** Index of the sentence each token is in. */
    public final int[] sentence;
    /** First token of each sentence, and one past its last. */
    public final int[] sentenceFirst;
    public final int[] sentenceLimit;

    private Tokens(String text, List<AnnotationFS> tokens, List<AnnotationFS> sentences, Feature posFeature,
            Feature lemmaFeature) {
        this.text = text;
        size = tokens.size();
        begin = new int[size];
        end = new int[size];
        word = new String[size];
        lower = new String[size];
        pos = new String[size];
        lemma = new String[size];
        sentence = new int[size];
        Words words = new Words();
        for (int i = 0; i < size; i++) {
            AnnotationFS token = tokens.get(i);
            begin[i] = token.getBegin();
            end[i] = token.getEnd();
            word[i] = words.share(token.getCoveredText());
            lower[i] = words.share(word[i].toLowerCase(Locale.ROOT).replace('\u2019', '\''));
            pos[i] = nonNull(token.getStringValue(posFeature));
            String l = token.getStringValue(lemmaFeature);
            lemma[i] = l == null || l.isEmpty() || l.equals("O") ? lower[i] : words.share(l.toLowerCase(Locale.ROOT));
        }
        sentenceFirst = new int[sentences.size()];
        sentenceLimit = new int[sentences.size()];
        int t = 0;
        for (int s = 0; s < sentences.size(); s++) {
            AnnotationFS sent = sentences.get(s);
            while (t < size && begin[t] < sent.getBegin()) {
                sentence[t] = Math.max(0, s - 1);
                t++;
            }
            sentenceFirst[s] = t;
            while (t < size && begin[t] < sent.getEnd()) {
                sentence[t] = s;
                t++;
            }
            sentenceLimit[s] = t;
        }
        while (t < size) {
            sentence[t] = Math.max(0, sentences.size() - 1);
            t++;
        }
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    /**
     * The engines after LinguisticEngine all read the same tokens; each thread keeps the last view it
     * built and reuses it while the CAS still holds the same text and tokens.
     */
    private static final ThreadLocal<Tokens> LAST = new ThreadLocal<>();
    private CAS source;
    private int indexSize;

    public static Tokens of(CAS cas) {
        Tokens last = LAST.get();
        Type tokenType = cas.getTypeSystem().getType(SayerTypes.TOKEN);
        int indexSize = cas.getAnnotationIndex(tokenType).size();
        if (last != null && last.source == cas && last.text == cas.getDocumentText() && last.indexSize == indexSize
                && indexSize > 0) {
            return last;
        }
        Tokens built = build(cas);
        built.source = cas;
        built.indexSize = indexSize;
        LAST.set(built);
        return built;
    }

    /** Corrects the tagger on token {@code i}, in this view and in the CAS the later engines read. */
    public void retag(int i, String tag) {
        pos[i] = tag;
        Type tokenType = source.getTypeSystem().getType(SayerTypes.TOKEN);
        AnnotationFS token = source.<AnnotationFS>getAnnotationIndex(tokenType).select().at(begin[i], end[i]).get();
        token.setStringValue(tokenType.getFeatureByBaseName(SayerTypes.TOKEN_POS), tag);
    }

    /** Lets go of the last view this thread built (a large document's arrays). */
    public static void forget() {
        LAST.remove();
    }

    private static Tokens build(CAS cas) {
        Type tokenType = cas.getTypeSystem().getType(SayerTypes.TOKEN);
        Type sentenceType = cas.getTypeSystem().getType(SayerTypes.SENTENCE);
        List<AnnotationFS> tokens = new ArrayList<>();
        cas.<AnnotationFS>getAnnotationIndex(tokenType).forEach(tokens::add);
        List<AnnotationFS> sentences = new ArrayList<>();
        cas.<AnnotationFS>getAnnotationIndex(sentenceType).forEach(sentences::add);
        String text = cas.getDocumentText() == null ? "" : cas.getDocumentText();
        return new Tokens(text, tokens, sentences, tokenType.getFeatureByBaseName(SayerTypes.TOKEN_POS),
                tokenType.getFeatureByBaseName(SayerTypes.TOKEN_LEMMA));
    }

    /** The first token that ends after {@code offset} (size when none). */
    public int tokenAtOrAfter(int offset) {
        int i = Arrays.binarySearch(end, offset + 1);
        if (i < 0) {
            i = -i - 1;
        }
        while (i > 0 && end[i - 1] > offset) {
            i--;
        }
        return i;
    }

    /** The last token that begins before {@code offset} (-1 when none). */
    public int tokenBefore(int offset) {
        int i = Arrays.binarySearch(begin, offset);
        if (i < 0) {
            i = -i - 1;
        }
        return i - 1;
    }

    public boolean is(int i, String... words) {
        if (i < 0 || i >= size) {
            return false;
        }
        for (String w : words) {
            if (lower[i].equals(w)) {
                return true;
            }
        }
        return false;
    }

    /** An -s form that is no -ss: a plural noun ("traders") or a verb's third person ("insists"). */
    public boolean sForm(int i) {
        return i >= 0 && i < size && lower[i].endsWith("s") && !lower[i].endsWith("ss");
    }

    public boolean isPos(int i, String... tags) {
        if (i < 0 || i >= size) {
            return false;
        }
        for (String tag : tags) {
            if (pos[i].equals(tag)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether token {@code i} starts with a capital, as a name does; an Arabic name written with its
     * article in lower case ("al-Khatib", "el-Sisi") counts too.
     */
    public boolean capitalised(int i) {
        if (i < 0 || i >= size || word[i].isEmpty()) {
            return false;
        }
        String w = word[i];
        int afterArticle = w.indexOf('-') + 1;
        boolean article = afterArticle >= 3 && afterArticle <= 4 && afterArticle < w.length()
                && ARABIC_ARTICLES.contains(w.substring(0, afterArticle - 1));
        return Character.isUpperCase(w.codePointAt(article ? afterArticle : 0));
    }

    /**
     * The token after a wire dateline that opens the sentence at {@code k}, or {@code k}:
     * "JOHANNESBURG (Reuters) -", "PARIS, May 3 (AFP) —", "Kasoa (C/R) Feb. 13 GNA -", "Santo Domingo, .-",
     * "KUALA LUMPUR:", and with no dash after its agency "Santiago, June 15 (IANS) Name …". A dateline
     * in title case must hold a bracket or a number, so "Ed Lee - the mayor" is none, unless it opens
     * the story's first paragraph with no second dash to close an apposition ("Nairobi - Trade Minister …").
     * Opening the story, an agency may come first ("(AFP) - Lima, May 3 - …"), a dated place may end at a
     * colon ("Lima, May 3: …", "Dallas [US], June 8 : …"), and a kicker at a bar ("FLOODS | Rain fell …").
     */
    public int afterDateline(int k) {
        boolean sentenceFirst = k == 0 || k < size && sentence[k - 1] != sentence[k];
        if (k >= size || !sentenceFirst) {
            return k;
        }
        int start = afterOpeningAgency(k);
        if (start >= size || !capitalised(start)) {
            return start;
        }
        boolean marked = upperCaseWord(word[start]);
        int colon = start + 1;
        while (marked && colon < size && colon - start < 3 && upperCaseWord(word[colon])) {
            colon++; // "KUALA LUMPUR:"
        }
        if (marked && is(colon, ":") && firstOfBody(k) && colon + 1 < size) {
            return colon + 1; // "KUCHING: Only the ministry can …" opens the story's first paragraph
        }
        int j = start + 1;
        int afterAgency = -1;
        int afterKicker = -1;
        boolean dated = false;
        while (j < size && j - start < 10 && !isDash(j) && !is(j, ".-") && !lineBreakBetween(j - 1, j)
                && (capitalised(j) || is(j, ",", "(", ")", "[", "]", "/", ".", "|") || isPos(j, "NUM")
                        || is(j, "of", "de", "del", "do", "da") && j + 1 < size && capitalised(j + 1))) { // "Port of Spain –"
            if (is(j, ")") && afterAgency < 0 && isPos(j - 3, "NUM") && is(j - 2, "(")) {
                afterAgency = j + 1; // "Santiago, June 15 (IANS) Jorge Sampaoli, …": no dash after the agency
            }
            if (is(j, "|") && firstOfBody(k)) {
                afterKicker = j + 1; // "CORONAVIRUS | Indonesia is …", "RUBANDA | RedPepper Digital – …"
            }
            dated |= isPos(j, "NUM");
            marked |= is(j, "(", "[", "|") || isPos(j, "NUM");
            j++;
        }
        if (dated && is(j, ":") && firstOfBody(k) && j + 1 < size) {
            return j + 1; // "Hubballi, May 22: Karnataka Health Minister …"
        }
        if (!(j + 1 < size && (isDash(j) || is(j, ".-")))) { // "Santo Domingo, .- Promoting …"
            int after = Math.max(afterAgency, afterKicker);
            return after > 0 && after < size ? after : start;
        }
        // "Nairobi - Trade Minister …" opening the story's first paragraph; "Ed Lee - the mayor - said" closes its dash
        return marked || firstOfBody(k) && !dashAfter(j + 1) ? j + 1 : start;
    }

    /** The token after an agency and its dash that open the story's first paragraph, "(AFP) - …", or {@code k}. */
    private int afterOpeningAgency(int k) {
        int close = is(k, "(") && firstOfBody(k) ? matchingBracket(k, 4) : -1;
        boolean agency = close > k + 1 && capitalised(k + 1) && close + 2 < size && (isDash(close + 1) || is(close + 1, ".-"));
        return agency ? close + 2 : k;
    }

    /**
     * The bracket that pairs with the one at {@code k} within {@code reach} tokens, or -1: "(" for a ")"
     * and ")" for a "(" ("Andres Sutt (Reform) says").
     */
    public int matchingBracket(int k, int reach) {
        int step = is(k, ")") ? -1 : is(k, "(") ? 1 : 0;
        for (int j = k + step; step != 0 && j >= 0 && j < size && Math.abs(j - k) <= reach; j += step) {
            if (is(j, step < 0 ? "(" : ")")) {
                return j;
            }
        }
        return -1;
    }

    /** Per token, whether one of the annotations starts there: the first words of the cues, for instance. */
    public boolean[] starts(Iterable<? extends AnnotationFS> annotations) {
        boolean[] starts = new boolean[size];
        for (AnnotationFS annotation : annotations) {
            int k = tokenAtOrAfter(annotation.getBegin());
            if (k < size) {
                starts[k] = true;
            }
        }
        return starts;
    }

    /** A possessive mark after a noun, straight or curly: "the mayor's", "the mayor’s", "the players'". */
    public boolean isPossessiveMark(int i) {
        return is(i, "'s", "\u2019s", "'", "\u2019");
    }

    /** A possessive determiner: "his", "their", … ("voiced their support", "rejected her account"). */
    public boolean isPossessiveDeterminer(int i) {
        return is(i, "his", "her", "its", "their", "our", "my", "your");
    }

    /** A quotation mark of any style as its own token: straight, curly, guillemet or doubled. */
    public boolean isQuoteMark(int i) {
        return is(i, "\"", "\u201C", "\u201D", "\u00AB", "\u00BB", "'", "\u2018", "\u2019", "''", "``");
    }

    public boolean isDash(int k) {
        return is(k, "-", "--", "\u2014", "\u2013");
    }

    /** Whether another dash follows {@code k} in its sentence. */
    private boolean dashAfter(int k) {
        for (int i = k; i < size && sentence[i] == sentence[k]; i++) {
            if (isDash(i)) {
                return true;
            }
        }
        return false;
    }

    /** Whether token {@code k} opens the paragraph after the headline, where wire datelines stand. */
    private boolean firstOfBody(int k) {
        if (begin[k] > HEADLINE_REACH) {
            return false; // past any headline
        }
        int breaks = 0;
        for (int c = 0; c < begin[k] && breaks < 2; c++) { // two breaks settle it: no scan of a long text
            if (text.charAt(c) == '\n' && (c == 0 || text.charAt(c - 1) != '\n')) {
                breaks++;
            }
        }
        return breaks == 1 && k > 0 && lineBreakBetween(k - 1, k);
    }

    private static boolean upperCaseWord(String word) {
        if (word.length() < 2) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!Character.isUpperCase(c) && c != '.' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static final java.util.regex.Pattern MONTH = java.util.regex.Pattern.compile(
            "jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?");

    /** A month's name or abbreviation, in lower case, with or without its period ("feb.", "march"). */
    public static boolean isMonth(String lower) {
        return MONTH.matcher(lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower).matches();
    }

    /** The last token of the line that holds token {@code k}. */
    public int lineLast(int k) {
        int last = k;
        while (last + 1 < size && !lineBreakBetween(last, last + 1)) {
            last++;
        }
        return last;
    }

    /** True when tokens i and i+1 are separated by a line break (a paragraph boundary). */
    public boolean lineBreakBetween(int i, int j) {
        for (int c = end[i]; c < begin[j]; c++) {
            if (text.charAt(c) == '\n') {
                return true;
            }
        }
        return false;
    }
}
