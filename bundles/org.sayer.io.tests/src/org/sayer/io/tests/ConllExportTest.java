package org.sayer.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sayer.io.ProgressListener;
import org.sayer.io.export.ExportFormat;
import org.sayer.io.export.ExportOptions;
import org.sayer.io.export.Exporters;

class ConllExportTest {

    @TempDir
    Path folder;

    @Test
    void bioTagsAreValidPerColumnAndTokensSliceTheText() throws Exception {
        Path out = folder.resolve("conll");
        Exporters.export(Fixtures.corpus(folder.resolve("c")), ExportFormat.CONLL, out, ExportOptions.DEFAULT, ProgressListener.NONE);
        List<String> lines = Files.readAllLines(out.resolve("corpus.conll"));
        assertEquals("# global.columns = TOKEN START END SPEAKER CUE CONTENT", lines.get(0));
        String[] labels = { "SPEAKER", "CUE", "CONTENT" };
        String text = null;
        String[] previous = null;
        List<String> speakerTokens = new ArrayList<>();
        List<String> contentStarts = new ArrayList<>();
        int sentences = 0;
        for (String line : lines.subList(1, lines.size())) {
            if (line.startsWith("# newdoc id = ")) {
                text = line.endsWith("news-1") ? Fixtures.TEXT : "Short\nNobody said anything.";
                continue;
            }
            if (line.startsWith("# sent_id")) {
                sentences++;
                previous = null;
                continue;
            }
            if (line.isEmpty()) {
                previous = null;
                continue;
            }
            String[] columns = line.split("\t");
            assertEquals(6, columns.length, line);
            int start = Integer.parseInt(columns[1]);
            int end = Integer.parseInt(columns[2]);
            assertEquals(columns[0], text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end)), line);
            for (int c = 0; c < 3; c++) {
                String tag = columns[3 + c];
                assertTrue(tag.equals("O") || tag.equals("B-" + labels[c]) || tag.equals("I-" + labels[c]), line);
                assertTrue(tag.length() < 2 || !tag.substring(2).contains("-"), "labels contain no '-'");
                if (tag.startsWith("I-")) {
                    assertTrue(previous != null && previous[3 + c].endsWith(labels[c]), "I- continues B-/I- of the same type: " + line);
                }
            }
            if (!columns[3].equals("O")) {
                speakerTokens.add(columns[0]);
            }
            if (columns[5].startsWith("B-")) {
                contentStarts.add(columns[0]);
            }
            previous = columns;
        }
        assertEquals(List.of("Baerbock", "Lavrov", "He", "Baerbock"), speakerTokens);
        // a1, a2 (split by the line break: "Talks" and "And"), a3, a4 (a5 is nested inside a4)
        assertEquals(List.of("We", "Talks", "And", "Moscow", "Baerbock"), contentStarts);
        assertTrue(sentences >= 7, "sentences split at line breaks and full stops: " + sentences);
    }
}
