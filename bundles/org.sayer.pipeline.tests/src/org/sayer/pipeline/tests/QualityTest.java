package org.sayer.pipeline.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sayer.model.Corpus;
import org.sayer.model.Document;
import org.sayer.model.SayerFactory;
import org.sayer.pipeline.Annotator;
import org.sayer.pipeline.eval.EvalReport;
import org.sayer.pipeline.eval.Scorer;
import org.sayer.pipeline.tests.support.GoldJsonl;

/**
 * End-to-end quality: annotate the gold texts, write the predictions as JSONL and score them with
 * the project's scorer. The floors are the figures the pipeline reaches, less a small margin, so
 * that a change that makes attribution worse fails here: seed 0.939 end-to-end (1.000 before the model); dev (12 articles
 * in other outlets' styles, used while writing the rules) 0.971; held-out (4 articles annotated
 * afterwards: 0.914 at first sight, 0.971 after fixing what they showed, 1.000 after the blind set's
 * general fixes); blind (8 articles in styles none of the others has, written before any rule was
 * changed for them: 0.683 at first sight, 0.993 after the general fixes they prompted; no longer
 * blind since); fresh (5 articles written after those fixes: 0.851 at first sight, 1.000 after
 * four general fixes). Since the attribution model (trained on the real-news train split and on
 * dev, held-out, blind and fresh) scores the candidates, those four sets are training data too.
 */
class QualityTest {

    /**
     * Measured here with the shipped model. This test annotates a set's documents in order with one
     * speaker registry; ./sayer annotate runs a pipeline per core (figures in the README).
     */
    private static final double DEV_END_TO_END = 0.898;
    private static final double TEST_END_TO_END = 0.680;
    private static final double TEST2_END_TO_END = 0.831;
    private static final double TEST3_END_TO_END = 0.815;
    private static final double TEST4_END_TO_END = 0.820;
    private static final double TEST5_END_TO_END = 0.756;
    private static final double TEST6_END_TO_END = 0.744;
    private static final double TEST7_END_TO_END = 0.794;
    private static final double TEST8_END_TO_END = 0.779;
    private static final double TEST9_END_TO_END = 0.703;
    private static final double TEST10_END_TO_END = 0.782;
    private static final double TEST11_END_TO_END = 0.738;
    private static final double TEST12_END_TO_END = 0.725;
    private static final double TEST13_END_TO_END = 0.760;
    private static final double TEST14_END_TO_END = 0.754;
    private static final double TEST15_END_TO_END = 0.766;
    private static final double TEST16_END_TO_END = 0.723;
    private static final double TEST17_END_TO_END = 0.792;
    private static final double TEST18_END_TO_END = 0.730;
    private static final double TEST19_END_TO_END = 0.781;
    private static final double TEST20_END_TO_END = 0.716;
    private static final double TEST21_END_TO_END = 0.732;
    private static final double TEST22_END_TO_END = 0.712;
    private static final double TEST23_END_TO_END = 0.725;
    private static final double TEST24_END_TO_END = 0.764;
    private static final double TEST25_END_TO_END = 0.786;
    private static final double TEST26_END_TO_END = 0.712;
    private static final double TEST27_END_TO_END = 0.845;
    private static final double MARGIN = 0.02;

    @TempDir
    Path folder;

    private EvalReport annotateAndScore(String goldName) throws Exception {
        Path gold = folder.resolve(goldName.replace('/', '-'));
        try (InputStream in = QualityTest.class.getResourceAsStream("/data/" + goldName)) {
            assertNotNull(in, "data/" + goldName + " is in the test bundle");
            Files.copy(in, gold);
        }
        List<Document> documents = GoldJsonl.readTexts(gold);
        Corpus corpus = SayerFactory.eINSTANCE.createCorpus();
        try (Annotator annotator = Annotator.create()) {
            for (Document document : documents) {
                annotator.annotate(document, corpus);
            }
        }
        Path predicted = folder.resolve("predicted-" + goldName.replace('/', '-'));
        GoldJsonl.write(documents, predicted);
        EvalReport report = Scorer.evaluate(gold, predicted);
        System.out.println(goldName + "\n" + report.toTable());
        return report;
    }

    /** Scores a gold file and checks each "metric:figure" against its floor. */
    private void assertAtLeast(String goldName, Object... metricFigureFloor) throws Exception {
        EvalReport report = annotateAndScore(goldName);
        for (int i = 0; i < metricFigureFloor.length; i += 3) {
            String metric = (String) metricFigureFloor[i];
            String figure = (String) metricFigureFloor[i + 1];
            double floor = (Double) metricFigureFloor[i + 2];
            assertTrue(report.metric(metric, figure) >= floor, goldName + ": " + metric + " " + figure + " below "
                    + floor + "\n" + report.toTable());
        }
    }

    /**
     * Real news (data/realnews/): dev is where errors are analysed and choices are made; its floor
     * is the measured figure less a margin. The test split is sealed: only its figures are read.
     */
    @Test
    void realNewsDevKeepsItsFigures() throws Exception {
        assertAtLeast("realnews/realnews-dev.jsonl", "end-to-end", "f1", DEV_END_TO_END - MARGIN, "end-to-end", "precision", 0.80);
    }

    /**
     * The sealed test splits: only their figures are read. Floors are this test's measured figures
     * less the margin; the first-sight figures (test 0.545 with the rules alone, test2 0.727, test3
     * 0.750, test4 0.766, test5 0.710, test6 0.629, test7 0.696, test8 0.761, test9 0.695, test10
     * 0.748, test11 0.712, test12 0.720, test13 0.744, test14 0.739, test15 0.750, test16 0.713, test17
     * 0.780, test18 0.717, test19 0.783, test20 0.695, test21 0.724, test22 0.710, test23 0.725, test24
     * 0.762, test25 0.785, test26 0.712, test27 0.844) are in the README.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "realnews/realnews-test.jsonl, " + TEST_END_TO_END,
            "realnews/realnews-test2.jsonl, " + TEST2_END_TO_END,
            "realnews/realnews-test3.jsonl, " + TEST3_END_TO_END,
            "realnews/realnews-test4.jsonl, " + TEST4_END_TO_END,
            "realnews/realnews-test5.jsonl, " + TEST5_END_TO_END,
            "realnews/realnews-test6.jsonl, " + TEST6_END_TO_END,
            "realnews/realnews-test7.jsonl, " + TEST7_END_TO_END,
            "realnews/realnews-test8.jsonl, " + TEST8_END_TO_END,
            "realnews/realnews-test9.jsonl, " + TEST9_END_TO_END,
            "realnews/realnews-test10.jsonl, " + TEST10_END_TO_END,
            "realnews/realnews-test11.jsonl, " + TEST11_END_TO_END,
            "realnews/realnews-test12.jsonl, " + TEST12_END_TO_END,
            "realnews/realnews-test13.jsonl, " + TEST13_END_TO_END,
            "realnews/realnews-test14.jsonl, " + TEST14_END_TO_END,
            "realnews/realnews-test15.jsonl, " + TEST15_END_TO_END,
            "realnews/realnews-test16.jsonl, " + TEST16_END_TO_END,
            "realnews/realnews-test17.jsonl, " + TEST17_END_TO_END,
            "realnews/realnews-test18.jsonl, " + TEST18_END_TO_END,
            "realnews/realnews-test19.jsonl, " + TEST19_END_TO_END,
            "realnews/realnews-test20.jsonl, " + TEST20_END_TO_END,
            "realnews/realnews-test21.jsonl, " + TEST21_END_TO_END,
            "realnews/realnews-test22.jsonl, " + TEST22_END_TO_END,
            "realnews/realnews-test23.jsonl, " + TEST23_END_TO_END,
            "realnews/realnews-test24.jsonl, " + TEST24_END_TO_END,
            "realnews/realnews-test25.jsonl, " + TEST25_END_TO_END,
            "realnews/realnews-test26.jsonl, " + TEST26_END_TO_END,
            "realnews/realnews-test27.jsonl, " + TEST27_END_TO_END })
    void realNewsTestSplitsKeepTheirFigures(String split, double measured) throws Exception {
        assertAtLeast(split, "end-to-end", "f1", measured - MARGIN);
    }

    @Test
    void seedArticleReachesTheTargetFigures() throws Exception {
        // 0.939 (0.920 with two models): one article, 26 claims, each worth about 0.02. Since the eighth session of
        // 2026-12-06 the models put one or two of its claims on the other side of their threshold ("she said she
        // supported dialogue" 0.23, ", adding, “We bet that …”" 0.26, the headline's "rejects new talks" 0.36 against
        // 0.33): 0.920-0.960 across that session's models, 0.960 before
        assertAtLeast("seed-article.jsonl", "end-to-end", "f1", 0.90, "speaker", "f1", 0.90, "content-exact", "f1", 0.90);
    }

    @Test
    void devArticlesInOtherStylesKeepTheirFigures() throws Exception {
        // precision 0.945: claims its gold predates, which FORMAT.md annotates ("groups welcomed the ruling")
        assertAtLeast("dev.jsonl", "end-to-end", "f1", 0.96, "speaker", "f1", 0.96, "match", "precision", 0.93);
    }

    @Test
    void heldOutArticlesKeepTheirFigures() throws Exception {
        assertAtLeast("heldout.jsonl", "end-to-end", "f1", 0.94, "speaker", "f1", 0.94);
    }

    /** The blind set (styles no other set has) and the fresh set written after the blind set's fixes. */
    @Test
    void articlesInUnseenStylesKeepTheirFigures() throws Exception {
        assertAtLeast("blind.jsonl", "end-to-end", "f1", 0.96, "speaker", "f1", 0.96, "content-exact", "f1", 0.95);
        assertAtLeast("fresh.jsonl", "end-to-end", "f1", 0.95, "speaker", "f1", 0.95, "content-exact", "f1", 0.9);
    }
}
