package org.sayer.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sayer.io.ProgressListener;
import org.sayer.io.export.ExportFormat;
import org.sayer.io.export.ExportOptions;
import org.sayer.io.export.Exporters;
import org.sayer.io.export.Manifest;
import org.sayer.io.importer.ImportReport;
import org.sayer.io.importer.Importers;
import org.sayer.model.store.CorpusStore;

class GoldRoundTripTest {

    @TempDir
    Path folder;

    private String seed() throws Exception {
        try (InputStream in = GoldRoundTripTest.class.getResourceAsStream("/data/seed-article.jsonl")) {
            assertNotNull(in, "data/seed-article.jsonl is on the test class path");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
    }

    @Test
    void goldImportedAndExportedAgainHasTheSameContent() throws Exception {
        String line = seed();
        // no .jsonl extension: the content says gold
        Path gold = Files.writeString(folder.resolve("seed.data"), line + "\n");
        CorpusStore store = CorpusStore.create(folder.resolve("corpus"), "c");
        ImportReport report = Importers.importInto(store, List.of(gold), ProgressListener.NONE);
        assertTrue(report.problems().isEmpty(), report.problems().toString());
        Path out = folder.resolve("export");
        Manifest manifest = Exporters.export(store, ExportFormat.JSONL, out, ExportOptions.DEFAULT, ProgressListener.NONE);
        List<String> lines = Files.readAllLines(out.resolve("documents.jsonl"));
        assertEquals(1, lines.size());
        JsonObject original = JsonParser.parseString(line).getAsJsonObject();
        JsonObject exported = JsonParser.parseString(lines.get(0)).getAsJsonObject();
        assertEquals(original, exported, "same keys and values, in any order");
        assertEquals(26, manifest.count("claims"));
    }

    @Test
    void goldWithASpanOutsideTheTextIsReportedByLineAndTheOtherLinesImport() throws Exception {
        String good = "{\"id\": \"g1\", \"text\": \"Ann said hi.\", \"entities\": [{\"id\": \"ann\", \"name\": \"Ann\", \"type\": \"PERSON\"}],"
                + " \"mentions\": [{\"id\": \"m1\", \"span\": [0, 3], \"entity\": \"ann\"}],"
                + " \"attributions\": [{\"id\": \"a1\", \"type\": \"INDIRECT\", \"source\": \"m1\", \"cue\": [4, 8], \"content\": [9, 11], \"parent\": null}]}";
        String outside = "{\"id\": \"g2\", \"text\": \"Short.\", \"entities\": [], \"mentions\": [],"
                + " \"attributions\": [{\"id\": \"a1\", \"type\": \"DIRECT\", \"source\": null, \"cue\": null, \"content\": [2, 400], \"parent\": null}]}";
        Path gold = Files.writeString(folder.resolve("gold.jsonl"), good + "\n" + outside + "\n");
        CorpusStore store = CorpusStore.create(folder.resolve("corpus"), "c");
        ImportReport report = Importers.importInto(store, List.of(gold), ProgressListener.NONE);
        assertEquals(1, report.problems().size(), report.problems().toString());
        assertTrue(report.problems().get(0).startsWith(gold + ":2:"), report.problems().get(0));
        assertEquals(List.of("g1"), store.documentIds());
        assertEquals(1, store.corpus().getSpeakers().size(), "the good line's speaker joined the registry");
        assertEquals(3, store.load(store.corpus().getDocuments().get(0)).getAnnotations().size());
    }
}
