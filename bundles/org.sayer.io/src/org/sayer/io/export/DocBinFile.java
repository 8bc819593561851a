package org.sayer.io.export;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import org.msgpack.core.MessageBufferPacker;
import org.msgpack.core.MessagePack;
import org.msgpack.core.MessagePacker;

/**
 * One spaCy {@code DocBin} file ({@code .spacy}), written as documents come: the structure of
 * {@code DocBin.to_bytes} in spacy/tokens/_serialize.py (spaCy 3.3+), zlib-compressed msgpack of
 * <pre>
 * {"version": "0.1", "attrs": [ORTH], "tokens": uint64 per token (little-endian), "spaces": one byte per token,
 *  "lengths": int32 per doc, "strings": [every string the ids stand for], "cats": [{}...],
 *  "flags": [{"has_unknown_spaces": false}...], "span_groups": [SpanGroups.to_bytes() per doc],
 *  "user_data": [msgpack of Doc.user_data per doc]}
 * </pre>
 * A SpanGroup is msgpack {@code {"name", "attrs": {}, "spans": [...]}} with each span packed as
 * {@code struct.pack(">QQQllll", id, kb_id, label, start, end, start_char, end_char)} (token and
 * character offsets). The per-document parts go to temporary files beside the target, so memory holds
 * only the set of strings; {@link #close} writes the file.
 */
final class DocBinFile {

    static {
        // msgpack-core reaches for sun.misc.Unsafe unless told to use its plain buffers, and JDK 24+ then
        // prints a deprecation warning on every user's console. Plain buffers are fast enough here.
        if (System.getProperty("msgpack.universal-buffer") == null) {
            System.setProperty("msgpack.universal-buffer", "true");
        }
    }

    /** spaCy's attribute id of ORTH (spacy/attrs.pxd). */
    static final long ORTH = 65;

    /**
     * A document's tokens as spaCy sees them: token {@code i} is {@code text[begins[i], ends[i])} (UTF-16
     * offsets), followed by one space when {@code spaceAfter[i]}. Arrays, not a token object each: this
     * export handles every token of the corpus, and making objects for them was much of its time.
     */
    record Words(String text, int count, int[] begins, int[] ends, boolean[] spaceAfter) {
    }

    /** A span of a span group: token offsets, character (code point) offsets, label and kb_id. */
    record Span(int start, int end, int startChar, int endChar, String label, String kbId) {
    }

    /** A named span group of one document. */
    record Group(String name, List<Span> spans) {
    }

    private final Path target;
    private final Path tokenFile;
    private final Path spaceFile;
    private final Path groupFile;
    private final Path userDataFile;
    private final DataOutputStream tokens;
    private final OutputStream spaces;
    private final MessagePacker groups;
    private final MessagePacker userData;
    private final List<Integer> lengths = new ArrayList<>();
    /** Every string the file's ids stand for, with its id (each computed once). */
    private final StringIds strings = new StringIds();
    /** Reused for each document and each span group: a new packer allocates its buffer anew. */
    private final MessageBufferPacker documentPacker = MessagePack.newDefaultBufferPacker();
    private final MessageBufferPacker groupPacker = MessagePack.newDefaultBufferPacker();

    DocBinFile(Path target) throws IOException {
        this.target = target;
        tokenFile = temp(".tokens");
        spaceFile = temp(".spaces");
        groupFile = temp(".groups");
        userDataFile = temp(".userdata");
        tokens = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tokenFile), 1 << 16));
        spaces = new BufferedOutputStream(Files.newOutputStream(spaceFile), 1 << 14);
        groups = MessagePack.newDefaultPacker(Files.newOutputStream(groupFile));
        userData = MessagePack.newDefaultPacker(Files.newOutputStream(userDataFile));
    }

    private Path temp(String suffix) {
        return target.resolveSibling("." + target.getFileName() + suffix);
    }

    int documents() {
        return lengths.size();
    }

    /** Adds a document: tokens that rebuild its text, its span groups, and its user data (packed msgpack). */
    void add(Words words, List<Group> spanGroups, byte[] packedUserData) throws IOException {
        // A document's ids and spaces go out in one write each: a write per token was a fifth of this export's time.
        byte[] ids = new byte[8 * words.count()];
        byte[] spacesAfter = new byte[words.count()];
        ByteBuffer little = ByteBuffer.wrap(ids).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < words.count(); i++) {
            little.putLong(8 * i, strings.idOf(words.text(), words.begins()[i], words.ends()[i]));
            spacesAfter[i] = (byte) (words.spaceAfter()[i] ? 1 : 0);
        }
        tokens.write(ids);
        spaces.write(spacesAfter);
        lengths.add(words.count());
        MessageBufferPacker packer = documentPacker;
        packer.clear();
        packer.packArrayHeader(spanGroups.size());
        for (Group group : spanGroups) {
            byte[] packed = group(group);
            packer.packBinaryHeader(packed.length);
            packer.writePayload(packed);
        }
        binary(groups, packer.toByteArray());
        binary(userData, packedUserData);
    }

    /** Appends one msgpack bin (header and bytes) to a part file. */
    private static void binary(MessagePacker part, byte[] bytes) throws IOException {
        part.packBinaryHeader(bytes.length);
        part.writePayload(bytes);
    }

    private byte[] group(Group group) throws IOException {
        MessageBufferPacker packer = groupPacker;
        packer.clear();
        packer.packMapHeader(3);
        packer.packString("name").packString(group.name());
        packer.packString("attrs").packMapHeader(0);
        packer.packString("spans").packArrayHeader(group.spans().size());
        ByteBuffer span = ByteBuffer.allocate(40).order(ByteOrder.BIG_ENDIAN);
        for (Span s : group.spans()) {
            span.clear();
            span.putLong(0).putLong(s.kbId().isEmpty() ? 0 : idOf(s.kbId())).putLong(idOf(s.label()))
                    .putInt(s.start()).putInt(s.end()).putInt(s.startChar()).putInt(s.endChar());
            packer.packBinaryHeader(40);
            packer.writePayload(span.array());
        }
        return packer.toByteArray();
    }

    private long idOf(String string) {
        return strings.idOf(string, 0, string.length());
    }

    /**
     * The strings met so far with their ids, looked up by a stretch of a text, so that a token's text
     * becomes a string only the first time it is met (open addressing on String's own hash).
     */
    private static final class StringIds {
        private String[] keys = new String[1 << 12];
        private int[] hashes = new int[keys.length];
        private long[] ids = new long[keys.length];
        private int size;

        long idOf(String text, int begin, int end) {
            int hash = 0;
            for (int i = begin; i < end; i++) {
                hash = 31 * hash + text.charAt(i);
            }
            int length = end - begin;
            int mask = keys.length - 1;
            int slot = spread(hash) & mask;
            for (String key = keys[slot]; key != null; slot = (slot + 1) & mask, key = keys[slot]) {
                if (hashes[slot] == hash && key.length() == length && text.regionMatches(begin, key, 0, length)) {
                    return ids[slot];
                }
            }
            String string = text.substring(begin, end);
            long id = SpacyStrings.id(string);
            keys[slot] = string;
            hashes[slot] = hash;
            ids[slot] = id;
            if (++size > keys.length / 2) {
                grow();
            }
            return id;
        }

        /** Every string, sorted (the DocBin's "strings"). */
        List<String> sorted() {
            return Arrays.stream(keys).filter(Objects::nonNull).sorted().toList();
        }

        int size() {
            return size;
        }

        private static int spread(int hash) {
            return hash ^ (hash >>> 16);
        }

        private void grow() {
            String[] oldKeys = keys;
            int[] oldHashes = hashes;
            long[] oldIds = ids;
            keys = new String[oldKeys.length * 2];
            hashes = new int[keys.length];
            ids = new long[keys.length];
            int mask = keys.length - 1;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != null) {
                    int slot = spread(oldHashes[i]) & mask;
                    while (keys[slot] != null) {
                        slot = (slot + 1) & mask;
                    }
                    keys[slot] = oldKeys[i];
                    hashes[slot] = oldHashes[i];
                    ids[slot] = oldIds[i];
                }
            }
        }
    }

    /** Writes the DocBin and deletes the part files. */
    void close() throws IOException {
        closeParts();
        // zlib at its fastest level: any level reads back the same, and the tokens are most of the bytes.
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try (OutputStream file = new DeflaterOutputStream(new BufferedOutputStream(Files.newOutputStream(target), 1 << 16), deflater, 1 << 16);
                MessagePacker packer = MessagePack.newDefaultPacker(file)) {
            int documents = lengths.size();
            packer.packMapHeader(10);
            packer.packString("version").packString("0.1");
            packer.packString("attrs").packArrayHeader(1).packLong(ORTH);
            packer.packString("tokens");
            copyBinary(packer, tokenFile);
            packer.packString("spaces");
            copyBinary(packer, spaceFile);
            packer.packString("lengths");
            ByteBuffer lengthBytes = ByteBuffer.allocate(4 * documents).order(ByteOrder.LITTLE_ENDIAN);
            lengths.forEach(lengthBytes::putInt);
            packer.packBinaryHeader(lengthBytes.capacity());
            packer.writePayload(lengthBytes.array());
            packer.packString("strings").packArrayHeader(strings.size());
            for (String string : strings.sorted()) {
                packer.packString(string);
            }
            packer.packString("cats").packArrayHeader(documents);
            for (int i = 0; i < documents; i++) {
                packer.packMapHeader(0);
            }
            packer.packString("flags").packArrayHeader(documents);
            for (int i = 0; i < documents; i++) {
                packer.packMapHeader(1).packString("has_unknown_spaces").packBoolean(false);
            }
            packer.packString("span_groups").packArrayHeader(documents);
            copyPacked(packer, groupFile);
            packer.packString("user_data").packArrayHeader(documents);
            copyPacked(packer, userDataFile);
        } finally {
            deflater.end();
            deleteParts();
        }
    }

    /** Writes nothing (a split without documents) and deletes the part files. */
    void discard() throws IOException {
        closeParts();
        deleteParts();
    }

    private void closeParts() throws IOException {
        tokens.close();
        spaces.close();
        groups.close();
        userData.close();
    }

    private void deleteParts() throws IOException {
        for (Path part : List.of(tokenFile, spaceFile, groupFile, userDataFile)) {
            Files.deleteIfExists(part);
        }
    }

    private static void copyBinary(MessagePacker packer, Path part) throws IOException {
        long size = Files.size(part);
        if (size > Integer.MAX_VALUE) {
            throw new IOException(part.getFileName() + " exceeds what one DocBin can hold (2 GB); export fewer documents per split");
        }
        packer.packBinaryHeader((int) size);
        copyPacked(packer, part);
    }

    /** Copies bytes that are already msgpack (or a bin's payload) into the packer's stream. */
    private static void copyPacked(MessagePacker packer, Path part) throws IOException {
        byte[] buffer = new byte[1 << 16];
        try (var in = Files.newInputStream(part)) {
            for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
                packer.writePayload(buffer, 0, read);
            }
        }
    }
}
