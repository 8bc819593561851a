package org.sayer.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sayer.model.Claim;
import org.sayer.model.Corpus;
import org.sayer.model.Document;
import org.sayer.model.DocumentEntry;
import org.sayer.model.SayerFactory;
import org.sayer.model.SayerPackage;
import org.sayer.model.Speaker;
import org.sayer.model.SpeakerMention;
import org.sayer.model.store.SayerResources;
import org.sayer.model.validation.SayerValidator;
import org.sayer.model.validation.Validation;

/** Each rule once broken (found, with a message naming the annotation) and once kept (no problem). */
class ValidationTest {

    private ResourceSet resources;
    private Corpus corpus;
    private Document document;
    private Claim outer;
    private Claim inner;

    @BeforeEach
    void setUp() {
        resources = SayerResources.newResourceSet();
        corpus = SayerFactory.eINSTANCE.createCorpus();
        corpus.setName("validation");
        document = Fixtures.nestedAttribution(Fixtures.speaker(corpus, "price", "Ned Price"), Fixtures.speaker(corpus, "blinken", "Antony Blinken"));
        resources.createResource(URI.createURI("mem:/corpus.xmi")).getContents().add(corpus);
        resources.createResource(URI.createURI("mem:/doc-1.xmi")).getContents().add(document);
        outer = (Claim) document.getAnnotations().get(2);
        inner = (Claim) document.getAnnotations().get(5);
    }

    @Test
    void aWellFormedDocumentAndCorpusHaveNoProblems() {
        assertEquals(List.of(), Validation.problems(Validation.validate(document)));
        assertEquals(Diagnostic.OK, Validation.validate(document).getSeverity());
        corpus.getDocuments().add(entry("doc-1", document));
        assertEquals(List.of(), Validation.problems(Validation.validate(corpus)));
    }

    @Test
    void validatorIsRegisteredForThePackage() {
        Validation.validate(document);
        assertSame(SayerValidator.INSTANCE, EValidator.Registry.INSTANCE.get(SayerPackage.eINSTANCE));
        inner.setEnd(100);
        assertEquals(Diagnostic.ERROR, Diagnostician.INSTANCE.validate(document).getSeverity(), "plain EMF validation applies the rules too");
    }

    @Test
    void invertedSpanIsReported() {
        inner.setBegin(50);
        inner.setEnd(40);
        Diagnostic problem = onlyProblem(Validation.validate(document), SayerValidator.SPAN_INVERTED);
        assertSame(inner, Validation.subject(problem));
        assertEquals("Claim a2 [50, 40) in document doc-1 ends before it begins; swap or fix its boundaries", problem.getMessage());
    }

    @Test
    void spanOutsideTheTextIsReported() {
        outer.setEnd(59);
        Diagnostic problem = onlyProblem(Validation.validate(document), SayerValidator.SPAN_OUT_OF_RANGE);
        assertTrue(problem.getMessage().contains("Claim a1 [11, 59)") && problem.getMessage().contains("length 58"), problem.getMessage());
        outer.setEnd(58);
        outer.setBegin(-1);
        onlyProblem(Validation.validate(document), SayerValidator.SPAN_OUT_OF_RANGE);
        outer.setBegin(0);
        assertEquals(List.of(), codes(Validation.validate(document)), "a span up to the last character is fine");
    }

    @Test
    void sourceOrCueInAnotherDocumentIsReported() {
        Document other = Fixtures.nestedAttribution(corpus.getSpeakers().get(0), corpus.getSpeakers().get(1));
        other.setId("doc-2");
        resources.createResource(URI.createURI("mem:/doc-2.xmi")).getContents().add(other);
        Claim otherInner = (Claim) other.getAnnotations().get(5);
        inner.setSource(otherInner.getSource());
        Diagnostic problem = onlyProblem(Validation.validate(document), SayerValidator.LINK_TO_OTHER_DOCUMENT);
        assertTrue(problem.getMessage().contains("source m2 in document doc-2"), problem.getMessage());
        inner.setSource((SpeakerMention) document.getAnnotations().get(3));
        inner.setCue(otherInner.getCue());
        problem = onlyProblem(Validation.validate(document), SayerValidator.LINK_TO_OTHER_DOCUMENT);
        assertTrue(problem.getMessage().contains("cue c2 in document doc-2"), problem.getMessage());
    }

    @Test
    void parentThatDoesNotContainItsChildIsReported() {
        outer.setEnd(40);
        Diagnostic problem = onlyProblem(Validation.validate(document), SayerValidator.PARENT_DOES_NOT_CONTAIN_CHILD);
        assertSame(inner, Validation.subject(problem));
        assertTrue(problem.getMessage().contains("nested in Claim a1 [11, 40)"), problem.getMessage());
        outer.setEnd(57);
        assertEquals(List.of(), codes(Validation.validate(document)), "a parent with the same end still contains its child");
    }

    @Test
    void cycleAmongParentsIsReportedForEveryClaimInIt() {
        outer.setParent(inner);
        List<Diagnostic> cycles = problems(Validation.validate(document), SayerValidator.PARENT_CYCLE);
        assertEquals(2, cycles.size());
        assertTrue(cycles.get(0).getMessage().contains("(a1 \u2192 a2 \u2192 a1)"), cycles.get(0).getMessage());
        inner.setParent(inner);
        assertTrue(problems(Validation.validate(document), SayerValidator.PARENT_CYCLE).get(0).getMessage().contains("(a2 \u2192 a2)"));
    }

    @Test
    void aSplitQuotationsPartThatDoesNotEndBeforeTheNextIsReported() {
        inner.setContinues(outer);
        Diagnostic problem = onlyProblem(Validation.validate(document), SayerValidator.CONTINUED_PART_NOT_BEFORE);
        assertSame(inner, Validation.subject(problem));
        assertTrue(problem.getMessage().contains("continues Claim a1 [11, 58)"), problem.getMessage());
        inner.setContinues(null);
        Claim first = Fixtures.claim("a0", 0, 5, org.sayer.model.ClaimType.DIRECT, null, null, null);
        document.getAnnotations().add(first);
        outer.setContinues(first);
        assertEquals(List.of(), codes(Validation.validate(document)), "a part that ends before the next one begins is fine");
    }

    @Test
    void mentionWithoutSpeakerIsReported() {
        SpeakerMention mention = inner.getSource();
        mention.setSpeaker(null);
        Diagnostic problem = onlyProblem(Validation.validate(document), SayerValidator.MENTION_WITHOUT_SPEAKER);
        assertEquals("SpeakerMention m2 [11, 18) \"Blinken\" in document doc-1 has no speaker; choose one from the registry", problem.getMessage());

        Speaker gone = SayerFactory.eINSTANCE.createSpeaker();
        ((InternalEObject) gone).eSetProxyURI(URI.createURI("mem:/corpus.xmi#merged-away"));
        mention.setSpeaker(gone);
        assertTrue(problems(Validation.validate(document), SayerValidator.MENTION_WITHOUT_SPEAKER).get(0).getMessage()
                .contains("refers to speaker merged-away, which is not in the registry"));
    }

    @Test
    void duplicateDocumentIdIsReported() {
        corpus.getDocuments().add(entry("doc-1", null));
        corpus.getDocuments().add(entry("doc-2", null));
        assertEquals(List.of(), codes(Validation.validate(corpus)));
        corpus.getDocuments().add(entry("doc-1", null));
        Diagnostic problem = onlyProblem(Validation.validate(corpus), SayerValidator.DUPLICATE_DOCUMENT_ID);
        assertTrue(problem.getMessage().startsWith("Two documents have the id doc-1"), problem.getMessage());
    }

    @Test
    void twoSpeakersOfADocumentWithOneIdAreReported() {
        Speaker first = Fixtures.speaker(corpus, "haddad", "Amira Haddad");
        Speaker second = Fixtures.speaker(corpus, "haddad", "Omar Haddad");
        document.getSpeakers().add(first);
        assertEquals(List.of(), codes(Validation.validate(document)));
        document.getSpeakers().add(second);
        Diagnostic problem = onlyProblem(Validation.validate(document), SayerValidator.DUPLICATE_SPEAKER_ID);
        assertEquals("Two speakers of document doc-1 have the id haddad (Omar Haddad and Amira Haddad); merge them or rename one",
                problem.getMessage());
    }

    @Test
    void problemsOfLoadedDocumentsShowInTheCorpusResult() {
        corpus.getDocuments().add(entry("doc-1", document));
        outer.setEnd(70);
        onlyProblem(Validation.validate(corpus), SayerValidator.SPAN_OUT_OF_RANGE);
    }

    private static DocumentEntry entry(String id, Document document) {
        DocumentEntry entry = SayerFactory.eINSTANCE.createDocumentEntry();
        entry.setId(id);
        entry.setTitle("Title of " + id);
        entry.setDocument(document);
        return entry;
    }

    private static Diagnostic onlyProblem(Diagnostic result, int code) {
        assertEquals(List.of(code), codes(result), () -> "problems: " + Validation.problems(result));
        assertEquals(Diagnostic.ERROR, result.getSeverity());
        return Validation.problems(result).get(0);
    }

    private static List<Diagnostic> problems(Diagnostic result, int code) {
        List<Diagnostic> matching = new ArrayList<>();
        for (Diagnostic problem : Validation.problems(result)) {
            if (problem.getCode() == code && SayerValidator.DIAGNOSTIC_SOURCE.equals(problem.getSource())) {
                matching.add(problem);
            }
        }
        return matching;
    }

    private static List<Integer> codes(Diagnostic result) {
        List<Integer> codes = new ArrayList<>();
        for (Diagnostic problem : Validation.problems(result)) {
            codes.add(SayerValidator.DIAGNOSTIC_SOURCE.equals(problem.getSource()) ? problem.getCode() : -1);
        }
        return codes;
    }
}
