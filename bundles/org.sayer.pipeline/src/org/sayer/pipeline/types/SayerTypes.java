package org.sayer.pipeline.types;

import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.CAS;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.ResourceManager;
import org.apache.uima.resource.metadata.TypeDescription;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;

/**
 * Sayer's one UIMA type system, built in code: the pipeline's engines write their suggestions in
 * it, and the XMI export and import of {@code org.sayer.io} map the EMF model to it one to one
 * (document metadata, the speakers in order, every annotation with its review fields), so an
 * exported CAS loses nothing.
 *
 * <p>Engines use the generic CAS API with the names below instead of JCas cover classes: that
 * needs no generated classes and no class loader tricks inside OSGi.
 */
public final class SayerTypes {

    /**
     * The namespace of XMI exports since the first release, kept so that they still import. Not
     * "...xmi": UIMA takes the last segment as the XML prefix, and "xmi" is XMI's own.
     */
    public static final String NAMESPACE = "org.sayer.attribution.";
    public static final String SENTENCE = NAMESPACE + "Sentence";
    public static final String TOKEN = NAMESPACE + "Token";
    public static final String TOKEN_POS = "pos";
    public static final String TOKEN_LEMMA = "lemma";

    /** The document's id, metadata and speakers (exports only; the pipeline works on the text). */
    public static final String DOCUMENT_INFO = NAMESPACE + "DocumentInfo";

    /** Supertype of every annotation: who made it, how sure it is, and its review. */
    public static final String ANNOTATION = NAMESPACE + "SayerAnnotation";
    public static final String CONFIDENCE = "confidence";
    public static final String PRODUCER = "producer";

    /** The text between quotation marks (marks excluded); the pipeline's alone. */
    public static final String QUOTE = NAMESPACE + "Quote";
    /** False when the closing mark is missing and the quote was cut at its paragraph's end. */
    public static final String QUOTE_CLOSED = "closed";
    /** Nesting depth: 0 for an outermost quote. */
    public static final String QUOTE_DEPTH = "depth";

    /** A reporting expression. */
    public static final String CUE = NAMESPACE + "Cue";
    /** The lexicon entry that matched, e.g. "call for", "according to". */
    public static final String CUE_ENTRY = "entry";
    /** VERB, NOUN or SOURCE_FIRST ("according to"). */
    public static final String CUE_KIND = "kind";
    /** True for cues whose content must be framed ("that", a quote, a colon): "wrote that …", not "wrote a book". */
    public static final String CUE_NEEDS_FRAME = "needsFrame";
    /** True for verbs of judging ("praised", "condemned"): what they judge, their object, is the content. */
    public static final String CUE_JUDGES = "judges";
    /**
     * Set for cues whose object can be the content ("called the plan \"a giveaway\"", "described
     * the result as …"): the word that must follow the object when no quotation is in it ("as",
     * "of"), or "" when only a quotation qualifies. Unset for other cues.
     */
    public static final String CUE_OBJECT_VIA = "objectVia";
    /** Where a cue's entry comes from: "curated" (cues.txt or the user's file) or "wordnet:LEXFILE". */
    public static final String CUE_LEXICON = "lexicon";

    /** A speaker the document refers to (not an annotation: it has no span). */
    public static final String SPEAKER = NAMESPACE + "Speaker";
    public static final String SPEAKER_NAME = "name";
    public static final String SPEAKER_ALIASES = "aliases";
    public static final String SPEAKER_ROLE = "role";
    /** PERSON, ORGANIZATION, GROUP or GPE. */
    public static final String SPEAKER_TYPE = "speakerType";
    /** MALE, FEMALE or empty when unknown. */
    public static final String SPEAKER_GENDER = "gender";
    /** The id of the corpus registry speaker it was matched to, or null. */
    public static final String SPEAKER_REGISTRY_ID = "registryId";

    /** A text span that refers to a speaker. */
    public static final String SPEAKER_MENTION = NAMESPACE + "SpeakerMention";
    /** NAME, NOMINAL or PRONOUN. */
    public static final String MENTION_KIND = "kind";
    public static final String MENTION_SPEAKER = "speaker";
    /** The role or title words of the mention ("Russian Foreign Minister"), or null. */
    public static final String MENTION_ROLE = "role";
    /** The name part ("Sergey Lavrov" of "Russian Foreign Minister Sergey Lavrov"), or the nominal without its article. */
    public static final String MENTION_NAME = "name";
    /** PERSON, ORGANIZATION, GROUP or GPE, as far as the mention alone tells. */
    public static final String MENTION_TYPE = "speakerType";

    /** A claim: its span is the content. */
    public static final String CLAIM = NAMESPACE + "Claim";
    /** DIRECT, INDIRECT or MIXED. */
    public static final String CLAIM_TYPE = "claimType";
    public static final String CLAIM_SOURCE = "source";
    public static final String CLAIM_CUE = "cue";
    public static final String CLAIM_PARENT = "parent";
    /** The earlier part of a quotation that a reporting clause splits, which this claim continues. */
    public static final String CLAIM_CONTINUES = "continues";
    /** The candidate rule that proposed the claim (a feature of the scoring model). */
    public static final String CLAIM_RULE = "rule";
    /** Whether the candidate's source is another mention of the cue's sentence than the one its rule found. */
    public static final String CLAIM_RIVAL_SOURCE = "rivalSource";

    private SayerTypes() {
    }

    /** The type-system description; also written next to an XMI export as {@code TypeSystem.xml}. */
    public static TypeSystemDescription description() {
        TypeSystemDescription types = UIMAFramework.getResourceSpecifierFactory().createTypeSystemDescription();
        types.setName("SayerTypes");
        types.setDescription("Who said what: speakers, cues and claims, as Sayer's pipeline suggests and its exports write them.");
        types.setVersion("2.0");
        types.addType(SENTENCE, "A sentence.", CAS.TYPE_NAME_ANNOTATION);
        TypeDescription token = types.addType(TOKEN, "A word or punctuation token.", CAS.TYPE_NAME_ANNOTATION);
        token.addFeature(TOKEN_POS, "Universal part-of-speech tag.", CAS.TYPE_NAME_STRING);
        token.addFeature(TOKEN_LEMMA, "Lemma.", CAS.TYPE_NAME_STRING);

        TypeDescription info = types.addType(DOCUMENT_INFO, "Document id and metadata", CAS.TYPE_NAME_TOP);
        for (String name : new String[] { "id", "title", "source", "url", "published", "language", "state" }) {
            info.addFeature(name, null, CAS.TYPE_NAME_STRING);
        }
        info.addFeature("metadataKeys", "extra metadata keys", CAS.TYPE_NAME_STRING_ARRAY);
        info.addFeature("metadataValues", "their values, JSON literals", CAS.TYPE_NAME_STRING_ARRAY);
        info.addFeature("speakers", "the document's speakers in order", CAS.TYPE_NAME_FS_ARRAY, SPEAKER, false);
        info.addFeature("doneBy", "the analysts who marked the document done", CAS.TYPE_NAME_STRING_ARRAY);

        TypeDescription speaker = types.addType(SPEAKER, "A speaker of the document.", CAS.TYPE_NAME_TOP);
        speaker.addFeature("id", null, CAS.TYPE_NAME_STRING);
        speaker.addFeature(SPEAKER_NAME, "Canonical name.", CAS.TYPE_NAME_STRING);
        speaker.addFeature(SPEAKER_ALIASES, "Other names.", CAS.TYPE_NAME_STRING_ARRAY);
        speaker.addFeature(SPEAKER_ROLE, "Role or title.", CAS.TYPE_NAME_STRING);
        speaker.addFeature("organisation", null, CAS.TYPE_NAME_STRING);
        speaker.addFeature(SPEAKER_TYPE, "PERSON, ORGANIZATION, GROUP or GPE.", CAS.TYPE_NAME_STRING);
        speaker.addFeature("externalId", null, CAS.TYPE_NAME_STRING);
        speaker.addFeature(SPEAKER_GENDER, "MALE, FEMALE or empty (pipeline).", CAS.TYPE_NAME_STRING);
        speaker.addFeature(SPEAKER_REGISTRY_ID, "Matched corpus registry speaker id (pipeline).", CAS.TYPE_NAME_STRING);

        TypeDescription annotation = types.addType(ANNOTATION, "Fields every Sayer annotation has", CAS.TYPE_NAME_ANNOTATION);
        annotation.addFeature("annotationId", null, CAS.TYPE_NAME_STRING);
        annotation.addFeature("order", "position in the document's annotation list", CAS.TYPE_NAME_INTEGER);
        annotation.addFeature("origin", "MANUAL or AUTOMATIC", CAS.TYPE_NAME_STRING);
        annotation.addFeature("review", "PENDING, ACCEPTED or REJECTED (a rejected one is a negative)", CAS.TYPE_NAME_STRING);
        annotation.addFeature(CONFIDENCE, "How sure its producer is, 0..1.", CAS.TYPE_NAME_DOUBLE);
        annotation.addFeature(PRODUCER, "Engine id and version.", CAS.TYPE_NAME_STRING);
        annotation.addFeature("timestamp", "epoch milliseconds (absent or 0: not recorded)", CAS.TYPE_NAME_LONG);
        annotation.addFeature("created", "when it was made, epoch milliseconds (absent or 0: not recorded)", CAS.TYPE_NAME_LONG);
        annotation.addFeature("reviewer", "who accepted, rejected or edited it", CAS.TYPE_NAME_STRING);
        annotation.addFeature("reviewed", "when, epoch milliseconds (absent or 0: not recorded)", CAS.TYPE_NAME_LONG);
        annotation.addFeature("curatedFrom", "in a curated corpus, the annotators whose versions held it", CAS.TYPE_NAME_STRING_ARRAY);

        TypeDescription quote = types.addType(QUOTE, "Text between quotation marks.", ANNOTATION);
        quote.addFeature(QUOTE_CLOSED, "Whether a closing mark was found.", CAS.TYPE_NAME_BOOLEAN);
        quote.addFeature(QUOTE_DEPTH, "Nesting depth, 0 for outermost.", CAS.TYPE_NAME_INTEGER);

        TypeDescription cue = types.addType(CUE, "A reporting expression.", ANNOTATION);
        cue.addFeature(CUE_ENTRY, "The lexicon entry that matched.", CAS.TYPE_NAME_STRING);
        cue.addFeature(CUE_KIND, "VERB, NOUN or SOURCE_FIRST.", CAS.TYPE_NAME_STRING);
        cue.addFeature(CUE_LEXICON, "curated, or wordnet:LEXFILE for an entry derived from WordNet.", CAS.TYPE_NAME_STRING);
        cue.addFeature(CUE_NEEDS_FRAME, "Content must follow 'that', a quote or a colon.", CAS.TYPE_NAME_BOOLEAN);
        cue.addFeature(CUE_JUDGES, "A verb of judging: its object is the content.", CAS.TYPE_NAME_BOOLEAN);
        cue.addFeature(CUE_OBJECT_VIA, "Word after an object that is content ('as'), '' for a quoted object only.",
                CAS.TYPE_NAME_STRING);

        TypeDescription mention = types.addType(SPEAKER_MENTION, "Text that refers to a speaker.", ANNOTATION);
        mention.addFeature(MENTION_SPEAKER, "The speaker referred to.", SPEAKER);
        mention.addFeature(MENTION_KIND, "NAME, NOMINAL or PRONOUN.", CAS.TYPE_NAME_STRING);
        mention.addFeature(MENTION_ROLE, "Role words in the mention (pipeline).", CAS.TYPE_NAME_STRING);
        mention.addFeature(MENTION_NAME, "Name part of the mention (pipeline).", CAS.TYPE_NAME_STRING);
        mention.addFeature(MENTION_TYPE, "Speaker type as the mention tells (pipeline).", CAS.TYPE_NAME_STRING);

        TypeDescription claim = types.addType(CLAIM, "A claim; the span is its content.", ANNOTATION);
        claim.addFeature(CLAIM_TYPE, "DIRECT, INDIRECT or MIXED.", CAS.TYPE_NAME_STRING);
        claim.addFeature(CLAIM_SOURCE, "Who makes the claim.", SPEAKER_MENTION);
        claim.addFeature(CLAIM_CUE, "The reporting expression.", CUE);
        claim.addFeature(CLAIM_PARENT, "The claim whose content holds this one.", CLAIM);
        claim.addFeature(CLAIM_CONTINUES, "The earlier part of the split quotation this claim continues.", CLAIM);
        claim.addFeature(CLAIM_RULE, "The candidate rule that proposed it (pipeline).", CAS.TYPE_NAME_STRING);
        claim.addFeature(CLAIM_RIVAL_SOURCE, "Whether its source is a rival to the one its rule found (pipeline).",
                CAS.TYPE_NAME_BOOLEAN);
        return types;
    }

    /** A fresh CAS of {@code types}; UIMA gets an explicit resource manager on this bundle's loader (see BUILD.md). */
    public static CAS newCas(TypeSystemDescription types) throws ResourceInitializationException {
        ResourceManager resources = UIMAFramework.newDefaultResourceManager();
        resources.setExtensionClassLoader(SayerTypes.class.getClassLoader(), true);
        return CasCreationUtils.createCas(types, null, null, null, resources);
    }

    /** A fresh CAS with these types. */
    public static CAS newCas() throws ResourceInitializationException {
        return newCas(description());
    }
}
