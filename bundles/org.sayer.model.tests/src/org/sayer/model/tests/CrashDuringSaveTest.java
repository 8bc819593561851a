package org.sayer.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sayer.model.Corpus;
import org.sayer.model.Document;
import org.sayer.model.SayerPackage;
import org.sayer.model.store.CorpusStore;
import org.sayer.model.validation.Validation;

/**
 * A save killed at a random moment (SIGKILL, so no shutdown hook or finally block runs) leaves
 * the previous version of the file, or the complete new one, never a torn file.
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
        int annotations = document.getAnnotations().size();
        String text = document.getText();
        Random random = new Random();
        int lastVersion = 0;

        for (int kill = 0; kill < KILLS; kill++) {
            Process child = new ProcessBuilder(javaExecutable(), "-Xmx256m", "-cp", childClassPath(), SaveLoop.class.getName(), folder.toString())
                    .redirectErrorStream(true).start();
            AtomicInteger saved = new AtomicInteger(-1);
            AtomicInteger saving = new AtomicInteger(-1);
            StringBuilder output = new StringBuilder();
            Thread reader = Thread.ofVirtual().start(() -> follow(child, saving, saved, output));
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

    private static void follow(Process child, AtomicInteger saving, AtomicInteger saved, StringBuilder output) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                synchronized (output) {
                    output.append(line).append('\n');
                }
                if (line.startsWith("saving ")) {
                    saving.set(Integer.parseInt(line.substring(7)));
                } else if (line.startsWith("saved ")) {
                    saved.set(Integer.parseInt(line.substring(6)));
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

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * The class path of the child: where this test's classes, the model's and EMF's come from in
     * the running OSGi framework. Equinox gives each bundle class the jar or folder it was loaded
     * from as its code source, which works for installed jars and for reactor folders alike.
     */
    private static String childClassPath() throws URISyntaxException {
        Set<String> entries = new LinkedHashSet<>();
        for (Class<?> type : List.of(SaveLoop.class, SayerPackage.class, EObject.class, URI.class, XMIResourceImpl.class, Corpus.class)) {
            Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
            assertTrue(Files.exists(location), "class path entry of " + type.getName() + ": " + location);
            entries.add(location.toString());
        }
        return String.join(File.pathSeparator, entries);
    }
}
