package org.sayer.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.sayer.io.importer.ImportReport;
import org.sayer.io.importer.Importers;
import org.sayer.io.inception.WebAnnoTsv;
import org.sayer.model.Document;
import org.sayer.model.MentionKind;
import org.sayer.model.Origin;
import org.sayer.model.ReviewState;
import org.sayer.model.SayerFactory;
import org.sayer.model.Speaker;
import org.sayer.model.SpeakerMention;
import org.sayer.model.WorkflowState;
import org.sayer.model.speakers.UnresolvedSpeakers;
import org.sayer.model.store.CorpusCheck;
import org.sayer.model.store.CorpusStore;

/**
 * A mention whose speaker nobody knows, from every importer that meets one (gold JSONL's
 * {@code "entity": null}, INCEpTION's empty speaker features, a Sayer XMI mention without a speaker):
 * it gets an unresolved speaker of its own, the corpus checks clean, and an export writes it as
 * "no speaker" again.
 */
class UnresolvedSpeakersTest {

    /** What annotate --format jsonl writes for a pronoun it could not resolve, twice, in two documents. */
    private static final String PREDICTIONS = line("p1") + "\n" + line("p2") + "\n";

    @TempDir
    Path folder;

    private static String line(String id) {
        return "{\"id\":\"" + id + "\",\"title\":\"Talks\",\"text\":\"Talks stall.\\nHe said talks would wait.\","
                + "\"entities\":[],\"mentions\":[{\"id\":\"m1\",\"span\":[13,15],\"entity\":null}],"
                + "\"attributions\":[{\"id\":\"a1\",\"type\":\"INDIRECT\",\"source\":\"m1\",\"cue\":[16,20],\"content\":[21,37],\"parent\":null}]}";
    }

    private CorpusStore imported(String name, Path input) throws Exception {
        CorpusStore store = CorpusStore.create(folder.resolve(name), name);
        ImportReport report = Importers.importInto(store, List.of(input), ProgressListener.NONE);
        assertTrue(report.problems().isEmpty(), report.problems().toString());
        return store;
    }

    private static void checksClean(CorpusStore store) throws Exception {
        CorpusCheck check = CorpusCheck.of(store, done -> {
        });
        assertTrue(check.whole(), check.problems().toString());
    }

    private static SpeakerMention onlyMention(Document document) {
        return document.getAnnotations().stream().filter(SpeakerMention.class::isInstance).map(SpeakerMention.class::cast)
                .findFirst().orElseThrow();
    }

    private Path exported(CorpusStore store, ExportFormat format, String name, ExportOptions options) throws Exception {
        Path out = folder.resolve(name);
        Exporters.export(store, format, out, options, ProgressListener.NONE);
        return out;
    }

    @Test
    void aGoldMentionWithANullEntityGetsASpeakerOfItsOwnAndTheCorpusChecksClean() throws Exception {
        CorpusStore store = imported("corpus", Files.writeString(folder.resolve("pred.jsonl"), PREDICTIONS));

        checksClean(store);
        Speaker first = onlyMention(store.load(store.entryFor("p1"))).getSpeaker();
        Speaker second = onlyMention(store.load(store.entryFor("p2"))).getSpeaker();
        assertTrue(UnresolvedSpeakers.isUnresolved(first), first.getId());
        assertEquals("unresolved:p1:m1", first.getId());
        assertEquals("He", first.getName(), "named by the mention's text");
        assertNotEquals(first.getId(), second.getId(), "each document's unknown speaker is its own, though both mentions are m1");
        assertEquals(2, store.corpus().getSpeakers().size(), "both joined the registry, where analysts relink them");
    }

    @Test
    void exportImportExportOfGoldGivesTheSameFile() throws Exception {
        CorpusStore store = imported("corpus", Files.writeString(folder.resolve("pred.jsonl"), PREDICTIONS));
        Path once = exported(store, ExportFormat.JSONL, "once", ExportOptions.DEFAULT).resolve("documents.jsonl");
        List<String> lines = Files.readAllLines(once);
        JsonObject original = JsonParser.parseString(line("p1")).getAsJsonObject();
        JsonObject written = JsonParser.parseString(lines.get(0)).getAsJsonObject();
        assertEquals(original.get("mentions"), written.get("mentions"), "the entity is null again");
        assertEquals(original.get("entities"), written.get("entities"), "the unresolved speaker is no entity");

        CorpusStore again = imported("again", once);
        checksClean(again);
        Path twice = exported(again, ExportFormat.JSONL, "twice", ExportOptions.DEFAULT).resolve("documents.jsonl");
        assertEquals(Files.readString(once), Files.readString(twice));
    }

    @Test
    void aWebAnnoMentionWithEmptySpeakerFeaturesIsImportedAndExportedWithThemEmpty() throws Exception {
        // The pronoun "He" names neither a speaker id nor a name (and its claim is nested in no other).
        String tsv = InceptionFormatsTest.INCEPTION_TSV.replace("PRONOUN\tho\\_1\t*", "PRONOUN\t*\t*").replace("parent[4]\t1-6", "_\t*");
        assertNotEquals(InceptionFormatsTest.INCEPTION_TSV, tsv);
        Document read = WebAnnoTsv.read(tsv, "story", "story.tsv");
        assertTrue(InceptionFormatsTest.described(read).contains("mention 21-23 PRONOUN unresolved:story:inception-m3/He"),
                InceptionFormatsTest.described(read).toString());

        CorpusStore store = imported("corpus", Files.writeString(folder.resolve("story.tsv"), tsv));
        checksClean(store);
        Path out = exported(store, ExportFormat.WEBANNO, "webanno", ExportOptions.DEFAULT);
        String written = Files.readString(out.resolve("story.tsv"));
        assertFalse(written.contains(UnresolvedSpeakers.ID_PREFIX), "INCEpTION sees empty features, as it wrote them:\n" + written);
        CorpusStore back = imported("back", out.resolve("story.tsv"));
        assertEquals(InceptionFormatsTest.described(store.load(store.entryFor("story"))),
                InceptionFormatsTest.described(back.load(back.entryFor("story"))));
    }

    @Test
    void aSayerXmiMentionWithoutASpeakerIsImportedValid() throws Exception {
        // A pending pronoun the pipeline could not resolve, exported with --include pending.
        CorpusStore store = CorpusStore.create(folder.resolve("corpus"), "c");
        Document document = SayerFactory.eINSTANCE.createDocument();
        document.setId("doc");
        document.setText("He said talks would wait.");
        document.setState(WorkflowState.PRE_ANNOTATED);
        SpeakerMention pronoun = SayerFactory.eINSTANCE.createSpeakerMention();
        pronoun.setId("auto-m1");
        pronoun.setBegin(0);
        pronoun.setEnd(2);
        pronoun.setKind(MentionKind.PRONOUN);
        pronoun.setOrigin(Origin.AUTOMATIC);
        pronoun.setReview(ReviewState.PENDING);
        document.getAnnotations().add(pronoun);
        store.add(document);
        store.save(document);
        store.saveIndex();
        Path out = exported(store, ExportFormat.XMI, "xmi", ExportOptions.DEFAULT.withInclude(true, false));

        CorpusStore back = imported("back", out);
        checksClean(back);
        Speaker speaker = onlyMention(back.load(back.entryFor("doc"))).getSpeaker();
        assertEquals("unresolved:doc:auto-m1", speaker.getId());
    }
}
