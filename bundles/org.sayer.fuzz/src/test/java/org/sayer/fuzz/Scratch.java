package org.sayer.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Folders for fuzz inputs, in memory (/dev/shm) where there is one, since an input costs a few file
 * writes and syncs: {@link #fresh} is emptied for each input; {@link #empty(String)} is a folder
 * of a test's own that it empties when it needs to.
 */
public final class Scratch {

    private static Path root;

    private Scratch() {
    }

    /** The folder for one input, emptied. */
    public static synchronized Path fresh() {
        return empty("input");
    }

    /** The folder {@code name}, emptied (one per test, so that tests in one JVM keep out of each other's way). */
    public static synchronized Path empty(String name) {
        try {
            Path folder = Files.createDirectories(root().resolve(name));
            try (Stream<Path> inside = Files.walk(folder)) {
                for (Path path : inside.sorted(Comparator.reverseOrder()).toList()) {
                    if (!path.equals(folder)) {
                        Files.delete(path);
                    }
                }
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path root() throws IOException {
        if (root == null) {
            Path shm = Path.of("/dev/shm");
            root = Files.isDirectory(shm) && Files.isWritable(shm) ? Files.createTempDirectory(shm, "sayer-fuzz-")
                    : Files.createTempDirectory("sayer-fuzz-");
            Path made = root;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(made)));
        }
        return root;
    }

    private static void deleteTree(Path folder) {
        try (Stream<Path> inside = Files.walk(folder)) {
            for (Path path : inside.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // a temp folder left in /dev/shm or /tmp; the system clears those
        }
    }
}
