package org.sayer.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.sayer.model.Document;
import org.sayer.model.DocumentEntry;
import org.sayer.ui.jobs.ImportJob;
import org.sayer.ui.parts.CorpusNavigatorPart;

/** File › Import runs org.sayer.io's importer in a Job; the navigator shows what came in, failures are named once. */
class ImportJobTest {

    @Test
    void jsonlAndTextImportInTheBackgroundAndABrokenFileIsNamedOnce() throws Exception {
        WorkbenchDriver ui = WorkbenchDriver.start();
        Path inputs = Files.createTempDirectory("sayer-import");
        Path jsonl = inputs.resolve("wire.jsonl");
        Files.writeString(jsonl, """
                {"id": "wire-1", "title": "Imported wire one", "text": "The minister said the plan works."}
                {"id": "wire-2", "title": "Imported wire two", "text": "Critics said it would fail."}
                """, StandardCharsets.UTF_8);
        Path text = inputs.resolve("column.txt");
        Files.writeString(text, "Imported column\nThe mayor said the bridge would open in May.\n", StandardCharsets.UTF_8);
        Path broken = inputs.resolve("broken.txt");
        Files.write(broken, new byte[] { 'A', (byte) 0xC3, (byte) 0x28, '\n' });

        ImportJob job = ui.onUi(() -> new ImportJob(ui.session(), ui.display, List.of(jsonl, text, broken)));
        job.schedule();
        job.join();

        IStatus result = job.getResult();
        assertEquals(IStatus.WARNING, result.getSeverity(), "one input failed: " + result.getMessage());
        assertTrue(result.getMessage().contains("broken.txt"), "the failure names the file: " + result.getMessage());
        assertTrue(result.getMessage().startsWith("1 item failed"), "it is reported once: " + result.getMessage());
        closeWarning(ui);

        CorpusNavigatorPart navigator = ui.partObject("org.sayer.ui.part.navigator", CorpusNavigatorPart.class);
        List<String> rows = ui.waitFor("the navigator to list the imports", () -> ui.onUi(() -> {
            List<String> titles = new ArrayList<>();
            var table = navigator.viewer().getTable();
            for (int i = 0; i < table.getItemCount(); i++) {
                titles.add(table.getItem(i).getText(0));
            }
            return titles.stream().anyMatch(t -> t.startsWith("Imported column")) ? titles : null;
        }));
        assertTrue(rows.stream().anyMatch(t -> t.startsWith("Imported wire one")), rows.toString());
        assertTrue(rows.stream().anyMatch(t -> t.startsWith("Imported wire two")), rows.toString());
        assertTrue(ui.onUi(() -> !ui.session().store().documentIds().contains("broken")), "nothing of the broken file is in the corpus");

        String opened = ui.onUi(() -> {
            for (DocumentEntry entry : ui.session().store().corpus().getDocuments()) {
                if ("wire-2".equals(entry.getId())) {
                    try {
                        Document document = ui.session().store().load(entry);
                        return document.getText();
                    } catch (java.io.IOException e) {
                        return e.getMessage();
                    }
                }
            }
            return null;
        });
        assertEquals("Critics said it would fail.", opened, "an imported document opens from its file");
        assertTrue(Files.readString(ui.onUi(() -> ui.session().store().folder()).resolve("corpus.xmi")).contains("wire-1"),
                "the index on disk lists the imports");
    }

    /** The warning opens asynchronously after the job; close it so the UI thread is free again. */
    private static void closeWarning(WorkbenchDriver ui) throws InterruptedException {
        Shell warning = ui.waitFor("the import warning", () -> ui.onUi(() -> {
            for (Shell shell : ui.display.getShells()) {
                if (shell != ui.shell && shell.isVisible() && "Import".equals(shell.getText())) {
                    return shell;
                }
            }
            return null;
        }));
        ui.onUi(() -> {
            warning.close();
            return null;
        });
    }
}
