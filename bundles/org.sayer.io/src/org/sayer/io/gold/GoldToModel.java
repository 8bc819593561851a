package org.sayer.io.gold;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import org.sayer.io.importer.ImportException;
import org.sayer.io.importer.JsonlDocuments;
import org.sayer.model.Annotation;
import org.sayer.model.Claim;
import org.sayer.model.ClaimType;
import org.sayer.model.Corpus;
import org.sayer.model.Cue;
import org.sayer.model.Document;
import org.sayer.model.Origin;
import org.sayer.model.ReviewState;
import org.sayer.model.SayerFactory;
import org.sayer.model.Speaker;
import org.sayer.model.SpeakerMention;
import org.sayer.model.SpeakerType;
import org.sayer.model.WorkflowState;
import org.sayer.model.provenance.Provenance;
import org.sayer.model.speakers.UnresolvedSpeakers;

/**
 * Maps one gold JSON document (see shared/eval/FORMAT.md) to a model {@link Document}: entities
 * become registry speakers, mentions speaker mentions (one with a null entity gets an unresolved
 * speaker of its own, see {@link UnresolvedSpeakers}), attributions claims with their cues. Gold
 * annotations are MANUAL and ACCEPTED, made by the mention's or attribution's "annotator" when it
 * names one; code point offsets become UTF-16 offsets.
 */
public final class GoldToModel {

    /** Suffix of the id of the cue made from an attribution's cue span: {@code a14} gets {@code a14.cue}. */
    public static final String CUE_ID_SUFFIX = ".cue";

    private static final SayerFactory FACTORY = SayerFactory.eINSTANCE;

    private GoldToModel() {
    }

    /**
     * The document of {@code object}. Speakers are looked up by id in {@code registry} and added to
     * it when new; with a null registry they are created but belong to no corpus.
     *
     * @param where the file and line, for error messages
     */
    public static Document toDocument(JsonObject object, String where, Corpus registry) throws ImportException {
        Document document = JsonlDocuments.fromObject(object, where);
        Offsets offsets = Offsets.of(document.getText());
        Map<String, Speaker> speakers = new HashMap<>();
        List<Speaker> added = new ArrayList<>();
        for (JsonObject entity : objects(object, "entities", where)) {
            Speaker speaker = speaker(entity, where, registry, speakers, added);
            speakers.put(speaker.getId(), speaker);
            if (!document.getSpeakers().contains(speaker)) {
                document.getSpeakers().add(speaker);
            }
        }
        // Annotation ids are XMI ids: one namespace per document file, shared by every kind.
        Set<String> used = new HashSet<>(Set.of(document.getId()));
        Map<String, SpeakerMention> mentions = new HashMap<>();
        for (JsonObject json : objects(object, "mentions", where)) {
            SpeakerMention mention = FACTORY.createSpeakerMention();
            String id = requiredString(json, "id", "a mention", where);
            place(mention, freeId(id, "mention-", used), span(json, "span", "mention " + id, offsets, where), document);
            String entity = optionalString(json, "entity", where);
            if (entity != null) {
                Speaker speaker = speakers.get(entity);
                if (speaker == null) {
                    throw new ImportException(where, "mention " + id + " refers to entity \"" + entity
                            + "\", which is not among the document's entities");
                }
                mention.setSpeaker(speaker);
            }
            mention.setKind(MentionKinds.guess(mention.getCoveredText()));
            mention.setProducer(optionalString(json, "annotator", where));
            curatedFrom(json, mention, where);
            unique(mentions.put(id, mention), id, where);
        }
        // "entity": null (Sayer's own predictions write it for a pronoun it could not resolve).
        added.addAll(UnresolvedSpeakers.assign(document, id -> registry == null ? null : registered(registry, id)));
        Map<String, Claim> claims = new HashMap<>();
        List<JsonObject> attributions = objects(object, "attributions", where);
        for (JsonObject json : attributions) {
            Claim claim = FACTORY.createClaim();
            String id = requiredString(json, "id", "an attribution", where);
            place(claim, freeId(id, "attribution-", used), span(json, "content", "the content of attribution " + id, offsets, where),
                    document);
            claim.setType(claimType(json, id, where));
            claim.setProducer(optionalString(json, "annotator", where));
            curatedFrom(json, claim, where);
            String source = optionalString(json, "source", where);
            if (source != null) {
                claim.setSource(mentions.get(source));
                if (claim.getSource() == null) {
                    throw new ImportException(where, "attribution " + id + " has source \"" + source
                            + "\", which is not a mention id");
                }
            }
            int[] cue = span(json, "cue", "the cue of attribution " + id, offsets, where);
            if (cue != null) {
                Cue annotation = FACTORY.createCue();
                place(annotation, freeId(claim.getId() + CUE_ID_SUFFIX, "cue-", used), cue, document);
                annotation.setProducer(claim.getProducer());
                annotation.getCuratedFrom().addAll(claim.getCuratedFrom());
                claim.setCue(annotation);
            }
            unique(claims.put(id, claim), id, where);
        }
        // Parents may come after their children, so they are linked once every claim exists.
        for (JsonObject json : attributions) {
            String id = json.get("id").getAsString();
            String parent = optionalString(json, "parent", where);
            if (parent != null) {
                Claim claim = claims.get(parent);
                if (claim == null) {
                    throw new ImportException(where, "attribution " + id + " has parent \"" + parent
                            + "\", which is not an attribution id");
                }
                claims.get(id).setParent(claim);
            }
        }
        refuseParentCycles(claims, where);
        if (!document.getAnnotations().isEmpty()) {
            document.setState(WorkflowState.REVIEWED);
        }
        // Only a document that mapped completely adds its new speakers to the registry.
        if (registry != null) {
            registry.getSpeakers().addAll(added);
        }
        return document;
    }

    /** The annotators named by the extra key {@value Provenance#CURATED_FROM_KEY}, a list of strings. */
    private static void curatedFrom(JsonObject json, Annotation annotation, String where) throws ImportException {
        for (JsonElement name : array(json, Provenance.CURATED_FROM_KEY, where)) {
            if (!name.isJsonPrimitive()) {
                throw new ImportException(where, "\"" + Provenance.CURATED_FROM_KEY + "\" holds " + name + "; expected names");
            }
            annotation.getCuratedFrom().add(name.getAsString());
        }
    }

    /** A claim may not contain itself: a self-parent or a cycle among parents is refused, naming the claims. */
    private static void refuseParentCycles(Map<String, Claim> claims, String where) throws ImportException {
        Map<Claim, String> ids = new HashMap<>();
        claims.forEach((id, claim) -> ids.put(claim, id));
        for (Map.Entry<String, Claim> start : claims.entrySet()) {
            List<String> path = new ArrayList<>(List.of(start.getKey()));
            Set<Claim> seen = new HashSet<>(Set.of(start.getValue()));
            for (Claim parent = start.getValue().getParent(); parent != null; parent = parent.getParent()) {
                path.add(ids.get(parent));
                if (!seen.add(parent)) {
                    throw new ImportException(where, path.size() == 2 ? "attribution " + start.getKey() + " is its own parent"
                            : "attributions form a cycle of parents: " + String.join(" \u2192 ", path));
                }
            }
        }
    }

    private static Speaker speaker(JsonObject entity, String where, Corpus registry, Map<String, Speaker> known,
            List<Speaker> added) throws ImportException {
        String id = requiredString(entity, "id", "an entity", where);
        Speaker speaker = known.get(id);
        if (speaker == null && registry != null) {
            speaker = registered(registry, id);
        }
        boolean fresh = speaker == null;
        if (fresh) {
            speaker = FACTORY.createSpeaker();
            speaker.setId(id);
        }
        // A registry speaker keeps what it has; the gold entity only fills gaps and adds aliases.
        fill(speaker.getName(), optionalString(entity, "name", where), speaker::setName, fresh);
        String type = optionalString(entity, "type", where);
        if (type != null && fresh) {
            try {
                speaker.setType(SpeakerType.valueOf(type));
            } catch (IllegalArgumentException e) {
                throw new ImportException(where, "entity " + id + " has type \"" + type
                        + "\"; expected PERSON, ORGANIZATION, GROUP or GPE", e);
            }
        }
        for (JsonElement alias : array(entity, "aliases", where)) {
            String value = alias.isJsonPrimitive() ? alias.getAsString() : null;
            if (value == null) {
                throw new ImportException(where, "entity " + id + " has an alias that is not a string");
            }
            if (!speaker.getAliases().contains(value)) {
                speaker.getAliases().add(value);
            }
        }
        fill(speaker.getRole(), optionalString(entity, "role", where), speaker::setRole, fresh);
        fill(speaker.getOrganisation(), optionalString(entity, "organisation", where), speaker::setOrganisation, fresh);
        fill(speaker.getExternalId(), optionalString(entity, "externalId", where), speaker::setExternalId, fresh);
        if (fresh) {
            added.add(speaker);
        }
        return speaker;
    }

    private static Speaker registered(Corpus registry, String id) {
        return registry.getSpeakers().stream().filter(s -> id.equals(s.getId())).findFirst().orElse(null);
    }

    private static void fill(String current, String value, Consumer<String> setter, boolean fresh) {
        if (value != null && (fresh || current == null)) {
            setter.accept(value);
        }
    }

    private static ClaimType claimType(JsonObject json, String id, String where) throws ImportException {
        String type = optionalString(json, "type", where);
        if (type == null) {
            throw new ImportException(where, "attribution " + id + " has no type");
        }
        try {
            return ClaimType.valueOf(type);
        } catch (IllegalArgumentException e) {
            throw new ImportException(where, "attribution " + id + " has type \"" + type
                    + "\"; expected DIRECT, INDIRECT or MIXED", e);
        }
    }

    private static void place(Annotation annotation, String id, int[] span, Document document) {
        annotation.setId(id);
        annotation.setBegin(span[0]);
        annotation.setEnd(span[1]);
        annotation.setOrigin(Origin.MANUAL);
        annotation.setReview(ReviewState.ACCEPTED);
        document.getAnnotations().add(annotation);
    }

    /** The UTF-16 span of a {@code [begin, end)} code point pair, or null when the key is null or absent. */
    private static int[] span(JsonObject json, String key, String what, Offsets offsets, String where)
            throws ImportException {
        JsonElement value = json.get(key);
        if (value == null || value.isJsonNull()) {
            if (key.equals("cue")) {
                return null;
            }
            throw new ImportException(where, what + " has no span");
        }
        if (!value.isJsonArray() || value.getAsJsonArray().size() != 2 || !isInt(value.getAsJsonArray().get(0))
                || !isInt(value.getAsJsonArray().get(1))) {
            throw new ImportException(where, what + " is " + value + "; expected [begin, end]");
        }
        int begin = value.getAsJsonArray().get(0).getAsInt();
        int end = value.getAsJsonArray().get(1).getAsInt();
        if (!offsets.isSpan(begin, end)) {
            throw new ImportException(where, what + " [" + begin + ", " + end + "] lies outside the text (0.."
                    + offsets.codePointLength() + " code points) or ends before it begins");
        }
        return new int[] { offsets.toUtf16(begin), offsets.toUtf16(end) };
    }

    private static boolean isInt(JsonElement element) {
        if (!element.isJsonPrimitive() || !element.getAsJsonPrimitive().isNumber()) {
            return false;
        }
        double value = element.getAsDouble();
        return value == Math.rint(value) && Math.abs(value) < Integer.MAX_VALUE;
    }

    /**
     * The gold id when no other annotation of the document has it yet; otherwise (gold files may
     * number mentions and attributions separately) the id with its kind in front, made unique.
     */
    private static String freeId(String wanted, String kind, Set<String> used) {
        String id = wanted;
        for (int n = 2; !used.add(id); n++) {
            id = kind + wanted + (n == 2 ? "" : "-" + n);
        }
        return id;
    }

    private static void unique(Object previous, String id, String where) throws ImportException {
        if (previous != null) {
            throw new ImportException(where, "the id \"" + id + "\" is used twice");
        }
    }

    private static List<JsonObject> objects(JsonObject object, String key, String where) throws ImportException {
        JsonArray array = array(object, key, where);
        List<JsonObject> result = new ArrayList<>(array.size());
        for (JsonElement element : array) {
            if (!element.isJsonObject()) {
                throw new ImportException(where, "\"" + key + "\" holds " + element + "; expected JSON objects");
            }
            result.add(element.getAsJsonObject());
        }
        return result;
    }

    private static JsonArray array(JsonObject object, String key, String where) throws ImportException {
        JsonElement value = object.get(key);
        if (value == null || value.isJsonNull()) {
            return new JsonArray();
        }
        if (!value.isJsonArray()) {
            throw new ImportException(where, "\"" + key + "\" is not a list");
        }
        return value.getAsJsonArray();
    }

    private static String optionalString(JsonObject object, String key, String where) throws ImportException {
        JsonElement value = object.get(key);
        if (value == null || value.isJsonNull()) {
            return null;
        }
        if (!value.isJsonPrimitive()) {
            throw new ImportException(where, "\"" + key + "\" is " + value + "; expected a string");
        }
        return value.getAsString();
    }

    private static String requiredString(JsonObject object, String key, String what, String where)
            throws ImportException {
        String value = optionalString(object, key, where);
        if (value == null || value.isEmpty()) {
            throw new ImportException(where, what + " has no \"" + key + "\"");
        }
        return value;
    }
}
