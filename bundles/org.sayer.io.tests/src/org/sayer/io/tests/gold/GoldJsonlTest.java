package org.sayer.io.tests.gold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sayer.io.gold.GoldJsonlReader;
import org.sayer.io.gold.GoldJsonlWriter;
import org.sayer.io.gold.MentionKinds;
import org.sayer.io.gold.Offsets;
import org.sayer.io.importer.ImportException;
import org.sayer.model.Claim;
import org.sayer.model.ClaimType;
import org.sayer.model.Corpus;
import org.sayer.model.Document;
import org.sayer.model.MentionKind;
import org.sayer.model.ReviewState;
import org.sayer.model.SayerFactory;
import org.sayer.model.SpeakerMention;
import org.sayer.model.store.CorpusStore;

class GoldJsonlTest {

    @TempDir
    Path folder;

    static String seedLine() throws IOException {
        try (InputStream in = GoldJsonlTest.class.getResourceAsStream("/data/seed-article.jsonl")) {
            assertNotNull(in, "data/seed-article.jsonl is on the test bundle's class path");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
    }

    private static GoldJsonlReader reader(String jsonl, Corpus registry) {
        return new GoldJsonlReader(new ByteArrayInputStream(jsonl.getBytes(StandardCharsets.UTF_8)), "gold.jsonl", registry);
    }

    private static String write(Document document, Set<ReviewState> reviews) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        GoldJsonlWriter writer = new GoldJsonlWriter(bytes, reviews);
        writer.write(document);
        writer.flush();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void seedDocumentSurvivesACorpusStoreRoundTripUnchanged() throws Exception {
        String original = seedLine();
        CorpusStore store = CorpusStore.create(folder.resolve("corpus"), "seed");
        Document read;
        try (GoldJsonlReader reader = reader(original + "\n", store.corpus())) {
            read = reader.next();
            assertNull(reader.next());
            assertEquals(List.of(), reader.errors());
        }
        assertEquals(26, read.getAnnotations().stream().filter(Claim.class::isInstance).count());
        store.add(read);
        store.save(read);
        store.saveIndex();

        CorpusStore reopened = CorpusStore.open(folder.resolve("corpus"));
        Document loaded = reopened.load(reopened.corpus().getDocuments().get(0));
        String written = write(loaded, GoldJsonlWriter.ALL_REVIEWS);

        assertTrue(written.endsWith("\n") && written.indexOf('\n') == written.length() - 1, "one line per document");
        assertEquals(JsonParser.parseString(original), JsonParser.parseString(written));
    }

    @Test
    void seedMentionsBecomeSpeakerMentionsWithGuessedKinds() throws Exception {
        Corpus corpus = SayerFactory.eINSTANCE.createCorpus();
        Document document = reader(seedLine(), corpus).next();
        SpeakerMention m1 = mention(document, "m1");
        assertEquals("Blinken", m1.getCoveredText());
        assertEquals(MentionKind.NAME, m1.getKind());
        assertEquals("blinken", m1.getSpeaker().getId());
        assertSame(corpus.getSpeakers().get(0), m1.getSpeaker(), "entities go into the corpus registry");
        assertEquals(document.getSpeakers().size(), corpus.getSpeakers().size());
        Claim a1 = claim(document, "a1");
        assertSame(m1, a1.getSource());
        assertNull(a1.getCue(), "a headline colon has no cue");
        assertEquals(ClaimType.INDIRECT, a1.getType());
        Claim a2 = claim(document, "a2");
        assertEquals("a2.cue", a2.getCue().getId());
        assertEquals(ReviewState.ACCEPTED, a2.getReview());
        assertTrue(document.getAnnotations().stream().filter(Claim.class::isInstance).map(Claim.class::cast)
                .anyMatch(c -> c.getParent() != null), "the seed has a nested attribution");
    }

    @Test
    void mentionKindIsGuessedFromItsText() {
        assertEquals(MentionKind.PRONOUN, MentionKinds.guess("she"));
        assertEquals(MentionKind.PRONOUN, MentionKinds.guess("He"));
        assertEquals(MentionKind.NOMINAL, MentionKinds.guess("the Russian Minister"));
        assertEquals(MentionKind.NOMINAL, MentionKinds.guess("A senior State Department official"));
        assertEquals(MentionKind.NOMINAL, MentionKinds.guess("officials"));
        assertEquals(MentionKind.NAME, MentionKinds.guess("State Department Spokesperson Ned Price"));
    }

    @Test
    void codePointOffsetsAfterAnEmojiBecomeUtf16OffsetsAndBack() throws Exception {
        // "😀" is one code point but two UTF-16 units: every span after it shifts by one in Java.
        String text = "😀 Lavrov said: \"We wait.\" 👍 She agreed.";
        String line = "{\"id\": \"e\", \"text\": " + new JsonPrimitive(text) + ", \"entities\": [{\"id\": \"lavrov\", \"name\": \"Sergey Lavrov\", \"type\": \"PERSON\"}],"
                + " \"mentions\": [{\"id\": \"m1\", \"span\": [2, 8], \"entity\": \"lavrov\"},"
                + " {\"id\": \"m2\", \"span\": [28, 31], \"entity\": \"lavrov\"}],"
                + " \"attributions\": [{\"id\": \"a1\", \"type\": \"DIRECT\", \"source\": \"m1\", \"cue\": [9, 13],"
                + " \"content\": [16, 24], \"parent\": null}]}";
        Document document = reader(line, null).next();
        SpeakerMention lavrov = mention(document, "m1");
        assertEquals(3, lavrov.getBegin());
        assertEquals("Lavrov", lavrov.getCoveredText());
        assertEquals("She", mention(document, "m2").getCoveredText(), "two emoji before it: shifted by two");
        assertEquals("said", claim(document, "a1").getCue().getCoveredText());
        assertEquals("We wait.", claim(document, "a1").getCoveredText());

        JsonObject written = JsonParser.parseString(write(document, GoldJsonlWriter.ALL_REVIEWS)).getAsJsonObject();
        assertEquals(JsonParser.parseString("[2, 8]"), written.getAsJsonArray("mentions").get(0).getAsJsonObject().get("span"));
        assertEquals(JsonParser.parseString("[28, 31]"), written.getAsJsonArray("mentions").get(1).getAsJsonObject().get("span"));
        assertEquals(JsonParser.parseString("[16, 24]"), written.getAsJsonArray("attributions").get(0).getAsJsonObject().get("content"));
    }

    @Test
    void offsetsConvertBothWaysAroundSurrogatePairs() {
        Offsets offsets = Offsets.of("a😀b😀");
        assertEquals(4, offsets.codePointLength());
        assertEquals(List.of(0, 1, 3, 4, 6), List.of(offsets.toUtf16(0), offsets.toUtf16(1), offsets.toUtf16(2),
                offsets.toUtf16(3), offsets.toUtf16(4)));
        assertEquals(List.of(0, 1, 2, 3, 4), List.of(offsets.toCodePoint(0), offsets.toCodePoint(1),
                offsets.toCodePoint(3), offsets.toCodePoint(4), offsets.toCodePoint(6)));
        Offsets plain = Offsets.of("plain");
        assertEquals(5, plain.toUtf16(5));
        assertEquals(5, plain.toCodePoint(5));
    }

    @Test
    void truncatedLineIsReportedWithItsLineNumberAndTheOtherLinesImport() throws Exception {
        Path file = folder.resolve("gold.jsonl");
        Files.writeString(file, "{\"id\": \"d1\", \"text\": \"One said.\"}\n"
                + "{\"id\": \"d2\", \"text\": \"Two sa\n"
                + "\n"
                + "{\"id\": \"d3\", \"text\": \"Three said.\"}\n");
        GoldJsonlReader.Result result = GoldJsonlReader.readAll(file, null);
        assertEquals(List.of("d1", "d3"), result.documents().stream().map(Document::getId).toList());
        assertEquals(1, result.errors().size());
        String message = result.errors().get(0).getMessage();
        assertTrue(message.startsWith(file + ":2: malformed JSON"), message);
    }

    @Test
    void spanOutsideTheTextIsALineErrorNamingFileAndLine() throws Exception {
        String jsonl = "{\"id\": \"ok\", \"text\": \"Fine.\"}\n"
                + "{\"id\": \"bad\", \"text\": \"Short.\", \"entities\": [], \"mentions\": [],"
                + " \"attributions\": [{\"id\": \"a1\", \"type\": \"DIRECT\", \"source\": null, \"cue\": null,"
                + " \"content\": [2, 40], \"parent\": null}]}\n";
        try (GoldJsonlReader reader = reader(jsonl, null)) {
            assertEquals("ok", reader.next().getId());
            assertNull(reader.next());
            ImportException error = reader.errors().get(0);
            assertTrue(error.getMessage().startsWith("gold.jsonl:2: the content of attribution a1 [2, 40] lies outside the text"),
                    error.getMessage());
        }
    }

    @Test
    void parentCyclesSelfParentsAndTextsThatAreNotTextAreRefusedWithTheirLine() throws Exception {
        String claims = "\"entities\": [], \"mentions\": [], \"attributions\": [%s]";
        String a1 = "{\"id\": \"a1\", \"type\": \"INDIRECT\", \"source\": null, \"cue\": null, \"content\": [0, 3], \"parent\": %s}";
        String a2 = "{\"id\": \"a2\", \"type\": \"INDIRECT\", \"source\": null, \"cue\": null, \"content\": [0, 3], \"parent\": \"a1\"}";
        String jsonl = "{\"id\": \"ok\", \"text\": \"Fine.\"}\n"
                + "{\"id\": \"self\", \"text\": \"Short.\", " + claims.formatted(a1.formatted("\"a1\"")) + "}\n"
                + "{\"id\": \"cycle\", \"text\": \"Short.\", " + claims.formatted(a1.formatted("\"a2\"") + ", " + a2) + "}\n"
                + "{\"id\": \"number\", \"text\": 123}\n"
                + "{\"id\": \"empty\", \"text\": \"\"}\n"
                + "{\"id\": \"blank\", \"text\": \" \\n \"}\n";
        try (GoldJsonlReader reader = reader(jsonl, null)) {
            assertEquals("ok", reader.next().getId());
            assertNull(reader.next());
            List<String> errors = reader.errors().stream().map(ImportException::getMessage).toList();
            assertEquals(List.of("gold.jsonl:2: attribution a1 is its own parent",
                    "gold.jsonl:3: attributions form a cycle of parents: a1 \u2192 a2 \u2192 a1",
                    "gold.jsonl:4: \"text\" is 123; expected a string",
                    "gold.jsonl:5: \"text\" is empty",
                    "gold.jsonl:6: \"text\" is empty"), errors);
        }
    }

    /** Before, one such line made the whole import fail, naming an internal temp file and printing the raw byte. */
    @Test
    void aControlCharacterRefusesItsDocumentOnlyNamingItsLineAndShowingTheCharacterByCode() throws Exception {
        String jsonl = "{\"id\": \"a\", \"text\": \"Fine.\"}\n"
                + "{\"id\": \"b\", \"text\": \"Bell\\u0001 here.\"}\n"
                + "{\"id\": \"c\", \"title\": \"Nul\\u0000\", \"text\": \"Fine too.\"}\n"
                + "{\"id\": \"d\", \"text\": \"Tabs\\tand\\nbreaks are fine.\"}\n";
        try (GoldJsonlReader reader = reader(jsonl, null)) {
            assertEquals("a", reader.next().getId());
            assertEquals("d", reader.next().getId());
            assertNull(reader.next());
            List<String> errors = reader.errors().stream().map(ImportException::getMessage).toList();
            assertEquals(2, errors.size(), errors.toString());
            assertTrue(errors.get(0).startsWith("gold.jsonl:2: \"text\" holds the character U+0001 at position 4"), errors.get(0));
            assertTrue(errors.get(1).startsWith("gold.jsonl:3: \"title\" holds the character U+0000 at position 3"), errors.get(1));
            assertTrue(errors.stream().noneMatch(e -> e.chars().anyMatch(c -> c < 0x20)), "no raw control characters");
        }
    }

    @Test
    void longLinesCrlfAndAMissingLastLineBreakAreRead() throws Exception {
        String longText = "Lavrov said no. ".repeat(10_000);
        String jsonl = "{\"id\": \"long\", \"text\": \"" + longText + "\"}\r\n\r\n{\"id\": \"last\", \"text\": \"End.\"}";
        try (GoldJsonlReader reader = reader(jsonl, null)) {
            assertEquals(longText, reader.next().getText());
            assertEquals("last", reader.next().getId());
            assertEquals(3, reader.lineNumber());
            assertNull(reader.next());
            assertEquals(List.of(), reader.errors());
        }
    }

    @Test
    void invalidUtf8LineIsSkippedWithItsLineNumber() throws Exception {
        byte[] bytes = "{\"id\": \"a\", \"text\": \"Caf\u00e9.\"}\n{\"id\": \"b\", \"text\": \"Caf?\"}\n".getBytes(StandardCharsets.UTF_8);
        int question = new String(bytes, StandardCharsets.UTF_8).lastIndexOf('?');
        bytes[question] = (byte) 0xE9;
        try (GoldJsonlReader reader = new GoldJsonlReader(new ByteArrayInputStream(bytes), "latin.jsonl", null)) {
            assertEquals("Café.", reader.next().getText());
            assertNull(reader.next());
            assertTrue(reader.errors().get(0).getMessage().startsWith("latin.jsonl:2: not valid UTF-8"));
        }
    }

    @Test
    void registrySpeakerWithTheSameIdIsReusedAcrossDocuments() throws Exception {
        Corpus corpus = SayerFactory.eINSTANCE.createCorpus();
        String entity = "\"entities\": [{\"id\": \"lavrov\", \"name\": \"Sergey Lavrov\", \"type\": \"PERSON\", \"aliases\": [\"%s\"]}]";
        String jsonl = "{\"id\": \"d1\", \"text\": \"Lavrov said.\", " + entity.formatted("Lavrov") + "}\n"
                + "{\"id\": \"d2\", \"text\": \"The minister said.\", " + entity.formatted("the Russian Minister") + "}\n";
        try (GoldJsonlReader reader = reader(jsonl, corpus)) {
            Document first = reader.next();
            Document second = reader.next();
            assertEquals(1, corpus.getSpeakers().size());
            assertSame(first.getSpeakers().get(0), second.getSpeakers().get(0));
            assertEquals(List.of("Lavrov", "the Russian Minister"), corpus.getSpeakers().get(0).getAliases());
        }
    }

    @Test
    void unknownKeysAreKeptAndWrittenBack() throws Exception {
        String line = "{\"id\": \"d\", \"title\": \"T\", \"text\": \"Said.\", \"url\": \"https://x.test\", \"section\": {\"name\": \"world\"},"
                + " \"rank\": 3, \"entities\": [], \"mentions\": [], \"attributions\": []}";
        Document document = reader(line, null).next();
        assertEquals("3", document.getMetadata().get("rank"));
        assertEquals(JsonParser.parseString(line), JsonParser.parseString(write(document, GoldJsonlWriter.ALL_REVIEWS)));
    }

    @Test
    void writerLeavesOutRejectedAnnotationsAndNullsReferencesToThem() throws Exception {
        Document document = reader(seedLine(), null).next();
        Claim a2 = claim(document, "a2");
        a2.getSource().setReview(ReviewState.REJECTED);
        claim(document, "a3").setReview(ReviewState.PENDING);
        String written = write(document, EnumSet.of(ReviewState.ACCEPTED));
        JsonObject json = JsonParser.parseString(written).getAsJsonObject();
        assertEquals(25, json.getAsJsonArray("attributions").size());
        assertEquals(24, json.getAsJsonArray("mentions").size());
        JsonObject writtenA2 = json.getAsJsonArray("attributions").get(1).getAsJsonObject();
        assertEquals("a2", writtenA2.get("id").getAsString());
        assertTrue(writtenA2.get("source").isJsonNull());
    }

    @Test
    void idsSharedByAMentionAndAnAttributionStayApartInTheModel() throws Exception {
        String line = "{\"id\": \"d\", \"text\": \"Lavrov said no.\", \"entities\": [],"
                + " \"mentions\": [{\"id\": \"1\", \"span\": [0, 6], \"entity\": null}],"
                + " \"attributions\": [{\"id\": \"1\", \"type\": \"INDIRECT\", \"source\": \"1\", \"cue\": [7, 11],"
                + " \"content\": [12, 14], \"parent\": null}]}";
        CorpusStore store = CorpusStore.create(folder.resolve("corpus"), "ids");
        Document document = reader(line, store.corpus()).next();
        store.add(document);
        store.save(document);
        store.saveIndex();
        CorpusStore reopened = CorpusStore.open(folder.resolve("corpus"));
        Document loaded = reopened.load(reopened.corpus().getDocuments().get(0));
        Claim claim = claim(loaded, "attribution-1");
        assertEquals("Lavrov", claim.getSource().getCoveredText(), "the source still points at the mention after a reload");
        assertEquals("1", claim.getSource().getId());
        assertEquals("said", claim.getCue().getCoveredText());
    }

    @Test
    void annotationsWithoutIdsGetFreshIdsThatLinkUp() throws Exception {
        Document document = reader("{\"id\": \"d\", \"text\": \"Lavrov said no.\"}", null).next();
        SpeakerMention mention = SayerFactory.eINSTANCE.createSpeakerMention();
        mention.setBegin(0);
        mention.setEnd(6);
        Claim claim = SayerFactory.eINSTANCE.createClaim();
        claim.setBegin(12);
        claim.setEnd(14);
        claim.setSource(mention);
        document.getAnnotations().add(mention);
        document.getAnnotations().add(claim);
        JsonObject json = JsonParser.parseString(write(document, GoldJsonlWriter.ALL_REVIEWS)).getAsJsonObject();
        String mentionId = json.getAsJsonArray("mentions").get(0).getAsJsonObject().get("id").getAsString();
        assertEquals(mentionId, json.getAsJsonArray("attributions").get(0).getAsJsonObject().get("source").getAsString());
    }

    private static SpeakerMention mention(Document document, String id) {
        return document.getAnnotations().stream().filter(a -> id.equals(a.getId())).map(SpeakerMention.class::cast)
                .findFirst().orElseThrow();
    }

    private static Claim claim(Document document, String id) {
        return document.getAnnotations().stream().filter(a -> id.equals(a.getId())).map(Claim.class::cast)
                .findFirst().orElseThrow();
    }
}
