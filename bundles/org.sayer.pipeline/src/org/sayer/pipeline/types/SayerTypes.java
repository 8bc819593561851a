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

    private SayerTypes() {
    }

    public static TypeSystemDescription description() {
        TypeSystemDescription types = UIMAFramework.getResourceSpecifierFactory().createTypeSystemDescription();
        types.setName("Sayer");
        types.addType(SENTENCE, "A sentence.", CAS.TYPE_NAME_ANNOTATION);
        TypeDescription token = types.addType(TOKEN, "A word or punctuation token.", CAS.TYPE_NAME_ANNOTATION);
        token.addFeature(TOKEN_POS, "Universal part-of-speech tag.", CAS.TYPE_NAME_STRING);
        token.addFeature(TOKEN_LEMMA, "Lemma.", CAS.TYPE_NAME_STRING);
        return types;
    }
}
