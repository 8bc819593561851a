package org.sayer.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sayer.ui.editor.DocumentEditorPart;
import org.sayer.ui.parts.CorpusNavigatorPart;

/** Starts the real workbench on the sample corpus and checks what a user sees first. */
class WorkbenchSmokeTest {

    private static final List<String> PARTS = List.of("org.sayer.ui.part.navigator", "org.sayer.ui.part.editor",
            "org.sayer.ui.part.attributions", "org.sayer.ui.part.speakers");

    @Test
    void mainWindowShowsItsPartsAndOpensTheSeedArticle() throws Exception {
        WorkbenchDriver ui = WorkbenchDriver.start();
        for (String id : PARTS) {
            ui.partObject(id, Object.class);
        }
        assertEquals("Sayer", ui.onUi(ui.shell::getText));
        CorpusNavigatorPart navigator = ui.partObject("org.sayer.ui.part.navigator", CorpusNavigatorPart.class);
        assertEquals(4, (int) ui.onUi(() -> navigator.viewer().getTable().getItemCount()), "the four sample articles are listed");

        ui.openDocument("Blinken: Russia rejects");
        DocumentEditorPart editor = ui.partObject("org.sayer.ui.part.editor", DocumentEditorPart.class);
        String text = ui.onUi(() -> editor.textWidget().getText());
        assertTrue(text.startsWith("Blinken: Russia rejects"));
        assertTrue(text.contains("State Department Spokesperson Ned Price said"));
        ui.screenshot("workbench.png");
    }
}
