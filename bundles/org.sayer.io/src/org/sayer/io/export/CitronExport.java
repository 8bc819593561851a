package org.sayer.io.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.stream.JsonWriter;

import org.sayer.model.Claim;
import org.sayer.model.Cue;
import org.sayer.model.Speaker;
import org.sayer.model.SpeakerMention;

/**
 * Citron-style JSON, one {@code NAME.json} per document (with {@code documents.tsv} mapping names
 * to ids): {@code {"id", "text", "quotes": [...], "coreferences": [...]}}. Each quote has a
 * {@code cue} span, {@code sources} (the source mention), {@code contents} (the content, split at
 * line breaks as Citron keeps one span per paragraph), and {@code coreference}: the other mentions
 * of the source's speaker. Spans are {@code {"start", "end", "text"}} in code points.
 *
 * <p>A Citron quote always has a cue. A claim without one is skipped (the default) or, with
 * {@link ExportOptions.CuelessClaims#SOURCE_AS_CUE}, takes its source mention as the cue; a claim
 * with neither is skipped. The choice and the number skipped go into the manifest. Rejected claims,
 * when included, carry {@code "negative": true}.
 */
final class CitronExport extends PerDocumentFiles {

    @Override
    protected void begin() {
        context.manifest().note("cuelessClaims", context.options().cuelessClaims() == ExportOptions.CuelessClaims.SKIP
                ? "skipped: a Citron quote always has a cue"
                : "the source mention is used as the cue; claims with neither cue nor source are skipped");
        context.manifest().add("citron.skippedCuelessClaims", 0);
    }

    @Override
    public void write(DocumentView view) throws IOException {
        String name = names.nameFor(view.document().getId());
        try (Writer out = Files.newBufferedWriter(context.folder().resolve(name + ".json"), StandardCharsets.UTF_8);
                JsonWriter json = new JsonWriter(out)) {
            json.setHtmlSafe(false);
            json.setIndent(" ");
            json.beginObject();
            json.name("id").value(view.document().getId());
            json.name("text").value(view.text());
            json.name("quotes").beginArray();
            for (Claim claim : view.claims()) {
                quote(json, view, claim);
            }
            json.endArray();
            json.name("coreferences").beginArray();
            for (Speaker speaker : view.speakers()) {
                List<SpeakerMention> chain = mentionsOf(view, speaker);
                if (chain.isEmpty()) {
                    continue;
                }
                json.beginObject();
                json.name("speaker").value(speaker.getId());
                json.name("name").value(speaker.getName());
                json.name("mentions").beginArray();
                for (SpeakerMention mention : chain) {
                    Json.span(json, view, mention.getBegin(), mention.getEnd());
                }
                json.endArray();
                json.endObject();
            }
            json.endArray();
            json.endObject();
        }
    }

    private void quote(JsonWriter json, DocumentView view, Claim claim) throws IOException {
        Cue cue = view.cue(claim);
        SpeakerMention source = view.source(claim);
        int[] cueSpan;
        if (cue != null) {
            cueSpan = new int[] { cue.getBegin(), cue.getEnd() };
        } else if (source != null && context.options().cuelessClaims() == ExportOptions.CuelessClaims.SOURCE_AS_CUE) {
            cueSpan = new int[] { source.getBegin(), source.getEnd() };
            context.manifest().add("citron.sourceAsCue", 1);
        } else {
            context.manifest().add("citron.skippedCuelessClaims", 1);
            return;
        }
        json.beginObject();
        json.name("id").value(view.idOf(claim));
        json.name("type").value(claim.getType() == null ? null : claim.getType().getName());
        json.name("cue");
        Json.span(json, view, cueSpan[0], cueSpan[1]);
        json.name("sources").beginArray();
        if (source != null) {
            Json.span(json, view, source.getBegin(), source.getEnd());
        }
        json.endArray();
        json.name("contents").beginArray();
        for (int[] fragment : BratExport.fragments(view.text(), claim.getBegin(), claim.getEnd())) {
            Json.span(json, view, fragment[0], fragment[1]);
        }
        json.endArray();
        json.name("coreference").beginArray();
        if (source != null && source.getSpeaker() != null) {
            for (SpeakerMention other : mentionsOf(view, source.getSpeaker())) {
                if (other != source) {
                    Json.span(json, view, other.getBegin(), other.getEnd());
                }
            }
        }
        json.endArray();
        Claim parent = view.parent(claim);
        json.name("parent").value(parent == null ? null : view.idOf(parent));
        if (DocumentView.isNegative(claim)) {
            json.name("negative").value(true);
        }
        json.endObject();
    }

    private static List<SpeakerMention> mentionsOf(DocumentView view, Speaker speaker) {
        List<SpeakerMention> chain = new ArrayList<>();
        for (SpeakerMention mention : view.mentions()) {
            if (mention.getSpeaker() == speaker && !DocumentView.isNegative(mention)) {
                chain.add(mention);
            }
        }
        return chain;
    }
}
