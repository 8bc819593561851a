package org.sayer.io.inception;

import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.CAS;
import org.apache.uima.resource.metadata.TypeDescription;
import org.apache.uima.resource.metadata.TypeSystemDescription;

/**
 * How a Sayer document looks in an INCEpTION project: DKPro Core's document metadata, sentences and
 * tokens, and three custom span layers in INCEpTION's own conventions ({@code webanno.custom.*}):
 * <ul>
 * <li>{@code SpeakerMention}: {@code kind} (NAME, NOMINAL, PRONOUN), {@code speaker} (the speaker's
 * id, the link to the speaker: mentions with the same id are one speaker) and {@code speakerName};</li>
 * <li>{@code Cue}: no features;</li>
 * <li>{@code Claim}: {@code type} (DIRECT, INDIRECT, MIXED) and the link features {@code source}
 * (a SpeakerMention), {@code cue} (a Cue) and {@code parent} (the Claim that holds it), each an
 * array of at most one link whose role is the feature's name.</li>
 * </ul>
 * The DKPro types carry a subset of DKPro Core's features with DKPro's own names and ranges, so the
 * descriptor merges with DKPro Core's (and INCEpTION's) type system. {@link #description()} is the
 * {@code typesystem.xml} INCEpTION's layer import takes.
 */
public final class InceptionLayers {

    public static final String DOCUMENT_META_DATA = "de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData";
    public static final String SENTENCE = "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence";
    public static final String TOKEN = "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token";

    public static final String CUSTOM = "webanno.custom.";
    public static final String SPEAKER_MENTION = CUSTOM + "SpeakerMention";
    public static final String CUE = CUSTOM + "Cue";
    public static final String CLAIM = CUSTOM + "Claim";

    public static final String MENTION_KIND = "kind";
    public static final String MENTION_SPEAKER = "speaker";
    public static final String MENTION_SPEAKER_NAME = "speakerName";
    public static final String CLAIM_TYPE = "type";
    /** The claim's link features, in the order of the TSV columns. */
    public static final String CLAIM_SOURCE = "source";
    public static final String CLAIM_CUE = "cue";
    public static final String CLAIM_PARENT = "parent";

    /** INCEpTION's link types: a role and a target. */
    public static final String LINK_ROLE = "role";
    public static final String LINK_TARGET = "target";

    private InceptionLayers() {
    }

    /** The link type of one of the claim's link features, e.g. {@code webanno.custom.ClaimSourceLink}. */
    public static String linkType(String feature) {
        return CLAIM + Character.toUpperCase(feature.charAt(0)) + feature.substring(1) + "Link";
    }

    /** The layer a claim's link feature points to. */
    public static String linkTarget(String feature) {
        return switch (feature) {
            case CLAIM_SOURCE -> SPEAKER_MENTION;
            case CLAIM_CUE -> CUE;
            case CLAIM_PARENT -> CLAIM;
            default -> throw new IllegalArgumentException("no claim link feature: " + feature);
        };
    }

    public static final String[] CLAIM_LINKS = { CLAIM_SOURCE, CLAIM_CUE, CLAIM_PARENT };

    public static TypeSystemDescription description() {
        TypeSystemDescription types = UIMAFramework.getResourceSpecifierFactory().createTypeSystemDescription();
        types.setName("Sayer INCEpTION layers");
        types.setDescription("Speakers, cues and claims as INCEpTION custom layers, on DKPro Core sentences and tokens.");
        types.setVersion("1.0");

        TypeDescription metadata = types.addType(DOCUMENT_META_DATA, "DKPro Core document metadata", CAS.TYPE_NAME_DOCUMENT_ANNOTATION);
        for (String name : new String[] { "documentTitle", "documentId", "documentUri", "collectionId", "documentBaseUri" }) {
            metadata.addFeature(name, null, CAS.TYPE_NAME_STRING);
        }
        metadata.addFeature("isLastSegment", null, CAS.TYPE_NAME_BOOLEAN);
        types.addType(SENTENCE, "DKPro Core sentence", CAS.TYPE_NAME_ANNOTATION).addFeature("id", null, CAS.TYPE_NAME_STRING);
        types.addType(TOKEN, "DKPro Core token", CAS.TYPE_NAME_ANNOTATION).addFeature("id", null, CAS.TYPE_NAME_STRING);

        TypeDescription mention = types.addType(SPEAKER_MENTION, "Text that refers to a speaker", CAS.TYPE_NAME_ANNOTATION);
        mention.addFeature(MENTION_KIND, "NAME, NOMINAL or PRONOUN", CAS.TYPE_NAME_STRING);
        mention.addFeature(MENTION_SPEAKER, "The speaker's id: mentions with the same id refer to one speaker", CAS.TYPE_NAME_STRING);
        mention.addFeature(MENTION_SPEAKER_NAME, "The speaker's name", CAS.TYPE_NAME_STRING);

        types.addType(CUE, "The reporting expression (\"said\")", CAS.TYPE_NAME_ANNOTATION);

        TypeDescription claim = types.addType(CLAIM, "The content of an attribution", CAS.TYPE_NAME_ANNOTATION);
        claim.addFeature(CLAIM_TYPE, "DIRECT, INDIRECT or MIXED", CAS.TYPE_NAME_STRING);
        for (String link : CLAIM_LINKS) {
            claim.addFeature(link, "link to the claim's " + link, CAS.TYPE_NAME_FS_ARRAY, linkType(link), false);
            TypeDescription linkType = types.addType(linkType(link), "A link of a claim to its " + link, CAS.TYPE_NAME_TOP);
            linkType.addFeature(LINK_ROLE, null, CAS.TYPE_NAME_STRING);
            linkType.addFeature(LINK_TARGET, null, linkTarget(link));
        }
        return types;
    }
}
