package org.sayer.pipeline.tests.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;

import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.CohenKappaAgreement;
import org.dkpro.statistics.agreement.coding.FleissKappaAgreement;
import org.dkpro.statistics.agreement.unitizing.KrippendorffAlphaUnitizingAgreement;
import org.dkpro.statistics.agreement.unitizing.UnitizingAnnotationStudy;
import org.junit.jupiter.api.Test;
import org.sayer.pipeline.eval.AgreementStudy;
import org.sayer.pipeline.eval.AgreementStudy.DocumentAgreement;
import org.sayer.pipeline.eval.AgreementStudy.PairCounts;
import org.sayer.pipeline.eval.TokenLabelStudy;
import org.sayer.pipeline.eval.UnitizingAlpha;

/**
 * The agreement figures of {@code ./sayer agree} against DKPro Statistics, computed here from the
 * fixtures' spans and token labels as written down, on: identical versions, one disagreement, all
 * different, missing documents and three annotators; and Sayer's αu against DKPro's on random
 * studies.
 */
class AgreementStudyTest {

    private static final double EPSILON = 1e-9;
    private static final String[] TYPES = { "DIRECT", "INDIRECT", "MIXED" };

    /**
     * One annotator's version of a document whose text is {@code words} tokens "ab" apart by one
     * space, so token t covers code points [3t, 3t + 2); spans are given in tokens, inclusive.
     */
    private static final class Version {
        final String id;
        final int words;
        final List<int[]> mentions = new ArrayList<>();
        /** {type index, first token, last token, cue token or -1, parent index or -1, source mention or -1} */
        final List<int[]> claims = new ArrayList<>();

        Version(String id, int words) {
            this.id = id;
            this.words = words;
        }

        Version mention(int first, int last) {
            mentions.add(new int[] { first, last });
            return this;
        }

        Version claim(int type, int first, int last, int cue, int parent, int source) {
            claims.add(new int[] { type, first, last, cue, parent, source });
            return this;
        }

        Version copy() {
            Version copy = new Version(id, words);
            mentions.forEach(m -> copy.mentions.add(m.clone()));
            claims.forEach(c -> copy.claims.add(c.clone()));
            return copy;
        }

        JsonObject json() {
            JsonObject doc = new JsonObject();
            doc.addProperty("id", id);
            doc.addProperty("text", String.join(" ", java.util.Collections.nCopies(words, "ab")));
            JsonArray entities = new JsonArray();
            JsonArray mentionArray = new JsonArray();
            for (int i = 0; i < mentions.size(); i++) {
                JsonObject entity = new JsonObject();
                entity.addProperty("id", "e" + i);
                entity.addProperty("name", "Speaker" + i);
                entity.addProperty("type", "PERSON");
                entities.add(entity);
                JsonObject mention = new JsonObject();
                mention.addProperty("id", "m" + i);
                mention.add("span", span(mentions.get(i)[0], mentions.get(i)[1]));
                mention.addProperty("entity", "e" + i);
                mentionArray.add(mention);
            }
            doc.add("entities", entities);
            doc.add("mentions", mentionArray);
            JsonArray attributions = new JsonArray();
            for (int i = 0; i < claims.size(); i++) {
                int[] c = claims.get(i);
                JsonObject a = new JsonObject();
                a.addProperty("id", "a" + i);
                a.addProperty("type", TYPES[c[0]]);
                if (c[5] < 0) {
                    a.add("source", JsonNull.INSTANCE);
                } else {
                    a.addProperty("source", "m" + c[5]);
                }
                a.add("cue", c[3] < 0 ? JsonNull.INSTANCE : span(c[3], c[3]));
                a.add("content", span(c[1], c[2]));
                if (c[4] < 0) {
                    a.add("parent", JsonNull.INSTANCE);
                } else {
                    a.addProperty("parent", "a" + c[4]);
                }
                attributions.add(a);
            }
            doc.add("attributions", attributions);
            return doc;
        }

        private static JsonArray span(int first, int last) {
            JsonArray span = new JsonArray();
            span.add(3 * first);
            span.add(3 * last + 2);
            return span;
        }

        /** The token labels of one layer, written down from the spans: kind where a span covers the token, innermost claim's type. */
        String[] labels(String layer) {
            String[] labels = new String[words];
            Arrays.fill(labels, "O");
            if (layer.equals(AgreementStudy.MENTION)) {
                mentions.forEach(m -> Arrays.fill(labels, m[0], m[1] + 1, layer));
            } else if (layer.equals(AgreementStudy.CUE)) {
                claims.stream().filter(c -> c[3] >= 0).forEach(c -> labels[c[3]] = layer);
            } else {
                // widest first, so an inner claim's type wins
                claims.stream().sorted((x, y) -> Integer.compare(y[2] - y[1], x[2] - x[1]))
                        .forEach(c -> Arrays.fill(labels, c[1], c[2] + 1, TYPES[c[0]]));
            }
            return labels;
        }
    }

    /** DKPro's αu of every kind over the given documents (one per annotator, laid end to end). */
    private static void assertAlphasAreDkpros(List<List<Version>> documents, Map<String, Double> actual) {
        int raters = documents.get(0).size();
        long length = documents.stream().mapToLong(versions -> 3L * versions.get(0).words - 1).sum();
        UnitizingAnnotationStudy mentions = new UnitizingAnnotationStudy(raters, 0, length);
        UnitizingAnnotationStudy cues = new UnitizingAnnotationStudy(raters, 0, length);
        UnitizingAnnotationStudy claims = new UnitizingAnnotationStudy(raters, 0, length);
        UnitizingAnnotationStudy typed = new UnitizingAnnotationStudy(raters, 0, length);
        long offset = 0;
        for (List<Version> versions : documents) {
            for (int r = 0; r < raters; r++) {
                Version v = versions.get(r);
                for (int[] m : v.mentions) {
                    mentions.addUnit(offset + 3L * m[0], 3L * (m[1] - m[0]) + 2, r, "m");
                }
                for (int[] c : v.claims) {
                    if (c[3] >= 0) {
                        cues.addUnit(offset + 3L * c[3], 2, r, "c");
                    }
                    if (c[4] < 0) { // a nested claim lies inside its parent: of any type, the parent's extent is the unit
                        claims.addUnit(offset + 3L * c[1], 3L * (c[2] - c[1]) + 2, r, "claim");
                    }
                    typed.addUnit(offset + 3L * c[1], 3L * (c[2] - c[1]) + 2, r, TYPES[c[0]]);
                }
            }
            offset += 3L * versions.get(0).words - 1;
        }
        assertSame(new KrippendorffAlphaUnitizingAgreement(mentions).calculateAgreement(), actual.get(AgreementStudy.MENTION), "mention");
        assertSame(new KrippendorffAlphaUnitizingAgreement(cues).calculateAgreement(), actual.get(AgreementStudy.CUE), "cue");
        assertSame(new KrippendorffAlphaUnitizingAgreement(claims).calculateAgreement(), actual.get(AgreementStudy.CLAIM), "claim");
        for (String type : TYPES) {
            boolean used = false;
            for (Object category : typed.getCategories()) {
                used |= category.equals(type);
            }
            double expected = used ? new KrippendorffAlphaUnitizingAgreement(typed).calculateCategoryAgreement(type) : Double.NaN;
            assertSame(expected, actual.get("claim " + type), "claim " + type);
        }
    }

    /** DKPro's Cohen (2) or Fleiss (3+) kappa of every layer's token labels over the given documents. */
    private static void assertKappasAreDkpros(List<List<Version>> documents, Map<String, Double> actual) {
        int raters = documents.get(0).size();
        for (String layer : AgreementStudy.LAYERS) {
            CodingAnnotationStudy study = new CodingAnnotationStudy(raters);
            for (List<Version> versions : documents) {
                List<String[]> labels = versions.stream().map(v -> v.labels(layer)).toList();
                for (int t = 0; t < versions.get(0).words; t++) {
                    Object[] item = new Object[raters];
                    for (int r = 0; r < raters; r++) {
                        item[r] = labels.get(r)[t];
                    }
                    study.addItemAsArray(item);
                }
            }
            double expected = study.getCategoryCount() < 2 ? Double.NaN
                    : raters == 2 ? new CohenKappaAgreement(study).calculateAgreement() : new FleissKappaAgreement(study).calculateAgreement();
            assertSame(expected, actual.get(layer), "kappa " + layer);
        }
    }

    private static void assertSame(double expected, double actual, String what) {
        if (Double.isNaN(expected)) {
            assertTrue(Double.isNaN(actual), what + ": expected n/a, was " + actual);
        } else {
            assertEquals(expected, actual, EPSILON, what);
        }
    }

    private static AgreementStudy study(List<List<Version>> documents, String... annotators) {
        AgreementStudy study = new AgreementStudy(List.of(annotators));
        for (List<Version> versions : documents) {
            study.add(versions.stream().filter(v -> v != null).findFirst().orElseThrow().id,
                    versions.stream().map(v -> v == null ? null : v.json()).toList());
        }
        return study;
    }

    private static void assertDkpro(List<List<Version>> documents, AgreementStudy study) {
        for (int d = 0; d < documents.size(); d++) {
            DocumentAgreement document = study.documents().get(d);
            assertAlphasAreDkpros(List.of(documents.get(d)), document.alpha());
            assertKappasAreDkpros(List.of(documents.get(d)), document.kappa());
        }
        assertAlphasAreDkpros(documents, study.corpus().alpha());
        assertKappasAreDkpros(documents, study.corpus().kappa());
    }

    private static Version first() {
        return new Version("d1", 40)
                .mention(0, 1).mention(20, 20)
                .claim(0, 4, 9, 2, -1, 0)     // DIRECT, cue at 2, source m0
                .claim(1, 12, 18, 11, -1, 1)  // INDIRECT
                .claim(2, 22, 35, 21, -1, 1)  // MIXED, with a nested one
                .claim(1, 26, 30, 25, 2, -1);
    }

    private static Version second() {
        return new Version("d2", 30).mention(3, 4).claim(1, 6, 14, 5, -1, 0).claim(0, 18, 26, -1, -1, -1);
    }

    @Test
    void identicalVersionsAgreeFully() {
        List<List<Version>> documents = List.of(List.of(first(), first()), List.of(second(), second()));
        AgreementStudy study = study(documents, "A", "B");
        assertDkpro(documents, study);
        DocumentAgreement corpus = study.corpus();
        assertEquals(1.0, corpus.alpha().get(AgreementStudy.CLAIM), EPSILON);
        assertEquals(1.0, corpus.kappa().get(AgreementStudy.CLAIM), EPSILON);
        PairCounts pair = corpus.pairs().get("A / B");
        for (String row : AgreementStudy.ATTRIBUTION_ROWS) {
            assertEquals(1.0, pair.f1(row), EPSILON, row);
        }
        assertEquals(3, pair.confusion("INDIRECT", "INDIRECT"));
        assertEquals(0, pair.confusion("INDIRECT", "none"));
    }

    @Test
    void oneDisagreementShowsInItsOwnRow() {
        Version b = first();
        b.claims.get(1)[0] = 2; // the INDIRECT claim became MIXED
        List<List<Version>> documents = List.of(List.of(first(), b), List.of(second(), second()));
        AgreementStudy study = study(documents, "A", "B");
        assertDkpro(documents, study);
        PairCounts pair = study.corpus().pairs().get("A / B");
        assertEquals(1.0, pair.f1("attribution"), EPSILON);
        assertEquals(1.0, pair.f1("speaker"), EPSILON);
        assertEquals(1.0, pair.f1("cue"), EPSILON);
        assertEquals(1.0, pair.f1("nesting"), EPSILON);
        assertEquals(2.0 * 5 / 12, pair.f1("type"), EPSILON); // 5 of 6 claims keep their type, 6 on each side
        assertEquals(1, pair.confusion("INDIRECT", "MIXED"));
        assertTrue(study.documents().get(0).alpha().get("claim INDIRECT") < 1.0);
        assertEquals(1.0, study.documents().get(1).alpha().get(AgreementStudy.CLAIM), EPSILON);
    }

    @Test
    void speakerAndNestingDisagreementsAreApartFromContent() {
        Version b = first();
        b.claims.get(0)[5] = 1; // the DIRECT claim's source is the other speaker
        b.claims.get(3)[4] = -1; // the nested claim is not nested
        List<List<Version>> documents = List.of(List.of(first(), b));
        AgreementStudy study = study(documents, "A", "B");
        assertDkpro(documents, study);
        PairCounts pair = study.corpus().pairs().get("A / B");
        assertEquals(1.0, pair.f1("attribution"), EPSILON);
        assertEquals(1.0, pair.f1("content-exact"), EPSILON);
        assertEquals(0.75, pair.f1("speaker"), EPSILON);
        assertEquals(0.75, pair.f1("nesting"), EPSILON);
        assertEquals(1.0, pair.f1("type"), EPSILON);
    }

    @Test
    void allDifferent() {
        Version a = new Version("d1", 40).mention(0, 0).claim(0, 2, 8, 1, -1, 0).claim(0, 10, 14, -1, -1, -1);
        Version b = new Version("d1", 40).mention(20, 21).claim(1, 24, 30, 23, -1, 0).claim(2, 33, 38, 32, -1, -1);
        List<List<Version>> documents = List.of(List.of(a, b));
        AgreementStudy study = study(documents, "A", "B");
        assertDkpro(documents, study);
        DocumentAgreement corpus = study.corpus();
        assertTrue(corpus.alpha().get(AgreementStudy.CLAIM) < 0, "disjoint claims agree less than chance");
        PairCounts pair = corpus.pairs().get("A / B");
        assertEquals(0.0, pair.f1("attribution"), EPSILON);
        assertEquals(2, pair.confusion("DIRECT", "none"));
        assertEquals(1, pair.confusion("none", "INDIRECT"));
        assertEquals(1, pair.confusion("none", "MIXED"));
    }

    @Test
    void missingDocumentsAreListedAndLeftOut() {
        Version b = first();
        b.mentions.get(0)[1] = 2;
        Version onlyA = new Version("only-a", 10).claim(0, 1, 4, 0, -1, -1);
        Version onlyB = new Version("only-b", 10).claim(1, 1, 4, 0, -1, -1);
        AgreementStudy study = new AgreementStudy(List.of("A", "B"));
        study.add("only-a", Arrays.asList(onlyA.json(), null));
        study.add("d1", List.of(first().json(), b.json()));
        study.add("only-b", Arrays.asList(null, onlyB.json()));
        study.add("d2", List.of(second().json(), second().json()));
        assertEquals(List.of(new AgreementStudy.Missing("only-a", List.of("B")), new AgreementStudy.Missing("only-b", List.of("A"))),
                study.missing());
        assertEquals(2, study.documents().size());
        assertDkpro(List.of(List.of(first(), b), List.of(second(), second())), study);
        assertEquals(4 + 2, study.corpus().pairs().get("A / B").first());
    }

    @Test
    void differentTextsAreNotCompared() {
        AgreementStudy study = new AgreementStudy(List.of("A", "B"));
        study.add("d1", List.of(first().json(), new Version("d1", 41).json()));
        assertEquals(List.of("d1"), study.textDiffers());
        assertTrue(study.documents().isEmpty());
    }

    @Test
    void threeAnnotatorsUseFleissAndEveryPair() {
        Version b = first();
        b.claims.get(1)[2] = 19; // a longer INDIRECT claim
        Version c = first();
        c.claims.remove(3); // no nested claim
        c.mention(38, 38);
        List<List<Version>> documents = List.of(List.of(first(), b, c), List.of(second(), second(), second().mention(10, 10)));
        AgreementStudy study = study(documents, "A", "B", "C");
        assertEquals("Fleiss", study.kappaName());
        assertDkpro(documents, study);
        Map<String, PairCounts> pairs = study.corpus().pairs();
        assertEquals(List.of("A / B", "A / C", "B / C"), List.copyOf(pairs.keySet()));
        assertEquals(2.0 * 5 / 11, pairs.get("A / C").f1("attribution"), EPSILON);
        double mean = (pairs.get("A / B").f1("attribution") + pairs.get("A / C").f1("attribution")
                + pairs.get("B / C").f1("attribution")) / 3;
        assertEquals(mean, study.corpus().meanF1("attribution"), EPSILON);
    }

    /** Sayer's αu (sorted gaps, prefix sums) is DKPro's on random studies of 2–4 raters and 1–3 categories. */
    @Test
    void unitizingAlphaIsDkprosOnRandomStudies() {
        Random random = new Random(14);
        for (int round = 0; round < 300; round++) {
            int raters = 2 + random.nextInt(3);
            int categories = 1 + random.nextInt(3);
            long length = 20 + random.nextInt(400);
            UnitizingAlpha ours = new UnitizingAlpha(raters, length);
            UnitizingAnnotationStudy theirs = new UnitizingAnnotationStudy(raters, 0, length);
            for (int r = 0; r < raters; r++) {
                for (int c = 0; c < categories; c++) {
                    long pos = random.nextInt(10);
                    while (true) {
                        long unitLength = 1 + random.nextInt(30);
                        if (pos + unitLength > length) {
                            break;
                        }
                        if (random.nextInt(3) > 0) {
                            ours.add(r, "c" + c, pos, pos + unitLength);
                            theirs.addUnit(pos, unitLength, r, "c" + c);
                        }
                        pos += unitLength + random.nextInt(40);
                    }
                }
            }
            assertSame(new KrippendorffAlphaUnitizingAgreement(theirs).calculateAgreement(), ours.agreement(), "round " + round);
            for (Object category : theirs.getCategories()) {
                assertSame(new KrippendorffAlphaUnitizingAgreement(theirs).calculateCategoryAgreement(category),
                        ours.categoryAgreement((String) category), "round " + round + " " + category);
            }
        }
    }

    /** Overlapping units of one rater and category are merged; DKPro gets the merged units. */
    @Test
    void overlappingUnitsOfOneRaterCountAsTheirUnion() {
        UnitizingAlpha ours = new UnitizingAlpha(2, 100);
        ours.add(0, "x", 10, 50);
        ours.add(0, "x", 20, 30); // nested
        ours.add(0, "x", 45, 60); // overlapping
        ours.add(1, "x", 12, 58);
        UnitizingAnnotationStudy theirs = new UnitizingAnnotationStudy(2, 0, 100);
        theirs.addUnit(10, 50, 0, "x");
        theirs.addUnit(12, 46, 1, "x");
        assertEquals(new KrippendorffAlphaUnitizingAgreement(theirs).calculateAgreement(), ours.agreement(), EPSILON);
    }

    /** The counted study gives DKPro's kappa on random label tuples. */
    @Test
    void countedTokenLabelsGiveDkprosKappa() {
        Random random = new Random(5);
        String[] labels = { "O", "DIRECT", "INDIRECT", "MIXED" };
        for (int raters = 2; raters <= 4; raters++) {
            TokenLabelStudy ours = new TokenLabelStudy(raters);
            CodingAnnotationStudy theirs = new CodingAnnotationStudy(raters);
            for (int t = 0; t < 500; t++) {
                String[] item = new String[raters];
                String agreed = labels[random.nextInt(labels.length)];
                for (int r = 0; r < raters; r++) {
                    item[r] = random.nextInt(4) == 0 ? labels[random.nextInt(labels.length)] : agreed;
                }
                ours.add(item);
                theirs.addItemAsArray(item);
            }
            double expected = raters == 2 ? new CohenKappaAgreement(theirs).calculateAgreement()
                    : new FleissKappaAgreement(theirs).calculateAgreement();
            assertEquals(expected, ours.kappa(), EPSILON, raters + " raters");
        }
    }
}
