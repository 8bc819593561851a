package org.sayer.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sayer.io.ProgressListener;
import org.sayer.io.export.ExportFormat;
import org.sayer.io.export.ExportOptions;
import org.sayer.io.export.Exporters;

class BratExportTest {

    @TempDir
    Path folder;

    /** A strict brat reader: what brat itself checks when it opens a document. */
    record Entity(String type, List<int[]> fragments, String text) {
    }

    static Map<String, Entity> readStrict(Path ann, String text, Set<String> entityTypes, Set<String> relationTypes,
            Set<String> attributeTypes) throws Exception {
        Map<String, Entity> entities = new HashMap<>();
        List<String> lines = Files.readAllLines(ann);
        for (String line : lines) {
            String[] fields = line.split("\t", -1);
            if (line.startsWith("T")) {
                assertEquals(3, fields.length, line);
                String type = fields[1].substring(0, fields[1].indexOf(' '));
                assertTrue(entityTypes.contains(type), "declared entity type: " + line);
                List<int[]> fragments = new ArrayList<>();
                List<String> slices = new ArrayList<>();
                for (String fragment : fields[1].substring(type.length() + 1).split(";")) {
                    String[] ends = fragment.split(" ");
                    int start = Integer.parseInt(ends[0]);
                    int end = Integer.parseInt(ends[1]);
                    assertTrue(start < end, line);
                    fragments.add(new int[] { start, end });
                    // brat counts code points
                    String slice = text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
                    assertFalse(slice.contains("\n"), "no fragment crosses a line break: " + line);
                    slices.add(slice);
                }
                assertEquals(String.join(" ", slices), fields[2], "text field equals the .txt slice: " + line);
                entities.put(fields[0], new Entity(type, fragments, fields[2]));
            }
        }
        for (String line : lines) {
            String[] fields = line.split("\t", -1);
            if (line.startsWith("R")) {
                String[] parts = fields[1].split(" ");
                assertTrue(relationTypes.contains(parts[0]), line);
                assertTrue(entities.containsKey(parts[1].substring(5)) && parts[1].startsWith("Arg1:"), line);
                assertTrue(entities.containsKey(parts[2].substring(5)) && parts[2].startsWith("Arg2:"), line);
            } else if (line.startsWith("A")) {
                String[] parts = fields[1].split(" ");
                assertTrue(attributeTypes.contains(parts[0]), line);
                assertTrue(entities.containsKey(parts[1]), line);
            } else if (line.startsWith("#")) {
                assertTrue(entities.containsKey(fields[1].split(" ")[1]), line);
            } else {
                assertTrue(line.startsWith("T"), "only T, R, A and # lines: " + line);
            }
        }
        return entities;
    }

    private static Set<String> section(List<String> conf, String name) {
        Set<String> types = new HashSet<>();
        boolean inside = false;
        for (String line : conf) {
            if (line.startsWith("[")) {
                inside = line.equals("[" + name + "]");
            } else if (inside && !line.isBlank() && !line.startsWith("<")) {
                types.add(line.split("\t")[0]);
            }
        }
        return types;
    }

    @Test
    void everySpanMatchesTheTextByCodePointsAndLineBreaksBecomeFragments() throws Exception {
        Path out = folder.resolve("brat");
        Exporters.export(Fixtures.corpus(folder.resolve("c")), ExportFormat.BRAT, out, ExportOptions.DEFAULT, ProgressListener.NONE);
        List<String> conf = Files.readAllLines(out.resolve("annotation.conf"));
        assertEquals(List.of("[entities]", "[relations]", "[events]", "[attributes]"),
                conf.stream().filter(l -> l.startsWith("[")).toList(), "brat needs all four sections");
        Set<String> entityTypes = section(conf, "entities");
        String text = Files.readString(out.resolve("news-1.txt"));
        assertEquals(Fixtures.TEXT, text);
        Map<String, Entity> entities = readStrict(out.resolve("news-1.ann"), text, entityTypes, section(conf, "relations"),
                section(conf, "attributes"));
        assertEquals(4 + 4 + 5, entities.size(), "accepted mentions, cues and claims; no pending or rejected ones");
        Entity quote = entities.values().stream().filter(e -> e.text().equals("Talks go on. And they will.")).findFirst().orElseThrow();
        assertEquals(2, quote.fragments().size(), "the quote across a line break is two fragments");
        int emojiShift = 1;
        int utf16Begin = Fixtures.at("Baerbock", 0);
        assertTrue(entities.values().stream().anyMatch(e -> e.type().equals("Speaker") && e.fragments().get(0)[0] == utf16Begin - emojiShift),
                "offsets count the emoji as one");
        String ann = Files.readString(out.resolve("news-1.ann"));
        assertTrue(ann.contains("\tParent Arg1:"), ann);
        assertTrue(ann.contains("AnnotatorNotes") && ann.contains("speaker=baerbock"), ann);
        assertFalse(ann.contains("Negative") || ann.contains("Pending"), ann);
        List<String> index = Files.readAllLines(out.resolve("documents.tsv"));
        assertEquals("world_2024__2\tworld/2024 #2", index.get(2));
    }

    @Test
    void includedRejectedAndPendingAnnotationsAreMarked() throws Exception {
        Path out = folder.resolve("brat");
        Exporters.export(Fixtures.corpus(folder.resolve("c")), ExportFormat.BRAT, out, ExportOptions.DEFAULT.withInclude(true, true),
                ProgressListener.NONE);
        List<String> conf = Files.readAllLines(out.resolve("annotation.conf"));
        String text = Files.readString(out.resolve("news-1.txt"));
        Map<String, Entity> entities = readStrict(out.resolve("news-1.ann"), text, section(conf, "entities"), section(conf, "relations"),
                section(conf, "attributes"));
        String negative = entities.entrySet().stream().filter(e -> e.getValue().text().equals("Moscow") && e.getValue().type().equals("Speaker"))
                .map(Map.Entry::getKey).findFirst().orElseThrow();
        String ann = Files.readString(out.resolve("news-1.ann"));
        assertTrue(ann.contains("\tNegative " + negative + "\n"), ann);
        assertTrue(ann.contains("\tPending "), ann);
    }
}
