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
        List<String> titles = ui.onUi(() -> java.util.Arrays.stream(navigator.viewer().getTable().getItems()).map(i -> i.getText(0)).toList());
        for (String sample : List.of("Blinken: Russia rejects", "Study finds glaciers", "Judge rejects bid", "United coach vows")) {
            assertTrue(titles.stream().anyMatch(t -> t.startsWith(sample)), "the sample article " + sample + " is listed: " + titles);
        }

        ui.openDocument("Blinken: Russia rejects");
        DocumentEditorPart editor = ui.partObject("org.sayer.ui.part.editor", DocumentEditorPart.class);
        String text = ui.onUi(() -> editor.textWidget().getText());
        assertTrue(text.startsWith("Blinken: Russia rejects"));
        assertTrue(text.contains("State Department Spokesperson Ned Price said"));
        ui.screenshot("workbench.png");
    }
}
