package org.sayer.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * An empty folder for one fuzz input, emptied again for the next: in memory (/dev/shm) where there
 * is one, since an input costs a few file writes and syncs.
 */
public final class Scratch {

    private static Path root;

    private Scratch() {
    }

    /** The folder, emptied. */
    public static synchronized Path fresh() {
        try {
            if (root == null) {
                Path shm = Path.of("/dev/shm");
                root = Files.isDirectory(shm) && Files.isWritable(shm) ? Files.createTempDirectory(shm, "sayer-fuzz-")
                        : Files.createTempDirectory("sayer-fuzz-");
                root.toFile().deleteOnExit();
            }
            try (Stream<Path> inside = Files.walk(root)) {
                for (Path path : inside.sorted(Comparator.reverseOrder()).toList()) {
                    if (!path.equals(root)) {
                        Files.delete(path);
                    }
                }
            }
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
