package org.sayer.pipeline.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sayer.pipeline.engines.Lemmas;

/** The suffix lemmatiser on the verb forms that cue matching depends on. */
class LemmasTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({ "emphasised, emphasise", "emphasising, emphasise", "analysed, analyse", "criticised, criticise",
            "admitted, admit", "stressed, stress", "announced, announce", "said, say" })
    void regularVerbFormsLoseTheirSuffixAndKeepTheirFinalE(String form, String lemma) {
        assertEquals(lemma, Lemmas.of(form, "VERB"));
    }
}
