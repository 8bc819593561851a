package org.sayer.pipeline.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.sayer.model.Claim;
import org.sayer.model.Corpus;
import org.sayer.model.Document;
import org.sayer.model.SayerFactory;
import org.sayer.model.WorkflowState;
import org.sayer.pipeline.Annotator;

/**
 * Input no news article looks like gets a sane result from the Annotator: no exception, no hang
 * (the timeouts only guard against a hang; speed is measured by PipelineBench), and no claim
 * outside the text.
 */
class BadInputTest {

    private static final Duration HANG_GUARD = Duration.ofMinutes(10);

    private static Document annotate(String text) {
        return assertTimeoutPreemptively(HANG_GUARD, () -> {
            Document document = SayerFactory.eINSTANCE.createDocument();
            document.setId("bad");
            document.setText(text);
            Corpus corpus = SayerFactory.eINSTANCE.createCorpus();
            try (Annotator annotator = Annotator.create()) {
                annotator.annotate(document, corpus);
            }
            int length = text == null ? 0 : text.length();
            document.getAnnotations().forEach(a -> assertTrue(0 <= a.getBegin() && a.getBegin() <= a.getEnd()
                    && a.getEnd() <= length, "annotation inside the text: " + a.getBegin() + ".." + a.getEnd()));
            return document;
        });
    }

    private static long claims(Document document) {
        return document.getAnnotations().stream().filter(Claim.class::isInstance).count();
    }

    @Test
    void emptyAndMissingTextGiveNoAnnotations() {
        Document empty = annotate("");
        assertEquals(0, empty.getAnnotations().size());
        assertEquals(WorkflowState.PRE_ANNOTATED, empty.getState());
        assertEquals(0, annotate(null).getAnnotations().size());
        assertEquals(0, annotate("\n\n   \n").getAnnotations().size());
    }

    @Test
    void documentOfOnlyQuotationMarksHasNoClaims() {
        assertEquals(0, claims(annotate("\"\"\"\" \u201C\u201D\u201D\u201C \u00AB\u00BB\u00BB ''' \u2018\u2019\n\"\"\n\"")));
    }

    @Test
    void binaryGarbageAndOtherLanguagesPassWithoutError() {
        Random random = new Random(42);
        StringBuilder garbage = new StringBuilder();
        for (int i = 0; i < 50_000; i++) {
            garbage.append((char) random.nextInt(0xFFFF));
        }
        annotate(garbage.toString());
        annotate("\u041C\u0438\u043D\u0438\u0441\u0442\u0440 \u0437\u0430\u044F\u0432\u0438\u043B: \u00AB\u041C\u044B \u0433\u043E\u0442\u043E\u0432\u044B.\u00BB\n"
                + "\u5916\u4EA4\u90E8\u53D1\u8A00\u4EBA\u8868\u793A\uFF1A\u201C\u6211\u4EEC\u53CD\u5BF9\u3002\u201D\n"
                + "Der Minister sagte: \u201EWir sind bereit.\u201C \uD83D\uDE00 \"emoji \uD83D\uDE00 quote,\" he said.");
    }

    @Test
    void tenThousandUnbalancedQuotesStayLocal() {
        StringBuilder text = new StringBuilder("Lavrov said: \"We are waiting.\"\n");
        for (int i = 0; i < 10_000; i++) {
            text.append(i % 7 == 0 ? "\n" : " ").append("word \"open ").append(i % 3 == 0 ? "\u201C" : "'");
        }
        text.append("\nBlinken said talks would continue.");
        Document document = annotate(text.toString());
        assertTrue(document.getAnnotations().stream().filter(Claim.class::isInstance).map(Claim.class::cast)
                .anyMatch(c -> c.getCoveredText().equals("talks would continue")),
                "an unbalanced mark does not swallow the rest of the document");
    }

    @Test
    void fiveMegabyteDocumentIsAnnotated() {
        String paragraph = "Finance Minister Jane Doe said on Monday that the budget would be balanced by 2027. "
                + "\"We will not raise taxes,\" she told reporters. Critics said the plan lacked detail.\n";
        StringBuilder text = new StringBuilder();
        while (text.length() < 5_000_000) {
            text.append(paragraph);
        }
        Document document = annotate(text.toString());
        assertTrue(claims(document) > 1000, "claims found all through the document: " + claims(document));
    }
}
