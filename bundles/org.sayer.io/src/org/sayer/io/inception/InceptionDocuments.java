package org.sayer.io.inception;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.sayer.io.importer.ImportException;
import org.sayer.model.Annotation;
import org.sayer.model.Claim;
import org.sayer.model.ClaimType;
import org.sayer.model.Cue;
import org.sayer.model.Document;
import org.sayer.model.MentionKind;
import org.sayer.model.Origin;
import org.sayer.model.ReviewState;
import org.sayer.model.SayerFactory;
import org.sayer.model.Speaker;
import org.sayer.model.SpeakerMention;
import org.sayer.model.WorkflowState;
import org.sayer.model.speakers.UnresolvedSpeakers;

/**
 * Turns what a reader found on Sayer's INCEpTION layers into a Sayer document. Everything becomes a
 * MANUAL, ACCEPTED annotation (a team's decisions in INCEpTION); mentions with the same speaker id
 * refer to one speaker, which joins the corpus registry under that id on import. A mention whose
 * speaker features are empty gets an unresolved speaker of its own ({@link UnresolvedSpeakers}).
 */
final class InceptionDocuments {

    private static final SayerFactory FACTORY = SayerFactory.eINSTANCE;

    private InceptionDocuments() {
    }

    static Document toDocument(String id, String title, String text, List<LayerAnnotation> found, String where) throws ImportException {
        Document document = FACTORY.createDocument();
        document.setId(id);
        document.setText(text);
        document.setTitle(title != null && !title.isBlank() ? title : firstLine(text));
        document.setState(WorkflowState.IN_PROGRESS);
        List<LayerAnnotation> ordered = new ArrayList<>(found);
        ordered.sort(Comparator.<LayerAnnotation>comparingInt(a -> a.begin).thenComparingInt(a -> -a.end));
        Map<LayerAnnotation, Annotation> created = new IdentityHashMap<>();
        Map<String, Speaker> speakers = new HashMap<>();
        int[] counters = new int[3];
        for (LayerAnnotation a : ordered) {
            if (a.begin < 0 || a.end > text.length() || a.begin > a.end) {
                throw new ImportException(where, "a " + shortName(a.layer) + " at " + a.begin + "-" + a.end + " lies outside the text");
            }
            Annotation annotation = switch (a.layer) {
                case InceptionLayers.SPEAKER_MENTION -> mention(a, document, speakers, where);
                case InceptionLayers.CUE -> FACTORY.createCue();
                case InceptionLayers.CLAIM -> claim(a, where);
                default -> null;
            };
            if (annotation == null) {
                continue;
            }
            int kind = annotation instanceof SpeakerMention ? 0 : annotation instanceof Cue ? 1 : 2;
            annotation.setId("inception-" + "mkc".charAt(kind) + (++counters[kind]));
            annotation.setBegin(a.begin);
            annotation.setEnd(a.end);
            annotation.setOrigin(Origin.MANUAL);
            annotation.setReview(ReviewState.ACCEPTED);
            document.getAnnotations().add(annotation);
            created.put(a, annotation);
        }
        for (Map.Entry<LayerAnnotation, Annotation> entry : created.entrySet()) {
            if (entry.getValue() instanceof Claim claim) {
                LayerAnnotation a = entry.getKey();
                claim.setSource(linked(a, InceptionLayers.CLAIM_SOURCE, SpeakerMention.class, created, where));
                claim.setCue(linked(a, InceptionLayers.CLAIM_CUE, Cue.class, created, where));
                claim.setParent(linked(a, InceptionLayers.CLAIM_PARENT, Claim.class, created, where));
            }
        }
        UnresolvedSpeakers.assign(document);
        return document;
    }

    private static SpeakerMention mention(LayerAnnotation a, Document document, Map<String, Speaker> speakers, String where)
            throws ImportException {
        SpeakerMention mention = FACTORY.createSpeakerMention();
        String kind = a.values.get(InceptionLayers.MENTION_KIND);
        if (kind != null) {
            MentionKind value = MentionKind.get(kind.toUpperCase(Locale.ROOT));
            if (value == null) {
                throw new ImportException(where, "a speaker mention at " + a.begin + "-" + a.end + " has kind \"" + kind
                        + "\"; expected NAME, NOMINAL or PRONOUN");
            }
            mention.setKind(value);
        }
        String speakerId = a.values.get(InceptionLayers.MENTION_SPEAKER);
        String name = a.values.get(InceptionLayers.MENTION_SPEAKER_NAME);
        if (speakerId == null && name != null) {
            speakerId = "name:" + name;
        }
        if (speakerId == null) {
            return mention; // given an unresolved speaker of its own once it has its id
        }
        Speaker speaker = speakers.get(speakerId);
        if (speaker == null) {
            speaker = FACTORY.createSpeaker();
            speaker.setId(speakerId);
            speaker.setName(name);
            speakers.put(speakerId, speaker);
            document.getSpeakers().add(speaker);
        } else if (speaker.getName() == null) {
            speaker.setName(name);
        }
        mention.setSpeaker(speaker);
        return mention;
    }

    private static Claim claim(LayerAnnotation a, String where) throws ImportException {
        Claim claim = FACTORY.createClaim();
        String type = a.values.get(InceptionLayers.CLAIM_TYPE);
        if (type != null) {
            ClaimType value = ClaimType.get(type.toUpperCase(Locale.ROOT));
            if (value == null) {
                throw new ImportException(where, "a claim at " + a.begin + "-" + a.end + " has type \"" + type
                        + "\"; expected DIRECT, INDIRECT or MIXED");
            }
            claim.setType(value);
        }
        return claim;
    }

    private static <T extends Annotation> T linked(LayerAnnotation claim, String feature, Class<T> kind,
            Map<LayerAnnotation, Annotation> created, String where) throws ImportException {
        LayerAnnotation target = claim.links.get(feature);
        if (target == null) {
            return null;
        }
        Annotation annotation = created.get(target);
        if (!kind.isInstance(annotation)) {
            throw new ImportException(where, "the claim at " + claim.begin + "-" + claim.end + " links its " + feature
                    + " to a " + shortName(target.layer) + "; expected a " + kind.getSimpleName());
        }
        return kind.cast(annotation);
    }

    private static String shortName(String layer) {
        return layer.substring(layer.lastIndexOf('.') + 1);
    }

    private static String firstLine(String text) {
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                return line.strip();
            }
        }
        return null;
    }

    /** A document id from a name INCEpTION gave it: without the extension of the file it was imported from. */
    static String idFrom(String name) {
        return name.replaceFirst("(?i)\\.(xmi|tsv|txt)$", "");
    }
}
