package org.sayer.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sayer.io.ProgressListener;
import org.sayer.io.export.ExportFormat;
import org.sayer.io.export.ExportOptions;
import org.sayer.io.export.Exporters;
import org.sayer.io.export.Manifest;
import org.sayer.model.store.CorpusStore;

/** The JSON formats, re-read with gson and checked against what their libraries require. */
class JsonExportsTest {

    @TempDir
    Path folder;

    private static String slice(String text, int start, int end) {
        return text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
    }

    private static List<JsonObject> jsonl(Path file) throws Exception {
        List<JsonObject> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            rows.add(JsonParser.parseString(line).getAsJsonObject());
        }
        return rows;
    }

    @Test
    void spacyTokensRebuildTheTextAndEverySpanAlignsWithTokens() throws Exception {
        Path out = folder.resolve("spacy");
        Exporters.export(Fixtures.corpus(folder.resolve("c")), ExportFormat.SPACY, out, ExportOptions.DEFAULT.withInclude(false, true),
                ProgressListener.NONE);
        List<JsonObject> docs = jsonl(out.resolve("docs.jsonl"));
        assertEquals(2, docs.size());
        for (JsonObject doc : docs) {
            String text = doc.get("text").getAsString();
            // Doc.from_json: words are text[start:end], and a token has a trailing space when the next starts later;
            // the rebuilt text must equal the original, so only single spaces may be left between tokens.
            StringBuilder rebuilt = new StringBuilder();
            Set<Integer> starts = new HashSet<>();
            Set<Integer> ends = new HashSet<>();
            JsonArray tokens = doc.getAsJsonArray("tokens");
            for (int i = 0; i < tokens.size(); i++) {
                JsonObject token = tokens.get(i).getAsJsonObject();
                assertEquals(i, token.get("id").getAsInt());
                int start = token.get("start").getAsInt();
                int end = token.get("end").getAsInt();
                rebuilt.append(slice(text, start, end));
                int next = i + 1 < tokens.size() ? tokens.get(i + 1).getAsJsonObject().get("start").getAsInt() : text.codePointCount(0, text.length());
                assertTrue(next - end == 0 || next - end == 1, "at most one trailing space");
                if (next > end) {
                    assertEquals(" ", slice(text, end, next));
                    rebuilt.append(' ');
                }
                starts.add(start);
                ends.add(end);
            }
            assertEquals(text, rebuilt.toString(), "tokens cover the whole text, paragraph breaks included");
            JsonObject groups = doc.getAsJsonObject("spans");
            for (Map.Entry<String, JsonElement> group : groups.entrySet()) {
                for (JsonElement element : group.getValue().getAsJsonArray()) {
                    JsonObject span = element.getAsJsonObject();
                    assertTrue(starts.contains(span.get("start").getAsInt()) && ends.contains(span.get("end").getAsInt()),
                            "char_span aligns: " + span);
                    assertNotNull(span.get("kb_id"), "from_json reads kb_id");
                    assertFalse(span.get("label").getAsString().isEmpty());
                }
            }
            assertEquals(doc.getAsJsonObject("_").get("doc_id").getAsString().equals("news-1") ? 13 : 0,
                    groups.getAsJsonArray("sayer").size());
        }
        JsonObject news = docs.get(0);
        JsonArray negatives = news.getAsJsonObject("spans").getAsJsonArray("sayer_negative");
        assertEquals(1, negatives.size());
        assertEquals("Moscow", slice(news.get("text").getAsString(), negatives.get(0).getAsJsonObject().get("start").getAsInt(),
                negatives.get(0).getAsJsonObject().get("end").getAsInt()));
        JsonArray relations = news.getAsJsonObject("_").getAsJsonArray("relations");
        assertEquals(5 + 4 + 1, relations.size(), "5 sources, 4 cues, 1 parent");
        JsonObject first = news.getAsJsonObject("spans").getAsJsonArray("sayer").get(0).getAsJsonObject();
        assertEquals("SPEAKER", first.get("label").getAsString());
        assertEquals("baerbock", first.get("kb_id").getAsString());
    }

    @Test
    void citronQuotesAlwaysHaveACueAndTheCuelessChoiceIsRecorded() throws Exception {
        CorpusStore store = Fixtures.corpus(folder.resolve("c"));
        Path skip = folder.resolve("citron-skip");
        Manifest skipped = Exporters.export(store, ExportFormat.CITRON, skip, ExportOptions.DEFAULT, ProgressListener.NONE);
        List<CitronLoader.Doc> docs = CitronLoader.load(skip.resolve("citron"));
        assertEquals(2, docs.size());
        CitronLoader.Doc news = docs.stream().filter(d -> d.file().endsWith("news-1.json")).findFirst().orElseThrow();
        assertEquals(Fixtures.TEXT, news.text());
        assertEquals(4, news.quotes().size(), "the cue-less continuation is skipped");
        assertEquals(List.of("said", "said", "added", "said"), news.quotes().stream().map(q -> q.cue().text()).toList());
        CitronLoader.Quote byPronoun = news.quotes().get(2);
        assertEquals("a4", byPronoun.id());
        assertEquals("He", byPronoun.sources().get(0).text());
        assertEquals(List.of("Lavrov"), byPronoun.coreferences().stream().map(CitronLoader.Span::text).toList(),
                "the pronoun's primary coreference, as Citron's resolver predicts it");
        assertEquals(List.of(), news.quotes().get(0).coreferences(), "a name source has no other coreference");
        assertEquals(List.of(List.of("Baerbock", "Baerbock"), List.of("Lavrov", "He")),
                news.coreferenceGroups().stream().map(g -> g.stream().map(CitronLoader.Span::text).toList()).toList());
        assertEquals(1, skipped.count("citron.skippedCuelessClaims"));
        assertTrue(skipped.notes().get("cuelessClaims").startsWith("skipped"));

        Path source = folder.resolve("citron-source");
        Manifest sourced = Exporters.export(store, ExportFormat.CITRON, source,
                ExportOptions.DEFAULT.withCuelessClaims(ExportOptions.CuelessClaims.SOURCE_AS_CUE), ProgressListener.NONE);
        List<CitronLoader.Quote> all = CitronLoader.load(source.resolve("citron/news-1.json")).get(0).quotes();
        assertEquals(5, all.size());
        CitronLoader.Quote continuation = all.get(1);
        assertEquals("Baerbock", continuation.cue().text());
        assertEquals(List.of("Talks go on.", "And they will."), continuation.contents().stream().map(CitronLoader.Span::text).toList(),
                "content split at the line break");
        assertEquals(0, sourced.count("citron.skippedCuelessClaims"));
        JsonObject manifest = JsonParser.parseString(Files.readString(source.resolve("manifest.json"))).getAsJsonObject();
        assertTrue(manifest.getAsJsonObject("notes").get("cuelessClaims").getAsString().contains("source"));
    }

    /**
     * Before, Citron's loader (which reads every *.json below its folder) crashed on manifest.json, the
     * coreference keys were not Citron's (so it dropped them), and a rejected claim was a quote with a
     * "negative" key Citron ignores, so it read as a valid quote.
     */
    @Test
    void citronsLoaderReadsOnlyDocumentsInItsOwnFormatAndNoRejectedClaim() throws Exception {
        CorpusStore store = Fixtures.corpus(folder.resolve("c"));
        Fixtures.addRejectedClaim(store);

        Path out = folder.resolve("citron");
        Manifest manifest = Exporters.export(store, ExportFormat.CITRON, out, ExportOptions.DEFAULT.withInclude(true, true),
                ProgressListener.NONE);
        Path documents = out.resolve("citron");
        List<CitronLoader.Doc> docs = CitronLoader.load(documents);
        assertEquals(2, docs.size(), "the folder Citron reads holds the documents and nothing else");
        assertTrue(Files.exists(out.resolve("manifest.json")) && !Files.exists(documents.resolve("manifest.json")));
        assertTrue(manifest.notes().get("layout").contains("citron/"));
        List<String> ids = docs.stream().flatMap(d -> d.quotes().stream()).map(CitronLoader.Quote::id).toList();
        assertFalse(ids.contains("wrong"), "a rejected claim is never a quote: " + ids);
        assertTrue(manifest.notes().get("rejected").startsWith("not written"));
        for (CitronLoader.Doc doc : docs) {
            for (CitronLoader.Quote quote : doc.quotes()) {
                assertFalse(quote.coreferences() == null, "every quote says whether its source has a coreference");
            }
        }
        assertThrows(AssertionError.class, () -> CitronLoader.load(out), "the manifest is no Citron document");
    }

    @Test
    void huggingFaceRowsMatchTheDeclaredFeaturesAndSplitsAreSeeded() throws Exception {
        CorpusStore store = CorpusStore.create(folder.resolve("many"), "many");
        for (int i = 0; i < 40; i++) {
            Fixtures.addNews(store, "doc-" + i);
        }
        store.saveIndex();
        Path out = folder.resolve("hf");
        Exporters.export(store, ExportFormat.HF, out, ExportOptions.DEFAULT.withSplits(7, 0.5, 0.25), ProgressListener.NONE);
        JsonObject info = JsonParser.parseString(Files.readString(out.resolve("dataset_info.json"))).getAsJsonObject();
        JsonObject features = info.getAsJsonObject("features");
        Set<String> seen = new HashSet<>();
        int total = 0;
        for (String split : new String[] { "train", "validation", "test" }) {
            List<JsonObject> rows = jsonl(out.resolve(split + ".jsonl"));
            assertEquals(info.getAsJsonObject("splits").getAsJsonObject(split).get("num_examples").getAsInt(), rows.size());
            for (JsonObject row : rows) {
                assertTrue(seen.add(row.get("id").getAsString()), "each document in one split only");
                conforms(features, row);
                assertEquals(5, row.getAsJsonArray("claims").size());
            }
            total += rows.size();
        }
        assertEquals(40, total);
        assertEquals(20, jsonl(out.resolve("train.jsonl")).size());
        assertEquals(10, jsonl(out.resolve("validation.jsonl")).size());

        Path again = folder.resolve("hf2");
        Exporters.export(store, ExportFormat.HF, again, ExportOptions.DEFAULT.withSplits(7, 0.5, 0.25), ProgressListener.NONE);
        assertEquals(Files.readString(out.resolve("test.jsonl")), Files.readString(again.resolve("test.jsonl")), "same seed, same split");
    }

    /**
     * Before, an empty split was written as a 0-byte file and declared with num_examples 0, and
     * datasets refused the whole dataset ("Instruction 'validation' corresponds to no data").
     */
    @Test
    void huggingFaceLeavesEmptySplitsOutAndWritesTheDatasetCardTheHubReads() throws Exception {
        CorpusStore store = CorpusStore.create(folder.resolve("few"), "few");
        for (int i = 0; i < 3; i++) {
            Fixtures.addNews(store, "doc-" + i);
        }
        store.saveIndex();
        Path out = folder.resolve("hf");
        Exporters.export(store, ExportFormat.HF, out, ExportOptions.DEFAULT.withSplits(7, 1, 0), ProgressListener.NONE);
        assertTrue(Files.exists(out.resolve("train.jsonl")));
        assertFalse(Files.exists(out.resolve("validation.jsonl")));
        assertFalse(Files.exists(out.resolve("test.jsonl")));
        JsonObject info = JsonParser.parseString(Files.readString(out.resolve("dataset_info.json"))).getAsJsonObject();
        assertEquals(Set.of("train"), info.getAsJsonObject("splits").keySet());

        String card = Files.readString(out.resolve("README.md"));
        assertTrue(card.startsWith("---\nconfigs:\n- config_name: default\n  data_files:\n  - split: train\n    path: train.jsonl\n"
                + "dataset_info:\n  features:\n  - name: id\n    dtype: string\n"), card);
        assertFalse(card.contains("split: validation") || card.contains("split: test"), card);
        assertTrue(card.contains("  - name: claims\n    list:\n    - name: id\n      dtype: string\n    - name: start\n      dtype: int32\n"), card);
        assertTrue(card.contains("  splits:\n  - name: train\n    num_bytes: ") && card.contains("    num_examples: 3\n"), card);
        assertEquals(2, card.lines().filter("---"::equals).count(), "one YAML header, fenced by two lines of ---: " + card);
    }

    /** Checks a row against datasets' feature dictionary: Value dtypes and [ {record} ] lists. */
    private static void conforms(JsonObject features, JsonObject row) {
        assertEquals(features.keySet(), row.keySet());
        for (String name : features.keySet()) {
            JsonElement value = row.get(name);
            if (features.get(name).isJsonArray()) {
                JsonObject record = features.getAsJsonArray(name).get(0).getAsJsonObject();
                for (JsonElement item : value.getAsJsonArray()) {
                    conforms(record, item.getAsJsonObject());
                }
                continue;
            }
            JsonObject feature = features.getAsJsonObject(name);
            assertEquals("Value", feature.get("_type").getAsString(), name);
            if (!value.isJsonNull()) {
                String dtype = feature.get("dtype").getAsString();
                switch (dtype) {
                    case "string" -> assertTrue(value.getAsJsonPrimitive().isString(), name);
                    case "int32" -> assertTrue(value.getAsJsonPrimitive().isNumber(), name);
                    case "bool" -> assertTrue(value.getAsJsonPrimitive().isBoolean(), name);
                    default -> throw new AssertionError("unexpected dtype " + dtype);
                }
            }
        }
    }
}
