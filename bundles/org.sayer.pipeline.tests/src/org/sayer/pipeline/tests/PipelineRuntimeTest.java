package org.sayer.pipeline.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;

import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.resource.ResourceManager;
import org.junit.jupiter.api.Test;
import org.sayer.pipeline.Pipelines;
import org.sayer.pipeline.engines.OpenNlpModels;
import org.sayer.pipeline.types.SayerTypes;

/** The NLP libraries load and run inside OSGi: OpenNLP models from their jars, uimaFIT engines through an explicit ResourceManager. */
class PipelineRuntimeTest {

    @Test
    void openNlpModelsLoadFromTheirJars() throws Exception {
        SentenceDetectorME sentences = new SentenceDetectorME(OpenNlpModels.sentences());
        assertEquals(2, sentences.sentDetect("Lavrov spoke first. Blinken answered later.").length);
        TokenizerME tokens = new TokenizerME(OpenNlpModels.tokens());
        assertArrayEquals(new String[] { "Moscow", "refused", "to", "talk", "." }, tokens.tokenize("Moscow refused to talk."));
    }

    @Test
    void uimaFitEngineWithExplicitResourceManagerTagsTokens() throws Exception {
        ResourceManager manager = Pipelines.resourceManager();
        AnalysisEngine engine = Pipelines.createEngine(manager);
        CAS cas = Pipelines.createCas(manager);
        cas.setDocumentText("The minister said talks would continue.\nShe added that nothing was agreed.");
        engine.process(cas);

        Type sentenceType = cas.getTypeSystem().getType(SayerTypes.SENTENCE);
        Type tokenType = cas.getTypeSystem().getType(SayerTypes.TOKEN);
        Feature pos = tokenType.getFeatureByBaseName(SayerTypes.TOKEN_POS);
        Feature lemma = tokenType.getFeatureByBaseName(SayerTypes.TOKEN_LEMMA);
        assertEquals(2, cas.getAnnotationIndex(sentenceType).size());
        List<String> words = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        String saidLemma = null;
        for (AnnotationFS token : cas.getAnnotationIndex(tokenType)) {
            words.add(token.getCoveredText());
            tags.add(token.getStringValue(pos));
            if (token.getCoveredText().equals("said")) {
                saidLemma = token.getStringValue(lemma);
            }
        }
        assertEquals(List.of("The", "minister", "said", "talks", "would", "continue", ".", "She", "added", "that",
                "nothing", "was", "agreed", "."), words);
        assertEquals("VERB", tags.get(2), "universal POS tags: " + tags);
        assertEquals("PRON", tags.get(7), "universal POS tags: " + tags);
        assertEquals("say", saidLemma);
        engine.destroy();
    }

    @Test
    void emptyDocumentsGiveNoAnnotations() throws Exception {
        ResourceManager manager = Pipelines.resourceManager();
        AnalysisEngine engine = Pipelines.createEngine(manager);
        CAS cas = Pipelines.createCas(manager);
        cas.setDocumentText("\n\n");
        engine.process(cas);
        assertTrue(cas.getAnnotationIndex(cas.getTypeSystem().getType(SayerTypes.TOKEN)).isEmpty());
    }
}
