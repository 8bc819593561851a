package org.sayer.pipeline.tests.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sayer.pipeline.eval.EvalReport;
import org.sayer.pipeline.eval.Scorer;
import org.sayer.pipeline.eval.ScoringInput;

/**
 * Sayer's scorer against the reference, shared/eval/score.py: the same figures, to the last
 * digit, on predictions that get different things wrong.
 */
class ScorerTest {

    /** A second, small gold document: an emoji before the spans, curly quotes, a shared name (Blackburn). */
    private static final String SMALL_GOLD = """
            {"id": "small", "text": "🎉 Blackburn Council said the road would reopen. Residents of Blackburn said “it is too late.” Mr Straße replied: “No.”",
             "entities": [{"id": "council", "name": "Blackburn Council", "type": "ORGANIZATION", "aliases": ["the council"]},
                          {"id": "residents", "name": "Blackburn residents", "type": "GROUP", "aliases": ["Residents"]},
                          {"id": "strasse", "name": "Hans Straße", "type": "PERSON", "aliases": ["Mr Straße"]}],
             "mentions": [{"id": "m1", "span": [2, 19], "entity": "council"}, {"id": "m2", "span": [48, 70], "entity": "residents"},
                          {"id": "m3", "span": [94, 103], "entity": "strasse"}],
             "attributions": [{"id": "a1", "type": "INDIRECT", "source": "m1", "cue": [20, 24], "content": [25, 46], "parent": null},
                              {"id": "a2", "type": "DIRECT", "source": "m2", "cue": [71, 75], "content": [77, 92], "parent": null},
                              {"id": "a3", "type": "DIRECT", "source": "m3", "cue": [104, 111], "content": [114, 117], "parent": null}]}
            """.replace("\n", " ");

    @TempDir
    Path folder;

    private JsonObject seed;
    private Path gold;

    @BeforeEach
    void writeGold() throws IOException {
        seed = JsonParser.parseString(resource("seed-article.jsonl")).getAsJsonObject();
        gold = write("gold.jsonl", List.of(seed, JsonParser.parseString(SMALL_GOLD).getAsJsonObject()));
    }

    @Test
    void perfectPredictionScoresOneEverywhere() throws Exception {
        Path pred = write("perfect.jsonl", List.of(seed.deepCopy(), JsonParser.parseString(SMALL_GOLD).getAsJsonObject()));
        EvalReport report = evaluate(pred);
        assertEquals(29, report.count("attributions", "gold"));
        assertEquals(29, report.count("attributions", "matched"));
        for (String metric : Scorer.METRICS) {
            assertEquals(1.0, report.metric(metric, "f1"), metric);
        }
        assertSameAsScorePy(pred, report);
    }

    @Test
    void emptyPredictionMissesEverything() throws Exception {
        JsonObject empty = seed.deepCopy();
        empty.add("entities", new JsonArray());
        empty.add("mentions", new JsonArray());
        empty.add("attributions", new JsonArray());
        Path pred = write("empty.jsonl", List.of(empty));
        EvalReport report = evaluate(pred);
        assertEquals(0, report.count("attributions", "predicted"));
        assertEquals(0, report.count("attributions", "matched"));
        assertEquals(0.0, report.metric("end-to-end", "recall"));
        assertTrue(report.warnings().contains("document 'small': no prediction; all its attributions count as missed"));
        assertSameAsScorePy(pred, report);

        Path nothing = write("nothing.jsonl", List.of());
        assertSameAsScorePy(nothing, evaluate(nothing));
    }

    @Test
    void flawedPredictionScoresEachMistakeAsScorePyDoes() throws Exception {
        JsonObject pred = seed.deepCopy();
        edit(pred, "a1", a -> shift(a, "content", 3));
        edit(pred, "a2", a -> a.add("cue", JsonNull.INSTANCE));
        edit(pred, "a3", a -> a.add("cue", JsonNull.INSTANCE));
        edit(pred, "a4", a -> a.addProperty("type", "DIRECT"));
        edit(pred, "a5", a -> a.addProperty("type", "MIXED"));
        edit(pred, "a18", a -> shift(a, "content", -1));
        edit(pred, "a20", a -> a.addProperty("source", "m99"));
        edit(pred, "a25", a -> a.add("source", JsonNull.INSTANCE));
        edit(pred, "a26", a -> a.add("content", span(4002, 4070)));
        mention(pred, "m14").addProperty("entity", "baerbock"); // its text still names Lavrov alone
        mention(pred, "m17").addProperty("entity", "baerbock"); // "he": only the entity counts, and it is wrong
        mention(pred, "m21").add("entity", JsonNull.INSTANCE);
        JsonArray attributions = pred.getAsJsonArray("attributions");
        attributions.remove(attribution(pred, "a10"));
        attributions.remove(attribution(pred, "a11"));
        JsonObject extra = attribution(pred, "a5").deepCopy();
        extra.addProperty("id", "x1");
        attributions.add(extra);
        JsonObject invented = new JsonObject();
        invented.addProperty("id", "x2");
        invented.addProperty("type", "INDIRECT");
        invented.add("source", JsonNull.INSTANCE);
        invented.add("cue", JsonNull.INSTANCE);
        invented.add("content", span(100, 120));
        invented.add("parent", JsonNull.INSTANCE);
        attributions.add(invented);
        JsonObject small = JsonParser.parseString(SMALL_GOLD).getAsJsonObject();
        // A predicted entity named only "Blackburn" must not count for either Blackburn entity.
        small.getAsJsonArray("entities").get(1).getAsJsonObject().addProperty("name", "Blackburn");
        small.getAsJsonArray("entities").get(1).getAsJsonObject().add("aliases", new JsonArray());
        mention(small, "m2").add("span", span(61, 70));
        JsonObject unknown = new JsonObject();
        unknown.addProperty("id", "not-in-gold");
        unknown.addProperty("text", "Nobody said anything.");

        Path file = write("flawed.jsonl", List.of(pred, small, unknown));
        EvalReport report = evaluate(file);
        assertEquals(26 + 3, report.count("attributions", "predicted"), "two removed, two added");
        assertEquals(24 + 3, report.count("attributions", "matched"), "a10, a11 missing; x2 matches nothing");
        assertEquals(24 + 3 - 2, report.metric("cue", "tp"), "two dropped cues");
        assertEquals(24 + 3 - 2, report.metric("type", "tp"), "two changed types");
        assertTrue(report.warnings().contains("document 'seed-blinken-lavrov': predicted source 'm99' is not a mention id"));
        assertTrue(report.warnings().contains("document 'not-in-gold': predicted but not in gold; ignored"));
        assertSameAsScorePy(file, report);
    }

    @Test
    void predictionOnAnotherTextComparesTokenStrings() throws Exception {
        JsonObject pred = seed.deepCopy();
        String prefix = "Breaking 🎉: ";
        int shift = prefix.codePointCount(0, prefix.length());
        pred.addProperty("text", prefix + seed.get("text").getAsString());
        for (JsonElement m : pred.getAsJsonArray("mentions")) {
            shift(m.getAsJsonObject(), "span", shift);
        }
        for (JsonElement a : pred.getAsJsonArray("attributions")) {
            shift(a.getAsJsonObject(), "content", shift);
            if (!a.getAsJsonObject().get("cue").isJsonNull()) {
                shift(a.getAsJsonObject(), "cue", shift + 1);
            }
        }
        Path file = write("shifted.jsonl", List.of(pred));
        EvalReport report = evaluate(file);
        assertEquals(26, report.count("attributions", "matched"));
        assertEquals(1.0, report.metric("content-exact", "precision"), "same strings, other offsets");
        assertSameAsScorePy(file, report);
    }

    @Test
    void randomlyDamagedPredictionsScoreAsInScorePy() throws Exception {
        Random random = new Random(20261128);
        String[] types = { "DIRECT", "INDIRECT", "MIXED" };
        List<String> entityIds = new ArrayList<>();
        seed.getAsJsonArray("entities").forEach(e -> entityIds.add(e.getAsJsonObject().get("id").getAsString()));
        for (int round = 0; round < 8; round++) {
            JsonObject pred = seed.deepCopy();
            for (JsonElement element : pred.getAsJsonArray("attributions")) {
                JsonObject a = element.getAsJsonObject();
                switch (random.nextInt(6)) {
                    case 0 -> shift(a, "content", random.nextInt(21) - 10);
                    case 1 -> a.add("cue", random.nextBoolean() ? JsonNull.INSTANCE : span(random.nextInt(4000), 4100));
                    case 2 -> a.addProperty("type", types[random.nextInt(3)]);
                    case 3 -> a.add("source", random.nextBoolean() ? JsonNull.INSTANCE : new JsonPrimitive("m" + random.nextInt(40)));
                    case 4 -> a.add("content", span(a.getAsJsonArray("content").get(0).getAsInt(),
                            a.getAsJsonArray("content").get(1).getAsInt() - random.nextInt(30)));
                    default -> {
                    }
                }
            }
            for (JsonElement element : pred.getAsJsonArray("mentions")) {
                if (random.nextInt(4) == 0) {
                    element.getAsJsonObject().addProperty("entity", entityIds.get(random.nextInt(entityIds.size())));
                }
            }
            Path file = write("random" + round + ".jsonl", List.of(pred));
            assertSameAsScorePy(file, evaluate(file));
        }
    }

    @Test
    void badLineStopsTheLoadNamingFileAndLine() throws Exception {
        Path file = folder.resolve("bad.jsonl");
        Files.writeString(file, "{\"id\": \"a\", \"text\": \"x\"}\n\n{\"id\": \"b\", \"text\": \"y\"\n");
        IOException error = assertThrows(IOException.class, () -> ScoringInput.load(file));
        assertTrue(error.getMessage().startsWith(file + ":3: not valid JSON"), error.getMessage());
        Files.writeString(file, "{\"id\": \"a\", \"text\": \"x\"}\n{\"id\": \"a\", \"text\": \"y\"}\n");
        error = assertThrows(IOException.class, () -> ScoringInput.load(file));
        assertEquals(file + ":2: duplicate document id 'a'", error.getMessage());
    }

    private EvalReport evaluate(Path pred) throws IOException {
        return Scorer.evaluate(ScoringInput.load(gold), ScoringInput.load(pred));
    }

    /** Runs score.py on the same files: its --json output and its table must equal Sayer's. */
    private void assertSameAsScorePy(Path pred, EvalReport report) throws Exception {
        Assumptions.assumeTrue(pythonAvailable(), "python3 is not installed; the comparison with score.py is skipped");
        Path script = folder.resolve("score.py");
        if (!Files.exists(script)) {
            Files.writeString(script, resource("score.py"));
        }
        String json = python(script.toString(), gold.toString(), pred.toString(), "--json");
        assertEquals(JsonParser.parseString(json), JsonParser.parseString(report.toJson()));
        assertEquals(json.stripTrailing(), report.toJson(), "the --json text itself");
        String table = python(script.toString(), gold.toString(), pred.toString());
        assertEquals(table.stripTrailing(), report.toTable());
    }

    private static boolean pythonAvailable() {
        try {
            Process process = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String python(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("python3"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("PYTHONIOENCODING", "utf-8");
        Process process = builder.redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), "score.py failed: " + output);
        return output;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ScorerTest.class.getResourceAsStream("/data/" + name)) {
            assertNotNull(in, "data/" + name + " is in the test bundle");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private Path write(String name, List<JsonObject> documents) throws IOException {
        StringBuilder text = new StringBuilder();
        documents.forEach(d -> text.append(d).append('\n'));
        return Files.writeString(folder.resolve(name), text.toString());
    }

    private static JsonArray span(int begin, int end) {
        JsonArray span = new JsonArray();
        span.add(begin);
        span.add(end);
        return span;
    }

    private static void shift(JsonObject object, String key, int by) {
        JsonArray span = object.getAsJsonArray(key);
        object.add(key, span(span.get(0).getAsInt() + by, span.get(1).getAsInt() + by));
    }

    private static void edit(JsonObject document, String id, Consumer<JsonObject> change) {
        change.accept(attribution(document, id));
    }

    private static JsonObject attribution(JsonObject document, String id) {
        return byId(document.getAsJsonArray("attributions"), id);
    }

    private static JsonObject mention(JsonObject document, String id) {
        return byId(document.getAsJsonArray("mentions"), id);
    }

    private static JsonObject byId(JsonArray array, String id) {
        for (JsonElement element : array) {
            if (element.getAsJsonObject().get("id").equals(new JsonPrimitive(id))) {
                return element.getAsJsonObject();
            }
        }
        throw new AssertionError("no " + id);
    }
}
