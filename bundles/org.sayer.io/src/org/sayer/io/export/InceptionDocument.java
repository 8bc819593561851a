package org.sayer.io.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.sayer.model.Annotation;
import org.sayer.model.Claim;
import org.sayer.model.Document;
import org.sayer.model.Speaker;
import org.sayer.model.SpeakerMention;
import org.sayer.model.speakers.UnresolvedSpeakers;

/**
 * One document as INCEpTION's layers hold it (shared by the {@code inception} XMI and the
 * {@code webanno} TSV export): the exported annotations without whitespace at their ends (INCEpTION's
 * spans are whole tokens), tokens and sentences around them, and the links between them. Rejected
 * annotations are left out, as INCEpTION's layers cannot mark a negative; so are spans of nothing but
 * whitespace (counted as {@code inception.skippedBlankSpans}).
 */
public final class InceptionDocument {

    /** An exported annotation and its trimmed span (UTF-16 offsets). */
    public record Span(Annotation annotation, int begin, int end) {
    }

    private final DocumentView view;
    private final List<Span> mentions;
    private final List<Span> cues;
    private final List<Span> claims;
    private final Tokens.Segmentation segmentation;
    private final Map<Annotation, Span> spans = new IdentityHashMap<>();

    private InceptionDocument(DocumentView view, Manifest manifest) {
        this.view = view;
        mentions = spans(view.mentions(), manifest);
        cues = spans(view.cues(), manifest);
        claims = spans(view.claims(), manifest);
        segmentation = Tokens.segment(view.text(), spans.values().stream().map(s -> new int[] { s.begin, s.end })::iterator);
    }

    /** The document of {@code view}; counts what it keeps in the manifest. */
    static InceptionDocument of(DocumentView view, Manifest manifest) {
        return new InceptionDocument(view, manifest);
    }

    /** {@code document} as the {@code inception} and {@code webanno} exports write it with {@code options}. */
    public static InceptionDocument of(Document document, ExportOptions options) {
        return new InceptionDocument(new DocumentView(document, options), new Manifest(ExportFormat.INCEPTION, options));
    }

    public Document document() {
        return view.document();
    }

    public String text() {
        return view.text();
    }

    /** The speaker mentions, in the model's order. */
    public List<Span> mentions() {
        return mentions;
    }

    public List<Span> cues() {
        return cues;
    }

    public List<Span> claims() {
        return claims;
    }

    /** Tokens and sentences: every span is whole tokens, and no sentence breaks inside one. */
    public Tokens.Segmentation segmentation() {
        return segmentation;
    }

    private List<Span> spans(List<? extends Annotation> annotations, Manifest manifest) {
        List<Span> kept = new ArrayList<>(annotations.size());
        for (Annotation annotation : annotations) {
            if (DocumentView.isNegative(annotation)) {
                continue;
            }
            int[] span = Tokens.trim(view.text(), annotation.getBegin(), annotation.getEnd());
            if (span == null) {
                manifest.add("inception.skippedBlankSpans", 1);
                continue;
            }
            Span s = new Span(annotation, span[0], span[1]);
            kept.add(s);
            spans.put(annotation, s);
            manifest.wrote(annotation);
        }
        return Collections.unmodifiableList(kept);
    }

    /** The exported span of {@code annotation}, or null when it was left out. */
    public Span span(Annotation annotation) {
        return annotation == null ? null : spans.get(annotation);
    }

    /** The span a claim's link feature ({@code source}, {@code cue} or {@code parent}) points to, or null. */
    public Span link(Claim claim, String feature) {
        return span(switch (feature) {
            case "source" -> view.source(claim);
            case "cue" -> view.cue(claim);
            case "parent" -> view.parent(claim);
            default -> throw new IllegalArgumentException(feature);
        });
    }

    /**
     * The speaker id a mention links to: the speaker's own id, or its position among the document's
     * speakers; none for an unresolved speaker, which INCEpTION shows as empty features, as it was read.
     */
    public String speakerId(SpeakerMention mention) {
        Speaker speaker = mention.getSpeaker();
        if (speaker == null || UnresolvedSpeakers.isUnresolved(speaker)) {
            return null;
        }
        if (speaker.getId() != null && !speaker.getId().isEmpty()) {
            return speaker.getId();
        }
        return "speaker-" + (view.document().getSpeakers().indexOf(speaker) + 1);
    }

    public static String speakerName(SpeakerMention mention) {
        Speaker speaker = mention.getSpeaker();
        return speaker == null || UnresolvedSpeakers.isUnresolved(speaker) ? null : speaker.getName();
    }
}
