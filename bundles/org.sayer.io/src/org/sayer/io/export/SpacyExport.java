package org.sayer.io.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.stream.JsonWriter;

import org.msgpack.core.MessageBufferPacker;
import org.msgpack.core.MessagePack;
import org.msgpack.core.MessagePacker;

import org.sayer.model.Annotation;
import org.sayer.model.Claim;
import org.sayer.model.Cue;
import org.sayer.model.SpeakerMention;

/**
 * spaCy: {@code train.spacy}, {@code dev.spacy} and {@code test.spacy}, DocBin files that
 * {@code spacy train --paths.train OUT/train.spacy --paths.dev OUT/dev.spacy} reads directly (see
 * {@link DocBinFile}; split by document as the Hugging Face export splits, an empty split is not
 * written), and the same documents as Doc JSON, one per line of {@code docs.jsonl}, in the shape
 * {@code Doc.to_json()} writes and {@code Doc.from_json()} reads (spaCy 3.4+). Both hold:
 *
 * <ul>
 * <li>{@code text}; {@code tokens}: {@code {"id", "start", "end"}} in code points. spaCy rebuilds the
 * text from the tokens and one optional trailing space each, so every other whitespace (paragraph
 * breaks, double spaces) is a token of its own: the tokens cover the whole text.</li>
 * <li>{@code spans}: span groups of character spans {@code {"start", "end", "label", "kb_id"}} (kb_id
 * is required by {@code from_json}: the speaker id for SPEAKER spans, else ""): group {@code "sayer"}
 * with labels SPEAKER, CUE, CONTENT_DIRECT, CONTENT_INDIRECT, CONTENT_MIXED; rejected ones, when
 * included, go to group {@code "sayer_negative"}. Spans are trimmed of surrounding whitespace and
 * tokens break at every span edge, so {@code doc.char_span} always aligns.</li>
 * <li>{@code _}: custom attributes, which a reader registers first with
 * {@code Doc.set_extension("doc_id", default=None)} and {@code Doc.set_extension("relations", default=None)}:
 * {@code doc_id}, and {@code relations}: {@code {"label": SOURCE|CUE|PARENT, "head": [start, end],
 * "child": [start, end]}} from a claim's content span to its speaker, cue or parent claim span. In a
 * DocBin they are the Doc's user data, under the keys spaCy gives extension attributes
 * ({@code ("._.", "relations", None, None)}), so {@code doc._.relations} reads them once registered.</li>
 * </ul>
 */
final class SpacyExport extends SingleFile {

    static final String FILE = "docs.jsonl";
    static final String GROUP = "sayer";
    static final String NEGATIVE_GROUP = "sayer_negative";
    /** The DocBin file of each split, in the order of {@link Splits}. */
    static final String[] DOCBINS = { "train.spacy", "dev.spacy", "test.spacy" };

    @Override
    protected String fileName() {
        return FILE;
    }

    private Splits splits;
    private final DocBinFile[] docBins = new DocBinFile[DOCBINS.length];
    /** Reused for every document: a new packer allocates its buffer anew. */
    private final MessageBufferPacker userDataPacker = MessagePack.newDefaultBufferPacker();

    @Override
    protected void begin() throws IOException {
        context.manifest().note("extensions", "register Doc extensions doc_id and relations before Doc.from_json or DocBin.get_docs");
        context.manifest().note("docbin", "train.spacy, dev.spacy, test.spacy (an empty one is left out): DocBin files for spacy train,"
                + " span groups " + GROUP + (context.options().includeRejected() ? " and " + NEGATIVE_GROUP : "")
                + ", relations in the Doc's user data; docs.jsonl holds the same documents as Doc JSON");
        context.manifest().note("splits", Splits.describe(context.options()));
        if (context.options().includeRejected()) {
            context.manifest().note("rejected", "written to the span group " + NEGATIVE_GROUP);
        }
        splits = new Splits(context.documentIds(), context.options());
        for (int i = 0; i < DOCBINS.length; i++) {
            docBins[i] = new DocBinFile(context.folder().resolve(DOCBINS[i]));
        }
    }

    @Override
    public void write(DocumentView view) throws IOException {
        String text = view.text();
        Map<Annotation, int[]> spans = new IdentityHashMap<>();
        BitSet boundaries = new BitSet(text.length() + 1);
        for (Annotation annotation : view.annotations()) {
            int[] span = Tokens.trim(text, annotation.getBegin(), annotation.getEnd());
            if (span == null) {
                context.manifest().add("spacy.skippedBlankSpans", 1);
                continue;
            }
            spans.put(annotation, span);
            context.manifest().wrote(annotation);
            boundaries.set(span[0]);
            boundaries.set(span[1]);
        }
        DocBinFile.Words tokens = spacyTokens(text, Tokens.of(text, boundaries));
        // The line is mostly the tokens' JSON (see tokensJson) and the text.
        out.write(Json.line(2 * text.length() + TYPICAL_TOKEN_JSON_LENGTH * tokens.count() + 1024, json -> {
            json.beginObject();
            json.name("text").value(text);
            json.name("ents").beginArray().endArray();
            json.name("tokens").jsonValue(tokensJson(view, tokens));
            json.name("spans").beginObject();
            json.name(GROUP).beginArray();
            writeSpans(json, view, spans, false);
            json.endArray();
            if (context.options().includeRejected()) {
                json.name(NEGATIVE_GROUP).beginArray();
                writeSpans(json, view, spans, true);
                json.endArray();
            }
            json.endObject();
            json.name("_").beginObject();
            json.name("doc_id").value(view.document().getId());
            json.name("relations").beginArray();
            for (Relation relation : relations(view, spans)) {
                json.beginObject();
                json.name("label").value(relation.label());
                json.name("head").beginArray().value(view.codePoint(relation.head()[0])).value(view.codePoint(relation.head()[1])).endArray();
                json.name("child").beginArray().value(view.codePoint(relation.child()[0])).value(view.codePoint(relation.child()[1])).endArray();
                json.endObject();
            }
            json.endArray();
            json.endObject();
            json.endObject();
        }));
        out.write('\n');
        addToDocBin(view, spans, tokens);
    }

    /**
     * The tokens as a compact JSON array, {@code [{"id":0,"start":0,"end":5},...]}, the characters gson
     * writes, built directly: they are numbers only, with nothing to escape, and going through gson
     * value by value, and then through StringBuilder's appends, was most of the time this export took
     * (IoBench profile).
     */
    private String tokensJson(DocumentView view, DocBinFile.Words tokens) {
        // Room for one token: ,{"id":9999999,"start":9999999999,"end":9999999999} is at most 56 characters.
        int room = 56 * tokens.count() + 2;
        if (tokenChars.length < room) {
            tokenChars = new char[room];
        }
        char[] out = tokenChars;
        int at = 0;
        out[at++] = '[';
        for (int i = 0; i < tokens.count(); i++) {
            at = ascii(out, at, i == 0 ? "{\"id\":" : ",{\"id\":");
            at = digits(out, at, i);
            at = ascii(out, at, ",\"start\":");
            at = digits(out, at, view.codePoint(tokens.begins()[i]));
            at = ascii(out, at, ",\"end\":");
            at = digits(out, at, view.codePoint(tokens.ends()[i]));
            out[at++] = '}';
        }
        out[at++] = ']';
        return new String(out, 0, at);
    }

    /** About the room one token takes in {@link #tokensJson}: {@code ,{"id":999,"start":99999,"end":99999}}. */
    private static final int TYPICAL_TOKEN_JSON_LENGTH = 40;

    /** Reused for every document's {@link #tokensJson}. */
    private char[] tokenChars = new char[0];

    private static int ascii(char[] out, int at, String text) {
        text.getChars(0, text.length(), out, at);
        return at + text.length();
    }

    /** The decimal digits of {@code value} (≥ 0). */
    private static int digits(char[] out, int at, int value) {
        int length = 1;
        for (int rest = value; rest >= 10; rest /= 10) {
            length++;
        }
        int end = at + length;
        int position = end;
        do {
            out[--position] = (char) ('0' + value % 10);
            value /= 10;
        } while (value > 0);
        return end;
    }

    @Override
    public void close() throws IOException {
        super.close();
        for (int i = 0; i < DOCBINS.length; i++) {
            if (docBins[i].documents() > 0) {
                docBins[i].close();
            } else {
                docBins[i].discard();
            }
            context.manifest().add("spacy." + DOCBINS[i].replace(".spacy", ""), docBins[i].documents());
        }
    }

    /** A link from a claim's content span to its source, cue or parent span (UTF-16 offsets). */
    private record Relation(String label, int[] head, int[] child) {
    }

    private static List<Relation> relations(DocumentView view, Map<Annotation, int[]> spans) {
        List<Relation> relations = new ArrayList<>();
        for (Claim claim : view.claims()) {
            int[] head = spans.get(claim);
            if (head == null) {
                continue;
            }
            for (Object[] link : new Object[][] { { "SOURCE", view.source(claim) }, { "CUE", view.cue(claim) }, { "PARENT", view.parent(claim) } }) {
                int[] child = spans.get(link[1]);
                if (child != null) {
                    relations.add(new Relation((String) link[0], head, child));
                }
            }
        }
        return relations;
    }

    private void addToDocBin(DocumentView view, Map<Annotation, int[]> spans, DocBinFile.Words tokens) throws IOException {
        List<DocBinFile.Group> groups = new ArrayList<>(2);
        groups.add(new DocBinFile.Group(GROUP, docBinSpans(view, spans, tokens, false)));
        if (context.options().includeRejected()) {
            groups.add(new DocBinFile.Group(NEGATIVE_GROUP, docBinSpans(view, spans, tokens, true)));
        }
        docBins[splits.of(view.document().getId())].add(tokens, groups, userData(view, spans));
    }

    private static List<DocBinFile.Span> docBinSpans(DocumentView view, Map<Annotation, int[]> spans, DocBinFile.Words tokens,
            boolean negatives) {
        List<DocBinFile.Span> group = new ArrayList<>();
        for (Annotation annotation : view.annotations()) {
            int[] span = spans.get(annotation);
            if (span == null || DocumentView.isNegative(annotation) != negatives) {
                continue;
            }
            // Tokens break at every span edge, so both edges are token edges.
            int start = Arrays.binarySearch(tokens.begins(), 0, tokens.count(), span[0]);
            int end = Arrays.binarySearch(tokens.ends(), 0, tokens.count(), span[1]) + 1;
            group.add(new DocBinFile.Span(start, end, view.codePoint(span[0]), view.codePoint(span[1]), label(annotation), kbId(annotation)));
        }
        return group;
    }

    /** The Doc's user data as spaCy keeps extension attributes: {("._.", name, None, None): value}. */
    private byte[] userData(DocumentView view, Map<Annotation, int[]> spans) throws IOException {
        MessageBufferPacker packer = userDataPacker;
        packer.clear();
        packer.packMapHeader(2);
        extensionKey(packer, "doc_id");
        packer.packString(view.document().getId());
        extensionKey(packer, "relations");
        List<Relation> relations = relations(view, spans);
        packer.packArrayHeader(relations.size());
        for (Relation relation : relations) {
            packer.packMapHeader(3);
            packer.packString("label").packString(relation.label());
            packer.packString("head").packArrayHeader(2).packInt(view.codePoint(relation.head()[0])).packInt(view.codePoint(relation.head()[1]));
            packer.packString("child").packArrayHeader(2).packInt(view.codePoint(relation.child()[0]))
                    .packInt(view.codePoint(relation.child()[1]));
        }
        return packer.toByteArray();
    }

    private static void extensionKey(MessagePacker packer, String name) throws IOException {
        packer.packArrayHeader(4).packString("._.").packString(name).packNil().packNil();
    }

    private static String kbId(Annotation annotation) {
        return annotation instanceof SpeakerMention mention && mention.getSpeaker() != null && mention.getSpeaker().getId() != null
                ? mention.getSpeaker().getId() : "";
    }

    /**
     * spaCy's tokens: the word tokens, plus one token for each stretch of whitespace that is not a
     * single space after a token, so that the tokens and their trailing spaces rebuild the whole text.
     */
    private static DocBinFile.Words spacyTokens(String text, List<Tokens.Token> words) {
        int capacity = 2 * words.size() + 1;
        int[] begins = new int[capacity];
        int[] ends = new int[capacity];
        boolean[] spaceAfter = new boolean[capacity];
        int count = 0;
        int position = 0;
        for (int i = 0; i <= words.size(); i++) {
            int next = i < words.size() ? words.get(i).begin() : text.length();
            int gapStart = position;
            if (count > 0 && gapStart < next && text.charAt(gapStart) == ' ') {
                spaceAfter[count - 1] = true;
                gapStart++;
            }
            if (gapStart < next) {
                begins[count] = gapStart;
                ends[count++] = next;
            }
            if (i < words.size()) {
                begins[count] = words.get(i).begin();
                ends[count++] = words.get(i).end();
                position = words.get(i).end();
            }
        }
        return new DocBinFile.Words(text, count, begins, ends, spaceAfter);
    }

    private static void writeSpans(JsonWriter json, DocumentView view, Map<Annotation, int[]> spans, boolean negatives) throws IOException {
        for (Annotation annotation : view.annotations()) {
            int[] span = spans.get(annotation);
            if (span == null || DocumentView.isNegative(annotation) != negatives) {
                continue;
            }
            json.beginObject();
            json.name("start").value(view.codePoint(span[0]));
            json.name("end").value(view.codePoint(span[1]));
            json.name("label").value(label(annotation));
            json.name("kb_id").value(kbId(annotation));
            json.endObject();
        }
    }

    static String label(Annotation annotation) {
        if (annotation instanceof SpeakerMention) {
            return "SPEAKER";
        }
        if (annotation instanceof Cue) {
            return "CUE";
        }
        Claim claim = (Claim) annotation;
        return claim.getType() == null ? "CONTENT" : "CONTENT_" + claim.getType().getName();
    }
}
