package org.sayer.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.junit.jupiter.api.Test;
import org.sayer.model.Annotation;
import org.sayer.model.Document;
import org.sayer.model.DocumentEntry;
import org.sayer.model.Speaker;
import org.sayer.model.SpeakerMention;
import org.sayer.ui.jobs.ImportJob;
import org.sayer.ui.jobs.MergeSpeakersJob;

/** Merging speakers finds the documents that mention them in a Job; the merge reaches documents that were on disk only. */
class MergeSpeakersJobTest {

    private static final String TEXT = "Kim Vale said the port reopens. Vale added that ships wait.";

    @Test
    void mergeReachesMentionsInDocumentsThatWereNotLoaded() throws Exception {
        WorkbenchDriver ui = WorkbenchDriver.start();
        Path gold = Files.createTempDirectory("sayer-merge").resolve("merge.jsonl");
        Files.writeString(gold, "{\"id\": \"merge-doc\", \"title\": \"Merge test\", \"text\": \"" + TEXT + "\", "
                + "\"entities\": [{\"id\": \"mtest-kept\", \"name\": \"Kim Vale\", \"type\": \"PERSON\"}, "
                + "{\"id\": \"mtest-dup\", \"name\": \"K. Vale\", \"type\": \"PERSON\", \"aliases\": [\"Vale\"]}], "
                + "\"mentions\": [{\"id\": \"m1\", \"span\": [0, 8], \"entity\": \"mtest-kept\"}, "
                + "{\"id\": \"m2\", \"span\": [32, 36], \"entity\": \"mtest-dup\"}], \"attributions\": []}\n", StandardCharsets.UTF_8);
        ImportJob importing = ui.onUi(() -> new ImportJob(ui.session(), ui.display, List.of(gold)));
        importing.schedule();
        importing.join();
        assertEquals(IStatus.OK, importing.getResult().getSeverity(), importing.getResult().getMessage());
        assertFalse(ui.onUi(() -> ui.session().loadedDocuments().stream().anyMatch(d -> "merge-doc".equals(d.getId()))),
                "the imported document is on disk only");

        Speaker kept = ui.onUi(() -> speaker(ui, "mtest-kept"));
        Speaker dropped = ui.onUi(() -> speaker(ui, "mtest-dup"));
        assertNotNull(kept);
        assertNotNull(dropped);
        MergeSpeakersJob merging = ui.onUi(() -> new MergeSpeakersJob(ui.session(), ui.display, kept, List.of(dropped)));
        merging.schedule();
        merging.join();
        assertEquals(IStatus.OK, merging.getResult().getSeverity(), merging.getResult().getMessage());

        List<String> speakersOfMentions = ui.onUi(() -> {
            List<String> ids = new ArrayList<>();
            for (DocumentEntry entry : ui.session().store().corpus().getDocuments()) {
                if ("merge-doc".equals(entry.getId())) {
                    try {
                        Document document = ui.session().store().load(entry);
                        for (Annotation annotation : document.getAnnotations()) {
                            if (annotation instanceof SpeakerMention mention) {
                                ids.add(mention.getSpeaker() == null ? null : mention.getSpeaker().getId());
                            }
                        }
                    } catch (java.io.IOException e) {
                        ids.add(e.getMessage());
                    }
                }
            }
            return ids;
        });
        assertEquals(List.of("mtest-kept", "mtest-kept"), speakersOfMentions, "both mentions point at the kept speaker");
        assertTrue(ui.onUi(() -> speaker(ui, "mtest-dup") == null), "the duplicate left the registry");
        assertTrue(ui.onUi(() -> kept.getAliases().contains("K. Vale")), "its name became an alias");
        ui.onUi(() -> {
            ui.session().history(null).undo();
            return null;
        });
        assertNotNull(ui.onUi(() -> speaker(ui, "mtest-dup")), "undo brings the duplicate back");
    }

    private static Speaker speaker(WorkbenchDriver ui, String id) {
        for (Speaker speaker : ui.session().store().corpus().getSpeakers()) {
            if (id.equals(speaker.getId())) {
                return speaker;
            }
        }
        return null;
    }
}
