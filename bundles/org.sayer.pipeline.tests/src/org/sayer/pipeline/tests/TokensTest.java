package org.sayer.pipeline.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.cas.CAS;
import org.apache.uima.resource.ResourceManager;
import org.junit.jupiter.api.Test;
import org.sayer.pipeline.Pipelines;
import org.sayer.pipeline.engines.Tokens;

/** The token view's word classes that every engine asks the same way. */
class TokensTest {

    @Test
    void aPossessiveMarkIsOneWhetherStraightOrCurly() throws Exception {
        ResourceManager manager = Pipelines.resourceManager();
        AnalysisEngine engine = Pipelines.createEngine(manager);
        try {
            CAS cas = Pipelines.createCas(manager);
            // real news writes most possessives with a curly mark, which the rules once missed
            cas.setDocumentText("The mayor’s aide, the players' union and Ruiz's lawyer said it was over.");
            engine.process(cas);
            Tokens tokens = Tokens.of(cas);
            List<String> marked = new ArrayList<>();
            for (int i = 0; i < tokens.size; i++) {
                if (tokens.isPossessiveMark(i)) {
                    marked.add(tokens.word[i - 1] + tokens.word[i]);
                }
            }
            assertEquals(List.of("mayor’s", "players'", "Ruiz's"), marked);
            Tokens.forget();
        } finally {
            engine.destroy();
        }
    }
}
