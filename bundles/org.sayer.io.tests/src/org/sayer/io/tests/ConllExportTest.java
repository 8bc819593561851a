package org.sayer.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sayer.io.ProgressListener;
import org.sayer.io.export.ExportFormat;
import org.sayer.io.export.ExportOptions;
import org.sayer.io.export.Exporters;
import org.sayer.io.export.Manifest;
import org.sayer.model.Claim;
import org.sayer.model.ClaimType;
import org.sayer.model.Document;
import org.sayer.model.MentionKind;
import org.sayer.model.SayerFactory;
import org.sayer.model.SpeakerMention;
import org.sayer.model.store.CorpusStore;

class ConllExportTest {

    /** Four claims, each inside the one before, and a title with an abbreviation. */
    static final String DEEP = "Ann said Bob said Cy said Di said Ed left. Dr. Hannah Becker agreed. She left.";

    @TempDir
    Path folder;

    private static ConllReader.Span span(String column, String label, String text, String what) {
        int at = text.indexOf(what);
        return new ConllReader.Span(column, label, text.codePointCount(0, at), text.codePointCount(0, at + what.length()));
    }

    @Test
    void bioTagsAreValidPerColumnAndTokensSliceTheText() throws Exception {
        Path out = folder.resolve("conll");
        Exporters.export(Fixtures.corpus(folder.resolve("c")), ExportFormat.CONLL, out, ExportOptions.DEFAULT, ProgressListener.NONE);
        List<String> lines = Files.readAllLines(out.resolve("corpus.conll"));
        assertEquals("# global.columns = TOKEN START END SPEAKER CUE CLAIM CLAIM2 CLAIM3", lines.get(0));
        ConllReader conll = ConllReader.read(out.resolve("corpus.conll"));
        String text = null;
        for (String line : lines) {
            if (line.startsWith("# newdoc id = ")) {
                text = line.endsWith("news-1") ? Fixtures.TEXT : "Short\nNobody said anything.";
            } else if (!line.isEmpty() && !line.startsWith("# ")) {
                String[] columns = line.split("\t");
                int start = Integer.parseInt(columns[1]);
                int end = Integer.parseInt(columns[2]);
                assertEquals(columns[0], text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end)), line);
            }
        }
        ConllReader.Doc news = conll.docs.get("news-1");
        String t = Fixtures.TEXT;
        assertEquals(List.of(span("SPEAKER", "SPEAKER", t, "Baerbock"), span("SPEAKER", "SPEAKER", t, "Lavrov"), span("SPEAKER", "SPEAKER", t, "He"),
                new ConllReader.Span("SPEAKER", "SPEAKER", t.codePointCount(0, Fixtures.at("Baerbock", 1)),
                        t.codePointCount(0, Fixtures.at("Baerbock", 1)) + 8)), news.in("SPEAKER"));
        assertEquals(4, news.in("CUE").size());
        assertTrue(news.sentences() >= 4, "sentences split at line breaks and full stops: " + news.sentences());
    }

    /**
     * Before, a nested claim was absorbed into its parent's I-CONTENT, a claim over a line break became
     * two B-CONTENT spans, and the manifest counted claims the file did not hold.
     */
    @Test
    void nestedClaimsHaveTheirOwnColumnAndAClaimStaysWholeAcrossSentences() throws Exception {
        Path out = folder.resolve("conll");
        Manifest manifest = Exporters.export(Fixtures.corpus(folder.resolve("c")), ExportFormat.CONLL, out, ExportOptions.DEFAULT,
                ProgressListener.NONE);
        ConllReader.Doc news = ConllReader.read(out.resolve("corpus.conll")).docs.get("news-1");
        String t = Fixtures.TEXT;
        assertEquals(List.of(span("CLAIM", "DIRECT", t, "We will not give in,"), span("CLAIM", "DIRECT", t, "Talks go on.\nAnd they will."),
                span("CLAIM", "INDIRECT", t, "Moscow was waiting"), span("CLAIM", "INDIRECT", t, "Baerbock said the West stalled")),
                news.in("CLAIM"));
        assertEquals(List.of(span("CLAIM2", "INDIRECT", t, "the West stalled")), news.in("CLAIM2"));
        assertEquals(5, manifest.count("claims"));
        assertEquals(4, manifest.count("mentions"));
        assertTrue(manifest.notes().get("columns").startsWith("TOKEN START END SPEAKER CUE CLAIM CLAIM2 CLAIM3"));
    }

    /** Before, "Dr." ended a sentence, so "Dr." and "Hannah Becker" became two speakers. */
    @Test
    void anAbbreviationEndsNoSentenceAndDeeperNestingWidensEveryLine() throws Exception {
        CorpusStore store = Fixtures.corpus(folder.resolve("c"));
        Document deep = Fixtures.document("deep", DEEP);
        Fixtures.add(deep, SayerFactory.eINSTANCE.createSpeakerMention(), "Dr. Hannah Becker");
        ((SpeakerMention) deep.getAnnotations().get(0)).setKind(MentionKind.NAME);
        Claim parent = null;
        for (String content : List.of("Bob said Cy said Di said Ed left", "Cy said Di said Ed left", "Di said Ed left", "Ed left")) {
            Claim claim = Fixtures.add(deep, SayerFactory.eINSTANCE.createClaim(), content);
            claim.setType(ClaimType.INDIRECT);
            claim.setParent(parent);
            parent = claim;
        }
        store.add(deep);
        store.save(deep);
        store.saveIndex();

        Path out = folder.resolve("conll");
        Manifest manifest = Exporters.export(store, ExportFormat.CONLL, out, ExportOptions.DEFAULT, ProgressListener.NONE);
        ConllReader conll = ConllReader.read(out.resolve("corpus.conll"));
        assertEquals(List.of("TOKEN", "START", "END", "SPEAKER", "CUE", "CLAIM", "CLAIM2", "CLAIM3", "CLAIM4"), conll.columns,
                "the earlier documents' lines were widened too (the reader checks every line's field count)");
        ConllReader.Doc doc = conll.docs.get("deep");
        assertEquals(List.of(span("SPEAKER", "SPEAKER", DEEP, "Dr. Hannah Becker")), doc.in("SPEAKER"));
        assertEquals(3, doc.sentences(), "no sentence ends after Dr.");
        assertEquals(List.of(span("CLAIM4", "INDIRECT", DEEP, "Ed left")), doc.in("CLAIM4"));
        assertEquals(5 + 4, manifest.count("claims"));

        // Without a span over it, "Dr." still ends no sentence.
        deep.getAnnotations().clear();
        store.save(deep);
        Path plain = folder.resolve("plain");
        Exporters.export(store, ExportFormat.CONLL, plain, ExportOptions.DEFAULT, ProgressListener.NONE);
        assertEquals(3, ConllReader.read(plain.resolve("corpus.conll")).docs.get("deep").sentences());
    }
}
