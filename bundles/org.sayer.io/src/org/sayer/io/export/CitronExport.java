package org.sayer.io.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import com.google.gson.stream.JsonWriter;

import org.sayer.model.Annotation;
import org.sayer.model.Claim;
import org.sayer.model.Cue;
import org.sayer.model.MentionKind;
import org.sayer.model.Origin;
import org.sayer.model.Speaker;
import org.sayer.model.SpeakerMention;

/**
 * Citron's JSON data format (bbc/citron, {@code docs/data_format.md}), one {@code citron/NAME.json}
 * per document; {@code documents.tsv} maps names to ids. Citron's loader reads every {@code *.json}
 * under the folder it is given, recursively, so the documents have a folder of their own and
 * {@code manifest.json} stays outside it: point Citron at {@code OUT/citron}.
 *
 * <p>Each file holds exactly the documented keys: {@code text}, {@code quotes} and
 * {@code coreference_groups}. A quote has {@code cue} (a span), {@code sources}, {@code contents}
 * (split at line breaks, one span per paragraph as Citron keeps them) and {@code coreferences}
 * (lists of spans), and the optional {@code id} (the claim's id) and {@code confidence} (of a
 * machine suggestion). {@code coreferences} holds the primary coreference of the source, as
 * Citron's resolver predicts it: the speaker's first name mention, when the source is another
 * mention. {@code coreference_groups} holds one group per speaker: its mentions. Spans are
 * {@code {"start", "end", "text"}} in code points (Python string indices).
 *
 * <p>A Citron quote always has a cue. A claim without one is skipped (the default) or, with
 * {@link ExportOptions.CuelessClaims#SOURCE_AS_CUE}, takes its source mention as the cue; a claim
 * with neither is skipped. The format has no field for a claim's type, its parent, or a negative:
 * rejected annotations are never written (every quote in the files reads as a valid one), and the
 * manifest says so.
 */
final class CitronExport extends PerDocumentFiles {

    /** The folder Citron is pointed at: nothing in it but Citron documents. */
    static final String DOCUMENTS = "citron";

    private Path documents;
    /** The annotations the current document's file shows (each once, however often its span appears). */
    private final Set<Annotation> written = Collections.newSetFromMap(new IdentityHashMap<>());

    @Override
    protected void begin() throws IOException {
        documents = Files.createDirectory(context.folder().resolve(DOCUMENTS));
        context.manifest().note("cuelessClaims", context.options().cuelessClaims() == ExportOptions.CuelessClaims.SKIP
                ? "skipped: a Citron quote always has a cue"
                : "the source mention is used as the cue; claims with neither cue nor source are skipped");
        context.manifest().note("layout", "point Citron at " + DOCUMENTS + "/ (its loader reads every *.json below the folder it is given)");
        context.manifest().note("notRepresented", "claim types and nesting: Citron's format has no field for them");
        if (context.options().includeRejected()) {
            context.manifest().note("rejected", "not written: Citron's format has no way to mark a negative");
        }
        context.manifest().add("citron.skippedCuelessClaims", 0);
    }

    @Override
    public void write(DocumentView view) throws IOException {
        String name = names.nameFor(view.document().getId());
        try (Writer out = Files.newBufferedWriter(documents.resolve(name + ".json"), StandardCharsets.UTF_8);
                JsonWriter json = new JsonWriter(out)) {
            json.setHtmlSafe(false);
            json.setIndent(" ");
            json.beginObject();
            json.name("text").value(view.text());
            json.name("quotes").beginArray();
            for (Claim claim : view.claims()) {
                if (!DocumentView.isNegative(claim)) {
                    quote(json, view, claim);
                }
            }
            json.endArray();
            json.name("coreference_groups").beginArray();
            for (Speaker speaker : view.speakers()) {
                List<SpeakerMention> group = mentionsOf(view, speaker);
                if (group.isEmpty()) {
                    continue;
                }
                json.beginArray();
                for (SpeakerMention mention : group) {
                    Json.span(json, view, mention.getBegin(), mention.getEnd());
                    written.add(mention);
                }
                json.endArray();
            }
            json.endArray();
            json.endObject();
        }
        written.forEach(context.manifest()::wrote);
        written.clear();
    }

    private void quote(JsonWriter json, DocumentView view, Claim claim) throws IOException {
        Cue cue = usable(view.cue(claim));
        SpeakerMention source = usable(view.source(claim));
        List<int[]> contents = BratExport.fragments(view.text(), claim.getBegin(), claim.getEnd());
        if (contents.isEmpty()) {
            context.manifest().add("citron.skippedEmptyClaims", 1);
            return;
        }
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
        written.add(claim);
        written.add(cue != null ? cue : source);
        json.beginObject();
        json.name("cue");
        Json.span(json, view, cueSpan[0], cueSpan[1]);
        json.name("sources").beginArray();
        if (source != null) {
            Json.span(json, view, source.getBegin(), source.getEnd());
            written.add(source);
        }
        json.endArray();
        json.name("contents").beginArray();
        for (int[] fragment : contents) {
            Json.span(json, view, fragment[0], fragment[1]);
        }
        json.endArray();
        json.name("coreferences").beginArray();
        SpeakerMention primary = primaryCoreference(view, source);
        if (primary != null) {
            Json.span(json, view, primary.getBegin(), primary.getEnd());
            written.add(primary);
        }
        json.endArray();
        if (claim.getOrigin() == Origin.AUTOMATIC) {
            json.name("confidence").value(claim.getConfidence());
        }
        json.name("id").value(view.idOf(claim));
        json.endObject();
    }

    /**
     * What Citron's resolver would give for the source: the first name mention of its speaker (else
     * the first mention), unless that is the source itself or has the same text.
     */
    private static SpeakerMention primaryCoreference(DocumentView view, SpeakerMention source) {
        if (source == null || source.getSpeaker() == null) {
            return null;
        }
        List<SpeakerMention> chain = mentionsOf(view, source.getSpeaker());
        SpeakerMention primary = chain.stream().filter(m -> m.getKind() == MentionKind.NAME).findFirst()
                .orElse(chain.isEmpty() ? null : chain.get(0));
        if (primary == null || primary == source) {
            return null;
        }
        String text = view.text();
        boolean sameText = text.substring(primary.getBegin(), primary.getEnd()).equals(text.substring(source.getBegin(), source.getEnd()));
        return sameText ? null : primary;
    }

    /** The annotation, or null when Citron cannot take it: a negative, or an empty span (its loader needs end > start). */
    private static <T extends Annotation> T usable(T annotation) {
        return annotation == null || DocumentView.isNegative(annotation) || annotation.getEnd() <= annotation.getBegin() ? null : annotation;
    }

    private static List<SpeakerMention> mentionsOf(DocumentView view, Speaker speaker) {
        List<SpeakerMention> chain = new ArrayList<>();
        for (SpeakerMention mention : view.mentions()) {
            if (mention.getSpeaker() == speaker && usable(mention) != null) {
                chain.add(mention);
            }
        }
        return chain;
    }
}
