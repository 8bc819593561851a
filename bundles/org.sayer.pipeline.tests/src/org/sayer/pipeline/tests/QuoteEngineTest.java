package org.sayer.pipeline.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sayer.pipeline.engines.QuoteEngine;
import org.sayer.pipeline.engines.QuoteEngine.Quote;

/** Quotation detection on its own: marks of every style, nesting, paragraphs and broken input. */
class QuoteEngineTest {

    private static List<String> outermost(String text) {
        return QuoteEngine.find(text).stream().filter(q -> q.depth() == 0)
                .map(q -> text.substring(q.begin(), q.end())).toList();
    }

    @Test
    void straightCurlyAndGuillemetQuotesAreFound() {
        assertEquals(List.of("We won,", "Yes."), outermost("\"We won,\" he said. \u201CYes.\u201D"));
        assertEquals(List.of(" Nous gagnons. "), outermost("Il a dit: \u00AB Nous gagnons. \u00BB"));
        assertEquals(List.of("The lads were magnificent,"), outermost("'The lads were magnificent,' Hughes said."));
    }

    @Test
    void apostrophesAreNotQuotes() {
        assertEquals(List.of(), outermost("Russia's troops, the allies' demands and Ukraine\u2019s borders don't move."));
        assertEquals(List.of("it's over"), outermost("He said \"it's over\" and the West's leaders left."));
    }

    @Test
    void singleQuotesInsideDoubleQuotesNest() {
        String text = "\"He told me 'never again' yesterday,\" she said.";
        List<Quote> quotes = QuoteEngine.find(text);
        assertEquals(2, quotes.size());
        assertEquals("He told me 'never again' yesterday,", text.substring(quotes.get(0).begin(), quotes.get(0).end()));
        assertEquals(0, quotes.get(0).depth());
        assertEquals("never again", text.substring(quotes.get(1).begin(), quotes.get(1).end()));
        assertEquals(1, quotes.get(1).depth());
    }

    @Test
    void quoteOverSeveralParagraphsIsOneQuote() {
        String text = "She said: \"First paragraph.\n\"Second paragraph,\" she added.";
        assertEquals(List.of("First paragraph.\n\"Second paragraph,"), outermost(text));
        assertTrue(QuoteEngine.find(text).get(0).closed());
    }

    @Test
    void unclosedQuoteStopsAtItsParagraphEnd() {
        String text = "He said: \"This never closes.\nThe next paragraph is narrative. \"And this one closes.\"";
        List<Quote> quotes = QuoteEngine.find(text);
        assertEquals(List.of("This never closes.", "And this one closes."), outermost(text));
        assertFalse(quotes.get(0).closed());
        assertTrue(quotes.get(1).closed());
    }

    @Test
    void curlyMarksTypedTheWrongWayStillPair() {
        assertEquals(List.of("We are ready,", "Yes."), outermost("\u201CWe are ready,\u201C he said. \u201CYes.\u201D"));
        assertEquals(List.of("We are ready."), outermost("He said: \u201DWe are ready.\u201D Then he left."));
    }

    @Test
    void twoSingleMarksTypedForADoubleOneActAsOne() {
        assertEquals(List.of("We are ready!", "Yes."), outermost("\u201EWe are ready!\u2019\u2019 the mayor added. \u2018\u2018Yes.\u2019\u2019"));
        assertEquals(List.of("A sound plan,"), outermost("\u2018\u2019A sound plan,\u2019\u2019 she said."));
    }

    @Test
    void aParagraphWhoseFirstMarkClosesAfterPunctuationLostItsOpeningMark() {
        String text = "The coach spoke.\nWe could not get all our players,\u201D said Tshosane. \u201CNext time.\u201D";
        assertEquals(List.of("We could not get all our players,", "Next time."), outermost(text));
        assertTrue(QuoteEngine.find(text).get(0).closed());
        assertEquals(List.of("Go,", "Stay."), outermost("\u201CGo,\u201D she said.\nStay.\" he replied."));
    }

    @Test
    void strayClosingMarksAreIgnored() {
        assertEquals(List.of(), outermost("Nothing opens here\u201D and here\u00BB."));
    }
}
