package org.sayer.pipeline.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sayer.model.Annotation;
import org.sayer.model.Claim;
import org.sayer.model.Document;
import org.sayer.model.SayerFactory;
import org.sayer.pipeline.Annotator;
import org.sayer.pipeline.engines.ScoringEngine;
import org.sayer.pipeline.scoring.AttributionModel;
import org.sayer.pipeline.scoring.AttributionTrainer;
import org.sayer.pipeline.scoring.Calibration;

/** The second stage: a model trained from gold scores the candidates, and the annotator uses the model it is given. */
class AttributionModelTest {

    @TempDir
    Path folder;

    private Path gold(String name) throws IOException {
        Path file = folder.resolve(name);
        try (InputStream in = AttributionModelTest.class.getResourceAsStream("/data/" + name)) {
            assertNotNull(in, "data/" + name + " is in the test bundle");
            Files.copy(in, file);
        }
        return file;
    }

    @Test
    void theSameGoldGivesTheSameModelAndTheAnnotatorUsesIt() throws Exception {
        Path gold = gold("dev.jsonl");
        List<String> heard = new ArrayList<>();
        AttributionTrainer.Result first = AttributionTrainer.train(List.of(gold), heard::add);
        AttributionTrainer.Result second = AttributionTrainer.train(List.of(gold), line -> { });
        Path one = folder.resolve("one.bin");
        Path two = folder.resolve("two.bin");
        first.model().write(one);
        second.model().write(two);
        assertArrayEquals(Files.readAllBytes(one), Files.readAllBytes(two), "same gold, same model");
        assertTrue(heard.get(0).contains("12 documents") && heard.get(0).contains("candidates"), heard.toString());

        AttributionModel model = AttributionModel.read(one);
        assertTrue(model.threshold() > 0 && model.threshold() < 1, "threshold " + model.threshold());
        assertTrue(first.calibration().size() > 0, "cross-validation scored the candidates");

        Document document = SayerFactory.eINSTANCE.createDocument();
        document.setId("d");
        document.setText("Finance Minister Jane Doe said that the budget would be balanced. \u201cWe will not raise taxes,\u201d she told reporters.");
        try (Annotator annotator = Annotator.create(one)) {
            annotator.annotate(document, null);
        }
        List<Claim> claims = document.getAnnotations().stream().filter(Claim.class::isInstance).map(Claim.class::cast).toList();
        assertFalse(claims.isEmpty());
        for (Claim claim : claims) {
            assertEquals(ScoringEngine.PRODUCER, claim.getProducer(), "scored by the model");
            assertTrue(claim.getConfidence() >= model.threshold(), "kept only from the threshold up: " + claim.getConfidence());
        }
    }

    @Test
    void aFileThatIsNoModelIsRefusedByName() throws Exception {
        Path notAModel = Files.writeString(folder.resolve("notes.bin"), "hello");
        IOException error = assertThrows(IOException.class, () -> AttributionModel.read(notAModel));
        assertTrue(error.getMessage().startsWith(notAModel + ": not a Sayer attribution model"), error.getMessage());
    }

    @Test
    void theShippedModelScoresEverySuggestion() throws Exception {
        AttributionModel shipped = AttributionModel.standard();
        assertNotNull(shipped, "the pipeline bundle ships a model");
        Document document = SayerFactory.eINSTANCE.createDocument();
        document.setId("d");
        document.setText("Jane Doe said the plant would close.");
        try (Annotator annotator = Annotator.create()) {
            annotator.annotate(document, null);
        }
        Annotation claim = document.getAnnotations().stream().filter(Claim.class::isInstance).findFirst().orElseThrow();
        assertEquals(ScoringEngine.PRODUCER, claim.getProducer());
    }

    @Test
    void calibrationTableBrierScoreAndBestThreshold() {
        List<Calibration.Scored> scored = List.of(new Calibration.Scored(0.95, true), new Calibration.Scored(0.9, true),
                new Calibration.Scored(0.6, false), new Calibration.Scored(0.2, false), new Calibration.Scored(0.1, true));
        Calibration calibration = new Calibration(scored, 4);
        assertEquals((0.05 * 0.05 + 0.1 * 0.1 + 0.6 * 0.6 + 0.2 * 0.2 + 0.9 * 0.9) / 5, calibration.brier(), 1e-12);
        // keeping the two from 0.9 up: P 1, R 2/4, F1 0.667; keeping all five: P 3/5, R 3/4, F1 0.667 from every
        // threshold up to 0.1; the lowest of the equally good thresholds keeps more claims
        double[] best = calibration.best();
        assertEquals(0.0, best[0], 1e-12);
        assertEquals(2.0 / 3, best[3], 1e-12);
        Calibration.Bucket top = calibration.reliability(10).get(9);
        assertEquals(2, top.count());
        assertEquals(1.0, top.shareRight(), 1e-12);
    }

    @Test
    void theBestThresholdIsTheMiddleOfAPlateauNotALoneSpike() {
        List<Calibration.Scored> scored = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            scored.add(new Calibration.Scored(0.9, true));
        }
        // right and wrong alternate from 0.52 down to 0.25: cutting at 0.26 is best by one claim (F1 0.80),
        // the thresholds around it are worse; from 0.2 down to 0.06 F1 stays 0.77
        double[] middle = { 0.52, 0.5, 0.48, 0.45, 0.4, 0.35, 0.3, 0.25, 0.05, 0.04, 0.03 };
        boolean[] right = { true, false, true, false, true, false, true, false, false, false, false };
        for (int i = 0; i < middle.length; i++) {
            scored.add(new Calibration.Scored(middle[i], right[i]));
        }
        // the smoothed F1 lies within 0.005 of its best over a run of thresholds whose middle, 0.24, keeps the
        // same claims as 0.2 and not the spike's cut
        double[] best = new Calibration(scored, 12).best();
        assertEquals(0.24, best[0], 1e-9);
        assertEquals(2 * (10.0 / 14) * (10.0 / 12) / (10.0 / 14 + 10.0 / 12), best[3], 1e-9);
    }
}
