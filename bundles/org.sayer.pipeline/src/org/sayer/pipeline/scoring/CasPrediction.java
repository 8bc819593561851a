package org.sayer.pipeline.scoring;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.cas.StringArrayFS;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.text.AnnotationFS;
import org.sayer.pipeline.types.SayerTypes;

/**
 * The claims in a CAS as one gold-format document (shared/eval/FORMAT.md), so the scorer can judge
 * each candidate as it judges predictions: {@link #claims} lists them in the order of the
 * document's attributions.
 */
public final class CasPrediction {

    private final JsonObject document;
    private final List<AnnotationFS> claims;

    private CasPrediction(JsonObject document, List<AnnotationFS> claims) {
        this.document = document;
        this.claims = claims;
    }

    public JsonObject document() {
        return document;
    }

    public List<AnnotationFS> claims() {
        return claims;
    }

    public static CasPrediction of(CAS cas, String id) {
        String text = cas.getDocumentText();
        int[] codePoint = codePointsBefore(text);
        Type mentionType = cas.getTypeSystem().getType(SayerTypes.SPEAKER_MENTION);
        Type entityType = cas.getTypeSystem().getType(SayerTypes.SPEAKER);
        Type attributionType = cas.getTypeSystem().getType(SayerTypes.CLAIM);

        Map<FeatureStructure, String> entityIds = new IdentityHashMap<>();
        Map<FeatureStructure, String> mentionIds = new IdentityHashMap<>();
        JsonArray entities = new JsonArray();
        JsonArray mentions = new JsonArray();
        for (AnnotationFS m : cas.<AnnotationFS>getAnnotationIndex(mentionType)) {
            FeatureStructure entity = m.getFeatureValue(mentionType.getFeatureByBaseName(SayerTypes.MENTION_SPEAKER));
            JsonObject mention = new JsonObject();
            String mentionId = "m" + (mentionIds.size() + 1);
            mentionIds.put(m, mentionId);
            mention.addProperty("id", mentionId);
            mention.add("span", span(codePoint, m.getBegin(), m.getEnd()));
            if (entity != null) {
                String entityId = entityIds.get(entity);
                if (entityId == null) {
                    entityId = "e" + (entityIds.size() + 1);
                    entityIds.put(entity, entityId);
                    entities.add(entity(entity, entityType, entityId));
                }
                mention.addProperty("entity", entityId);
            } else {
                mention.add("entity", JsonNull.INSTANCE);
            }
            mentions.add(mention);
        }

        List<AnnotationFS> claims = new ArrayList<>();
        cas.<AnnotationFS>getAnnotationIndex(attributionType).forEach(claims::add);
        Map<FeatureStructure, String> claimIds = new IdentityHashMap<>();
        for (AnnotationFS claim : claims) {
            claimIds.put(claim, "a" + (claimIds.size() + 1));
        }
        JsonArray attributions = new JsonArray();
        for (AnnotationFS claim : claims) {
            JsonObject a = new JsonObject();
            a.addProperty("id", claimIds.get(claim));
            a.addProperty("type", claim.getStringValue(attributionType.getFeatureByBaseName(SayerTypes.CLAIM_TYPE)));
            FeatureStructure source = claim.getFeatureValue(attributionType.getFeatureByBaseName(SayerTypes.CLAIM_SOURCE));
            a.add("source", source == null ? JsonNull.INSTANCE : new com.google.gson.JsonPrimitive(mentionIds.get(source)));
            AnnotationFS cue = (AnnotationFS) claim.getFeatureValue(attributionType.getFeatureByBaseName(SayerTypes.CLAIM_CUE));
            a.add("cue", cue == null ? JsonNull.INSTANCE : span(codePoint, cue.getBegin(), cue.getEnd()));
            a.add("content", span(codePoint, claim.getBegin(), claim.getEnd()));
            FeatureStructure parent = claim.getFeatureValue(attributionType.getFeatureByBaseName(SayerTypes.CLAIM_PARENT));
            a.add("parent", parent == null || !claimIds.containsKey(parent) ? JsonNull.INSTANCE
                    : new com.google.gson.JsonPrimitive(claimIds.get(parent)));
            attributions.add(a);
        }
        JsonObject document = new JsonObject();
        document.addProperty("id", id);
        document.addProperty("text", text);
        document.add("entities", entities);
        document.add("mentions", mentions);
        document.add("attributions", attributions);
        return new CasPrediction(document, claims);
    }

    private static JsonObject entity(FeatureStructure entity, Type type, String id) {
        JsonObject json = new JsonObject();
        json.addProperty("id", id);
        json.addProperty("name", entity.getStringValue(type.getFeatureByBaseName(SayerTypes.SPEAKER_NAME)));
        JsonArray aliases = new JsonArray();
        if (entity.getFeatureValue(type.getFeatureByBaseName(SayerTypes.SPEAKER_ALIASES)) instanceof StringArrayFS array) {
            for (String alias : array.toArray()) {
                aliases.add(alias);
            }
        }
        json.add("aliases", aliases);
        return json;
    }

    /** For each UTF-16 offset, the number of code points before it (FORMAT.md counts code points). */
    private static int[] codePointsBefore(String text) {
        int[] counts = new int[text.length() + 1];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            counts[i] = n;
            if (!Character.isLowSurrogate(text.charAt(i))) {
                n++;
            }
        }
        counts[text.length()] = n;
        return counts;
    }

    private static JsonArray span(int[] codePoint, int begin, int end) {
        JsonArray span = new JsonArray();
        span.add(codePoint[begin]);
        span.add(codePoint[end]);
        return span;
    }
}
