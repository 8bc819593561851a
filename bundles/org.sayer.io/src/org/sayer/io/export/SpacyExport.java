package org.sayer.io.export;

import java.io.IOException;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.stream.JsonWriter;

import org.sayer.model.Annotation;
import org.sayer.model.Claim;
import org.sayer.model.Cue;
import org.sayer.model.SpeakerMention;

/**
 * spaCy Doc JSON, one document per line of {@code docs.jsonl}, in the shape {@code Doc.to_json()}
 * writes and {@code Doc.from_json()} reads (spaCy 3.4+):
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
 * "child": [start, end]}} from a claim's content span to its speaker, cue or parent claim span.</li>
 * </ul>
 */
final class SpacyExport extends SingleFile {

    static final String FILE = "docs.jsonl";
    static final String GROUP = "sayer";
    static final String NEGATIVE_GROUP = "sayer_negative";

    @Override
    protected String fileName() {
        return FILE;
    }

    @Override
    protected void begin() {
        context.manifest().note("extensions", "register Doc extensions doc_id and relations before Doc.from_json");
        if (context.options().includeRejected()) {
            context.manifest().note("rejected", "written to the span group " + NEGATIVE_GROUP);
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
        List<Tokens.Token> tokens = Tokens.of(text, boundaries);
        out.write(Json.line(json -> {
            json.beginObject();
            json.name("text").value(text);
            json.name("ents").beginArray().endArray();
            json.name("tokens").beginArray();
            writeTokens(json, view, tokens);
            json.endArray();
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
            for (Claim claim : view.claims()) {
                relation(json, view, "SOURCE", spans.get(claim), spans.get(view.source(claim)));
                relation(json, view, "CUE", spans.get(claim), spans.get(view.cue(claim)));
                relation(json, view, "PARENT", spans.get(claim), spans.get(view.parent(claim)));
            }
            json.endArray();
            json.endObject();
            json.endObject();
        }));
        out.write('\n');
    }

    /** Word tokens, plus one token for each stretch of whitespace that is not a single trailing space. */
    private static void writeTokens(JsonWriter json, DocumentView view, List<Tokens.Token> tokens) throws IOException {
        String text = view.text();
        int id = 0;
        int position = 0;
        for (int i = 0; i <= tokens.size(); i++) {
            int next = i < tokens.size() ? tokens.get(i).begin() : text.length();
            int gapStart = position;
            if (i > 0 && gapStart < next && text.charAt(gapStart) == ' ') {
                gapStart++;
            }
            if (gapStart < next) {
                token(json, view, id++, gapStart, next);
            }
            if (i < tokens.size()) {
                token(json, view, id++, tokens.get(i).begin(), tokens.get(i).end());
                position = tokens.get(i).end();
            }
        }
    }

    private static void token(JsonWriter json, DocumentView view, int id, int begin, int end) throws IOException {
        json.beginObject();
        json.name("id").value(id);
        json.name("start").value(view.codePoint(begin));
        json.name("end").value(view.codePoint(end));
        json.endObject();
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
            json.name("kb_id").value(annotation instanceof SpeakerMention mention && mention.getSpeaker() != null
                    ? mention.getSpeaker().getId() : "");
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

    private static void relation(JsonWriter json, DocumentView view, String label, int[] head, int[] child) throws IOException {
        if (head == null || child == null) {
            return;
        }
        json.beginObject();
        json.name("label").value(label);
        json.name("head").beginArray().value(view.codePoint(head[0])).value(view.codePoint(head[1])).endArray();
        json.name("child").beginArray().value(view.codePoint(child[0])).value(view.codePoint(child[1])).endArray();
        json.endObject();
    }
}
