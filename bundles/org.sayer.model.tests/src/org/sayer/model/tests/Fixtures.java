package org.sayer.model.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.sayer.model.Claim;
import org.sayer.model.ClaimType;
import org.sayer.model.Corpus;
import org.sayer.model.Cue;
import org.sayer.model.Document;
import org.sayer.model.MentionKind;
import org.sayer.model.Origin;
import org.sayer.model.ReviewState;
import org.sayer.model.SayerFactory;
import org.sayer.model.Speaker;
import org.sayer.model.SpeakerMention;
import org.sayer.model.SpeakerType;
import org.sayer.model.WorkflowState;

/** Small documents with every kind of annotation. */
final class Fixtures {

    static final String TEXT = "Price said Blinken stressed \"the importance of diplomacy.\"";

    private Fixtures() {
    }

    /** Copies the corpus files {@code files} of the fixture folder {@code fixture} (under data/) into {@code folder}. */
    static void copyCorpus(String fixture, List<String> files, Path folder) throws IOException {
        Files.createDirectories(folder.resolve("documents"));
        for (String file : files) {
            try (InputStream in = Fixtures.class.getResourceAsStream(fixture + file)) {
                assertNotNull(in, fixture + file);
                Files.copy(in, folder.resolve(file));
            }
        }
    }

    static Speaker speaker(Corpus corpus, String id, String name, String... aliases) {
        Speaker speaker = SayerFactory.eINSTANCE.createSpeaker();
        speaker.setId(id);
        speaker.setName(name);
        speaker.setType(SpeakerType.PERSON);
        speaker.getAliases().addAll(java.util.List.of(aliases));
        corpus.getSpeakers().add(speaker);
        return speaker;
    }

    /** "Price said [Blinken stressed [the importance of diplomacy.]]": a claim nested in a claim. */
    static Document nestedAttribution(Speaker price, Speaker blinken) {
        SayerFactory f = SayerFactory.eINSTANCE;
        Document document = f.createDocument();
        document.setId("doc-1");
        document.setTitle("Price on Blinken");
        document.setText(TEXT);
        document.setSource("Example Wire");
        document.setUrl("https://example.org/news/1");
        document.setPublished("2022-01-18");
        document.setLanguage("en");
        document.setState(WorkflowState.IN_PROGRESS);
        document.getMetadata().put("section", "\"world\"");
        document.getSpeakers().add(price);
        document.getSpeakers().add(blinken);

        SpeakerMention priceMention = mention("m1", 0, 5, price, MentionKind.NAME);
        Cue said = cue("c1", 6, 10);
        Claim outer = claim("a1", 11, 58, ClaimType.MIXED, priceMention, said, null);
        SpeakerMention blinkenMention = mention("m2", 11, 18, blinken, MentionKind.NAME);
        Cue stressed = cue("c2", 19, 27);
        Claim inner = claim("a2", 29, 57, ClaimType.DIRECT, blinkenMention, stressed, outer);
        inner.setOrigin(Origin.AUTOMATIC);
        inner.setReview(ReviewState.PENDING);
        inner.setConfidence(0.75);
        inner.setProducer("sayer.attribution/0.1");
        inner.setTimestamp(1_700_000_000_000L);
        document.getAnnotations().addAll(java.util.List.of(priceMention, said, outer, blinkenMention, stressed, inner));
        return document;
    }

    static SpeakerMention mention(String id, int begin, int end, Speaker speaker, MentionKind kind) {
        SpeakerMention mention = SayerFactory.eINSTANCE.createSpeakerMention();
        mention.setId(id);
        mention.setBegin(begin);
        mention.setEnd(end);
        mention.setSpeaker(speaker);
        mention.setKind(kind);
        return mention;
    }

    static Cue cue(String id, int begin, int end) {
        Cue cue = SayerFactory.eINSTANCE.createCue();
        cue.setId(id);
        cue.setBegin(begin);
        cue.setEnd(end);
        return cue;
    }

    static Claim claim(String id, int begin, int end, ClaimType type, SpeakerMention source, Cue cue, Claim parent) {
        Claim claim = SayerFactory.eINSTANCE.createClaim();
        claim.setId(id);
        claim.setBegin(begin);
        claim.setEnd(end);
        claim.setType(type);
        claim.setSource(source);
        claim.setCue(cue);
        claim.setParent(parent);
        return claim;
    }
}
