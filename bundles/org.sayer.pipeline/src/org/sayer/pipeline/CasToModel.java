package org.sayer.pipeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.cas.StringArrayFS;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.text.AnnotationFS;
import org.sayer.model.Annotation;
import org.sayer.model.Claim;
import org.sayer.model.ClaimType;
import org.sayer.model.Corpus;
import org.sayer.model.Cue;
import org.sayer.model.Document;
import org.sayer.model.MentionKind;
import org.sayer.model.Origin;
import org.sayer.model.ReviewState;
import org.sayer.model.SayerFactory;
import org.sayer.model.Speaker;
import org.sayer.model.SpeakerMention;
import org.sayer.model.SpeakerType;
import org.sayer.model.WorkflowState;
import org.sayer.model.speakers.UnresolvedSpeakers;
import org.sayer.pipeline.types.SayerTypes;

/**
 * Writes what the engines found into the model as AUTOMATIC, PENDING suggestions.
 *
 * <ul>
 * <li>MANUAL and reviewed (ACCEPTED or REJECTED) annotations are never changed. A suggestion that
 * duplicates or overlaps one of them of the same kind is dropped; a claim then refers to the
 * analyst's mention or cue instead.</li>
 * <li>Suggestions of an earlier run (AUTOMATIC, PENDING) are replaced, except those an analyst's
 * annotation refers to.</li>
 * <li>Speakers are taken from the corpus registry (by id, name or alias) or added to it, and listed
 * in Document.speakers.</li>
 * </ul>
 * Only speakers who make a claim are written, with their name and nominal mentions; pronouns only
 * where they are a claim's source.
 */
public final class CasToModel {

    private final CAS cas;
    private final Document document;
    private final Corpus registry;
    private final long now = System.currentTimeMillis();
    private final Set<String> usedIds = new HashSet<>();
    /** The analyst's annotations: usually few, and checked for every suggestion. */
    private final List<Annotation> protectedAnnotations = new ArrayList<>();
    private int nextId;

    private CasToModel(CAS cas, Document document, Corpus registry) {
        this.cas = cas;
        this.document = document;
        this.registry = registry;
    }

    public static void apply(CAS cas, Document document, Corpus registry) {
        new CasToModel(cas, document, registry).apply();
    }

    private static boolean isProtected(Annotation a) {
        return a.getOrigin() == Origin.MANUAL || a.getReview() != ReviewState.PENDING;
    }

    private void apply() {
        removeEarlierSuggestions();
        for (Annotation a : document.getAnnotations()) {
            if (a.getId() != null) {
                usedIds.add(a.getId());
            }
            if (isProtected(a)) {
                protectedAnnotations.add(a);
            }
        }
        Type attributionType = cas.getTypeSystem().getType(SayerTypes.CLAIM);
        Type mentionType = cas.getTypeSystem().getType(SayerTypes.SPEAKER_MENTION);
        List<AnnotationFS> attributions = new ArrayList<>();
        cas.<AnnotationFS>getAnnotationIndex(attributionType).forEach(attributions::add);

        // claims the analyst has not already decided about, the entities that make them, and the
        // pronoun mentions that are their sources
        attributions.removeIf(a -> protectedOverlap(Claim.class, a.getBegin(), a.getEnd()) != null);
        Set<FeatureStructure> speakingEntities = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        Set<AnnotationFS> sourceMentions = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (AnnotationFS a : attributions) {
            AnnotationFS source = (AnnotationFS) a.getFeatureValue(attributionType.getFeatureByBaseName(SayerTypes.CLAIM_SOURCE));
            if (source != null) {
                sourceMentions.add(source);
                FeatureStructure entity = source.getFeatureValue(mentionType.getFeatureByBaseName(SayerTypes.MENTION_SPEAKER));
                if (entity != null) {
                    speakingEntities.add(entity);
                }
            }
        }

        Map<FeatureStructure, Speaker> speakers = new IdentityHashMap<>();
        Map<AnnotationFS, SpeakerMention> mentions = new IdentityHashMap<>();
        for (AnnotationFS m : cas.<AnnotationFS>getAnnotationIndex(mentionType)) {
            FeatureStructure entity = m.getFeatureValue(mentionType.getFeatureByBaseName(SayerTypes.MENTION_SPEAKER));
            boolean pronoun = "PRONOUN".equals(m.getStringValue(mentionType.getFeatureByBaseName(SayerTypes.MENTION_KIND)));
            boolean wanted = sourceMentions.contains(m) || (!pronoun && entity != null && speakingEntities.contains(entity));
            if (!wanted) {
                continue;
            }
            SpeakerMention mention = mention(m, mentionType, entity == null ? null : speakers.computeIfAbsent(entity, this::speaker));
            if (mention != null) {
                mentions.put(m, mention);
            }
        }
        // A pronoun source coreference could not resolve gets a speaker of its own, as an import gives
        // one, so that the document stays valid; the analyst's own mentions are left as they are.
        List<SpeakerMention> suggested = mentions.values().stream().filter(mention -> !isProtected(mention)).toList();
        List<Speaker> unresolved = UnresolvedSpeakers.assign(document, suggested, this::registered);
        if (registry != null) {
            registry.getSpeakers().addAll(unresolved);
        }

        Map<AnnotationFS, Claim> claims = new IdentityHashMap<>();
        for (AnnotationFS a : attributions) {
            claims.put(a, claim(a, attributionType, mentions));
        }
        for (Map.Entry<AnnotationFS, Claim> e : claims.entrySet()) {
            AnnotationFS parent = (AnnotationFS) e.getKey().getFeatureValue(attributionType.getFeatureByBaseName(SayerTypes.CLAIM_PARENT));
            if (parent != null && claims.containsKey(parent)) {
                e.getValue().setParent(claims.get(parent));
            }
        }
        if (document.getState() == WorkflowState.NEW) {
            document.setState(WorkflowState.PRE_ANNOTATED);
        }
    }

    /** Drops the pending suggestions of an earlier run that nothing protected refers to. */
    private void removeEarlierSuggestions() {
        Set<Annotation> keep = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Annotation a : document.getAnnotations()) {
            if (isProtected(a) && a instanceof Claim claim) {
                keep.add(claim.getSource());
                keep.add(claim.getCue());
                keep.add(claim.getParent());
            }
        }
        document.getAnnotations().removeIf(a -> !isProtected(a) && a.getOrigin() == Origin.AUTOMATIC && !keep.contains(a));
    }

    /** A registry speaker by id: an unresolved one of an earlier run, whose mention has the same id again. */
    private Speaker registered(String id) {
        return registry == null ? null : registry.getSpeakers().stream().filter(s -> id.equals(s.getId())).findFirst().orElse(null);
    }

    private <T extends Annotation> T protectedOverlap(Class<T> kind, int begin, int end) {
        for (Annotation a : protectedAnnotations) {
            if (kind.isInstance(a) && a.getBegin() < end && begin < a.getEnd()) {
                return kind.cast(a);
            }
        }
        return null;
    }

    private void stamp(Annotation a, AnnotationFS fs, String idPrefix) {
        Type type = fs.getType();
        a.setBegin(fs.getBegin());
        a.setEnd(fs.getEnd());
        a.setOrigin(Origin.AUTOMATIC);
        a.setReview(ReviewState.PENDING);
        a.setConfidence(fs.getDoubleValue(type.getFeatureByBaseName(SayerTypes.CONFIDENCE)));
        a.setProducer(fs.getStringValue(type.getFeatureByBaseName(SayerTypes.PRODUCER)));
        a.setTimestamp(now);
        a.setId(freshId(idPrefix));
        document.getAnnotations().add(a);
    }

    private String freshId(String prefix) {
        String id;
        do {
            id = "auto-" + prefix + (++nextId);
        } while (!usedIds.add(id));
        return id;
    }

    private SpeakerMention mention(AnnotationFS fs, Type type, Speaker speaker) {
        SpeakerMention existing = protectedOverlap(SpeakerMention.class, fs.getBegin(), fs.getEnd());
        if (existing != null) {
            return existing;
        }
        SpeakerMention mention = SayerFactory.eINSTANCE.createSpeakerMention();
        mention.setKind(MentionKind.get(fs.getStringValue(type.getFeatureByBaseName(SayerTypes.MENTION_KIND))));
        mention.setSpeaker(speaker);
        stamp(mention, fs, "m");
        return mention;
    }

    private Cue cue(AnnotationFS fs) {
        Cue existing = protectedOverlap(Cue.class, fs.getBegin(), fs.getEnd());
        if (existing != null) {
            return existing;
        }
        Cue cue = SayerFactory.eINSTANCE.createCue();
        stamp(cue, fs, "c");
        return cue;
    }

    private Claim claim(AnnotationFS fs, Type type, Map<AnnotationFS, SpeakerMention> mentions) {
        Claim claim = SayerFactory.eINSTANCE.createClaim();
        claim.setType(ClaimType.get(fs.getStringValue(type.getFeatureByBaseName(SayerTypes.CLAIM_TYPE))));
        AnnotationFS source = (AnnotationFS) fs.getFeatureValue(type.getFeatureByBaseName(SayerTypes.CLAIM_SOURCE));
        if (source != null) {
            claim.setSource(mentions.get(source));
        }
        AnnotationFS cue = (AnnotationFS) fs.getFeatureValue(type.getFeatureByBaseName(SayerTypes.CLAIM_CUE));
        if (cue != null) {
            claim.setCue(cue(cue));
        }
        stamp(claim, fs, "a");
        return claim;
    }

    private Speaker speaker(FeatureStructure entity) {
        Type type = entity.getType();
        String name = entity.getStringValue(type.getFeatureByBaseName(SayerTypes.SPEAKER_NAME));
        String registryId = entity.getStringValue(type.getFeatureByBaseName(SayerTypes.SPEAKER_REGISTRY_ID));
        List<String> aliases = new ArrayList<>();
        StringArrayFS array = (StringArrayFS) entity.getFeatureValue(type.getFeatureByBaseName(SayerTypes.SPEAKER_ALIASES));
        if (array != null) {
            aliases.addAll(List.of(array.toArray()));
        }
        Speaker speaker = findInRegistry(registryId, name, aliases);
        if (speaker == null) {
            speaker = SayerFactory.eINSTANCE.createSpeaker();
            speaker.setName(name);
            speaker.getAliases().addAll(aliases);
            speaker.setRole(entity.getStringValue(type.getFeatureByBaseName(SayerTypes.SPEAKER_ROLE)));
            String speakerType = entity.getStringValue(type.getFeatureByBaseName(SayerTypes.SPEAKER_TYPE));
            SpeakerType t = speakerType == null ? null : SpeakerType.get(speakerType);
            speaker.setType(t == null ? SpeakerType.PERSON : t);
            speaker.setId(uniqueSpeakerId(name));
            if (registry != null) {
                registry.getSpeakers().add(speaker);
            }
        } else {
            for (String alias : aliases) {
                if (!alias.equalsIgnoreCase(speaker.getName()) && speaker.getAliases().stream().noneMatch(alias::equalsIgnoreCase)) {
                    speaker.getAliases().add(alias);
                }
            }
        }
        if (!document.getSpeakers().contains(speaker)) {
            document.getSpeakers().add(speaker);
        }
        return speaker;
    }

    private Speaker findInRegistry(String registryId, String name, List<String> aliases) {
        List<Speaker> candidates = new ArrayList<>(document.getSpeakers());
        if (registry != null) {
            candidates.addAll(registry.getSpeakers());
        }
        candidates.removeIf(UnresolvedSpeakers::isUnresolved); // named by a mention's text, never found by it
        if (registryId != null) {
            for (Speaker s : candidates) {
                if (registryId.equals(ModelToCas.registryId(s))) {
                    return s;
                }
            }
        }
        String key = normalise(name);
        for (Speaker s : candidates) {
            if (key.equals(normalise(s.getName())) || s.getAliases().stream().anyMatch(a -> key.equals(normalise(a)))) {
                return s;
            }
        }
        return null;
    }

    private static String normalise(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replaceFirst("^the ", "").strip();
    }

    private String uniqueSpeakerId(String name) {
        String base = normalise(name).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "");
        if (base.isEmpty()) {
            base = "speaker";
        }
        Set<String> taken = new HashSet<>();
        document.getSpeakers().forEach(s -> taken.add(s.getId()));
        if (registry != null) {
            registry.getSpeakers().forEach(s -> taken.add(s.getId()));
        }
        String id = base;
        for (int n = 2; taken.contains(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
