package org.sayer.io.gold;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

import org.sayer.model.Annotation;
import org.sayer.model.Claim;
import org.sayer.model.Document;
import org.sayer.model.Origin;
import org.sayer.model.ReviewState;
import org.sayer.model.Speaker;
import org.sayer.model.SpeakerMention;
import org.sayer.model.provenance.Provenance;
import org.sayer.model.speakers.UnresolvedSpeakers;
import org.sayer.io.importer.JsonlDocuments;

/**
 * Maps a model {@link Document} to one gold JSON document (see shared/eval/FORMAT.md), keys in the
 * format's order. Only annotations in the chosen review states are written; a reference to one
 * that is left out (a claim's source, cue or parent) becomes null, and so does a mention's
 * unresolved speaker (see {@link UnresolvedSpeakers}), which is not listed as an entity. Provenance goes in extra keys:
 * "annotator" on a mention or attribution (who made it by hand, or who accepted the suggestion)
 * and "done_by" on the document.
 */
public final class ModelToGold {

    private ModelToGold() {
    }

    public static JsonObject toJson(Document document, Set<ReviewState> reviews) {
        return toJson(document, reviews, annotation -> {
        });
    }

    /**
     * The gold JSON of {@code document}, telling {@code written} each annotation it holds: every mention
     * and claim, and each cue once (a cue is written as the span of the claims it introduces).
     */
    public static JsonObject toJson(Document document, Set<ReviewState> reviews, Consumer<Annotation> written) {
        String text = document.getText() == null ? "" : document.getText();
        Offsets offsets = Offsets.of(text);
        JsonObject json = new JsonObject();
        json.addProperty("id", document.getId());
        if (document.getTitle() != null) {
            json.addProperty("title", document.getTitle());
        }
        json.addProperty("text", text);
        addIfSet(json, "source", document.getSource());
        addIfSet(json, "url", document.getUrl());
        addIfSet(json, "published", document.getPublished());
        addIfSet(json, "language", document.getLanguage());
        for (Map.Entry<String, String> entry : document.getMetadata()) {
            json.add(entry.getKey(), literal(entry.getValue()));
        }
        if (!document.getDoneBy().isEmpty()) {
            JsonArray doneBy = new JsonArray();
            document.getDoneBy().forEach(doneBy::add);
            json.add(JsonlDocuments.DONE_BY, doneBy);
        }

        List<SpeakerMention> mentions = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        for (Annotation annotation : document.getAnnotations()) {
            if (reviews.contains(annotation.getReview())) {
                if (annotation instanceof SpeakerMention mention) {
                    mentions.add(mention);
                } else if (annotation instanceof Claim claim) {
                    claims.add(claim);
                }
            }
        }
        Ids ids = new Ids(document);
        List<Speaker> speakers = ExportedSpeakers.of(document, annotation -> reviews.contains(annotation.getReview()));
        JsonArray entities = new JsonArray();
        for (Speaker speaker : speakers) {
            if (!UnresolvedSpeakers.isUnresolved(speaker)) {
                entities.add(entity(speaker, ids.of(speaker)));
            }
        }
        json.add("entities", entities);

        JsonArray mentionArray = new JsonArray();
        for (SpeakerMention mention : mentions) {
            JsonObject m = new JsonObject();
            m.addProperty("id", ids.of(mention, "m"));
            m.add("span", span(mention, offsets));
            // An unresolved speaker is the gold format's null entity, as it was read.
            Speaker speaker = mention.getSpeaker();
            m.add("entity", speaker == null || UnresolvedSpeakers.isUnresolved(speaker) ? JsonNull.INSTANCE : new JsonPrimitive(ids.of(speaker)));
            addIfSet(m, "annotator", Provenance.analyst(mention));
            addCuratedFrom(m, mention);
            mentionArray.add(m);
            written.accept(mention);
        }
        json.add("mentions", mentionArray);

        JsonArray attributions = new JsonArray();
        Set<Annotation> cuesWritten = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Claim claim : claims) {
            written.accept(claim);
            if (included(claim.getCue(), reviews) && cuesWritten.add(claim.getCue())) {
                written.accept(claim.getCue());
            }
            JsonObject a = new JsonObject();
            a.addProperty("id", ids.of(claim, "a"));
            a.addProperty("type", claim.getType().getLiteral());
            a.add("source", included(claim.getSource(), reviews) ? new JsonPrimitive(ids.of(claim.getSource(), "m")) : JsonNull.INSTANCE);
            a.add("cue", included(claim.getCue(), reviews) ? span(claim.getCue(), offsets) : JsonNull.INSTANCE);
            a.add("content", span(claim, offsets));
            a.add("parent", included(claim.getParent(), reviews) ? new JsonPrimitive(ids.of(claim.getParent(), "a")) : JsonNull.INSTANCE);
            // extra keys, which readers keep and score.py ignores
            addIfSet(a, "annotator", Provenance.analyst(claim));
            addCuratedFrom(a, claim);
            if (claim.getOrigin() == Origin.AUTOMATIC) {
                // eval --calibration reads it
                a.addProperty("confidence", claim.getConfidence());
            }
            attributions.add(a);
        }
        json.add("attributions", attributions);
        return json;
    }

    private static JsonObject entity(Speaker speaker, String id) {
        JsonObject e = new JsonObject();
        e.addProperty("id", id);
        e.addProperty("name", speaker.getName() == null ? "" : speaker.getName());
        e.addProperty("type", speaker.getType().getLiteral());
        JsonArray aliases = new JsonArray();
        speaker.getAliases().forEach(aliases::add);
        e.add("aliases", aliases);
        addIfSet(e, "role", speaker.getRole());
        addIfSet(e, "organisation", speaker.getOrganisation());
        addIfSet(e, "externalId", speaker.getExternalId());
        return e;
    }

    private static void addCuratedFrom(JsonObject json, Annotation annotation) {
        if (!annotation.getCuratedFrom().isEmpty()) {
            JsonArray names = new JsonArray();
            annotation.getCuratedFrom().forEach(names::add);
            json.add(Provenance.CURATED_FROM_KEY, names);
        }
    }

    private static boolean included(Annotation annotation, Set<ReviewState> reviews) {
        return annotation != null && reviews.contains(annotation.getReview());
    }

    private static JsonArray span(Annotation annotation, Offsets offsets) {
        JsonArray span = new JsonArray();
        span.add(offsets.toCodePoint(annotation.getBegin()));
        span.add(offsets.toCodePoint(annotation.getEnd()));
        return span;
    }

    private static void addIfSet(JsonObject json, String key, String value) {
        if (value != null) {
            json.addProperty(key, value);
        }
    }

    /** Metadata values are JSON literals; one that is not (set by hand) is written as a string. */
    private static JsonElement literal(String value) {
        if (value == null) {
            return JsonNull.INSTANCE;
        }
        try {
            return JsonParser.parseString(value);
        } catch (JsonParseException e) {
            return new JsonPrimitive(value);
        }
    }

    /**
     * The ids written: an object's own id when it has one that is still free, else a new one
     * ({@code m7}, {@code a3}, {@code e2}), so that machine annotations without ids still link up.
     */
    private static final class Ids {
        private final Map<Object, String> assigned = new IdentityHashMap<>();
        private final Set<String> taken = new HashSet<>();
        private final Set<String> used = new HashSet<>();
        private int next = 1;

        Ids(Document document) {
            for (Annotation annotation : document.getAnnotations()) {
                if (annotation.getId() != null) {
                    taken.add(annotation.getId());
                }
            }
        }

        String of(Speaker speaker) {
            return assign(speaker, speaker.getId(), "e");
        }

        String of(Annotation annotation, String prefix) {
            return assign(annotation, annotation.getId(), prefix);
        }

        private String assign(Object object, String own, String prefix) {
            String id = assigned.get(object);
            if (id != null) {
                return id;
            }
            if (own != null && !own.isEmpty() && !used.contains(own)) {
                id = own;
            } else {
                do {
                    id = prefix + next++;
                } while (taken.contains(id) || used.contains(id));
            }
            assigned.put(object, id);
            used.add(id);
            return id;
        }
    }
}
