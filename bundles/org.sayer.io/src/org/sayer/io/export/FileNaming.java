package org.sayer.io.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * File names for formats with one file per document: readable, portable, unique even when ids differ
 * only in unsafe characters or case. {@code documents.tsv} maps each name back to its document id.
 */
final class FileNaming implements AutoCloseable {

    static final String INDEX = "documents.tsv";

    private final Set<String> used = new HashSet<>();
    private final BufferedWriter index;

    FileNaming(Path folder) throws IOException {
        index = Files.newBufferedWriter(folder.resolve(INDEX), StandardCharsets.UTF_8);
        index.write("file\tid\n");
    }

    /** A new unique base name (without extension) for the document {@code id}. */
    String nameFor(String id) throws IOException {
        StringBuilder safe = new StringBuilder();
        for (int i = 0; i < id.length() && safe.length() < 80; i++) {
            char c = id.charAt(i);
            safe.append(c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '_') ? c : '_');
        }
        String base = safe.isEmpty() ? "doc" : safe.toString();
        String name = base;
        for (int n = 2; !used.add(name.toLowerCase(Locale.ROOT)); n++) {
            name = base + "~" + n;
        }
        index.write(name + "\t" + id.replace('\t', ' ').replace('\n', ' ') + "\n");
        return name;
    }

    @Override
    public void close() throws IOException {
        index.close();
    }
}
