package org.sayer.io.importer;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.sayer.model.Document;
import org.sayer.model.store.CorpusStore;

/** Imports the plain-text articles of a folder ({@code *.txt}, one article each) into a corpus. */
public final class FolderImporter {

    private FolderImporter() {
    }

    /** Adds every {@code *.txt} of {@code folder}, in name order; the file name is the document id. */
    public static List<Document> importTexts(Path folder, CorpusStore store) throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        List<Document> imported = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            Document document = TextImporter.fromText(name.substring(0, name.length() - 4), readUtf8(file));
            store.add(document);
            store.save(document);
            imported.add(document);
        }
        store.saveIndex();
        return imported;
    }

    /** Reads a UTF-8 file, refusing malformed bytes with a message that names the file. */
    public static String readUtf8(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ImportException(file.toString(), "not valid UTF-8 text", e);
        }
    }
}
