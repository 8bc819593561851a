package org.sayer.io.xmi;

import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.CAS;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.ResourceManager;
import org.apache.uima.resource.metadata.TypeDescription;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;

/**
 * Sayer's own UIMA type system for XMI export and import, built in code so that io does not depend
 * on the pipeline bundle. It mirrors the EMF model one to one, so an exported CAS loses nothing:
 * document metadata, the speakers in order, and every annotation with its review fields.
 */
public final class XmiTypes {

    /** Not "...xmi": UIMA takes the last segment as the XML prefix, and "xmi" is XMI's own. */
    public static final String NAMESPACE = "org.sayer.attribution.";
    public static final String DOCUMENT_INFO = NAMESPACE + "DocumentInfo";
    public static final String SPEAKER = NAMESPACE + "Speaker";
    public static final String ANNOTATION = NAMESPACE + "SayerAnnotation";
    public static final String SPEAKER_MENTION = NAMESPACE + "SpeakerMention";
    public static final String CUE = NAMESPACE + "Cue";
    public static final String CLAIM = NAMESPACE + "Claim";

    private XmiTypes() {
    }

    /** The type-system description; also written next to an export as {@code TypeSystem.xml}. */
    public static TypeSystemDescription description() {
        TypeSystemDescription types = UIMAFramework.getResourceSpecifierFactory().createTypeSystemDescription();
        types.setName("SayerTypes");
        types.setDescription("Who said what: speakers, cues and claims exported by Sayer.");
        types.setVersion("1.0");

        TypeDescription info = types.addType(DOCUMENT_INFO, "Document id and metadata", CAS.TYPE_NAME_TOP);
        for (String name : new String[] { "id", "title", "source", "url", "published", "language", "state" }) {
            info.addFeature(name, null, CAS.TYPE_NAME_STRING);
        }
        info.addFeature("metadataKeys", "extra metadata keys", CAS.TYPE_NAME_STRING_ARRAY);
        info.addFeature("metadataValues", "their values, JSON literals", CAS.TYPE_NAME_STRING_ARRAY);
        info.addFeature("speakers", "the document's speakers in order", CAS.TYPE_NAME_FS_ARRAY, SPEAKER, false);
        info.addFeature("doneBy", "the analysts who marked the document done", CAS.TYPE_NAME_STRING_ARRAY);

        TypeDescription speaker = types.addType(SPEAKER, "A speaker entity", CAS.TYPE_NAME_TOP);
        for (String name : new String[] { "id", "name", "role", "organisation", "speakerType", "externalId" }) {
            speaker.addFeature(name, null, CAS.TYPE_NAME_STRING);
        }
        speaker.addFeature("aliases", null, CAS.TYPE_NAME_STRING_ARRAY);

        TypeDescription annotation = types.addType(ANNOTATION, "Fields every Sayer annotation has", CAS.TYPE_NAME_ANNOTATION);
        annotation.addFeature("annotationId", null, CAS.TYPE_NAME_STRING);
        annotation.addFeature("order", "position in the document's annotation list", CAS.TYPE_NAME_INTEGER);
        annotation.addFeature("origin", "MANUAL or AUTOMATIC", CAS.TYPE_NAME_STRING);
        annotation.addFeature("review", "PENDING, ACCEPTED or REJECTED (a rejected one is a negative)", CAS.TYPE_NAME_STRING);
        annotation.addFeature("confidence", null, CAS.TYPE_NAME_DOUBLE);
        annotation.addFeature("producer", null, CAS.TYPE_NAME_STRING);
        annotation.addFeature("timestamp", "epoch milliseconds", CAS.TYPE_NAME_LONG);
        annotation.addFeature("created", "when it was made, epoch milliseconds (0: not recorded)", CAS.TYPE_NAME_LONG);
        annotation.addFeature("reviewer", "who accepted, rejected or edited it", CAS.TYPE_NAME_STRING);
        annotation.addFeature("reviewed", "when, epoch milliseconds", CAS.TYPE_NAME_LONG);
        annotation.addFeature("curatedFrom", "in a curated corpus, the annotators whose versions held it", CAS.TYPE_NAME_STRING_ARRAY);

        TypeDescription mention = types.addType(SPEAKER_MENTION, "Text that refers to a speaker", ANNOTATION);
        mention.addFeature("speaker", null, SPEAKER);
        mention.addFeature("kind", "NAME, NOMINAL or PRONOUN", CAS.TYPE_NAME_STRING);

        types.addType(CUE, "The reporting expression", ANNOTATION);

        TypeDescription claim = types.addType(CLAIM, "The content of an attribution", ANNOTATION);
        claim.addFeature("claimType", "DIRECT, INDIRECT or MIXED", CAS.TYPE_NAME_STRING);
        claim.addFeature("source", null, SPEAKER_MENTION);
        claim.addFeature("cue", null, CUE);
        claim.addFeature("parent", "the claim whose content holds this one", CLAIM);
        return types;
    }

    /** A fresh CAS with these types; UIMA gets an explicit resource manager on this bundle's loader. */
    public static CAS newCas() throws ResourceInitializationException {
        ResourceManager resources = UIMAFramework.newDefaultResourceManager();
        resources.setExtensionClassLoader(XmiTypes.class.getClassLoader(), true);
        return CasCreationUtils.createCas(description(), null, null, null, resources);
    }
}
