package org.sayer.model.store;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Predicate;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.impl.URIHandlerImpl;
import org.sayer.model.DocumentEntry;

/**
 * Pack files: the XMI of many documents one after the other in one file under {@code documents/},
 * written by bulk imports. Creating a file per document is what an import of 100,000 documents
 * waits for on many disks (on this project's build machine a plain loop creating small files ran
 * at 2,000 files/s after the disk had been busy); appending to a pack does not create files.
 *
 * <p>A packed document keeps its own address ({@code documents/ID.xmi}): as an EMF URI handler of
 * the store's resource set, this class serves that URI from the pack, using the pack, offset and
 * length its index entry records, for as long as the document has no file of its own. Saving the
 * document later writes its own file, which wins from then on, also after a crash before the index
 * is saved again. The bytes it leaves behind in the pack are not reclaimed.
 *
 * <p>The same handler verifies the checksum its index entry records of every document it serves,
 * packed or in its own file, and fails the read of bytes that changed since (see {@link Checksums}).
 * A document's own file written after the index (a save whose index a crash kept from being
 * written) is taken as it is, since its own file wins.
 *
 * <p>Used on the store's thread, but for {@link #read}, which reader threads call too.
 */
final class DocumentPacks extends URIHandlerImpl {

    /** Where a document's XMI lies in a pack. */
    record Slice(Path pack, long offset, int length) {
    }

    private static final long PACK_BYTES = 64L << 20;
    private static final String PREFIX = "pack-";
    static final String EXTENSION = ".xmipack";
    private static final AtomicLong NUMBERS = new AtomicLong();

    private final Path folder;
    private final URI folderUri;
    /** The index entry of a document file name, or null. */
    private final Function<String, DocumentEntry> entries;
    /** Whether a document's own file was written after the index on disk, which then cannot know its checksum. */
    private final Predicate<Path> newerThanIndex;
    private FileChannel current;
    private Path currentPath;
    /** One string for all the entries of a pack: 100,000 copies of the name would be 10 MB. */
    private String currentName;
    private long currentSize;
    private final List<Path> unsynced = new ArrayList<>();
    private final Set<Path> createdHere = new HashSet<>();

    DocumentPacks(Path documentsFolder, Function<String, DocumentEntry> entries, Predicate<Path> newerThanIndex) {
        this.folder = documentsFolder.toAbsolutePath().normalize();
        this.folderUri = URI.createFileURI(folder.toString() + "/");
        this.entries = entries;
        this.newerThanIndex = newerThanIndex;
    }

    /** Where {@code entry}'s document is packed, or null when it is not. */
    Slice sliceOf(DocumentEntry entry) {
        if (entry == null || entry.getPack() == null || entry.getPack().isEmpty()) {
            return null;
        }
        return new Slice(folder.resolve(entry.getPack()), entry.getPackOffset(), entry.getPackLength());
    }

    /** Makes the entries of one pack share one name string (an index read from disk has a copy per entry). */
    static void shareNames(Iterable<DocumentEntry> entries) {
        Map<String, String> names = new HashMap<>();
        for (DocumentEntry entry : entries) {
            if (entry.getPack() != null) {
                String shared = names.computeIfAbsent(entry.getPack(), name -> name);
                if (shared != entry.getPack()) {
                    // eSetDeliver: not an edit, so no notification and the index stays unmodified.
                    boolean deliver = entry.eDeliver();
                    entry.eSetDeliver(false);
                    entry.setPack(shared);
                    entry.eSetDeliver(deliver);
                }
            }
        }
    }

    /** Appends a document's bytes to the current pack and records where they went in {@code entry}. */
    void append(DocumentEntry entry, byte[] bytes) throws IOException {
        if (current == null || currentSize > 0 && currentSize + bytes.length > PACK_BYTES) {
            startPack();
        }
        // Written at the recorded offset, not the channel's position: after a write that failed
        // half-way, the next document overwrites the partial bytes instead of landing after them.
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        long position = currentSize;
        while (buffer.hasRemaining()) {
            position += current.write(buffer, position);
        }
        entry.setPack(currentName);
        entry.setPackOffset(currentSize);
        entry.setPackLength(bytes.length);
        entry.setChecksum(Checksums.of(bytes));
        currentSize += bytes.length;
    }

    private void startPack() throws IOException {
        closeCurrent();
        Files.createDirectories(folder);
        Path path = folder.resolve(PREFIX + System.currentTimeMillis() + "-" + ProcessHandle.current().pid() + "-"
                + NUMBERS.incrementAndGet() + EXTENSION);
        current = FileChannel.open(path, StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW);
        currentPath = path;
        currentName = path.getFileName().toString();
        currentSize = 0;
        unsynced.add(path);
        createdHere.add(path);
    }

    private void closeCurrent() throws IOException {
        if (current != null) {
            current.close();
            current = null;
        }
    }

    /** Closes the pack being written; returns the packs to force to disk before the index lists them. */
    List<Path> finish() throws IOException {
        closeCurrent();
        List<Path> written = List.copyOf(unsynced);
        unsynced.clear();
        return written;
    }

    /** The document no longer lives in a pack (it was saved to its own file, or removed). */
    static void forget(DocumentEntry entry) {
        if (entry.getPack() != null) {
            entry.setPack(null);
            entry.setPackOffset(0);
            entry.setPackLength(0);
        }
    }

    /** Deletes the packs this store wrote that none of {@code listed} uses (after an import was taken back). */
    void deleteUnused(Iterable<DocumentEntry> listed) throws IOException {
        if (createdHere.isEmpty()) {
            return;
        }
        Set<Path> used = new HashSet<>();
        for (DocumentEntry entry : listed) {
            Slice slice = sliceOf(entry);
            if (slice != null) {
                used.add(slice.pack());
            }
        }
        for (Path pack : List.copyOf(createdHere)) {
            if (!used.contains(pack)) {
                if (pack.equals(currentPath)) {
                    closeCurrent();
                }
                Files.deleteIfExists(pack);
                createdHere.remove(pack);
                unsynced.remove(pack);
            }
        }
    }

    /** The bytes of a packed document. */
    static byte[] read(Slice slice) throws IOException {
        try (FileChannel channel = FileChannel.open(slice.pack(), StandardOpenOption.READ)) {
            if (channel.size() < slice.offset() + slice.length()) {
                throw new IOException("pack " + slice.pack().getFileName() + " ends before the document (bytes " + slice.offset()
                        + " to " + (slice.offset() + slice.length()) + ")");
            }
            ByteBuffer buffer = ByteBuffer.allocate(slice.length());
            while (buffer.hasRemaining() && channel.read(buffer, slice.offset() + buffer.position()) >= 0) {
                // reads until the slice is whole; the size check above keeps this from spinning
            }
            return buffer.array();
        }
    }

    // --- URI handler: serves documents/ID.xmi, from its pack while no such file exists, checksum verified ---

    @Override
    public boolean canHandle(URI uri) {
        DocumentEntry entry = entryOf(uri);
        return entry != null && (entry.getChecksum() != null || sliceOf(entry) != null);
    }

    /** The index entry of a document file URI under documents/, or null. */
    private DocumentEntry entryOf(URI uri) {
        // Compared as text: a URI keeps its text, and URIs trimmed and extended to compare them were
        // made (and pooled by EMF) three times for every document read.
        String text = uri.toString();
        String folderText = folderUri.toString();
        if (!uri.isFile() || uri.hasQuery() || uri.hasFragment() || text.length() <= folderText.length() || !text.startsWith(folderText)
                || text.indexOf('/', folderText.length()) >= 0) {
            return null;
        }
        return entries.apply(URI.decode(uri.lastSegment()));
    }

    private Path ownFileOf(URI uri) {
        return folder.resolve(URI.decode(uri.lastSegment()));
    }

    @Override
    public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
        DocumentEntry entry = entryOf(uri);
        if (entry == null) {
            throw new IOException(uri + " is not a document of this corpus");
        }
        Path own = ownFileOf(uri);
        Slice slice = sliceOf(entry);
        byte[] bytes;
        if (slice == null || Files.exists(own)) {
            bytes = Files.readAllBytes(own);
            if (!newerThanIndex.test(own)) {
                Checksums.verify(entry.getChecksum(), bytes);
            }
        } else {
            bytes = read(slice);
            Checksums.verify(entry.getChecksum(), bytes);
        }
        return new ByteArrayInputStream(bytes);
    }

    @Override
    public boolean exists(URI uri, Map<?, ?> options) {
        DocumentEntry entry = entryOf(uri);
        return entry != null && (sliceOf(entry) != null || Files.exists(ownFileOf(uri)));
    }
}
