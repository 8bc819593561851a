package org.sayer.pipeline.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;

import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.resource.ResourceManager;
import org.junit.jupiter.api.Test;
import org.sayer.model.Document;
import org.sayer.model.SayerFactory;
import org.sayer.pipeline.Annotator;
import org.sayer.pipeline.Pipelines;
import org.sayer.pipeline.engines.Tokens;
import org.sayer.pipeline.types.SayerTypes;

/**
 * What keeps the memory of annotating a large document down (bench/run.sh MemoryBench measures
 * it): one copy of each word for all its tokens, and nothing of a document kept once it is done.
 */
class PipelineMemoryTest {

    private static final String SENTENCE = "Finance Minister Jane Doe said the budget would be balanced.\n";

    @Test
    void tokensOfTheSameWordShareOneString() throws Exception {
        ResourceManager manager = Pipelines.resourceManager();
        AnalysisEngine engine = Pipelines.createEngine(manager);
        try {
            CAS cas = Pipelines.createCas(manager);
            cas.setDocumentText(SENTENCE.repeat(20));
            engine.process(cas);
            Type tokenType = cas.getTypeSystem().getType(SayerTypes.TOKEN);
            Feature lemma = tokenType.getFeatureByBaseName(SayerTypes.TOKEN_LEMMA);
            List<String> lemmasOfBudget = new ArrayList<>(); // a lemma the rules compute, not one from a table
            for (AnnotationFS token : cas.<AnnotationFS>getAnnotationIndex(tokenType)) {
                if (token.getCoveredText().equals("budget")) {
                    lemmasOfBudget.add(token.getStringValue(lemma));
                }
            }
            assertEquals(20, lemmasOfBudget.size());
            assertEquals("budget", lemmasOfBudget.getFirst());
            lemmasOfBudget.forEach(each -> assertSame(lemmasOfBudget.getFirst(), each, "the CAS holds one string per lemma"));

            Tokens tokens = Tokens.of(cas);
            int first = tokens.tokenAtOrAfter(SENTENCE.indexOf("Doe"));
            int later = tokens.tokenAtOrAfter(SENTENCE.length() * 19 + SENTENCE.indexOf("Doe"));
            assertEquals("Doe", tokens.word[later]);
            assertSame(tokens.word[first], tokens.word[later]);
            assertSame(tokens.lower[first], tokens.lower[later]);
            assertSame(tokens.lemma[first], tokens.lemma[later]);
            Tokens.forget();
        } finally {
            engine.destroy();
        }
    }

    @Test
    void anAnnotatorKeepsNothingOfADocumentItHasAnnotated() throws Exception {
        try (Annotator annotator = Annotator.create()) {
            WeakReference<String> text = annotateAndForget(annotator);
            for (int i = 0; i < 20 && text.get() != null; i++) {
                System.gc();
                Thread.sleep(50);
            }
            // an engine that kept its token view would hold the whole text (and its tokens) until the next document
            assertNull(text.get(), "the annotator still holds the text of the document it annotated last");
        }
    }

    /** Annotates a document of a text no one else holds, and returns only a weak reference to that text. */
    private static WeakReference<String> annotateAndForget(Annotator annotator) throws Exception {
        Document document = SayerFactory.eINSTANCE.createDocument();
        document.setId("memory");
        document.setText(new StringBuilder(SENTENCE.repeat(50)).toString());
        annotator.annotate(document, null);
        assertTrue(document.getAnnotations().size() > 0, "the pipeline found the claims");
        return new WeakReference<>(document.getText());
    }
}
