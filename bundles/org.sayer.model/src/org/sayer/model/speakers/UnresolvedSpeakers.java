package org.sayer.model.speakers;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.sayer.model.Annotation;
import org.sayer.model.Document;
import org.sayer.model.SayerFactory;
import org.sayer.model.Speaker;
import org.sayer.model.SpeakerMention;
import org.sayer.model.SpeakerType;

/**
 * Sayer's rule for a speaker mention whose speaker nobody knows: a pronoun the pipeline could not
 * resolve, a gold JSONL mention with {@code "entity": null}, an INCEpTION mention whose speaker
 * features are empty, a Sayer XMI mention without a speaker. A mention must have a speaker to be
 * valid, and dropping the mention (or its document) would lose an analyst's span, so it gets a
 * speaker of its own: named by the mention's text, with an id {@value #ID_PREFIX}DOCUMENT:MENTION
 * that marks it unresolved. Analysts find such speakers by that mark (the Speakers view labels them
 * "(unresolved)") and relink or merge them. Formats that can say "no speaker" write an unresolved
 * speaker that way (gold JSONL's null entity, INCEpTION's empty features), so that a file imported
 * and exported again is the same file.
 */
public final class UnresolvedSpeakers {

    /** How the id of an unresolved speaker begins. */
    public static final String ID_PREFIX = "unresolved:";

    private UnresolvedSpeakers() {
    }

    /** True for a speaker made by {@link #assign} (or one with such an id read back from a file). */
    public static boolean isUnresolved(Speaker speaker) {
        return speaker != null && speaker.getId() != null && speaker.getId().startsWith(ID_PREFIX);
    }

    /**
     * Gives every mention of {@code document} that has no speaker an unresolved speaker of its own,
     * listed among the document's speakers (mentions without an id are told apart by their span).
     * Returns the speakers made, which belong to no registry yet.
     */
    public static List<Speaker> assign(Document document) {
        return assign(document, id -> null);
    }

    /**
     * As {@link #assign(Document)}, but a speaker {@code known} finds by id (the registry's, from
     * an earlier reading of the same document) is taken instead of a new one, so that no registry
     * ends up with two speakers of one id. Returns only the speakers made.
     */
    public static List<Speaker> assign(Document document, Function<String, Speaker> known) {
        List<SpeakerMention> mentions = new ArrayList<>();
        for (Annotation annotation : document.getAnnotations()) {
            if (annotation instanceof SpeakerMention mention) {
                mentions.add(mention);
            }
        }
        return assign(document, mentions, known);
    }

    /** As {@link #assign(Document, Function)}, for {@code mentions} of {@code document} alone. */
    public static List<Speaker> assign(Document document, Collection<SpeakerMention> mentions, Function<String, Speaker> known) {
        Map<String, Speaker> made = new LinkedHashMap<>();
        for (SpeakerMention mention : mentions) {
            if (mention.getSpeaker() == null) {
                String id = idFor(document, mention);
                Speaker speaker = made.containsKey(id) ? made.get(id) : known.apply(id);
                if (speaker == null) {
                    speaker = SayerFactory.eINSTANCE.createSpeaker();
                    speaker.setId(id);
                    String text = mention.getCoveredText() == null ? "" : mention.getCoveredText().strip().replaceAll("\\s+", " ");
                    speaker.setName(text.isEmpty() ? "?" : text);
                    speaker.setType(SpeakerType.PERSON);
                    made.put(id, speaker);
                }
                mention.setSpeaker(speaker);
                if (!document.getSpeakers().contains(speaker)) {
                    document.getSpeakers().add(speaker);
                }
            }
        }
        return new ArrayList<>(made.values());
    }

    // The document's id too: the registry is the corpus's, and mention ids repeat across documents.
    private static String idFor(Document document, SpeakerMention mention) {
        return ID_PREFIX + document.getId() + ":" + (mention.getId() != null ? mention.getId() : mention.getBegin() + "-" + mention.getEnd());
    }
}
