package org.sayer.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.impl.XmiCasDeserializer;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.apache.uima.util.XMLInputSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sayer.io.ProgressListener;
import org.sayer.io.export.ExportFormat;
import org.sayer.io.export.ExportOptions;
import org.sayer.io.export.Exporters;
import org.sayer.io.export.Manifest;
import org.sayer.io.importer.ImportException;
import org.sayer.io.importer.ImportReport;
import org.sayer.io.importer.Importers;
import org.sayer.io.inception.WebAnnoTsv;
import org.sayer.model.Annotation;
import org.sayer.model.Claim;
import org.sayer.model.Cue;
import org.sayer.model.Document;
import org.sayer.model.ReviewState;
import org.sayer.model.SpeakerMention;
import org.sayer.model.store.CorpusStore;

/** INCEpTION in both directions: its UIMA XMI and WebAnno TSV 3.3, exported and imported back. */
class InceptionFormatsTest {

    @TempDir
    Path folder;

    /**
     * Every annotation of a document with its span, features and links (by the span they point to),
     * one line each, so that two documents compare whatever ids their annotations got.
     */
    static TreeSet<String> described(Document document) {
        TreeSet<String> lines = new TreeSet<>();
        for (Annotation a : document.getAnnotations()) {
            if (a.getReview() == ReviewState.REJECTED) {
                continue;
            }
            String span = a.getBegin() + "-" + a.getEnd();
            if (a instanceof SpeakerMention m) {
                lines.add("mention " + span + " " + m.getKind() + " " + (m.getSpeaker() == null ? null
                        : m.getSpeaker().getId() + "/" + m.getSpeaker().getName()));
            } else if (a instanceof Cue) {
                lines.add("cue " + span);
            } else if (a instanceof Claim c) {
                lines.add("claim " + span + " " + c.getType() + " source=" + spanOf(c.getSource()) + " cue=" + spanOf(c.getCue())
                        + " parent=" + spanOf(c.getParent()));
            }
        }
        return lines;
    }

    private static String spanOf(Annotation a) {
        return a == null || a.getReview() == ReviewState.REJECTED ? null : a.getBegin() + "-" + a.getEnd();
    }

    @ParameterizedTest
    @EnumSource(value = ExportFormat.class, names = { "INCEPTION", "WEBANNO" })
    void exportThenImportGivesTheSameAnnotationsAndLinks(ExportFormat format) throws Exception {
        Path out = folder.resolve(format.id());
        Manifest manifest = Exporters.export(Fixtures.corpus(folder.resolve("c")), format, out, ExportOptions.DEFAULT.withInclude(true, true),
                ProgressListener.NONE);
        assertEquals(6, manifest.count("claims"), "the rejected claim is not written, the pending one is");

        CorpusStore back = CorpusStore.create(folder.resolve("back"), "back");
        ImportReport report = Importers.importInto(back, List.of(out), ProgressListener.NONE);
        assertTrue(report.problems().isEmpty(), report.problems().toString());
        assertEquals(2, back.documentIds().size(), back.documentIds().toString());
        Document restored = null;
        for (String id : back.documentIds()) {
            Document d = back.load(back.entryFor(id));
            if (d.getText().equals(Fixtures.TEXT)) {
                restored = d;
            }
        }
        assertNotNull(restored, "the text of news-1 comes back exactly");
        if (format == ExportFormat.INCEPTION) {
            assertEquals("news-1", restored.getId(), "XMI keeps the id in DKPro's document metadata");
            assertTrue(back.documentIds().contains("world/2024 #2"));
        }
        assertEquals(described(Fixtures.news("news-1")), described(restored));
        assertEquals(2, back.corpus().getSpeakers().size(), "mentions with one speaker id are one speaker");
    }

    @Test
    void theXmiLoadsWithItsOwnTypeSystemAndCarriesDkproSentencesAndTokens() throws Exception {
        Path out = folder.resolve("inception");
        Exporters.export(Fixtures.corpus(folder.resolve("c")), ExportFormat.INCEPTION, out, ExportOptions.DEFAULT, ProgressListener.NONE);
        TypeSystemDescription types = UIMAFramework.getXMLParser()
                .parseTypeSystemDescription(new XMLInputSource(out.resolve("typesystem.xml").toFile()));
        CAS cas = CasCreationUtils.createCas(types, null, null);
        try (InputStream in = Files.newInputStream(out.resolve("news-1.xmi"))) {
            XmiCasDeserializer.deserialize(in, cas); // not lenient: every type and feature is declared
        }
        assertEquals(Fixtures.TEXT, cas.getDocumentText());
        Type metadata = cas.getTypeSystem().getType("de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData");
        AnnotationFS documentAnnotation = cas.getDocumentAnnotation();
        assertEquals(metadata, documentAnnotation.getType(), "DKPro's metadata is the document annotation");
        assertEquals("news-1", documentAnnotation.getStringValue(metadata.getFeatureByBaseName("documentId")));

        List<String> tokens = new ArrayList<>();
        cas.getAnnotationIndex(cas.getTypeSystem().getType("de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token"))
                .forEach(t -> tokens.add(t.getCoveredText()));
        assertEquals(List.of("Minister", "\uD83D\uDE42", "speaks", "\"", "We", "will"), tokens.subList(0, 6));
        Type sentence = cas.getTypeSystem().getType("de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence");
        Type claim = cas.getTypeSystem().getType("webanno.custom.Claim");
        for (AnnotationFS c : cas.getAnnotationIndex(claim)) {
            long holding = cas.getAnnotationIndex(sentence).stream().filter(s -> s.getBegin() <= c.getBegin() && c.getEnd() <= s.getEnd()).count();
            assertEquals(1, holding, "no sentence breaks inside a claim: " + c.getCoveredText());
        }
        AnnotationFS nested = cas.getAnnotationIndex(claim).stream().filter(c -> c.getCoveredText().equals("the West stalled")).findFirst().orElseThrow();
        var parentLinks = (org.apache.uima.cas.ArrayFS<?>) nested.getFeatureValue(claim.getFeatureByBaseName("parent"));
        var link = (org.apache.uima.cas.FeatureStructure) parentLinks.get(0);
        assertEquals("parent", link.getStringValue(link.getType().getFeatureByBaseName("role")));
        AnnotationFS parent = (AnnotationFS) link.getFeatureValue(link.getType().getFeatureByBaseName("target"));
        assertEquals("Baerbock said the West stalled", parent.getCoveredText());
    }

    /**
     * A file as INCEpTION writes it, following the published specification and not Sayer's writer:
     * no text between sentences, a layer of INCEpTION's own (named entities) and a relation layer to
     * read past, a claim over two tokens with a disambiguation id, two stacked mentions, escaped
     * values, and slot links to annotations by SENTENCE-TOKEN and [ID], one in the next sentence.
     */
    /** The seven claim columns of a token no claim covers. */
    private static final String NO_CLAIM = "_\t_\t_\t_\t_\t_\t_";

    static final String INCEPTION_TSV = String.join("\n",
            "#FORMAT=WebAnno TSV 3.3",
            "#T_SP=de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity|identifier|value",
            "#T_SP=webanno.custom.Claim|type|ROLE_webanno.custom.Claim:source_webanno.custom.ClaimSourceLink|webanno.custom.SpeakerMention"
                    + "|ROLE_webanno.custom.Claim:cue_webanno.custom.ClaimCueLink|webanno.custom.Cue"
                    + "|ROLE_webanno.custom.Claim:parent_webanno.custom.ClaimParentLink|webanno.custom.Claim",
            "#T_SP=webanno.custom.Cue|",
            "#T_SP=webanno.custom.SpeakerMention|kind|speaker|speakerName",
            "#T_RL=webanno.custom.Rel|label|BT_de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity",
            "",
            "",
            "#Text=Dr. Ho said: no_way",
            row("1-1", "0-2", "Dr", "_", "PER[1]", NO_CLAIM, "_", "NAME[2]|NAME[3]", "ho\\_1[2]|ho\\_1[3]", "Dr. Ho[2]|*[3]", "_", "_"),
            row("1-2", "2-3", ".", "_", "PER[1]", NO_CLAIM, "_", "NAME[2]", "ho\\_1[2]", "Dr. Ho[2]", "_", "_"),
            row("1-3", "4-6", "Ho", "_", "PER[1]", NO_CLAIM, "_", "NAME[2]", "ho\\_1[2]", "Dr. Ho[2]", "*", "1-1[1]"),
            row("1-4", "7-11", "said", "_", "_", NO_CLAIM, "*", "_", "_", "_", "_", "_"),
            row("1-5", "11-12", ":", "_", "_", NO_CLAIM, "_", "_", "_", "_", "_", "_"),
            row("1-6", "13-19", "no_way", "_", "_", "DIRECT\tsource\t1-1[2]\tcue\t1-4\t_\t*", "_", "_", "_", "_", "_", "_"),
            "",
            "#Text=He agreed it.",
            row("2-1", "21-23", "He", "_", "_", NO_CLAIM, "_", "PRONOUN", "ho\\_1", "*", "_", "_"),
            row("2-2", "24-30", "agreed", "_", "_", NO_CLAIM, "*", "_", "_", "_", "_", "_"),
            row("2-3", "31-33", "it", "_", "_", "INDIRECT[4]\tsource[4]\t2-1\t_\t*\tparent[4]\t1-6", "_", "_", "_", "_", "_", "_"),
            row("2-4", "33-34", ".", "_", "_", "INDIRECT[4]\tsource[4]\t2-1\t_\t*\tparent[4]\t1-6", "_", "_", "_", "_", "_", "_"),
            "");

    /** A token line: its cells (15 in all, the claim's seven given as one), each closed by a tab as INCEpTION writes them. */
    private static String row(String id, String offsets, String token, String... cells) {
        String line = id + "\t" + offsets + "\t" + token + "\t" + String.join("\t", cells) + "\t";
        assertEquals(3 + 15 + 1, line.split("\t", -1).length, line);
        return line;
    }

    @Test
    void readsWebAnnoTsvAsInceptionWritesIt() throws Exception {
        Document document = WebAnnoTsv.read(INCEPTION_TSV, "story", "story.tsv");
        assertEquals("Dr. Ho said: no_way\n He agreed it.", document.getText(),
                "what lies between sentences becomes the line break that ends a #Text= line and spaces, as INCEpTION reads it");
        TreeSet<String> expected = new TreeSet<>(List.of(
                "mention 0-6 NAME ho_1/Dr. Ho",
                "mention 0-2 NAME ho_1/Dr. Ho",
                "mention 21-23 PRONOUN ho_1/Dr. Ho",
                "cue 7-11",
                "cue 24-30",
                "claim 13-19 DIRECT source=0-6 cue=7-11 parent=null",
                "claim 31-34 INDIRECT source=21-23 cue=null parent=13-19"));
        assertEquals(expected, described(document));
    }

    @Test
    void aFileThatBreaksTheSpecificationIsRefusedWithItsNameAndLine() {
        String wrongToken = INCEPTION_TSV.replace("1-4\t7-11\tsaid", "1-4\t7-11\tsays");
        ImportException e = assertThrows(ImportException.class, () -> WebAnnoTsv.read(wrongToken, "story", "story.tsv"));
        assertTrue(e.getMessage().contains("story.tsv") && e.getMessage().contains("line 13") && e.getMessage().contains("\"says\""),
                e.getMessage());

        String danglingLink = INCEPTION_TSV.replace("source\t1-1[2]", "source\t1-1[9]");
        e = assertThrows(ImportException.class, () -> WebAnnoTsv.read(danglingLink, "story", "story.tsv"));
        assertTrue(e.getMessage().contains("1-1[9]"), e.getMessage());

        String missingColumn = INCEPTION_TSV.replace("1-5\t11-12\t:\t_\t_\t", "1-5\t11-12\t:\t");
        e = assertThrows(ImportException.class, () -> WebAnnoTsv.read(missingColumn, "story", "story.tsv"));
        assertTrue(e.getMessage().contains("columns"), e.getMessage());

        String hugeNumber = INCEPTION_TSV.replace("1-5\t11-12", "17777777777777777777777-5\t11-12");
        e = assertThrows(ImportException.class, () -> WebAnnoTsv.read(hugeNumber, "story", "story.tsv"));
        assertTrue(e.getMessage().contains("story.tsv") && e.getMessage().contains("line 14") && e.getMessage().contains("too large"),
                e.getMessage());

        // found by fuzzing: the gap before a sentence was filled with spaces, a billion of them, out of memory
        String farSentence = INCEPTION_TSV.replace("2-1\t21-23", "2-1\t999999021-999999023");
        e = assertThrows(ImportException.class, () -> WebAnnoTsv.read(farSentence, "story", "story.tsv"));
        assertTrue(e.getMessage().contains("story.tsv") && e.getMessage().contains("999999021"), e.getMessage());

        e = assertThrows(ImportException.class, () -> WebAnnoTsv.read("#FORMAT=WebAnno TSV 2\n", "old", "old.tsv"));
        assertTrue(e.getMessage().contains("old.tsv"), e.getMessage());
    }

    @Test
    void theTsvFollowsTheSpecificationLineByLine() throws Exception {
        Path out = folder.resolve("webanno");
        Exporters.export(Fixtures.corpus(folder.resolve("c")), ExportFormat.WEBANNO, out, ExportOptions.DEFAULT, ProgressListener.NONE);
        Path file;
        try (var files = Files.list(out)) {
            file = files.filter(p -> p.toString().endsWith(".tsv") && !p.getFileName().toString().equals("documents.tsv"))
                    .filter(p -> p.getFileName().toString().startsWith("news")).findFirst().orElseThrow();
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals("#FORMAT=WebAnno TSV 3.3", lines.get(0));
        int body = lines.indexOf("");
        assertTrue(lines.get(body + 1).isEmpty() && lines.get(body + 2).startsWith("#Text="), "two empty lines end the header");
        int columns = 0;
        for (String layer : lines.subList(1, body)) {
            assertTrue(layer.startsWith("#T_SP=webanno.custom."), layer);
            String[] fields = layer.substring(6).split("\\|", -1);
            columns += fields.length == 2 && fields[1].isEmpty() ? 1 : fields.length - 1;
        }
        assertEquals(7 + 1 + 3, columns, "claim: type and three slot pairs; cue: a placeholder; mention: three features");
        assertTrue(lines.get(lines.size() - 1).matches("\\d+-\\d+\t.*\t"), "no empty line after the last token");
        for (String line : lines.subList(body + 2, lines.size())) {
            if (!line.isEmpty() && !line.startsWith("#Text=")) {
                assertEquals(3 + columns + 1, line.split("\t", -1).length, "every token line has every column and a closing tab: " + line);
            }
        }
        assertTrue(lines.contains("#Text=And they will.\""), "a sentence's line break splits its #Text= lines");
        String said = lines.stream().filter(l -> l.matches("\\d+-\\d+\t\\d+-\\d+\tBaerbock\t.*")).findFirst().orElseThrow();
        assertTrue(said.endsWith("\tNAME\tbaerbock\tAnnalena Baerbock\t"), said);
    }
}
