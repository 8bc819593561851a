package org.sayer.io.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import org.sayer.model.Annotation;
import org.sayer.model.Claim;
import org.sayer.model.Document;
import org.sayer.model.ReviewState;
import org.sayer.model.Speaker;
import org.sayer.model.SpeakerMention;

/**
 * What the index holds of a document, and the names a query uses. Each document becomes one
 * {@value #ARTICLE} unit (its whole text, title and the speakers it mentions) and one {@value #CLAIM}
 * unit per claim (the claim's text, its speaker, cue, type and review state), all under the
 * document's id, so that an update replaces them together.
 */
public final class SearchFields {

    /** Fields a query may name; {@code text}, {@code speaker} and {@code title} are searched when it names none. */
    public static final String TEXT = "text";
    public static final String SPEAKER = "speaker";
    public static final String TITLE = "title";
    public static final String CUE = "cue";
    public static final String TYPE = "type";
    public static final String REVIEW = "review";
    public static final String KIND = "kind";
    static final List<String> QUERYABLE = List.of(TEXT, SPEAKER, TITLE, CUE, TYPE, REVIEW, KIND);
    static final String[] DEFAULT_FIELDS = {TEXT, SPEAKER, TITLE};

    /** The two kinds of unit. */
    public static final String ARTICLE = "article";
    public static final String CLAIM = "claim";

    /** The document's id on every unit (exact, for deleting and replacing a document's units). */
    static final String DOC = "doc";
    /** Stored only, for showing hits. */
    static final String BEGIN = "begin";
    static final String END = "end";
    static final String SPEAKER_NAME = "speakerName";
    static final String CUE_TEXT = "cueText";
    static final String TITLE_SHOWN = "titleShown";
    /** Doc values of the article unit only: which document, and the stamp of the bytes it was indexed from. */
    static final String INDEXED_ID = "indexedId";
    static final String INDEXED_STAMP = "indexedStamp";

    private SearchFields() {
    }

    /**
     * The units of {@code document}, the article unit first; {@code stamp} says which saved version they show.
     * Kind, type and review are one lower-case word each: indexed whole ({@link StringField}), which
     * a query's analysed word matches, without the tokenizer, positions and norms of a text field.
     */
    static List<org.apache.lucene.document.Document> units(Document document, String stamp) {
        String id = document.getId();
        String text = document.getText() == null ? "" : document.getText();
        String title = document.getTitle() != null && !document.getTitle().isBlank() ? document.getTitle() : id;
        List<org.apache.lucene.document.Document> units = new ArrayList<>();

        org.apache.lucene.document.Document article = unit(id, ARTICLE, text, title);
        article.add(new StoredField(BEGIN, 0));
        article.add(new StoredField(END, 0));
        article.add(new TextField(TITLE, title, Field.Store.NO));
        Set<String> speakers = new LinkedHashSet<>();
        for (Annotation annotation : document.getAnnotations()) {
            if (annotation instanceof SpeakerMention mention && mention.getReview() != ReviewState.REJECTED) {
                speakers.add(speakerWords(mention, text));
            }
        }
        article.add(new TextField(SPEAKER, String.join("\n", speakers), Field.Store.NO));
        article.add(new SortedDocValuesField(INDEXED_ID, new BytesRef(id)));
        article.add(new BinaryDocValuesField(INDEXED_STAMP, new BytesRef(stamp)));
        units.add(article);

        for (Annotation annotation : document.getAnnotations()) {
            if (annotation instanceof Claim claim) {
                units.add(claimUnit(id, title, text, claim));
            }
        }
        return units;
    }

    private static org.apache.lucene.document.Document claimUnit(String id, String title, String text, Claim claim) {
        org.apache.lucene.document.Document unit = unit(id, CLAIM, slice(text, claim), title);
        unit.add(new StoredField(BEGIN, claim.getBegin()));
        unit.add(new StoredField(END, claim.getEnd()));
        if (claim.getType() != null) {
            unit.add(new StringField(TYPE, lower(claim.getType().getLiteral()), Field.Store.YES));
        }
        ReviewState review = claim.getReview() == null ? ReviewState.ACCEPTED : claim.getReview();
        unit.add(new StringField(REVIEW, lower(review.getLiteral()), Field.Store.YES));
        SpeakerMention source = claim.getSource();
        if (source != null && !source.eIsProxy()) {
            unit.add(new TextField(SPEAKER, speakerWords(source, text), Field.Store.NO));
            Speaker speaker = source.getSpeaker();
            String shown = speaker != null && speaker.getName() != null ? speaker.getName() : slice(text, source);
            unit.add(new StoredField(SPEAKER_NAME, shown));
        }
        if (claim.getCue() != null && !claim.getCue().eIsProxy()) {
            String cue = slice(text, claim.getCue());
            unit.add(new TextField(CUE, cue, Field.Store.NO));
            unit.add(new StoredField(CUE_TEXT, cue));
        }
        return unit;
    }

    private static org.apache.lucene.document.Document unit(String id, String kind, String text, String title) {
        org.apache.lucene.document.Document unit = new org.apache.lucene.document.Document();
        unit.add(new StringField(DOC, id, Field.Store.YES));
        unit.add(new StringField(KIND, kind, Field.Store.YES));
        unit.add(new TextField(TEXT, text, Field.Store.YES));
        unit.add(new StoredField(TITLE_SHOWN, title));
        return unit;
    }

    /** The words a mention is found by: as written ("the Russian Minister"), and its speaker's name and aliases. */
    private static String speakerWords(SpeakerMention mention, String text) {
        StringBuilder words = new StringBuilder(slice(text, mention));
        Speaker speaker = mention.getSpeaker();
        if (speaker != null && !speaker.eIsProxy()) {
            if (speaker.getName() != null) {
                words.append('\n').append(speaker.getName());
            }
            for (String alias : speaker.getAliases()) {
                words.append('\n').append(alias);
            }
        }
        return words.toString();
    }

    private static String slice(String text, Annotation annotation) {
        int begin = Math.max(0, Math.min(annotation.getBegin(), text.length()));
        int end = Math.max(begin, Math.min(annotation.getEnd(), text.length()));
        return text.substring(begin, end);
    }

    private static String lower(String literal) {
        return literal.toLowerCase(Locale.ROOT);
    }
}
