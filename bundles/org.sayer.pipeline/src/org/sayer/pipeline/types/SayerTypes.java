package org.sayer.pipeline.types;

import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.CAS;
import org.apache.uima.resource.metadata.TypeDescription;
import org.apache.uima.resource.metadata.TypeSystemDescription;

/**
 * The pipeline's UIMA type system, built in code.
 *
 * <p>Engines use the generic CAS API with the names below instead of JCas cover classes: that
 * needs no generated classes and no class loader tricks inside OSGi.
 */
public final class SayerTypes {

    public static final String NAMESPACE = "org.sayer.types.";
    public static final String SENTENCE = NAMESPACE + "Sentence";
    public static final String TOKEN = NAMESPACE + "Token";
    public static final String TOKEN_POS = "pos";
    public static final String TOKEN_LEMMA = "lemma";

    /** Supertype of every suggestion: who made it and how sure it is. */
    public static final String SUGGESTION = NAMESPACE + "Suggestion";
    public static final String CONFIDENCE = "confidence";
    public static final String PRODUCER = "producer";

    /** The text between quotation marks (marks excluded). */
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
    /**
     * Set for cues whose object can be the content ("called the plan \"a giveaway\"", "described
     * the result as …"): the word that must follow the object when no quotation is in it ("as",
     * "of"), or "" when only a quotation qualifies. Unset for other cues.
     */
    public static final String CUE_OBJECT_VIA = "objectVia";

    /** A speaker the document refers to (not an annotation: it has no span). */
    public static final String ENTITY = NAMESPACE + "Entity";
    public static final String ENTITY_NAME = "name";
    public static final String ENTITY_ALIASES = "aliases";
    public static final String ENTITY_ROLE = "role";
    /** PERSON, ORGANIZATION, GROUP or GPE. */
    public static final String ENTITY_TYPE = "speakerType";
    /** MALE, FEMALE or empty when unknown. */
    public static final String ENTITY_GENDER = "gender";
    /** The id of the corpus registry speaker it was matched to, or null. */
    public static final String ENTITY_REGISTRY_ID = "registryId";

    /** A text span that refers to a speaker. */
    public static final String MENTION = NAMESPACE + "Mention";
    /** NAME, NOMINAL or PRONOUN. */
    public static final String MENTION_KIND = "kind";
    public static final String MENTION_ENTITY = "entity";
    /** The role or title words of the mention ("Russian Foreign Minister"), or null. */
    public static final String MENTION_ROLE = "role";
    /** The name part ("Sergey Lavrov" of "Russian Foreign Minister Sergey Lavrov"), or the nominal without its article. */
    public static final String MENTION_NAME = "name";
    /** PERSON, ORGANIZATION, GROUP or GPE, as far as the mention alone tells. */
    public static final String MENTION_TYPE = "speakerType";

    /** A claim: its span is the content. */
    public static final String ATTRIBUTION = NAMESPACE + "Attribution";
    /** DIRECT, INDIRECT or MIXED. */
    public static final String ATTRIBUTION_TYPE = "claimType";
    public static final String ATTRIBUTION_SOURCE = "source";
    public static final String ATTRIBUTION_CUE = "cue";
    public static final String ATTRIBUTION_PARENT = "parent";
    /** The candidate rule that proposed the claim (a feature of the scoring model). */
    public static final String ATTRIBUTION_RULE = "rule";
    /** Where a cue's entry comes from: "curated" (cues.txt or the user's file) or "wordnet:LEXFILE". */
    public static final String CUE_LEXICON = "lexicon";

    private SayerTypes() {
    }

    public static TypeSystemDescription description() {
        TypeSystemDescription types = UIMAFramework.getResourceSpecifierFactory().createTypeSystemDescription();
        types.setName("Sayer");
        types.addType(SENTENCE, "A sentence.", CAS.TYPE_NAME_ANNOTATION);
        TypeDescription token = types.addType(TOKEN, "A word or punctuation token.", CAS.TYPE_NAME_ANNOTATION);
        token.addFeature(TOKEN_POS, "Universal part-of-speech tag.", CAS.TYPE_NAME_STRING);
        token.addFeature(TOKEN_LEMMA, "Lemma.", CAS.TYPE_NAME_STRING);

        TypeDescription suggestion = types.addType(SUGGESTION, "Something an engine suggests.", CAS.TYPE_NAME_ANNOTATION);
        suggestion.addFeature(CONFIDENCE, "How sure the engine is, 0..1.", CAS.TYPE_NAME_DOUBLE);
        suggestion.addFeature(PRODUCER, "Engine id and version.", CAS.TYPE_NAME_STRING);

        TypeDescription quote = types.addType(QUOTE, "Text between quotation marks.", SUGGESTION);
        quote.addFeature(QUOTE_CLOSED, "Whether a closing mark was found.", CAS.TYPE_NAME_BOOLEAN);
        quote.addFeature(QUOTE_DEPTH, "Nesting depth, 0 for outermost.", CAS.TYPE_NAME_INTEGER);

        TypeDescription cue = types.addType(CUE, "A reporting expression.", SUGGESTION);
        cue.addFeature(CUE_ENTRY, "The lexicon entry that matched.", CAS.TYPE_NAME_STRING);
        cue.addFeature(CUE_KIND, "VERB, NOUN or SOURCE_FIRST.", CAS.TYPE_NAME_STRING);
        cue.addFeature(CUE_LEXICON, "curated, or wordnet:LEXFILE for an entry derived from WordNet.", CAS.TYPE_NAME_STRING);
        cue.addFeature(CUE_NEEDS_FRAME, "Content must follow 'that', a quote or a colon.", CAS.TYPE_NAME_BOOLEAN);
        cue.addFeature(CUE_OBJECT_VIA, "Word after an object that is content ('as'), '' for a quoted object only.",
                CAS.TYPE_NAME_STRING);

        TypeDescription entity = types.addType(ENTITY, "A speaker of the document.", CAS.TYPE_NAME_TOP);
        entity.addFeature(ENTITY_NAME, "Canonical name.", CAS.TYPE_NAME_STRING);
        entity.addFeature(ENTITY_ALIASES, "Other names.", CAS.TYPE_NAME_STRING_ARRAY);
        entity.addFeature(ENTITY_ROLE, "Role or title.", CAS.TYPE_NAME_STRING);
        entity.addFeature(ENTITY_TYPE, "PERSON, ORGANIZATION, GROUP or GPE.", CAS.TYPE_NAME_STRING);
        entity.addFeature(ENTITY_GENDER, "MALE, FEMALE or empty.", CAS.TYPE_NAME_STRING);
        entity.addFeature(ENTITY_REGISTRY_ID, "Matched corpus registry speaker id.", CAS.TYPE_NAME_STRING);

        TypeDescription mention = types.addType(MENTION, "A reference to a speaker.", SUGGESTION);
        mention.addFeature(MENTION_KIND, "NAME, NOMINAL or PRONOUN.", CAS.TYPE_NAME_STRING);
        mention.addFeature(MENTION_ENTITY, "The speaker referred to.", ENTITY);
        mention.addFeature(MENTION_ROLE, "Role words in the mention.", CAS.TYPE_NAME_STRING);
        mention.addFeature(MENTION_NAME, "Name part of the mention.", CAS.TYPE_NAME_STRING);
        mention.addFeature(MENTION_TYPE, "Speaker type as the mention tells.", CAS.TYPE_NAME_STRING);

        TypeDescription attribution = types.addType(ATTRIBUTION, "A claim; the span is its content.", SUGGESTION);
        attribution.addFeature(ATTRIBUTION_TYPE, "DIRECT, INDIRECT or MIXED.", CAS.TYPE_NAME_STRING);
        attribution.addFeature(ATTRIBUTION_SOURCE, "Who makes the claim.", MENTION);
        attribution.addFeature(ATTRIBUTION_CUE, "The reporting expression.", CUE);
        attribution.addFeature(ATTRIBUTION_PARENT, "The claim whose content holds this one.", ATTRIBUTION);
        attribution.addFeature(ATTRIBUTION_RULE, "The candidate rule that proposed it.", CAS.TYPE_NAME_STRING);
        return types;
    }
}
