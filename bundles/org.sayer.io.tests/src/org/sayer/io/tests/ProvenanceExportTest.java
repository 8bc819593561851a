package org.sayer.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sayer.io.ProgressListener;
import org.sayer.io.export.ExportFormat;
import org.sayer.io.export.ExportOptions;
import org.sayer.io.export.Exporters;
import org.sayer.io.export.Manifest;
import org.sayer.io.importer.ImportLimits;
import org.sayer.io.importer.Importers;
import org.sayer.model.Annotation;
import org.sayer.model.Document;
import org.sayer.model.Origin;
import org.sayer.model.ReviewState;
import org.sayer.model.store.CorpusStore;

/** Exports carry who made and who reviewed each annotation and who marked a document done, and imports read it back. */
class ProvenanceExportTest {

    @TempDir
    Path folder;

    /** The fixture corpus with m1 made by anna (curated from anna's and carla's versions), the rejected m5 decided by ben, a6 accepted by ben, and news-1 done by anna. */
    private CorpusStore corpusWithProvenance() throws Exception {
        CorpusStore store = Fixtures.corpus(folder.resolve("c"));
        Document document = store.load(store.entryFor("news-1"));
        for (Annotation annotation : document.getAnnotations()) {
            if (annotation.getOrigin() == Origin.MANUAL) {
                annotation.setProducer("anna");
                annotation.setCreated(1_700_000_000_001L);
            } else {
                annotation.setReviewer("ben");
                annotation.setReviewed(1_700_000_000_002L);
            }
            if ("a6".equals(annotation.getId())) {
                annotation.setReview(ReviewState.ACCEPTED);
            }
            if ("m1".equals(annotation.getId())) {
                annotation.getCuratedFrom().addAll(List.of("anna", "carla"));
            }
        }
        document.getDoneBy().add("anna");
        store.save(document);
        return store;
    }

    @Test
    void goldJsonlCarriesAnnotatorAndDoneByAndImportsThemBack() throws Exception {
        Path out = folder.resolve("jsonl");
        var manifest = Exporters.export(corpusWithProvenance(), ExportFormat.JSONL, out, ExportOptions.DEFAULT, ProgressListener.NONE);
        assertEquals(List.of("anna", "ben", "carla"), List.copyOf(manifest.annotators()), "carla is known only from m1's curated_from");
        JsonObject json = JsonParser.parseString(Files.readString(out.resolve(Manifest.FILE))).getAsJsonObject();
        assertEquals("[\"anna\",\"ben\",\"carla\"]", json.get("annotators").toString());
        Path file;
        try (var files = Files.list(out)) {
            file = files.filter(p -> p.toString().endsWith(".jsonl")).findFirst().orElseThrow();
        }
        JsonObject news = null;
        for (String line : Files.readAllLines(file)) {
            JsonObject object = JsonParser.parseString(line).getAsJsonObject();
            if (object.get("id").getAsString().equals("news-1")) {
                news = object;
            }
        }
        assertEquals("[\"anna\"]", news.get("done_by").toString());
        for (JsonElement mention : news.getAsJsonArray("mentions")) {
            assertEquals("anna", mention.getAsJsonObject().get("annotator").getAsString());
        }
        JsonArray attributions = news.getAsJsonArray("attributions");
        JsonObject accepted = attributions.get(attributions.size() - 1).getAsJsonObject();
        assertEquals("ben", accepted.get("annotator").getAsString(), "an accepted suggestion answers to its reviewer");

        CorpusStore back = CorpusStore.create(folder.resolve("back"), "back");
        assertTrue(Importers.importInto(back, List.of(file), ImportLimits.DEFAULT, ProgressListener.NONE, "importer").problems().isEmpty());
        Document restored = back.load(back.entryFor("news-1"));
        assertEquals(List.of("anna"), restored.getDoneBy());
        assertFalse(restored.getMetadata().containsKey("done_by"), "done_by is no metadata");
        for (Annotation annotation : restored.getAnnotations()) {
            assertEquals(annotation.getId().startsWith("a6") ? "ben" : "anna", annotation.getProducer(), annotation.getId());
        }
        Document nobodys = back.load(back.entryFor("world/2024 #2"));
        assertTrue(nobodys.getDoneBy().isEmpty());
    }

    /** An annotator whose version a curated annotation came from is one of the export's annotators, in every format. */
    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void manifestListsAnnotatorsKnownOnlyFromCuratedFrom(ExportFormat format) throws Exception {
        Path out = folder.resolve("out-" + format.id());
        Exporters.export(corpusWithProvenance(), format, out, ExportOptions.DEFAULT, ProgressListener.NONE);
        JsonObject json = JsonParser.parseString(Files.readString(out.resolve(Manifest.FILE))).getAsJsonObject();
        // m1, anna's mention curated from anna's and carla's versions, is in every format's files
        List<String> annotators = json.getAsJsonArray("annotators").asList().stream().map(JsonElement::getAsString).toList();
        assertTrue(annotators.containsAll(List.of("anna", "carla")), format.id() + ": " + annotators);
    }

    /** Gold JSONL of one document ("Lavrov said no."): carla's mention of Lavrov, and an attribution that names no annotator. */
    private Path lavrovGold() throws IOException {
        return Files.writeString(folder.resolve("gold.jsonl"),
                "{\"id\": \"d\", \"text\": \"Lavrov said no.\", \"entities\": [{\"id\": \"l\", \"name\": \"Lavrov\", \"type\": \"PERSON\"}],"
                        + " \"mentions\": [{\"id\": \"m1\", \"span\": [0, 6], \"entity\": \"l\", \"annotator\": \"carla\"}],"
                        + " \"attributions\": [{\"id\": \"a1\", \"type\": \"INDIRECT\", \"source\": \"m1\", \"cue\": [7, 11], \"content\": [12, 14], \"parent\": null}]}\n");
    }

    @Test
    void importAnnotatorCreditsOnlyHandAnnotationsThatNameNoMaker() throws Exception {
        Path gold = lavrovGold();
        CorpusStore credited = CorpusStore.create(folder.resolve("credited"), "credited");
        Importers.importInto(credited, List.of(gold), ImportLimits.DEFAULT, ProgressListener.NONE, "dan");
        Document document = credited.load(credited.entryFor("d"));
        assertEquals(List.of("carla", "dan", "dan"), document.getAnnotations().stream().map(Annotation::getProducer).toList());

        CorpusStore plain = CorpusStore.create(folder.resolve("plain"), "plain");
        Importers.importInto(plain, List.of(gold), ProgressListener.NONE);
        Document unattributed = plain.load(plain.entryFor("d"));
        assertEquals("carla", unattributed.getAnnotations().get(0).getProducer());
        assertNull(unattributed.getAnnotations().get(1).getProducer(), "without --annotator, no one is made up");
    }

    /** Gold JSONL carries no times: an annotation imported from it was made at a time no one knows, not in 1970. */
    @Test
    void timesNeverRecordedStayUnknownInXmi() throws Exception {
        Path gold = lavrovGold();
        CorpusStore store = CorpusStore.create(folder.resolve("gold"), "gold");
        assertTrue(Importers.importInto(store, List.of(gold), ProgressListener.NONE).problems().isEmpty());
        Path out = folder.resolve("xmi");
        Exporters.export(store, ExportFormat.XMI, out, ExportOptions.DEFAULT, ProgressListener.NONE);
        String xmi = Files.readString(out.resolve("d.xmi"));
        assertTrue(xmi.contains("annotationId=\"a1\""), xmi);
        for (String time : List.of("created", "reviewed", "timestamp")) {
            assertFalse(xmi.contains(" " + time + "="), "an unknown " + time + " is not written: " + xmi);
        }
        CorpusStore back = CorpusStore.create(folder.resolve("back"), "back");
        assertTrue(Importers.importInto(back, List.of(out), ProgressListener.NONE).problems().isEmpty());
        Document restored = back.load(back.entryFor("d"));
        assertEquals(3, restored.getAnnotations().size());
        assertTrue(restored.getAnnotations().stream().allMatch(a -> a.getCreated() == 0 && a.getReviewed() == 0 && a.getTimestamp() == 0),
                "and reads back as unknown");
    }

    @Test
    void xmiCarriesReviewerCreatedDoneByAndCuratedFrom() throws Exception {
        Path out = folder.resolve("xmi");
        Exporters.export(corpusWithProvenance(), ExportFormat.XMI, out, ExportOptions.DEFAULT.withInclude(true, true), ProgressListener.NONE);
        String xmi = Files.readString(out.resolve("news-1.xmi"));
        assertTrue(xmi.contains("reviewer=\"ben\""), "reviewer is a feature value");
        assertTrue(xmi.contains("created=\"1700000000001\""));
        assertTrue(xmi.contains("<doneBy>anna</doneBy>") || xmi.contains("doneBy=\"anna\""), "done marks are a feature value");
        CorpusStore back = CorpusStore.create(folder.resolve("back"), "back");
        Importers.importInto(back, List.of(out), ProgressListener.NONE);
        Document restored = back.load(back.entryFor("news-1"));
        assertEquals(List.of("anna"), restored.getDoneBy());
        assertEquals(1, restored.getAnnotations().stream().filter(a -> "ben".equals(a.getReviewer()) && a.getReviewed() == 1_700_000_000_002L
                && a.getReview() == ReviewState.REJECTED).count());
        assertTrue(restored.getAnnotations().stream().filter(a -> a.getOrigin() == Origin.MANUAL)
                .allMatch(a -> "anna".equals(a.getProducer()) && a.getCreated() == 1_700_000_000_001L));
        assertEquals(List.of("anna", "carla"), restored.getAnnotations().stream().filter(a -> "m1".equals(a.getId())).findFirst()
                .orElseThrow().getCuratedFrom(), "curatedFrom is a feature value too");
        assertTrue(restored.getAnnotations().stream().filter(a -> !"m1".equals(a.getId())).allMatch(a -> a.getCuratedFrom().isEmpty()));
    }
}
