package org.sayer.pipeline;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.cas.StringArrayFS;
import org.apache.uima.cas.Type;
import org.sayer.model.Corpus;
import org.sayer.model.Document;
import org.sayer.model.Speaker;
import org.sayer.model.speakers.UnresolvedSpeakers;
import org.sayer.pipeline.types.SayerTypes;

/**
 * Fills a CAS from the model: the document's text and language, and the corpus speaker registry
 * as Entity feature structures, so that coreference can match names against known speakers.
 */
public final class ModelToCas {

    private ModelToCas() {
    }

    public static void fill(Document document, Corpus registry, CAS cas) {
        cas.setDocumentText(document.getText() == null ? "" : document.getText());
        String language = document.getLanguage();
        cas.setDocumentLanguage(language == null || language.isBlank() ? "en" : language);
        if (registry == null) {
            return;
        }
        Type type = cas.getTypeSystem().getType(SayerTypes.SPEAKER);
        for (Speaker speaker : registry.getSpeakers()) {
            // An unresolved speaker is named by its mention's text ("he", "the official"): no name to match.
            if (speaker.getName() == null || speaker.getName().isBlank() || UnresolvedSpeakers.isUnresolved(speaker)) {
                continue;
            }
            FeatureStructure entity = cas.createFS(type);
            entity.setStringValue(type.getFeatureByBaseName(SayerTypes.SPEAKER_NAME), speaker.getName());
            StringArrayFS aliases = cas.createStringArrayFS(speaker.getAliases().size());
            aliases.copyFromArray(speaker.getAliases().toArray(new String[0]), 0, 0, speaker.getAliases().size());
            entity.setFeatureValue(type.getFeatureByBaseName(SayerTypes.SPEAKER_ALIASES), aliases);
            entity.setStringValue(type.getFeatureByBaseName(SayerTypes.SPEAKER_ROLE), speaker.getRole());
            entity.setStringValue(type.getFeatureByBaseName(SayerTypes.SPEAKER_TYPE), speaker.getType().getName());
            entity.setStringValue(type.getFeatureByBaseName(SayerTypes.SPEAKER_GENDER), "");
            entity.setStringValue(type.getFeatureByBaseName(SayerTypes.SPEAKER_REGISTRY_ID), registryId(speaker));
            cas.addFsToIndexes(entity);
        }
    }

    /** How a registry speaker is named in the CAS: its id, or its name when it has none. */
    static String registryId(Speaker speaker) {
        return speaker.getId() != null && !speaker.getId().isBlank() ? speaker.getId() : "name:" + speaker.getName();
    }
}
