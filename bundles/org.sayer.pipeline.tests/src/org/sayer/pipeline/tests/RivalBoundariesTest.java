package org.sayer.pipeline.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import opennlp.tools.ml.model.Event;

import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.resource.ResourceManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sayer.model.Claim;
import org.sayer.model.Document;
import org.sayer.model.SayerFactory;
import org.sayer.pipeline.Annotator;
import org.sayer.pipeline.ModelToCas;
import org.sayer.pipeline.Pipelines;
import org.sayer.pipeline.eval.ScoringInput;
import org.sayer.pipeline.scoring.AttributionModel;
import org.sayer.pipeline.scoring.AttributionTrainer;
import org.sayer.pipeline.scoring.CandidateFeatures;
import org.sayer.pipeline.types.SayerTypes;

/**
 * Where a reported clause ends, and who speaks, are the model's choice between rivals: the candidate
 * stage offers a content that runs on past a soft cut and the same content cut there, and the source
 * its rule found and the sentence's nearest other mention; annotation keeps one.
 */
class RivalBoundariesTest {

    private static final String RUN_ON = "Mayor Ana Ruiz said the plant would close in May, although talks with the buyer go on.";

    @TempDir
    Path folder;

    /** Runs the candidate stage on {@code text} and reads its CAS with {@code read}. */
    private static <T> T readCandidates(String text, java.util.function.Function<CAS, T> read) throws Exception {
        ResourceManager manager = Pipelines.resourceManager();
        AnalysisEngine engine = Pipelines.createEngine(manager, Pipelines.candidates());
        try {
            CAS cas = Pipelines.createCas(manager);
            Document document = SayerFactory.eINSTANCE.createDocument();
            document.setId("d");
            document.setText(text);
            ModelToCas.fill(document, null, cas);
            engine.process(cas);
            return read.apply(cas);
        } finally {
            engine.destroy();
        }
    }

    /** The contents the candidate stage proposes for {@code text}, in text order. */
    private static List<String> candidateContents(String text) throws Exception {
        return readCandidates(text, cas -> {
            List<String> contents = new ArrayList<>();
            cas.<AnnotationFS>getAnnotationIndex(cas.getTypeSystem().getType(SayerTypes.CLAIM))
                    .forEach(claim -> contents.add(claim.getCoveredText()));
            return contents;
        });
    }

    /** The model's features of each candidate the candidate stage proposes for {@code text}, by content. */
    private static Map<String, List<String>> candidateFeatures(String text) throws Exception {
        return readCandidates(text, cas -> {
            CandidateFeatures features = CandidateFeatures.of(cas);
            Map<String, List<String>> byContent = new java.util.HashMap<>();
            cas.<AnnotationFS>getAnnotationIndex(cas.getTypeSystem().getType(SayerTypes.CLAIM))
                    .forEach(claim -> byContent.put(claim.getCoveredText(), features.of(claim)));
            return byContent;
        });
    }

    @Test
    void aRivalThatRunsIntoAReportOfItsOwnSpeakerSaysSo() throws Exception {
        Map<String, List<String>> features = candidateFeatures(
                "Coach Tom Reyes said the side is young and suggested that the captain should rest.");
        List<String> runOn = features.get("the side is young and suggested that the captain should rest");
        assertTrue(runOn != null && runOn.contains("innerReport=apart+true"), features.toString());
        assertTrue(features.get("the side is young").contains("innerReport=none"), features.toString());
        Map<String, List<String>> nested = candidateFeatures("Coach Tom Reyes said the captain claimed that the side is young.");
        assertTrue(nested.get("the captain claimed that the side is young").contains("innerReport=nested"), nested.toString());
    }

    @Test
    void whatStandsAtTheCutSaysWhetherAReportOfItsOwnFollows() throws Exception {
        Map<String, List<String>> report = candidateFeatures(
                "Coach Tom Reyes said the side is young and suggested that the captain should rest.");
        assertTrue(report.get("the side is young").stream().anyMatch(f -> f.startsWith("cutHere=and+") && f.endsWith("+cue")),
                report.toString());
        Map<String, List<String>> act = candidateFeatures(
                "Coach Tom Reyes said the side is young, although he picked the captain to rest.");
        assertTrue(act.get("the side is young").stream().anyMatch(f -> f.startsWith("cutHere=,although")), act.toString());
        assertTrue(act.get("the side is young").stream().noneMatch(f -> f.endsWith("+cue")), act.toString());
    }

    @Test
    void aContentThatRunsOnPastASoftCutHasARivalEndingThere() throws Exception {
        List<String> contents = candidateContents(RUN_ON);
        assertTrue(contents.contains("the plant would close in May, although talks with the buyer go on"), contents.toString());
        assertTrue(contents.contains("the plant would close in May"), contents.toString());
        assertEquals(2, contents.size(), contents.toString());
    }

    @Test
    void aClauseWithASubjectOfItsOwnAfterAndIsASoftCut() throws Exception {
        List<String> contents = candidateContents("Coach Tom Reyes said the plan would fail and he would fight it in court.");
        assertTrue(contents.contains("the plan would fail and he would fight it in court"), contents.toString());
        assertTrue(contents.contains("the plan would fail"), contents.toString());
    }

    @Test
    void aContentWithNoSoftCutHasNoRival() throws Exception {
        assertEquals(List.of("the plant would close in May and the staff would move"),
                candidateContents("Mayor Ana Ruiz said the plant would close in May and the staff would move."));
        // a cut needs a verb of the content's own before it: "said the talks, although long, …" keeps its clause
        assertEquals(1, candidateContents("Mayor Ana Ruiz said that talks, although long, would end in May.").size());
    }

    @Test
    void aNounPhraseObjectCutShortHasARivalRunningToItsClausesEnd() throws Exception {
        List<String> contents = candidateContents("The minister praised the team last week for its courage in the final.");
        assertTrue(contents.contains("the team"), contents.toString());
        assertTrue(contents.contains("the team last week for its courage in the final"), contents.toString());
        assertEquals(2, contents.size(), contents.toString());
    }

    @Test
    void aClauseStoppedAtABoundaryHasARivalRunningToTheNextOne() throws Exception {
        List<String> contents = candidateContents("Mayor Ana Ruiz said the road was worse than ever, which made it hard to get home.");
        assertTrue(contents.contains("the road was worse than ever"), contents.toString());
        assertTrue(contents.contains("the road was worse than ever, which made it hard to get home"), contents.toString());
        assertEquals(2, contents.size(), contents.toString());
    }

    @Test
    void aClaimHasARivalSourceTheNearestOtherMentionOfItsSentence() throws Exception {
        List<String> sources = readCandidates("The mayor met the protesters saying he would listen.", cas -> {
            var claim = cas.getTypeSystem().getType(SayerTypes.CLAIM);
            List<String> found = new ArrayList<>();
            cas.<AnnotationFS>getAnnotationIndex(claim).forEach(c -> {
                AnnotationFS source = (AnnotationFS) c.getFeatureValue(claim.getFeatureByBaseName(SayerTypes.CLAIM_SOURCE));
                boolean rival = c.getBooleanValue(claim.getFeatureByBaseName(SayerTypes.CLAIM_RIVAL_SOURCE));
                found.add(c.getCoveredText() + " | " + source.getCoveredText() + (rival ? " | rival" : ""));
            });
            return found;
        });
        assertEquals(List.of("he would listen | The mayor", "he would listen | the protesters | rival"), sources);
    }

    @Test
    void annotationKeepsOneOfTheRivals() throws Exception {
        Document document = SayerFactory.eINSTANCE.createDocument();
        document.setId("d");
        document.setText(RUN_ON);
        try (Annotator annotator = Annotator.create()) {
            annotator.annotate(document, null);
        }
        List<Claim> claims = document.getAnnotations().stream().filter(Claim.class::isInstance).map(Claim.class::cast).toList();
        assertEquals(1, claims.size(), claims.stream().map(c -> RUN_ON.substring(c.getBegin(), c.getEnd())).toList().toString());
        assertTrue(RUN_ON.substring(claims.get(0).getBegin()).startsWith("the plant would close in May"));
    }

    @Test
    void aClaimNestedInARivalThatLostMovesToTheWinner() throws Exception {
        // a model that always prefers the cut rival: the nested claim's parent, the run-on one, loses
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            events.add(new Event(AttributionModel.RIGHT, new String[] { "bias", "cutHere=,although" }));
            events.add(new Event(AttributionModel.WRONG, new String[] { "bias", "runsOnPast=,although" }));
        }
        Path model = folder.resolve("cut.bin");
        AttributionModel.train(events, 0.0).write(model);
        String text = "Mayor Ana Ruiz said Tom Lee told her the plant would close in May, although talks with the buyer go on.";
        Document document = SayerFactory.eINSTANCE.createDocument();
        document.setId("d");
        document.setText(text);
        try (Annotator annotator = Annotator.create(model)) {
            annotator.annotate(document, null);
        }
        List<Claim> claims = document.getAnnotations().stream().filter(Claim.class::isInstance).map(Claim.class::cast).toList();
        Claim said = claims.stream().filter(c -> text.substring(c.getBegin(), c.getEnd()).startsWith("Tom Lee")).findFirst().orElseThrow();
        Claim told = claims.stream().filter(c -> text.substring(c.getBegin(), c.getEnd()).startsWith("the plant")).findFirst().orElseThrow();
        assertEquals("Tom Lee told her the plant would close in May", text.substring(said.getBegin(), said.getEnd()));
        assertEquals(said, told.getParent(), "the winning rival holds the nested claim");
    }

    @Test
    void rivalsShareAGroupAndOnlyTheOneTheGoldHoldsIsRight() throws Exception {
        int mention = RUN_ON.indexOf("Mayor");
        int cue = RUN_ON.indexOf("said");
        int content = RUN_ON.indexOf("the plant");
        int contentEnd = RUN_ON.indexOf(", although");
        String gold = String.format("{\"id\": \"d\", \"text\": \"%s\", \"entities\": [{\"id\": \"ruiz\", \"name\": \"Ana Ruiz\", \"type\": \"PERSON\"}],"
                + " \"mentions\": [{\"id\": \"m1\", \"span\": [%d, %d], \"entity\": \"ruiz\"}],"
                + " \"attributions\": [{\"id\": \"a1\", \"type\": \"INDIRECT\", \"source\": \"m1\", \"cue\": [%d, %d],"
                + " \"content\": [%d, %d], \"parent\": null}]}",
                RUN_ON, mention, mention + "Mayor Ana Ruiz".length(), cue, cue + 4, content, contentEnd);
        Path file = Files.writeString(folder.resolve("gold.jsonl"), gold + "\n");
        Map<JsonElement, JsonObject> documents = ScoringInput.load(file);
        List<AttributionTrainer.Candidate> candidates = AttributionTrainer.candidatesByDocument(documents).get(0);
        assertEquals(2, candidates.size());
        assertEquals(candidates.get(0).rivals(), candidates.get(1).rivals(), "one group of rivals");
        assertEquals(1, candidates.stream().filter(AttributionTrainer.Candidate::right).count(),
                "the scorer pairs the gold claim with one rival only");
    }
}
