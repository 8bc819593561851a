package org.sayer.pipeline.engines;

import java.io.IOException;
import java.io.InputStream;

import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The Apache OpenNLP English models (UD English-EWT), loaded once from the class path.
 *
 * <p>The model jars come from Maven Central. In OSGi they are fragments of this bundle, so the
 * same class-path lookup works in and outside OSGi.
 */
public final class OpenNlpModels {

    static final String SENTENCES = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKENS = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String POS = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    static final String LEMMAS = "opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

    private static volatile SentenceModel sentenceModel;
    private static volatile TokenizerModel tokenizerModel;
    private static volatile POSModel posModel;
    private static volatile LemmatizerModel lemmatizerModel;

    private OpenNlpModels() {
    }

    public static SentenceModel sentences() throws IOException {
        if (sentenceModel == null) {
            synchronized (OpenNlpModels.class) {
                if (sentenceModel == null) {
                    try (InputStream in = open(SENTENCES)) {
                        sentenceModel = new SentenceModel(in);
                    }
                }
            }
        }
        return sentenceModel;
    }

    public static TokenizerModel tokens() throws IOException {
        if (tokenizerModel == null) {
            synchronized (OpenNlpModels.class) {
                if (tokenizerModel == null) {
                    try (InputStream in = open(TOKENS)) {
                        tokenizerModel = new TokenizerModel(in);
                    }
                }
            }
        }
        return tokenizerModel;
    }

    public static POSModel pos() throws IOException {
        if (posModel == null) {
            synchronized (OpenNlpModels.class) {
                if (posModel == null) {
                    try (InputStream in = open(POS)) {
                        posModel = new POSModel(in);
                    }
                }
            }
        }
        return posModel;
    }

    public static LemmatizerModel lemmas() throws IOException {
        if (lemmatizerModel == null) {
            synchronized (OpenNlpModels.class) {
                if (lemmatizerModel == null) {
                    try (InputStream in = open(LEMMAS)) {
                        lemmatizerModel = new LemmatizerModel(in);
                    }
                }
            }
        }
        return lemmatizerModel;
    }

    private static InputStream open(String name) throws IOException {
        InputStream in = OpenNlpModels.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException("OpenNLP model " + name + " is not on the class path; the opennlp-models-*-en jars"
                    + " (fragments org.sayer.pipeline.models.*) must be installed");
        }
        return in;
    }
}
