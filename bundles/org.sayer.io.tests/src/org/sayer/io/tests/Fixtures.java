package org.sayer.io.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.sayer.io.ProgressListener;
import org.sayer.io.importer.ImportReport;
import org.sayer.io.importer.Importers;
import org.sayer.model.Claim;
import org.sayer.model.ClaimType;
import org.sayer.model.Cue;
import org.sayer.model.Document;
import org.sayer.model.MentionKind;
import org.sayer.model.Origin;
import org.sayer.model.ReviewState;
import org.sayer.model.SayerFactory;
import org.sayer.model.Speaker;
import org.sayer.model.SpeakerType;
import org.sayer.model.SpeakerMention;
import org.sayer.model.WorkflowState;
import org.sayer.model.store.CorpusStore;

/**
 * A small corpus that exercises every export rule: an emoji before all spans (code points differ
 * from UTF-16), a quote across a line break, a cue-less continuation (joined to the quotation's first
 * part), a nested claim, a pronoun, an
 * unreviewed suggestion and a rejected mention, and a document id with unsafe characters.
 */
final class Fixtures {

    static final String TEXT = "Minister \uD83D\uDE42 speaks\n"
            + "\"We will not give in,\" Baerbock said. \"Talks go on.\nAnd they will.\"\n"
            + "Lavrov said Moscow was waiting. He added that Baerbock said the West stalled.\n";

    /** A progress listener whose user presses cancel at once. */
    static final ProgressListener CANCELLING = new ProgressListener() {
        @Override
        public void worked(long done, long total, String item) {
            // cancelling is all it does
        }

        @Override
        public boolean isCancelled() {
            return true;
        }
    };

    private Fixtures() {
    }

    static CorpusStore corpus(Path folder) throws IOException {
        CorpusStore store = CorpusStore.create(folder, "fixture");
        Document first = news("news-1");
        store.add(first);
        Speaker baerbock = first.getSpeakers().get(0);
        Speaker lavrov = first.getSpeakers().get(1);
        store.corpus().getSpeakers().add(baerbock);
        store.corpus().getSpeakers().add(lavrov);
        store.save(first);
        Document second = SayerFactory.eINSTANCE.createDocument();
        second.setId("world/2024 #2");
        second.setTitle("Short");
        second.setText("Short\nNobody said anything.");
        second.setState(WorkflowState.NEW);
        store.add(second);
        store.save(second);
        store.saveIndex();
        return store;
    }

    /** Adds a news document whose speakers join (or reuse) the corpus registry, saves and unloads it. */
    static void addNews(CorpusStore store, String id) throws IOException {
        Document d = news(id);
        for (int i = 0; i < d.getSpeakers().size(); i++) {
            Speaker own = d.getSpeakers().get(i);
            Speaker known = store.corpus().getSpeakers().stream().filter(s -> s.getId().equals(own.getId())).findFirst().orElse(null);
            if (known == null) {
                store.corpus().getSpeakers().add(own);
            } else {
                d.getSpeakers().set(i, known);
                d.getAnnotations().stream().filter(a -> a instanceof SpeakerMention m && m.getSpeaker() == own)
                        .forEach(a -> ((SpeakerMention) a).setSpeaker(known));
            }
        }
        store.add(d);
        store.save(d);
        store.unload(d);
    }

    /** The pipeline's gold corpus (news texts with nested claims, pronouns and curly quotes). */
    private static final Path GOLD = Path.of("..", "org.sayer.pipeline.tests", "data");

    /** Imports the named gold files of the pipeline's tests into a new corpus in {@code folder}. */
    static CorpusStore goldCorpus(Path folder, String... names) throws IOException {
        List<Path> gold = new ArrayList<>();
        for (String name : names) {
            Path file = GOLD.resolve(name);
            assertTrue(Files.isRegularFile(file), file.toAbsolutePath() + " is the gold corpus this test compares on");
            gold.add(file);
        }
        CorpusStore store = CorpusStore.create(folder, "gold");
        ImportReport report = Importers.importInto(store, gold, ProgressListener.NONE);
        assertTrue(report.problems().isEmpty(), report.problems().toString());
        return store;
    }

    /** A new document in progress with {@code text} and no annotations. */
    static Document document(String id, String text) {
        Document document = SayerFactory.eINSTANCE.createDocument();
        document.setId(id);
        document.setText(text);
        document.setState(WorkflowState.IN_PROGRESS);
        return document;
    }

    /** Adds a MANUAL, ACCEPTED {@code annotation} over the first {@code what} of the document's text. */
    static <T extends org.sayer.model.Annotation> T add(Document document, T annotation, String what) {
        int at = document.getText().indexOf(what);
        annotation.setBegin(at);
        annotation.setEnd(at + what.length());
        annotation.setOrigin(Origin.MANUAL);
        annotation.setReview(ReviewState.ACCEPTED);
        document.getAnnotations().add(annotation);
        return annotation;
    }

    /**
     * Adds to news-1 a claim the reviewer rejected ("wrong", on "Lavrov said", with the cue "added"), as
     * the formats that cannot mark a negative must leave out.
     */
    static void addRejectedClaim(CorpusStore store) throws IOException {
        Document news = store.load(store.entryFor("news-1"));
        Cue added = (Cue) news.getAnnotations().stream().filter(a -> "c3".equals(a.getId())).findFirst().orElseThrow();
        Claim rejected = claim(news, "wrong", "Lavrov said", ClaimType.DIRECT, null, added, null);
        rejected.setOrigin(Origin.AUTOMATIC);
        rejected.setReview(ReviewState.REJECTED);
        store.save(news);
    }

    static Document news(String id) {
        SayerFactory f = SayerFactory.eINSTANCE;
        Document d = f.createDocument();
        d.setId(id);
        d.setTitle("Minister \uD83D\uDE42 speaks");
        d.setText(TEXT);
        d.setUrl("https://news.test/1");
        d.setState(WorkflowState.IN_PROGRESS);
        d.getMetadata().put("section", "\"world\"");
        Speaker baerbock = speaker("baerbock", "Annalena Baerbock");
        Speaker lavrov = speaker("lavrov", "Sergey Lavrov");
        d.getSpeakers().add(baerbock);
        d.getSpeakers().add(lavrov);
        SpeakerMention m1 = mention(d, "m1", "Baerbock", 0, baerbock, MentionKind.NAME);
        SpeakerMention m2 = mention(d, "m2", "Lavrov", 0, lavrov, MentionKind.NAME);
        SpeakerMention m3 = mention(d, "m3", "He", 0, lavrov, MentionKind.PRONOUN);
        SpeakerMention m4 = mention(d, "m4", "Baerbock", 1, baerbock, MentionKind.NAME);
        SpeakerMention rejected = mention(d, "m5", "Moscow", 0, null, MentionKind.NAME);
        rejected.setOrigin(Origin.AUTOMATIC);
        rejected.setReview(ReviewState.REJECTED);
        Cue c1 = cue(d, "c1", "said", 0);
        Cue c2 = cue(d, "c2", "said", 1);
        Cue c3 = cue(d, "c3", "added", 0);
        Cue c4 = cue(d, "c4", "said", 2);
        Claim first = claim(d, "a1", "We will not give in,", ClaimType.DIRECT, m1, c1, null);
        claim(d, "a2", "Talks go on.\nAnd they will.", ClaimType.DIRECT, m1, null, null).setContinues(first);
        claim(d, "a3", "Moscow was waiting", ClaimType.INDIRECT, m2, c2, null);
        Claim outer = claim(d, "a4", "Baerbock said the West stalled", ClaimType.INDIRECT, m3, c3, null);
        claim(d, "a5", "the West stalled", ClaimType.INDIRECT, m4, c4, outer);
        Claim pending = claim(d, "a6", "Minister \uD83D\uDE42 speaks", ClaimType.INDIRECT, null, null, null);
        pending.setOrigin(Origin.AUTOMATIC);
        pending.setReview(ReviewState.PENDING);
        pending.setConfidence(0.25);
        pending.setProducer("pipeline");
        pending.setTimestamp(1_700_000_000_000L);
        return d;
    }

    private static Speaker speaker(String id, String name) {
        Speaker speaker = SayerFactory.eINSTANCE.createSpeaker();
        speaker.setId(id);
        speaker.setName(name);
        speaker.setType(SpeakerType.PERSON);
        speaker.getAliases().add(name.substring(name.indexOf(' ') + 1));
        return speaker;
    }

    /** The UTF-16 offset of the {@code occurrence}-th (0-based) {@code what} in {@link #TEXT}. */
    static int at(String what, int occurrence) {
        int index = -1;
        for (int i = 0; i <= occurrence; i++) {
            index = TEXT.indexOf(what, index + 1);
        }
        if (index < 0) {
            throw new IllegalArgumentException(what);
        }
        return index;
    }

    private static SpeakerMention mention(Document d, String id, String what, int occurrence, Speaker speaker, MentionKind kind) {
        SpeakerMention m = SayerFactory.eINSTANCE.createSpeakerMention();
        place(d, m, id, what, occurrence);
        m.setSpeaker(speaker);
        m.setKind(kind);
        return m;
    }

    private static Cue cue(Document d, String id, String what, int occurrence) {
        Cue c = SayerFactory.eINSTANCE.createCue();
        place(d, c, id, what, occurrence);
        return c;
    }

    private static Claim claim(Document d, String id, String what, ClaimType type, SpeakerMention source, Cue cue, Claim parent) {
        Claim c = SayerFactory.eINSTANCE.createClaim();
        place(d, c, id, what, 0);
        c.setType(type);
        c.setSource(source);
        c.setCue(cue);
        c.setParent(parent);
        return c;
    }

    private static void place(Document d, org.sayer.model.Annotation a, String id, String what, int occurrence) {
        a.setId(id);
        a.setBegin(at(what, occurrence));
        a.setEnd(at(what, occurrence) + what.length());
        a.setOrigin(Origin.MANUAL);
        a.setReview(ReviewState.ACCEPTED);
        d.getAnnotations().add(a);
    }
}
