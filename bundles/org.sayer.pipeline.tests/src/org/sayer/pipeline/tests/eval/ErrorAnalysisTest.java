package org.sayer.pipeline.tests.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sayer.pipeline.eval.ErrorAnalysis;

/** eval --errors: every miss and false alarm with its kind, and the counts. */
class ErrorAnalysisTest {

    private static final String TEXT = "Ana Ruiz said the bridge opens in May. Tom Lee said the road stays shut. "
            + "Officials met on Monday. Ruiz added that fees will rise.";

    @TempDir
    Path folder;

    private static String span(String needle) {
        int b = TEXT.indexOf(needle);
        return "[" + b + ", " + (b + needle.length()) + "]";
    }

    private static String claim(String id, String source, String cue, String content) {
        return "{\"id\": \"" + id + "\", \"type\": \"INDIRECT\", \"source\": " + (source == null ? "null" : "\"" + source + "\"")
                + ", \"cue\": " + span(cue) + ", \"content\": " + span(content) + ", \"parent\": null}";
    }

    private static String document(String entities, String mentions, String claims) {
        return "{\"id\": \"d\", \"text\": \"" + TEXT + "\", \"entities\": [" + entities + "], \"mentions\": [" + mentions
                + "], \"attributions\": [" + claims + "]}\n";
    }

    @Test
    void missesAndFalseAlarmsGetTheirKind() throws Exception {
        String entities = "{\"id\": \"ruiz\", \"name\": \"Ana Ruiz\", \"type\": \"PERSON\", \"aliases\": [\"Ruiz\"]},"
                + " {\"id\": \"lee\", \"name\": \"Tom Lee\", \"type\": \"PERSON\", \"aliases\": []}";
        String mentions = "{\"id\": \"m1\", \"span\": " + span("Ana Ruiz") + ", \"entity\": \"ruiz\"},"
                + " {\"id\": \"m2\", \"span\": " + span("Tom Lee") + ", \"entity\": \"lee\"}";
        Path gold = Files.writeString(folder.resolve("gold.jsonl"), document(entities, mentions,
                claim("a1", "m1", "said", "the bridge opens in May") + ", " + claim("a2", "m2", "said the road", "the road stays shut") + ", "
                        + claim("a3", "m1", "added", "fees will rise")));
        // right a1; a2 with Ruiz as its speaker; nothing for a3; a false alarm on the meeting
        Path predicted = Files.writeString(folder.resolve("pred.jsonl"), document(entities, mentions,
                claim("p1", "m1", "said", "the bridge opens in May") + ", " + claim("p2", "m1", "said the road", "the road stays shut") + ", "
                        + claim("p3", null, "met", "on Monday")));
        ErrorAnalysis analysis = ErrorAnalysis.of(gold, predicted);
        List<String> seen = analysis.errors().stream().map(e -> e.side() + " " + e.kind() + ": " + e.content()).toList();
        assertEquals(List.of("MISS wrong source: the road stays shut", "MISS no candidate: fees will rise",
                "FALSE wrong source: the road stays shut", "FALSE no candidate: on Monday"), seen);
        assertEquals(1, analysis.counts().get("MISS no candidate"));
        assertEquals(0, analysis.counts().get("MISS boundary"));
        String text = analysis.toText();
        assertTrue(text.contains("line: Ana Ruiz said the bridge opens in May. Tom Lee said the road stays shut."), text);
        assertTrue(text.contains("Errors by kind (4):"), text);
    }
}
