package org.sayer.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
import org.sayer.model.Document;
import org.sayer.model.SayerFactory;
import org.sayer.model.store.CorpusStore;

/**
 * The spaCy export writes DocBin files that spaCy's DocBin.from_disk and get_docs read (checked by a
 * strict reader of spaCy's code) and that hold what the Doc JSON holds. Before, there was no DocBin:
 * only JSONL for Doc.from_json, which spacy train does not take.
 */
class SpacyDocBinTest {

    /** "number" and "X" are spaCy symbols: their ids are not hashes, and a DocBin must use the symbol ids. */
    static final String SYMBOLS = "The number on X rose, the ORG said.";

    @TempDir
    Path folder;

    @Test
    void docBinsHoldTheTokensSpanGroupsAndRelationsOfTheDocJson() throws Exception {
        CorpusStore store = Fixtures.corpus(folder.resolve("c"));
        Document symbols = Fixtures.document("symbols", SYMBOLS);
        Fixtures.add(symbols, SayerFactory.eINSTANCE.createSpeakerMention(), "ORG");
        store.add(symbols);
        store.save(symbols);
        store.saveIndex();

        Path out = folder.resolve("spacy");
        Manifest manifest = Exporters.export(store, ExportFormat.SPACY, out, ExportOptions.DEFAULT.withInclude(false, true).withSplits(1, 1, 0),
                ProgressListener.NONE);
        assertTrue(Files.exists(out.resolve("train.spacy")));
        assertFalse(Files.exists(out.resolve("dev.spacy")) || Files.exists(out.resolve("test.spacy")), "empty splits are left out");
        assertEquals(3, manifest.count("spacy.train"));
        try (var files = Files.list(out)) {
            assertEquals(List.of("docs.jsonl", "manifest.json", "train.spacy"), files.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no part files are left");
        }

        List<DocBinReader.Doc> docs = DocBinReader.read(out.resolve("train.spacy"));
        assertEquals(3, docs.size());
        Map<String, JsonObject> json = new java.util.HashMap<>();
        for (String line : Files.readAllLines(out.resolve("docs.jsonl"))) {
            JsonObject doc = JsonParser.parseString(line).getAsJsonObject();
            json.put(doc.getAsJsonObject("_").get("doc_id").getAsString(), doc);
        }
        for (DocBinReader.Doc doc : docs) {
            String id = doc.userData().get("doc_id").asStringValue().asString();
            JsonObject expected = json.get(id);
            assertEquals(expected.get("text").getAsString(), doc.text(), "tokens and spaces rebuild the text of " + id);
            assertEquals(expected.getAsJsonArray("tokens").size(), doc.words().size());
            for (Map.Entry<String, JsonElement> group : expected.getAsJsonObject("spans").entrySet()) {
                List<String> fromJson = new ArrayList<>();
                for (JsonElement span : group.getValue().getAsJsonArray()) {
                    JsonObject s = span.getAsJsonObject();
                    fromJson.add(s.get("start").getAsInt() + "-" + s.get("end").getAsInt() + " " + s.get("label").getAsString() + " "
                            + s.get("kb_id").getAsString());
                }
                List<String> fromDocBin = doc.groups().get(group.getKey()).stream()
                        .map(s -> s.startChar() + "-" + s.endChar() + " " + s.label() + " " + s.kbId()).toList();
                assertEquals(fromJson, fromDocBin, id + " " + group.getKey());
            }
            assertEquals(expected.getAsJsonObject("_").getAsJsonArray("relations").size(), doc.userData().get("relations").asArrayValue().size());
        }
        DocBinReader.Doc news = docs.stream().filter(d -> d.text().equals(Fixtures.TEXT)).findFirst().orElseThrow();
        assertEquals(13, news.groups().get("sayer").size());
        assertEquals("SPEAKER baerbock", news.groups().get("sayer").get(0).label() + " " + news.groups().get("sayer").get(0).kbId());
        assertEquals(1, news.groups().get("sayer_negative").size(), "the rejected mention, in its own group");
        assertEquals(10, news.userData().get("relations").asArrayValue().size(), "5 sources, 4 cues, 1 parent");
        DocBinReader.Doc withSymbols = docs.stream().filter(d -> d.text().equals(SYMBOLS)).findFirst().orElseThrow();
        assertTrue(withSymbols.words().containsAll(List.of("number", "X", "ORG")), withSymbols.words().toString());
    }
}
