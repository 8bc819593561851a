package org.sayer.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.e4.ui.model.application.ui.menu.MMenuItem;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.sayer.model.Annotation;
import org.sayer.model.Claim;
import org.sayer.model.ClaimType;
import org.sayer.model.Cue;
import org.sayer.model.Document;
import org.sayer.model.Origin;
import org.sayer.model.ReviewState;
import org.sayer.model.SayerFactory;
import org.sayer.model.Speaker;
import org.sayer.model.SpeakerMention;
import org.sayer.model.SpeakerType;
import org.sayer.ui.editor.DocumentEditorPart;
import org.sayer.ui.editor.LinkArcs;
import org.sayer.ui.editor.SpeakerPicker;
import org.sayer.ui.parts.SpeakersPart;

/**
 * Links drawn as arcs in the editor, and relinking in place (issue 13, features 1 and 2): what the
 * arcs painter draws for the caret and for the whole page, the speaker picker, and the Speakers
 * view's in-place edits, each driven by real key events.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LinksAndRelinkTest {

    private static final String TITLE = "Links: court";
    private static final String TEXT = TITLE + "\n"
            + "Daniel Brooks said on Monday that prosecutors claimed the witness lied.\n"
            + "\"We will appeal,\" Brooks said. \"The ruling ignores the facts.\"\n";
    private static final String EDITOR = "org.sayer.ui.part.editor";

    private static WorkbenchDriver ui;
    private static DocumentEditorPart editor;
    private static StyledText text;
    private static Speaker brooks;
    private static Speaker prosecutors;
    private static SpeakerMention danielBrooks;
    private static SpeakerMention prosecutorsMention;
    private static SpeakerMention brooksMention;
    private static Cue said;
    private static Cue claimed;
    private static Cue saidAgain;
    private static Claim outer;
    private static Claim nested;
    private static Claim firstPart;
    private static Claim secondPart;

    @BeforeAll
    static void addDocument() throws Exception {
        ui = WorkbenchDriver.start();
        String problem = ui.onUi(() -> {
            Document document = SayerFactory.eINSTANCE.createDocument();
            document.setId("links-court");
            document.setTitle(TITLE);
            document.setText(TEXT);
            brooks = speaker("links-brooks", "Daniel Brooks");
            prosecutors = speaker("links-prosecutors", "Prosecutors");
            ui.session().store().corpus().getSpeakers().addAll(List.of(brooks, prosecutors));
            document.getSpeakers().addAll(List.of(brooks, prosecutors));
            danielBrooks = mention(at("Daniel Brooks"), brooks);
            said = span(SayerFactory.eINSTANCE.createCue(), at("said on"), "said".length());
            prosecutorsMention = mention(at("prosecutors"), prosecutors);
            claimed = span(SayerFactory.eINSTANCE.createCue(), at("claimed"), "claimed".length());
            outer = claim(at("prosecutors claimed"), "prosecutors claimed the witness lied".length(), ClaimType.INDIRECT, danielBrooks, said);
            nested = claim(at("the witness"), "the witness lied".length(), ClaimType.INDIRECT, prosecutorsMention, claimed);
            nested.setParent(outer);
            brooksMention = mention(at("Brooks said."), brooks);
            brooksMention.setEnd(brooksMention.getBegin() + "Brooks".length());
            saidAgain = span(SayerFactory.eINSTANCE.createCue(), at("said. "), "said".length());
            firstPart = claim(at("We will"), "We will appeal,".length(), ClaimType.DIRECT, brooksMention, saidAgain);
            secondPart = claim(at("The ruling"), "The ruling ignores the facts.".length(), ClaimType.DIRECT, brooksMention, null);
            document.getAnnotations().addAll(List.of(danielBrooks, said, prosecutorsMention, claimed, outer, nested, brooksMention,
                    saidAgain, firstPart, secondPart));
            String failed = ui.session().addImported(document);
            ui.session().importFinished();
            return failed;
        });
        assertNull(problem, "the fixture document was added");
        ui.openDocument(TITLE);
        editor = ui.partObject(EDITOR, DocumentEditorPart.class);
        text = ui.onUi(editor::textWidget);
        ui.focus(text);
    }

    @Test
    @Order(1)
    void theClaimAtTheCaretIsLinkedToItsSpeakerAndCueAndSoIsItsNesting() {
        caretInto(TEXT.indexOf("witness") + 2);
        List<LinkArcs.Arc> arcs = ui.onUi(editor::linkArcs);
        assertEquals(Set.of("nested->speaker:prosecutors", "nested->cue:claimed", "outer->speaker:Daniel Brooks", "outer->cue:said"),
                describe(arcs), "the caret's claim and the claim it nests in, each to its speaker and cue");
        LinkArcs.Arc toSpeaker = arcs.stream().filter(a -> a.claim() == nested && a.role() == LinkArcs.Role.SPEAKER).findFirst().orElseThrow();
        Rectangle mentionBounds = ui.onUi(() -> text.getTextBounds(prosecutorsMention.getBegin(), prosecutorsMention.getEnd() - 1));
        Rectangle claimStart = ui.onUi(() -> text.getTextBounds(nested.getBegin(), nested.getBegin()));
        assertTrue(toSpeaker.to().x > mentionBounds.x && toSpeaker.to().x < mentionBounds.x + mentionBounds.width,
                "the arc lands on the mention: " + toSpeaker + " in " + mentionBounds);
        assertEquals(mentionBounds.y, toSpeaker.to().y, "on its top");
        assertTrue(Math.abs(toSpeaker.from().x - claimStart.x) <= 4, "it leaves from the claim's start: " + toSpeaker + " at " + claimStart);
        assertTrue(toSpeaker.apexY() < Math.min(toSpeaker.from().y, toSpeaker.to().y), "and arches above the line");

        caretInto(TEXT.indexOf("ruling") + 2);
        assertEquals(Set.of("second->speaker:Brooks"), describe(ui.onUi(editor::linkArcs)),
                "moving the caret to another claim links that claim only (the continuation has no cue of its own)");
        caretInto(TEXT.indexOf("Monday"));
        assertTrue(ui.onUi(editor::linkArcs).isEmpty(), "outside any claim nothing is linked");
    }

    @Test
    @Order(2)
    void ctrlShiftKLinksEveryClaimOnThePageAndBack() throws Exception {
        caretInto(TEXT.indexOf("Monday"));
        ui.key('k', SWT.CTRL, SWT.SHIFT);
        assertTrue(ui.onUi(editor::showsAllLinks), "Ctrl+Shift+K shows every link on the page");
        assertEquals(Set.of("nested->speaker:prosecutors", "nested->cue:claimed", "outer->speaker:Daniel Brooks", "outer->cue:said",
                "first->speaker:Brooks", "first->cue:said", "second->speaker:Brooks"), describe(ui.onUi(editor::linkArcs)));
        assertTrue(ui.onUi(() -> menuItem().isSelected()), "the menu item is checked");
        ui.screenshot("links-court.png");
        ui.key('k', SWT.CTRL, SWT.SHIFT);
        assertFalse(ui.onUi(editor::showsAllLinks), "again: only the caret's links");
        assertFalse(ui.onUi(() -> menuItem().isSelected()), "the check mark follows");
        assertTrue(ui.onUi(editor::linkArcs).isEmpty(), "and the caret is in no claim");
    }

    @Test
    @Order(3)
    void shiftLAssignsTheMentionToAPickedSpeakerOrANewOne() throws Exception {
        caretInto(prosecutorsMention.getBegin() + 3);
        ui.key('L', SWT.SHIFT);
        Shell picker = ui.waitFor("the speaker picker", () -> ui.shellTitled(SpeakerPicker.TITLE));
        ui.type("brooks");
        ui.key(SWT.CR);
        ui.waitFor("the picker to close", () -> ui.onUi(() -> picker.isDisposed() ? Boolean.TRUE : null));
        assertSame(brooks, ui.onUi(prosecutorsMention::getSpeaker), "the mention is Daniel Brooks's now");
        assertTrue(ui.onUi(() -> ui.part(EDITOR).isDirty()), "the document has an unsaved edit");
        assertFalse(ui.onUi(() -> ui.session().isRegistryDirty()), "the registry has none");

        ui.focus(text);
        ui.key('z', SWT.CTRL);
        assertSame(prosecutors, ui.onUi(prosecutorsMention::getSpeaker), "Ctrl+Z gives it back to Prosecutors");

        // With the caret in the claim but not on its mention, the claim's source is reassigned.
        caretInto(TEXT.indexOf("witness") + 2);
        ui.key('L', SWT.SHIFT);
        Shell again = ui.waitFor("the speaker picker", () -> ui.shellTitled(SpeakerPicker.TITLE));
        ui.type("Crown Prosecution Service");
        ui.key(SWT.CR);
        ui.waitFor("the picker to close", () -> ui.onUi(() -> again.isDisposed() ? Boolean.TRUE : null));
        Speaker made = ui.onUi(prosecutorsMention::getSpeaker);
        assertEquals("Crown Prosecution Service", ui.onUi(made::getName), "a name no speaker has makes a new speaker");
        assertTrue(ui.onUi(() -> ui.session().store().corpus().getSpeakers().contains(made)), "in the registry");
        assertTrue(ui.onUi(() -> ui.session().currentDocument().getSpeakers().contains(made)), "taking part in the document");
        assertFalse(ui.onUi(() -> ui.session().currentDocument().getSpeakers().contains(prosecutors)),
                "Prosecutors, mentioned nowhere else here, no longer takes part");
        ui.focus(text);
        ui.key('z', SWT.CTRL);
        assertSame(prosecutors, ui.onUi(prosecutorsMention::getSpeaker), "Ctrl+Z undoes it");
        assertFalse(ui.onUi(() -> ui.session().store().corpus().getSpeakers().contains(made)), "and the new speaker is gone again");
        assertTrue(ui.onUi(() -> ui.session().currentDocument().getSpeakers().contains(prosecutors)), "Prosecutors takes part again");
    }

    @Test
    @Order(4)
    void theSpeakersViewEditsTypeRoleAndAliasesFromTheKeyboard() throws Exception {
        SpeakersPart speakers = ui.partObject(SpeakersPart.ID, SpeakersPart.class);
        ui.onUi(() -> ui.application.getContext().get(EPartService.class).showPart(SpeakersPart.ID, EPartService.PartState.ACTIVATE));
        ui.onUi(() -> {
            speakers.viewer().setSelection(new StructuredSelection(prosecutors), true);
            return null;
        });
        ui.focus(ui.onUi(() -> speakers.viewer().getTable()));
        // The focused cell starts in the first column: Speaker, Claims, Role, Aliases, then Type.
        ui.key(SWT.ARROW_RIGHT);
        ui.key(SWT.ARROW_RIGHT);
        ui.key(SWT.F2);
        ui.type("Crown prosecutors");
        ui.key(SWT.CR);
        assertEquals("Crown prosecutors", ui.onUi(prosecutors::getRole), "F2 on Role, typing and Enter set the role");
        assertTrue(ui.onUi(() -> ui.part(SpeakersPart.ID).isDirty()), "the registry's tab shows the unsaved edit");
        ui.key(SWT.ARROW_RIGHT);
        ui.key(SWT.F2);
        ui.type("the prosecution, the Crown");
        ui.key(SWT.CR);
        assertEquals(List.of("the prosecution", "the Crown"), ui.onUi(() -> List.copyOf(prosecutors.getAliases())),
                "and on Aliases, the comma-separated aliases");
        ui.key(SWT.ARROW_RIGHT);
        ui.key(SWT.F2);
        ui.key(SWT.ARROW_DOWN);
        ui.key(SWT.CR);
        assertEquals(SpeakerType.ORGANIZATION, ui.onUi(prosecutors::getType), "F2 on Type, Down and Enter: person becomes organization");

        ui.key('z', SWT.CTRL);
        assertEquals(SpeakerType.PERSON, ui.onUi(prosecutors::getType), "Ctrl+Z in the Speakers view undoes the type");
        assertEquals("person", ui.onUi(() -> speakers.viewer().getTable().getItem(rowOf(speakers, prosecutors)).getText(4)),
                "and the row shows it at once");
        ui.key('z', SWT.CTRL);
        assertTrue(ui.onUi(() -> prosecutors.getAliases().isEmpty()), "then the aliases");
        ui.key('z', SWT.CTRL);
        assertNull(ui.onUi(prosecutors::getRole), "then the role");
    }

    @Test
    @Order(5)
    void jJoinsTheTwoPartsOfASplitQuotationAndShiftJSplitsThemAgain() throws Exception {
        ui.onUi(() -> ui.application.getContext().get(EPartService.class).showPart(EDITOR, EPartService.PartState.ACTIVATE));
        caretInto(TEXT.indexOf("ruling") + 2);
        ui.key('j');
        assertSame(firstPart, ui.onUi(secondPart::getContinues), "J made the second part continue the first");
        assertSame(brooksMention, ui.onUi(secondPart::getSource), "said by the same source");
        assertNull(ui.onUi(secondPart::getCue), "with no cue of its own");
        assertTrue(ui.onUi(() -> ui.part(EDITOR).isDirty()), "the document has an unsaved edit");
        assertFalse(ui.onUi(() -> ui.session().isRegistryDirty()), "the registry has none");
        assertTrue(describe(ui.onUi(editor::linkArcs)).contains("second->continues:We will appeal,"),
                "an arc links the second part to the first");

        caretInto(TEXT.indexOf("will") + 1);
        assertEquals(Set.of("first->speaker:Brooks", "first->cue:said", "second->speaker:Brooks", "second->continues:We will appeal,"),
                describe(ui.onUi(editor::linkArcs)), "from the first part, the second part's links show too");
        ui.key('m');
        assertEquals(List.of(ClaimType.MIXED, ClaimType.MIXED), ui.onUi(() -> List.of(firstPart.getType(), secondPart.getType())),
                "M retypes the joined quotation, both parts");
        ui.key('z', SWT.CTRL);
        assertEquals(List.of(ClaimType.DIRECT, ClaimType.DIRECT), ui.onUi(() -> List.of(firstPart.getType(), secondPart.getType())),
                "Ctrl+Z gives both their type back");

        ui.key('J', SWT.SHIFT);
        assertNull(ui.onUi(secondPart::getContinues), "Shift+J (from either part) splits them again");
        assertFalse(describe(ui.onUi(editor::linkArcs)).contains("second->continues:We will appeal,"), "and the arc is gone");
        ui.key('z', SWT.CTRL);
        assertSame(firstPart, ui.onUi(secondPart::getContinues), "Ctrl+Z joins them again");
        ui.key('z', SWT.CTRL);
        assertNull(ui.onUi(secondPart::getContinues), "and Ctrl+Z once more undoes the join");
        assertFalse(ui.onUi(() -> ui.part(EDITOR).isDirty()), "back where it was saved");
    }

    private static int rowOf(SpeakersPart speakers, Speaker speaker) {
        var table = speakers.viewer().getTable();
        for (int i = 0; i < table.getItemCount(); i++) {
            if (table.getItem(i).getData() == speaker) {
                return i;
            }
        }
        throw new AssertionError(speaker.getName() + " is not in the table");
    }

    private static MMenuItem menuItem() {
        return ui.models.findElements(ui.application, "org.sayer.ui.menuitem.links", MMenuItem.class, null, EModelService.IN_MAIN_MENU).get(0);
    }

    /** Puts the caret at {@code offset} by a key: it lands one character before, then Right moves it there. */
    private static void caretInto(int offset) {
        ui.focus(text);
        ui.onUi(() -> {
            text.setSelection(offset - 1);
            return null;
        });
        ui.key(SWT.ARROW_RIGHT);
        assertEquals(offset, (int) ui.onUi(text::getCaretOffset));
    }

    /** Arcs as "claim->role:target text", the claims named by the fixture's names for them. */
    private static Set<String> describe(List<LinkArcs.Arc> arcs) {
        return ui.onUi(() -> arcs.stream().map(a -> name(a.claim()) + "->" + a.role().name().toLowerCase() + ":" + a.target().getCoveredText())
                .collect(Collectors.toSet()));
    }

    private static String name(Claim claim) {
        return claim == outer ? "outer" : claim == nested ? "nested" : claim == firstPart ? "first" : claim == secondPart ? "second" : claim.getId();
    }

    private static int at(String words) {
        int found = TEXT.indexOf(words);
        assertTrue(found >= 0, words);
        return found;
    }

    private static Speaker speaker(String id, String name) {
        Speaker speaker = SayerFactory.eINSTANCE.createSpeaker();
        speaker.setId(id);
        speaker.setName(name);
        speaker.setType(SpeakerType.PERSON);
        return speaker;
    }

    private static SpeakerMention mention(int begin, Speaker speaker) {
        SpeakerMention mention = span(SayerFactory.eINSTANCE.createSpeakerMention(), begin, speaker.getName().length());
        mention.setSpeaker(speaker);
        return mention;
    }

    private static Claim claim(int begin, int length, ClaimType type, SpeakerMention source, Cue cue) {
        Claim claim = span(SayerFactory.eINSTANCE.createClaim(), begin, length);
        claim.setType(type);
        claim.setSource(source);
        claim.setCue(cue);
        return claim;
    }

    private static <T extends Annotation> T span(T annotation, int begin, int length) {
        annotation.setBegin(begin);
        annotation.setEnd(begin + length);
        annotation.setOrigin(Origin.MANUAL);
        annotation.setReview(ReviewState.ACCEPTED);
        annotation.setId("links-" + annotation.eClass().getName() + "-" + begin);
        return annotation;
    }
}
