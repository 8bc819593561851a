package org.sayer.cli.tests.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sayer.cli.SayerCli;
import org.sayer.cli.tests.CliRun;
import org.sayer.io.search.SearchIndex;

/** ./sayer search on a corpus made by ./sayer import, as a user runs them. */
class SearchCommandTest {

    /** Lavrov warns (indirect, about sanctions) and says (direct); Price speaks of sanctions too. */
    private static final String TEXT = "Sanctions will not work, Moscow says\n"
            + "Russian Foreign Minister Sergey Lavrov warned that new sanctions would hurt Europe first. "
            + "\"We have lived with sanctions before,\" Lavrov said.\n"
            + "Ned Price said sanctions remained on the table. The weather in Geneva was mild.";

    private static final String GOLD = """
            {"id": "geneva", "title": "Sanctions will not work, Moscow says", "text": %s,
             "entities": [{"id": "lavrov", "name": "Sergey Lavrov", "type": "PERSON", "aliases": ["Lavrov"]},
                          {"id": "price", "name": "Ned Price", "type": "PERSON"}],
             "mentions": [{"id": "m1", "span": %s, "entity": "lavrov"}, {"id": "m2", "span": %s, "entity": "lavrov"},
                          {"id": "m3", "span": %s, "entity": "price"}],
             "attributions": [{"id": "a1", "type": "INDIRECT", "source": "m1", "cue": %s, "content": %s},
                              {"id": "a2", "type": "DIRECT", "source": "m2", "cue": %s, "content": %s},
                              {"id": "a3", "type": "INDIRECT", "source": "m3", "cue": %s, "content": %s}]}
            """.formatted(new com.google.gson.Gson().toJson(TEXT),
            span("Russian Foreign Minister Sergey Lavrov", ""), span("Lavrov said", "Lavrov"), span("Ned Price", ""),
            span("warned", ""), span("new sanctions would hurt Europe first", ""),
            span("Lavrov said", "said"), span("We have lived with sanctions before,", ""),
            span("Ned Price said", "said"), span("sanctions remained on the table", "")).replace("\n", " ") + "\n";

    @TempDir
    Path folder;

    private final CliRun cli = new CliRun();

    /** As gold JSON, the span of {@code word} inside the first {@code context} of the text (all of it when {@code word} is empty). */
    private static String span(String context, String word) {
        int at = TEXT.indexOf(context) + (word.isEmpty() ? 0 : context.indexOf(word));
        return "[" + at + ", " + (at + (word.isEmpty() ? context : word).length()) + "]";
    }

    private Path corpus() throws Exception {
        Path gold = Files.writeString(folder.resolve("geneva.jsonl"), GOLD);
        Path corpus = folder.resolve("corpus");
        assertEquals(SayerCli.OK, cli.run("import", gold.toString(), "--out", corpus.toString()), cli.err());
        return corpus;
    }

    @Test
    void speakerTypeAndAWordFindTheClaimWithItsSpanAndSnippet() throws Exception {
        Path corpus = corpus();
        assertTrue(Files.isDirectory(corpus.resolve(SearchIndex.FOLDER)), "import builds the index");

        assertEquals(SayerCli.OK, cli.run("search", corpus.toString(), "speaker:Lavrov", "type:indirect", "sanctions"), cli.err());
        List<String> lines = cli.out().lines().toList();
        assertEquals("1 hit for speaker:Lavrov type:indirect sanctions (document, span, what, snippet):", lines.get(0));
        int begin = TEXT.indexOf("new sanctions");
        int end = begin + "new sanctions would hurt Europe first".length();
        assertEquals("geneva\t" + begin + "-" + end + "\tindirect claim by Sergey Lavrov, cue 'warned'\tnew sanctions would hurt Europe first",
                lines.get(1));
        assertEquals(2, lines.size(), cli.out());
    }

    @Test
    void cuesPhrasesAndPlainWordsAnswerToo() throws Exception {
        Path corpus = corpus();
        assertEquals(SayerCli.OK, cli.run("search", corpus.toString(), "cue:warned"), cli.err());
        assertTrue(cli.out().contains("\tindirect claim by Sergey Lavrov, cue 'warned'\t"), cli.out());
        assertEquals(2, cli.out().lines().count(), cli.out());

        assertEquals(SayerCli.OK, cli.run("search", corpus.toString(), "\"lived with sanctions\""), cli.err());
        assertTrue(cli.out().contains("\tdirect claim by Sergey Lavrov, cue 'said'\tWe have lived with sanctions before,"), cli.out());

        // words in no claim: the text hit is at the first of them
        int geneva = TEXT.indexOf("Geneva");
        assertEquals(SayerCli.OK, cli.run("search", corpus.toString(), "mild", "Geneva"), cli.err());
        assertEquals("geneva\t" + geneva + "-" + (geneva + "Geneva".length())
                + "\ttext\t\u2026Price said sanctions remained on the table. The weather in Geneva was mild.", cli.out().lines().toList().get(1));

        assertEquals(SayerCli.OK, cli.run("search", corpus.toString(), "speaker:Price", "cue:warned"), cli.err());
        assertEquals("No hits for speaker:Price cue:warned", cli.out().strip());
    }

    @Test
    void aBadQueryOrFolderIsSaidClearly() throws Exception {
        Path corpus = corpus();
        assertEquals(SayerCli.USAGE, cli.run("search", corpus.toString(), "who:Lavrov"));
        assertTrue(cli.err().startsWith("sayer search: Unknown field 'who:'"), cli.err());
        Path empty = Files.createDirectories(folder.resolve("empty"));
        assertEquals(SayerCli.FAILED, cli.run("search", empty.toString(), "sanctions"));
        assertEquals("sayer search: " + empty + ": not a Sayer corpus (no corpus.xmi)", cli.err().strip());
    }
}
