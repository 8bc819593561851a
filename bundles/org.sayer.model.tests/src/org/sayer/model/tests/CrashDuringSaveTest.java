package org.sayer.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sayer.model.Document;
import org.sayer.model.DocumentEntry;
import org.sayer.model.store.CorpusStore;
import org.sayer.model.validation.Validation;

/**
 * A save killed at a random moment (SIGKILL, so no shutdown hook or finally block runs) leaves
 * the previous version of the file, or the complete new one, never a torn file; a bulk import
 * killed at a random moment leaves an index that lists only documents that load whole.
 */
class CrashDuringSaveTest {

    static final String TITLE_PREFIX = "version ";
    private static final int KILLS = 5;

    @TempDir
    Path folder;

    @Test
    void documentKilledMidSaveStillLoadsAsOldOrNewVersion() throws Exception {
        CorpusStore store = CorpusStore.create(folder, "crash");
        Document document = BigDocuments.create(store.corpus(), 20_000);
        document.setTitle(TITLE_PREFIX + 0);
        store.add(document);
        store.saveAll();
        store.close(); // the children write it now
        int annotations = document.getAnnotations().size();
        String text = document.getText();
        Random random = new Random();
        int lastVersion = 0;

        for (int kill = 0; kill < KILLS; kill++) {
            Process child = new ProcessBuilder(ChildProcesses.java(), "-Xmx256m", "-cp", ChildProcesses.classPath(), SaveLoop.class.getName(), folder.toString())
                    .redirectErrorStream(true).start();
            AtomicInteger saved = new AtomicInteger(-1);
            AtomicInteger saving = new AtomicInteger(-1);
            StringBuilder output = new StringBuilder();
            Thread reader = Thread.ofVirtual().start(() -> follow(child, "saving ", saving, "saved ", saved, output));
            int before = lastVersion;
            waitUntil(() -> saved.get() > before, child, output); // the child runs and has saved at least once
            Thread.sleep(random.nextInt(400)); // then kill it somewhere in a later save
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "child ended");
            reader.join(5_000);

            CorpusStore reopened = CorpusStore.open(folder);
            Document loaded = reopened.load(reopened.corpus().getDocuments().get(0));
            int version = Integer.parseInt(loaded.getTitle().substring(TITLE_PREFIX.length()));
            int lastSaved = saved.get();
            assertTrue(version == lastSaved || version == lastSaved + 1 && saving.get() == lastSaved + 1,
                    "the file holds the last complete save (" + lastSaved + ") or the one under way, not " + version);
            assertEquals(annotations, loaded.getAnnotations().size(), "all annotations are there");
            assertEquals(text, loaded.getText());
            assertEquals(List.of(), Validation.problems(Validation.validate(loaded)));
            lastVersion = version;
        }
        assertTrue(lastVersion >= KILLS, "every round saved at least once");
    }

    @Test
    void bulkImportKilledAtAnyMomentListsOnlyWholeDocuments() throws Exception {
        CorpusStore store = CorpusStore.create(folder, "bulk");
        Fixtures.speaker(store.corpus(), "price", "Ned Price");
        Fixtures.speaker(store.corpus(), "blinken", "Antony Blinken");
        store.saveIndex();
        store.close(); // the children write it now
        Random random = new Random();
        int lastListed = 0;
        for (int kill = 0; kill < 3; kill++) {
            Process child = new ProcessBuilder(ChildProcesses.java(), "-Xmx256m", "-cp", ChildProcesses.classPath(), BulkLoop.class.getName(), folder.toString())
                    .redirectErrorStream(true).start();
            AtomicInteger listed = new AtomicInteger(-1);
            AtomicInteger listing = new AtomicInteger(-1);
            StringBuilder output = new StringBuilder();
            Thread reader = Thread.ofVirtual().start(() -> follow(child, "listing ", listing, "listed ", listed, output));
            int before = lastListed;
            waitUntil(() -> listed.get() > before, child, output);
            Thread.sleep(random.nextInt(300)); // then kill it while it appends to a pack or saves the index
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "child ended");
            reader.join(5_000);

            CorpusStore reopened = CorpusStore.open(folder);
            int count = reopened.corpus().getDocuments().size();
            assertTrue(count == listed.get() || count == listing.get() && listing.get() > listed.get(),
                    "the index lists the last batch it saved (" + listed.get() + ") or the one under way, not " + count);
            for (DocumentEntry entry : List.copyOf(reopened.corpus().getDocuments())) {
                Document loaded = reopened.load(entry);
                assertEquals(Fixtures.TEXT, loaded.getText(), entry.getId());
                assertEquals(6, loaded.getAnnotations().size(), entry.getId());
                reopened.unload(loaded);
            }
            lastListed = count;
        }
        assertTrue(lastListed >= 3 * BulkLoop.BATCH, "every round listed a batch at least");
    }

    /** Reads the child's output, taking the number after {@code startPrefix} and after {@code endPrefix} as they come. */
    private static void follow(Process child, String startPrefix, AtomicInteger started, String endPrefix, AtomicInteger ended,
            StringBuilder output) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                synchronized (output) {
                    output.append(line).append('\n');
                }
                if (line.startsWith(startPrefix)) {
                    started.set(Integer.parseInt(line.substring(startPrefix.length())));
                } else if (line.startsWith(endPrefix)) {
                    ended.set(Integer.parseInt(line.substring(endPrefix.length())));
                }
            }
        } catch (IOException e) {
            // the child was killed while we read: its output simply ends
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition, Process child, StringBuilder output) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            if (!child.isAlive() || System.nanoTime() > deadline) {
                child.destroyForcibly();
                synchronized (output) {
                    fail("the save loop did not get going:\n" + output);
                }
            }
            Thread.sleep(10);
        }
    }
}
