package org.sayer.cli.tests.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sayer.cli.SayerCli;
import org.sayer.cli.tests.CliRun;
import org.sayer.model.Annotation;
import org.sayer.model.Claim;
import org.sayer.model.Document;
import org.sayer.model.ReviewState;
import org.sayer.model.SpeakerMention;
import org.sayer.model.WorkflowState;
import org.sayer.model.store.CorpusStore;

/**
 * {@code ./sayer curate} on three annotators' versions of small documents: what all agree on is
 * taken, what most hold is taken under --auto majority, the rest goes in pending and is listed.
 */
class CurateCommandTest {

    // Lavrov 0-6, said 7-11, "talks would go on" 12-29; Baerbock 31-39, said 40-44, "no" 45-47;
    // Price 49-54, added 55-60, "it was over" 66-77
    private static final String TEXT = "Lavrov said talks would go on. Baerbock said no. Price added that it was over.";
    private static final String ENTITIES = "\"entities\": [{\"id\": \"l\", \"name\": \"Sergey Lavrov\", \"type\": \"PERSON\"},"
            + " {\"id\": \"b\", \"name\": \"Annalena Baerbock\", \"type\": \"PERSON\"}, {\"id\": \"p\", \"name\": \"Ned Price\", \"type\": \"PERSON\"}]";
    private static final String LAVROV = "{\"id\": \"a1\", \"type\": \"INDIRECT\", \"source\": \"m1\", \"cue\": [7, 11], \"content\": [12, 29], \"parent\": null}";

    // "Price said Blinken stressed peace.": Price 0-5, said 6-10, Blinken 11-18, stressed 19-27, peace 28-33
    private static final String NESTED_TEXT = "Price said Blinken stressed peace.";

    @TempDir
    Path folder;

    private final CliRun cli = new CliRun();

    /** anna: Baerbock's claim INDIRECT, and Price's claim with its mention; ben the same without Price; carla calls Baerbock's DIRECT. */
    private Path version(String name, String baerbockType, boolean price) throws Exception {
        String mentions = "{\"id\": \"m1\", \"span\": [0, 6], \"entity\": \"l\"}, {\"id\": \"m2\", \"span\": [31, 39], \"entity\": \"b\"}"
                + (price ? ", {\"id\": \"m3\", \"span\": [49, 54], \"entity\": \"p\"}" : "");
        String attributions = LAVROV + ", {\"id\": \"a2\", \"type\": \"" + baerbockType
                + "\", \"source\": \"m2\", \"cue\": [40, 44], \"content\": [45, 47], \"parent\": null}"
                + (price ? ", {\"id\": \"a3\", \"type\": \"INDIRECT\", \"source\": \"m3\", \"cue\": [55, 60], \"content\": [66, 77], \"parent\": null}" : "");
        String outer = "{\"id\": \"o\", \"type\": \"" + (name.equals("ben") ? "MIXED" : "INDIRECT")
                + "\", \"source\": \"n1\", \"cue\": [6, 10], \"content\": [11, 33], \"parent\": null}";
        String inner = "{\"id\": \"i\", \"type\": \"INDIRECT\", \"source\": \"n2\", \"cue\": [19, 27], \"content\": [28, 33], \"parent\": \"o\"}";
        String nested = "{\"id\": \"n\", \"text\": \"" + NESTED_TEXT + "\", \"entities\": [{\"id\": \"p\", \"name\": \"Ned Price\", \"type\": \"PERSON\"},"
                + " {\"id\": \"k\", \"name\": \"Antony Blinken\", \"type\": \"PERSON\"}],"
                + " \"mentions\": [{\"id\": \"n1\", \"span\": [0, 5], \"entity\": \"p\"}, {\"id\": \"n2\", \"span\": [11, 18], \"entity\": \"k\"}],"
                + " \"attributions\": [" + inner + ", " + outer + "]}\n";
        String jsonl = "{\"id\": \"d\", \"text\": \"" + TEXT + "\", " + ENTITIES + ", \"mentions\": [" + mentions + "], \"attributions\": ["
                + attributions + "]}\n" + nested
                + (name.equals("carla") ? "{\"id\": \"only-carla\", \"text\": \"Nobody spoke.\"}\n" : "");
        return Files.writeString(folder.resolve(name + ".jsonl"), jsonl);
    }

    private List<Path> threeVersions() throws Exception {
        return List.of(version("anna", "INDIRECT", true), version("ben", "INDIRECT", false), version("carla", "DIRECT", false));
    }

    private int curate(List<Path> inputs, String... options) {
        String[] args = new String[1 + inputs.size() + options.length];
        args[0] = "curate";
        for (int i = 0; i < inputs.size(); i++) {
            args[1 + i] = inputs.get(i).toString();
        }
        System.arraycopy(options, 0, args, 1 + inputs.size(), options.length);
        return cli.run(args);
    }

    /** Each claim of the document by its content span and type ("45-47 INDIRECT"), with its review state and curatedFrom. */
    private static Map<String, String> claims(Document document) {
        Map<String, String> claims = new TreeMap<>();
        for (Annotation annotation : document.getAnnotations()) {
            if (annotation instanceof Claim claim) {
                claims.put(claim.getBegin() + "-" + claim.getEnd() + " " + claim.getType(), claim.getReview() + " " + claim.getCuratedFrom());
            }
        }
        return claims;
    }

    @Test
    void agreeTakesWhatAllHoldAndLeavesTheRestPendingAndListed() throws Exception {
        Path curated = folder.resolve("curated");
        assertEquals(SayerCli.OK, curate(threeVersions(), "--out", curated.toString()), cli.err());

        try (CorpusStore store = CorpusStore.open(curated)) {
            assertEquals(List.of("d", "n"), store.documentIds(), "only-carla is missing from two versions: not curated");
            Document document = store.load(store.entryFor("d"));
            assertEquals(Map.of(
                    "12-29 INDIRECT", "ACCEPTED [anna, ben, carla]",
                    "45-47 INDIRECT", "PENDING [anna, ben]",
                    "45-47 DIRECT", "PENDING [carla]",
                    "66-77 INDIRECT", "PENDING [anna]"), claims(document));
            Claim lavrov = claim(document, 12, "INDIRECT");
            assertEquals("anna", lavrov.getProducer(), "the maker is the first version that holds it");
            assertEquals("Lavrov", lavrov.getSource().getCoveredText());
            assertEquals("Sergey Lavrov", lavrov.getSource().getSpeaker().getName());
            assertEquals(ReviewState.ACCEPTED, lavrov.getSource().getReview());
            assertEquals("said", lavrov.getCue().getCoveredText());
            assertEquals(List.of("anna", "ben", "carla"), lavrov.getCue().getCuratedFrom());
            Claim price = claim(document, 66, "INDIRECT");
            assertEquals(ReviewState.PENDING, price.getCue().getReview(), "an open claim's cue waits with it");
            assertEquals(ReviewState.PENDING, price.getSource().getReview(), "only anna marked Price");
            assertEquals(List.of("anna"), price.getSource().getCuratedFrom());
            assertEquals(WorkflowState.IN_PROGRESS, document.getState());
            assertEquals(7, store.entryFor("d").getPendingCount(), "three claims, their cues and Price wait");

            // The parent is disputed (INDIRECT or MIXED), so the nested claim all agree on waits for it.
            Document nested = store.load(store.entryFor("n"));
            assertEquals(Map.of(
                    "11-33 INDIRECT", "PENDING [anna, carla]",
                    "11-33 MIXED", "PENDING [ben]",
                    "28-33 INDIRECT", "PENDING [anna, ben, carla]"), claims(nested));
            Claim inner = claim(nested, 28, "INDIRECT");
            assertEquals(claim(nested, 11, "INDIRECT"), inner.getParent());
        }

        String out = cli.out();
        assertTrue(out.startsWith("Curated 2 documents into " + curated + " (--auto agree): 5 annotations taken;"
                + " 5 disagreements left for a person in 2 documents"), out);
        assertTrue(out.contains("""
                d: 3 disagreements
                  claim 45-47 "no"
                    anna, ben: INDIRECT "no" 45-47, cue "said", source "Baerbock"
                    carla: DIRECT "no" 45-47, cue "said", source "Baerbock"
                  speaker mention 49-54 "Price"
                    anna: "Price" 49-54, speaker Ned Price
                    ben, carla: none
                  claim 66-77 "it was over"
                    anna: INDIRECT "it was over" 66-77, cue "added", source "Price"
                    ben, carla: none
                """), out);
        assertTrue(out.contains("""
                n: 2 disagreements
                  claim 11-33 "Blinken stressed peace"
                    anna, carla: INDIRECT "Blinken stressed peace" 11-33, cue "said", source "Price"
                    ben: MIXED "Blinken stressed peace" 11-33, cue "said", source "Price"
                  claim 28-33 "peace"
                    anna, ben, carla: INDIRECT "peace" 28-33, cue "stressed", source "Blinken", nested
                """), out);
        assertTrue(out.contains("not curated: only-carla (missing from anna, ben)"), out);
    }

    @Test
    void majorityTakesWhatMostHoldAndLeavesOutTheRest() throws Exception {
        Path curated = folder.resolve("curated");
        assertEquals(SayerCli.OK, curate(threeVersions(), "--out", curated.toString(), "--auto", "majority"), cli.err());
        try (CorpusStore store = CorpusStore.open(curated)) {
            Document document = store.load(store.entryFor("d"));
            assertEquals(Map.of(
                    "12-29 INDIRECT", "ACCEPTED [anna, ben, carla]",
                    "45-47 INDIRECT", "ACCEPTED [anna, ben]"), claims(document));
            assertTrue(document.getAnnotations().stream().noneMatch(a -> a instanceof SpeakerMention && a.getBegin() == 49),
                    "Price, marked by anna alone, is outvoted");
            assertTrue(document.getAnnotations().stream().allMatch(a -> a.getReview() == ReviewState.ACCEPTED));
            assertEquals(WorkflowState.REVIEWED, document.getState());
            Document nested = store.load(store.entryFor("n"));
            assertEquals(Map.of(
                    "11-33 INDIRECT", "ACCEPTED [anna, carla]",
                    "28-33 INDIRECT", "ACCEPTED [anna, ben, carla]"), claims(nested));
            assertEquals(claim(nested, 11, "INDIRECT"), claim(nested, 28, "INDIRECT").getParent());
        }
        assertTrue(cli.out().contains("(--auto majority): 8 annotations taken, 4 outvoted; 0 disagreements left for a person in 0 documents."),
                cli.out());
    }

    @Test
    void aCuratedCorpusExportsWhereEachAnnotationCameFromAndCorporaCanBeCurated() throws Exception {
        List<Path> files = threeVersions();
        Path anna = folder.resolve("anna");
        Path ben = folder.resolve("ben");
        assertEquals(SayerCli.OK, cli.run("import", files.get(0).toString(), "--out", anna.toString()), cli.err());
        assertEquals(SayerCli.OK, cli.run("import", files.get(1).toString(), "--out", ben.toString()), cli.err());
        Path curated = folder.resolve("curated");
        assertEquals(SayerCli.OK, curate(List.of(anna, ben), "--out", curated.toString()), cli.err());
        assertTrue(cli.out().contains("Curated 2 documents"), cli.out());

        Path export = folder.resolve("export");
        assertEquals(SayerCli.OK, cli.run("export", curated.toString(), "--format", "jsonl", "--out", export.toString(),
                "--include", "pending"), cli.err());
        String jsonl;
        try (var files2 = Files.list(export)) {
            Path data = files2.filter(f -> f.toString().endsWith(".jsonl")).findFirst().orElseThrow();
            jsonl = Files.readString(data);
        }
        assertTrue(jsonl.contains("\"content\":[12,29],\"parent\":null,\"annotator\":\"anna\",\"curated_from\":[\"anna\",\"ben\"]"), jsonl);
        assertTrue(jsonl.contains("\"content\":[66,77],\"parent\":null,\"annotator\":\"anna\",\"curated_from\":[\"anna\"]"), jsonl);

        // Imported back, the curated_from keys survive.
        Path again = folder.resolve("again");
        assertEquals(SayerCli.OK, cli.run("import", export.toString(), "--out", again.toString()), cli.err());
        try (CorpusStore store = CorpusStore.open(again)) {
            Document document = store.load(store.entryFor("d"));
            assertEquals(List.of("anna", "ben"), claim(document, 12, "INDIRECT").getCuratedFrom());
            assertEquals(List.of("anna"), claim(document, 66, "INDIRECT").getCuratedFrom());
        }
    }

    @Test
    void anOutFolderThatHoldsACorpusIsRefused() throws Exception {
        List<Path> files = threeVersions();
        Path anna = folder.resolve("anna");
        assertEquals(SayerCli.OK, cli.run("import", files.get(0).toString(), "--out", anna.toString()), cli.err());
        assertEquals(SayerCli.USAGE, curate(files, "--out", anna.toString()));
        assertTrue(cli.err().contains(anna + " already holds a corpus; curate into a new folder"), cli.err());
        assertEquals(SayerCli.USAGE, curate(files, "--out", folder.resolve("x").toString(), "--auto", "all"));
        assertTrue(cli.err().contains("--auto takes agree or majority, not all"), cli.err());
        assertFalse(Files.exists(folder.resolve("x")));
    }

    @Test
    void aDocumentACorpusCannotHoldIsNamedAndTheOthersAreCurated() throws Exception {
        String bad = "{\"id\": \"bad\", \"text\": \"Nobody said it.\", \"mentions\": [], \"attributions\": ["
                + "{\"id\": \"a1\", \"type\": \"RUMOUR\", \"source\": null, \"cue\": null, \"content\": [0, 6], \"parent\": null}]}\n";
        List<Path> files = threeVersions();
        for (Path file : files) {
            Files.writeString(file, Files.readString(file) + bad);
        }
        Path curated = folder.resolve("curated");
        assertEquals(SayerCli.FAILED, curate(files, "--out", curated.toString()));
        assertTrue(cli.err().contains("sayer curate: not curated: document bad: attribution a1 has type \"RUMOUR\"; expected DIRECT, INDIRECT or MIXED (in "
                + files.get(0)), cli.err());
        try (CorpusStore store = CorpusStore.open(curated)) {
            assertEquals(List.of("d", "n"), store.documentIds());
        }
    }

    private static Claim claim(Document document, int begin, String type) {
        return document.getAnnotations().stream()
                .filter(a -> a instanceof Claim c && c.getBegin() == begin && c.getType().getLiteral().equals(type))
                .map(Claim.class::cast).findFirst().orElseThrow(() -> new AssertionError("no " + type + " claim at " + begin));
    }
}
