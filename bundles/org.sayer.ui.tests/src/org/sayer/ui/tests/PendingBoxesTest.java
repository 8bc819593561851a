package org.sayer.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.junit.jupiter.api.Test;
import org.sayer.model.Cue;
import org.sayer.model.Document;
import org.sayer.model.Origin;
import org.sayer.model.ReviewState;
import org.sayer.model.SayerFactory;
import org.sayer.ui.editor.DocumentEditorPart;

/**
 * What the screen shows of suggestions, read from its pixels: a pending cue is boxed with a dashed
 * line in its ink (three pixels on, one off, on every side), an accepted one is filled and not
 * boxed. The editor paints these boxes itself, not through StyleRange borders.
 */
class PendingBoxesTest {

    private static final String TITLE = "Boxes: pending and accepted cues";
    private static final String TEXT = TITLE + "\nThe minister said the talks had failed, and the envoy stressed that they had not.\n\n";
    private static final RGB CUE_INK = new RGB(0xa8, 0x5a, 0x00);

    @Test
    void aPendingCueIsBoxedWithADashedLineAndAnAcceptedOneIsNot() throws Exception {
        WorkbenchDriver ui = WorkbenchDriver.start();
        int said = TEXT.indexOf("said");
        int stressed = TEXT.indexOf("stressed");
        String problem = ui.onUi(() -> {
            Document document = SayerFactory.eINSTANCE.createDocument();
            document.setId("pending-boxes");
            document.setTitle(TITLE);
            document.setText(TEXT);
            document.getAnnotations().addAll(List.of(cue(said, 4, ReviewState.PENDING), cue(stressed, 8, ReviewState.ACCEPTED)));
            String failed = ui.session().addImported(document);
            ui.session().importFinished();
            return failed;
        });
        assertNull(problem, "the fixture document was added");
        ui.openDocument(TITLE);
        DocumentEditorPart editor = ui.partObject("org.sayer.ui.part.editor", DocumentEditorPart.class);
        StyledText text = ui.onUi(editor::textWidget);
        // The caret away from both cues, at the end of the text.
        ui.onUi(() -> {
            text.setSelection(TEXT.length() - 1);
            return null;
        });
        ui.focus(text);

        Rectangle pending = ui.onUi(() -> text.getTextBounds(said, said + 3));
        ImageData shown = capture(ui, text);
        for (int[] side : List.of(new int[] { 1, 0, pending.width }, new int[] { 0, 1, pending.height })) {
            int inked = 0;
            int gaps = 0;
            for (int i = 0; i < side[2]; i++) {
                boolean ink = CUE_INK.equals(rgb(shown, pending.x + side[0] * i, pending.y + side[1] * i));
                inked += ink ? 1 : 0;
                gaps += ink ? 0 : 1;
            }
            String which = side[0] == 1 ? "top side" : "left side";
            assertTrue(inked >= side[2] * 6 / 10 && gaps >= side[2] / 6,
                    "the pending cue's " + which + " is a dashed line in the cue's ink: " + inked + " of " + side[2] + " pixels inked");
        }
        Rectangle accepted = ui.onUi(() -> text.getTextBounds(stressed, stressed + 7));
        int inkedTop = 0;
        for (int x = accepted.x; x < accepted.x + accepted.width; x++) {
            inkedTop += CUE_INK.equals(rgb(shown, x, accepted.y)) ? 1 : 0;
        }
        assertEquals(0, inkedTop, "the accepted cue is not boxed");
        assertEquals(new RGB(0xff, 0xdc, 0xa8), rgb(shown, accepted.x + 1, accepted.y + 1), "but filled");
    }

    /** The text widget's client area as the screen shows it. */
    private static ImageData capture(WorkbenchDriver ui, StyledText text) {
        ui.settle();
        return ui.onUi(() -> {
            Rectangle area = text.getClientArea();
            Point origin = text.toDisplay(0, 0);
            Image image = new Image(ui.display, area.width, area.height);
            GC gc = new GC(ui.display);
            gc.copyArea(image, origin.x, origin.y);
            gc.dispose();
            ImageData data = image.getImageData();
            image.dispose();
            return data;
        });
    }

    private static RGB rgb(ImageData image, int x, int y) {
        return image.palette.getRGB(image.getPixel(x, y));
    }

    private static Cue cue(int begin, int length, ReviewState review) {
        Cue cue = SayerFactory.eINSTANCE.createCue();
        cue.setBegin(begin);
        cue.setEnd(begin + length);
        cue.setOrigin(review == ReviewState.PENDING ? Origin.AUTOMATIC : Origin.MANUAL);
        cue.setReview(review);
        cue.setConfidence(review == ReviewState.PENDING ? 0.7 : 1.0);
        cue.setProducer(review == ReviewState.PENDING ? "boxes-test/1" : "analyst");
        cue.setId("boxes-" + begin);
        return cue;
    }
}
