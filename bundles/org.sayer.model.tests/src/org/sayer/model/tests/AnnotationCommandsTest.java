package org.sayer.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sayer.model.Annotation;
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
import org.sayer.model.edit.AnnotationCommands;
import org.sayer.model.edit.EditingDomainService;
import org.sayer.model.store.SayerResources;

/**
 * Every kind of edit, run, undone and redone: after undo the model equals its state before the
 * edit, after redo its state after the edit.
 */
class AnnotationCommandsTest {

    private static final long NOW = 1_800_000_000_000L;

    private Corpus corpus;
    private Speaker price;
    private Speaker blinken;
    private Document document;
    private Claim outer;
    private Claim inner;
    private EditingDomainService editing;
    private AnnotationCommands commands;

    @BeforeEach
    void setUp() {
        ResourceSet resources = SayerResources.newResourceSet();
        corpus = SayerFactory.eINSTANCE.createCorpus();
        price = Fixtures.speaker(corpus, "price", "Ned Price", "Price");
        blinken = Fixtures.speaker(corpus, "blinken", "Antony Blinken", "Blinken");
        document = Fixtures.nestedAttribution(price, blinken);
        resources.createResource(URI.createURI("mem:/corpus.xmi")).getContents().add(corpus);
        resources.createResource(URI.createURI("mem:/doc-1.xmi")).getContents().add(document);
        outer = (Claim) document.getAnnotations().get(2);
        inner = (Claim) document.getAnnotations().get(5);
        editing = new EditingDomainService(resources);
        commands = new AnnotationCommands(editing.domain(), "tester", () -> NOW);
    }

    @Test
    void creatingAMentionCueAndClaimUndoesAndRedoes() {
        Command mention = commands.createMention(document, 33, 43, blinken, MentionKind.NOMINAL);
        assertUndoRedo(mention, () -> {
            SpeakerMention created = (SpeakerMention) AnnotationCommands.created(mention);
            assertEquals(7, document.getAnnotations().size());
            assertSame(created, document.getAnnotations().get(6));
            assertEquals("importance", created.getCoveredText());
            assertEquals("m7", created.getId());
            assertSame(blinken, created.getSpeaker());
            assertEquals(Origin.MANUAL, created.getOrigin());
            assertEquals(ReviewState.ACCEPTED, created.getReview());
            assertEquals("tester", created.getProducer());
            assertEquals(NOW, created.getTimestamp());
        });
        Command cue = commands.createCue(document, 6, 10);
        assertUndoRedo(cue, () -> assertTrue(AnnotationCommands.created(cue) instanceof Cue c && "c8".equals(c.getId())));
        SpeakerMention source = (SpeakerMention) document.getAnnotations().get(0);
        Command claim = commands.createClaim(document, 47, 57, ClaimType.DIRECT, source, null, outer);
        assertUndoRedo(claim, () -> {
            Claim created = (Claim) AnnotationCommands.created(claim);
            assertEquals("diplomacy.", created.getCoveredText());
            assertSame(source, created.getSource());
            assertSame(outer, created.getParent());
        });
    }

    @Test
    void newIdsStayUniqueAndAreNeverReusedAfterUndoAndRedo() {
        Set<String> everHandedOut = new HashSet<>(ids(document));
        Command first = commands.createMention(document, 33, 43, blinken, MentionKind.NOMINAL);
        assertTrue(editing.execute(first));
        String firstId = AnnotationCommands.created(first).getId();
        Command second = commands.createCue(document, 6, 10);
        assertTrue(editing.execute(second));
        String secondId = AnnotationCommands.created(second).getId();
        assertTrue(everHandedOut.add(firstId) && everHandedOut.add(secondId), "new ids differ from the old ones");
        assertTrue(editing.undo());
        assertTrue(editing.undo());
        assertTrue(editing.redo());
        for (int i = 0; i < 5; i++) {
            Command another = commands.createClaim(document, 47, 57, ClaimType.DIRECT, null, null, null);
            assertTrue(editing.execute(another));
            String id = AnnotationCommands.created(another).getId();
            assertTrue(everHandedOut.add(id), "id " + id + " was handed out before (an undone annotation had it)");
            assertTrue(editing.undo());
            assertTrue(editing.redo());
        }
        List<String> ids = ids(document);
        assertEquals(ids.size(), new HashSet<>(ids).size(), "ids unique in the document: " + ids);
        assertTrue(ids.contains(firstId) && !ids.contains(secondId), "redo brought back the first, the second stays undone");
    }

    @Test
    void idsGoOnAboveTheHighestNumberAfterSaveAndLoad() throws Exception {
        Command created = commands.createMention(document, 33, 43, blinken, MentionKind.NOMINAL);
        assertTrue(editing.execute(created));
        Annotation late = AnnotationCommands.created(created);
        late.setId("m41");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        document.eResource().save(bytes, SayerResources.saveOptions());

        ResourceSet reloaded = SayerResources.newResourceSet();
        reloaded.createResource(URI.createURI("mem:/corpus.xmi")).getContents().add(EcoreUtil.copy(corpus));
        Resource resource = reloaded.createResource(URI.createURI("mem:/doc-1.xmi"));
        resource.load(new ByteArrayInputStream(bytes.toByteArray()), SayerResources.loadOptions());
        Document read = (Document) resource.getContents().get(0);
        EditingDomainService reopened = new EditingDomainService(reloaded);
        AnnotationCommands afterLoad = new AnnotationCommands(reopened.domain(), "tester", () -> NOW);
        Command next = afterLoad.createCue(read, 6, 10);
        assertTrue(reopened.execute(next));
        assertEquals("c42", AnnotationCommands.created(next).getId(), "the counter is seeded from the highest id read");
    }

    private static List<String> ids(Document document) {
        return document.getAnnotations().stream().map(Annotation::getId).toList();
    }

    @Test
    void deletingAnAnnotationClearsTheReferencesToIt() {
        SpeakerMention blinkenMention = inner.getSource();
        Cue stressed = inner.getCue();
        assertUndoRedo(commands.delete(List.of(blinkenMention, stressed)), () -> {
            assertEquals(4, document.getAnnotations().size());
            assertNull(inner.getSource());
            assertNull(inner.getCue());
        });
        assertTrue(editing.undo());
        assertSame(blinkenMention, inner.getSource(), "undo brings the link back");
        assertSame(stressed, inner.getCue());

        assertUndoRedo(commands.delete(outer), () -> {
            assertFalse(document.getAnnotations().contains(outer));
            assertNull(inner.getParent());
        });
        assertTrue(editing.undo());
        assertSame(outer, inner.getParent());
    }

    @Test
    void changingABoundaryUndoesAndRedoes() {
        assertUndoRedo(commands.setBoundary(inner, 33, 56), () -> {
            assertEquals("importance of diplomacy", inner.getCoveredText());
            assertEquals(NOW, inner.getTimestamp());
        });
    }

    @Test
    void settingTypeAndLinkingSourceCueAndParentUndoAndRedo() {
        assertUndoRedo(commands.setClaimType(outer, ClaimType.INDIRECT), () -> assertEquals(ClaimType.INDIRECT, outer.getType()));
        SpeakerMention priceMention = outer.getSource();
        assertUndoRedo(commands.linkSource(inner, priceMention), () -> assertSame(priceMention, inner.getSource()));
        assertUndoRedo(commands.linkSource(inner, null), () -> assertNull(inner.getSource()));
        Cue said = outer.getCue();
        assertUndoRedo(commands.linkCue(inner, said), () -> assertSame(said, inner.getCue()));
        assertUndoRedo(commands.setParent(inner, null), () -> assertNull(inner.getParent()));
    }

    @Test
    void acceptingAndRejectingKeepTheAnnotationWithItsNewState() {
        assertUndoRedo(commands.accept(inner), () -> {
            assertEquals(ReviewState.ACCEPTED, inner.getReview());
            assertTrue(document.getAnnotations().contains(inner));
        });
        assertUndoRedo(commands.reject(List.of(inner, outer)), () -> {
            assertEquals(ReviewState.REJECTED, inner.getReview());
            assertEquals(ReviewState.REJECTED, outer.getReview());
            assertEquals(6, document.getAnnotations().size());
        });
    }

    @Test
    void rejectingACueTakesItOffItsClaimUntilUndone() {
        Cue said = outer.getCue();
        assertNotNull(said);
        assertUndoRedo(commands.reject(said), () -> {
            assertEquals(ReviewState.REJECTED, said.getReview());
            assertNull(outer.getCue(), "a rejected cue is never part of a claim");
        });
        assertTrue(editing.undo());
        assertSame(said, outer.getCue(), "undoing the rejection brings the link back");
    }

    @Test
    void reassigningAMentionsSpeakerUndoesAndRedoes() {
        SpeakerMention mention = inner.getSource();
        assertUndoRedo(commands.reassignSpeaker(mention, price), () -> assertSame(price, mention.getSpeaker()));
    }

    @Test
    void mergingSpeakersRepointsMentionsAndMergesAliases() {
        Speaker duplicate = Fixtures.speaker(corpus, "blinken-2", "Tony Blinken", "the US Secretary of State", "Blinken");
        duplicate.setRole("US Secretary of State");
        duplicate.setExternalId("Q1173826");
        SpeakerMention mention = inner.getSource();
        mention.setSpeaker(duplicate);
        document.getSpeakers().set(1, duplicate);

        assertUndoRedo(commands.mergeSpeakers(blinken, duplicate), () -> {
            assertSame(blinken, mention.getSpeaker());
            assertEquals(List.of(price, blinken), document.getSpeakers());
            assertEquals(List.of("Blinken", "Tony Blinken", "the US Secretary of State"), blinken.getAliases());
            assertEquals("US Secretary of State", blinken.getRole());
            assertEquals("Q1173826", blinken.getExternalId());
            assertFalse(corpus.getSpeakers().contains(duplicate));
        });
        assertTrue(editing.undo());
        assertSame(duplicate, mention.getSpeaker());
        assertTrue(corpus.getSpeakers().contains(duplicate));
        assertFalse(commands.mergeSpeakers(blinken, blinken).canExecute(), "a speaker cannot merge with itself");
    }

    @Test
    void editingAliasesAndRoleUndoesAndRedoes() {
        assertUndoRedo(commands.setAliases(price, List.of("Ned", " Price ", "", "Ned")), () -> assertEquals(List.of("Ned", "Price"), price.getAliases()));
        assertUndoRedo(commands.addAlias(price, "the spokesperson"), () -> assertEquals(List.of("Ned", "Price", "the spokesperson"), price.getAliases()));
        assertUndoRedo(commands.removeAlias(blinken, "Blinken"), () -> assertEquals(List.of(), blinken.getAliases()));
        assertUndoRedo(commands.setRole(price, "State Department Spokesperson"), () -> assertEquals("State Department Spokesperson", price.getRole()));
    }

    @Test
    void serviceOffersTheCommandsForItsDomain() {
        assertTrue(editing.execute(editing.commands().setClaimType(inner, ClaimType.MIXED)));
        assertEquals(ClaimType.MIXED, inner.getType());
        assertTrue(editing.isDirty());
        assertEquals("Set claim type", editing.commandStack().getUndoCommand().getLabel());
    }

    /**
     * Runs {@code command}, checks {@code after}, undoes and checks the model equals a copy taken
     * before, redoes and checks {@code after} again, leaving the command done (on the undo stack).
     */
    @Test
    void aHandMadeAnnotationRecordsItsMakerAndWhenAndAReviewDecisionItsReviewer() {
        Command mention = commands.createMention(document, 33, 43, blinken, MentionKind.NOMINAL);
        assertUndoRedo(mention, () -> {
            Annotation created = AnnotationCommands.created(mention);
            assertEquals("tester", created.getProducer());
            assertEquals(NOW, created.getCreated());
            assertNull(created.getReviewer(), "a hand-made annotation is no review decision");
        });
        String engine = inner.getProducer();
        AnnotationCommands later = new AnnotationCommands(editing.domain(), "reviewer-b", () -> NOW + 5);
        assertUndoRedo(later.accept(inner), () -> {
            assertEquals("reviewer-b", inner.getReviewer());
            assertEquals(NOW + 5, inner.getReviewed());
            assertEquals(engine, inner.getProducer(), "a suggestion keeps its engine");
        });
        assertUndoRedo(later.reject(inner), () -> assertEquals(ReviewState.REJECTED, inner.getReview()));
        // an edit of a machine suggestion is a decision too; an edit of a hand-made one is not
        AnnotationCommands third = new AnnotationCommands(editing.domain(), "editor-c", () -> NOW + 9);
        assertUndoRedo(third.setBoundary(inner, inner.getBegin(), inner.getEnd() - 1), () -> {
            assertEquals("editor-c", inner.getReviewer());
            assertEquals(NOW + 9, inner.getReviewed());
        });
        assertUndoRedo(third.setClaimType(outer, ClaimType.MIXED), () -> assertNull(outer.getReviewer()));
    }

    @Test
    void aFullyManualDocumentCanBeMarkedDonePerAnalystAndBecomesReviewed() {
        document.getAnnotations().remove(inner); // the one pending suggestion: now everything was made by hand
        assertEquals(0, AnnotationCommands.pendingCount(document));
        assertUndoRedo(commands.markDone(document, true), () -> {
            assertEquals(List.of("tester"), document.getDoneBy());
            assertEquals(org.sayer.model.WorkflowState.REVIEWED, document.getState());
        });
        AnnotationCommands other = new AnnotationCommands(editing.domain(), "second", () -> NOW);
        assertUndoRedo(other.markDone(document, true), () -> assertEquals(List.of("tester", "second"), document.getDoneBy()));
        assertFalse(commands.markDone(document, true).canExecute(), "done once per analyst");
        assertUndoRedo(commands.markDone(document, false), () -> {
            assertEquals(List.of("second"), document.getDoneBy());
            assertEquals(org.sayer.model.WorkflowState.REVIEWED, document.getState(), "still done by the other analyst");
        });
        assertUndoRedo(other.markDone(document, false), () -> {
            assertTrue(document.getDoneBy().isEmpty());
            assertEquals(org.sayer.model.WorkflowState.IN_PROGRESS, document.getState());
        });
    }

    @Test
    void aDocumentWithPendingSuggestionsCannotBeMarkedDone() {
        assertEquals(1, AnnotationCommands.pendingCount(document));
        assertFalse(commands.markDone(document, true).canExecute());
    }

    private void assertUndoRedo(Command command, Runnable after) {
        Corpus corpusBefore = EcoreUtil.copy(corpus);
        Document documentBefore = EcoreUtil.copy(document);
        assertTrue(editing.execute(command), "command runs: " + command.getLabel());
        after.run();
        assertTrue(editing.undo());
        assertModelEquals(corpusBefore, corpus);
        assertModelEquals(documentBefore, document);
        assertTrue(editing.redo());
        after.run();
    }

    private static void assertModelEquals(EObject expected, EObject actual) {
        assertTrue(EcoreUtil.equals(expected, actual), () -> "undo restores the model: expected " + dump(expected) + " but was " + dump(actual));
    }

    private static String dump(EObject object) {
        StringBuilder text = new StringBuilder();
        Consumer<EObject> line = o -> text.append(o.eClass().getName()).append(' ').append(o).append('\n');
        line.accept(object);
        object.eAllContents().forEachRemaining(line);
        return text.toString();
    }
}
