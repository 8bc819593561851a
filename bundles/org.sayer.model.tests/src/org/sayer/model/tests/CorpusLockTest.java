package org.sayer.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sayer.model.Document;
import org.sayer.model.store.CorpusLock;
import org.sayer.model.store.CorpusStore;
import org.sayer.model.store.StoreException;

/**
 * Two processes never write one corpus at once. Before the writer's lock, a second import into a
 * corpus that another import was filling exited 0, and the first one's index then dropped its
 * documents.
 */
class CorpusLockTest {

    @TempDir
    Path folder;

    @Test
    void aSecondWriterIsRefusedOrWaitsWhileAnotherProcessWrites() throws Exception {
        CorpusStore.create(folder, "shared").close();
        Process holder = ChildProcesses.start(OtherWriter.class, "hold", folder.toString());
        try {
            BufferedReader said = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("locked", said.readLine(), "the other process has the lock");

            CorpusStore store = CorpusStore.open(folder);
            Document mine = OtherWriter.document("mine");
            store.add(mine);
            StoreException refused = assertThrows(StoreException.class, () -> store.save(mine));
            assertTrue(refused.getMessage().contains("process " + holder.pid() + " (" + OtherWriter.HOLDER + ")"), refused.getMessage());
            assertTrue(refused.getMessage().contains("nothing was written"), refused.getMessage());

            List<String> told = new CopyOnWriteArrayList<>();
            StoreException gaveUp = assertThrows(StoreException.class,
                    () -> CorpusLock.acquire(folder, "test", Duration.ofMillis(600), told::add));
            assertTrue(gaveUp.getMessage().contains("gave up after"), gaveUp.getMessage());
            assertEquals(1, told.size(), "the waiting writer hears once who it waits for: " + told);
            assertTrue(told.get(0).contains("process " + holder.pid()), told.get(0));

            // A writer that waits long enough gets the corpus once the other process has finished.
            CompletableFuture<CorpusLock> waiting = CompletableFuture.supplyAsync(() -> {
                try {
                    return CorpusLock.acquire(folder, "test", Duration.ofSeconds(30), message -> { });
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(300);
            assertFalse(waiting.isDone(), "still waiting while the other process holds the lock");
            holder.getOutputStream().close();
            try (CorpusStore writer = CorpusStore.open(folder, waiting.get(30, TimeUnit.SECONDS))) {
                assertTrue(writer.holdsLock());
                writer.add(OtherWriter.document("after"));
                writer.save(writer.load(writer.entryFor("after")));
                writer.saveIndex();
            }
            assertEquals(List.of("after"), CorpusStore.open(folder).documentIds());
        } finally {
            holder.destroyForcibly();
            holder.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void aStoreDoesNotOverwriteWhatAnotherProcessWroteSinceItWasOpened() throws Exception {
        try (CorpusStore created = CorpusStore.create(folder, "shared")) {
            created.add(OtherWriter.document("first"));
            created.saveAll();
        }
        CorpusStore opened = CorpusStore.open(folder);

        Process other = ChildProcesses.start(OtherWriter.class, "add", folder.toString(), "theirs");
        String output = new String(other.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, other.waitFor(), output);

        opened.add(OtherWriter.document("mine"));
        StoreException refused = assertThrows(StoreException.class, () -> opened.saveAll());
        assertTrue(refused.getMessage().contains("changed by another process"), refused.getMessage());
        assertEquals(List.of("first", "theirs"), CorpusStore.open(folder).documentIds(), "the other process's document stays listed");
    }

    @Test
    void storesOfOneProcessShareTheLockAndTheLastCloseReleasesIt() throws Exception {
        CorpusStore first = CorpusStore.create(folder, "shared");
        CorpusStore second = CorpusStore.open(folder);
        second.add(OtherWriter.document("two"));
        second.saveAll();
        assertTrue(first.holdsLock() && second.holdsLock());
        first.close();
        assertTrue(CorpusLock.isHeldHere(folder), "the second store still holds it");
        second.close();
        assertFalse(CorpusLock.isHeldHere(folder));

        Process holder = ChildProcesses.start(OtherWriter.class, "hold", folder.toString());
        try {
            assertEquals("locked", new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8)).readLine(),
                    "released for other processes");
        } finally {
            holder.destroyForcibly();
            holder.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
