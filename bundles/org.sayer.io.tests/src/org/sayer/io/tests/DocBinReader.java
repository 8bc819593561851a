package org.sayer.io.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import org.apache.commons.codec.digest.MurmurHash2;
import org.msgpack.core.MessagePack;
import org.msgpack.value.ArrayValue;
import org.msgpack.value.MapValue;
import org.msgpack.value.Value;
import org.msgpack.value.ValueFactory;

/**
 * A strict reader of spaCy's DocBin, written from spaCy's own code apart from Sayer's writer:
 * {@code DocBin.from_bytes} and {@code get_docs} (spacy/tokens/_serialize.py), {@code SpanGroups} and
 * {@code SpanGroup.from_bytes} (_dict_proxies.py, span_group.pyx) and {@code StringStore}
 * (strings.pyx). The file is zlib-compressed msgpack; tokens are uint64 rows of {@code attrs} columns
 * (ORTH first), spaces one byte per token, lengths int32 per doc; a token's ORTH must be the id of one
 * of {@code strings} (its MurmurHash64A with seed 1, or its symbol number), or spaCy cannot find its
 * text (E018). A span is {@code struct.pack(">QQQllll", id, kb_id, label, start, end, start_char, end_char)}.
 */
final class DocBinReader {

    /** Symbol numbers of spaCy 3.8 (spacy.symbols.IDS) for the strings the tests use. */
    static final Map<String, Long> SYMBOLS = Map.of("X", 101L, "number", 432L, "ORG", 383L);
    private static final Set<String> KEYS = Set.of("version", "attrs", "tokens", "spaces", "lengths", "strings", "cats", "flags",
            "span_groups", "user_data");

    record Span(String label, String kbId, int start, int end, int startChar, int endChar) {
    }

    record Doc(List<String> words, List<Boolean> spaces, String text, Map<String, List<Span>> groups, Map<String, Value> userData) {
    }

    private DocBinReader() {
    }

    static long id(String string) {
        if (string.isEmpty()) {
            return 0;
        }
        byte[] utf8 = string.getBytes(StandardCharsets.UTF_8);
        return SYMBOLS.getOrDefault(string, MurmurHash2.hash64(utf8, utf8.length, 1));
    }

    static List<Doc> read(Path file) throws IOException, DataFormatException {
        Inflater inflater = new Inflater();
        inflater.setInput(Files.readAllBytes(file));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[1 << 16];
        while (!inflater.finished()) {
            int n = inflater.inflate(buffer);
            if (n == 0 && inflater.needsInput()) {
                throw new AssertionError(file + ": truncated zlib stream");
            }
            bytes.write(buffer, 0, n);
        }
        Map<String, Value> msg = stringKeys(MessagePack.newDefaultUnpacker(bytes.toByteArray()).unpackValue().asMapValue());
        check(KEYS.equals(msg.keySet()), "keys " + msg.keySet());
        check(msg.get("version").asStringValue().asString().equals("0.1"), "version");
        List<Value> attrs = msg.get("attrs").asArrayValue().list();
        check(attrs.get(0).asIntegerValue().asLong() == 65, "ORTH (65) is attrs[0]");
        Map<Long, String> strings = new HashMap<>();
        for (Value string : msg.get("strings").asArrayValue()) {
            strings.put(id(string.asStringValue().asString()), string.asStringValue().asString());
        }
        ByteBuffer lengths = ByteBuffer.wrap(msg.get("lengths").asBinaryValue().asByteArray()).order(ByteOrder.LITTLE_ENDIAN);
        ByteBuffer tokens = ByteBuffer.wrap(msg.get("tokens").asBinaryValue().asByteArray()).order(ByteOrder.LITTLE_ENDIAN);
        byte[] spaces = msg.get("spaces").asBinaryValue().asByteArray();
        int documents = lengths.capacity() / 4;
        int total = 0;
        for (int d = 0; d < documents; d++) {
            total += lengths.getInt(d * 4);
        }
        check(tokens.capacity() == (long) total * attrs.size() * 8 && spaces.length == total, "token and space arrays fit the lengths");
        for (String perDoc : List.of("cats", "flags", "span_groups", "user_data")) {
            check(msg.get(perDoc).asArrayValue().size() == documents, perDoc + " has one entry per doc");
        }
        List<Doc> docs = new ArrayList<>();
        int row = 0;
        for (int d = 0; d < documents; d++) {
            int length = lengths.getInt(d * 4);
            List<String> words = new ArrayList<>();
            List<Boolean> space = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            List<Integer> tokenStarts = new ArrayList<>();
            for (int t = 0; t < length; t++, row++) {
                long orth = tokens.getLong(row * attrs.size() * 8);
                String word = strings.get(orth);
                check(word != null, "E018: no string for the ORTH id " + Long.toUnsignedString(orth));
                check(spaces[row] == 0 || spaces[row] == 1, "a space is a bool");
                tokenStarts.add(text.codePointCount(0, text.length()));
                words.add(word);
                space.add(spaces[row] == 1);
                text.append(word).append(spaces[row] == 1 ? " " : "");
            }
            tokenStarts.add(text.codePointCount(0, text.length()));
            MapValue flags = msg.get("flags").asArrayValue().get(d).asMapValue();
            check(!stringKeys(flags).getOrDefault("has_unknown_spaces", ValueFactory.newBoolean(false)).asBooleanValue().getBoolean(),
                    "spaces are known");
            Map<String, List<Span>> groups = new TreeMap<>();
            byte[] groupBytes = msg.get("span_groups").asArrayValue().get(d).asBinaryValue().asByteArray();
            for (Value group : MessagePack.newDefaultUnpacker(groupBytes).unpackValue().asArrayValue()) {
                Map<String, Value> g = stringKeys(MessagePack.newDefaultUnpacker(group.asBinaryValue().asByteArray()).unpackValue().asMapValue());
                check(g.keySet().equals(Set.of("name", "attrs", "spans")), "a span group is name, attrs, spans");
                List<Span> spans = new ArrayList<>();
                for (Value packed : g.get("spans").asArrayValue()) {
                    ByteBuffer s = ByteBuffer.wrap(packed.asBinaryValue().asByteArray()).order(ByteOrder.BIG_ENDIAN);
                    check(s.capacity() == 40, "a span is 40 bytes (>QQQllll)");
                    s.getLong();
                    long kbId = s.getLong();
                    String label = strings.get(s.getLong());
                    Span span = new Span(label, kbId == 0 ? "" : strings.get(kbId), s.getInt(), s.getInt(), s.getInt(), s.getInt());
                    check(label != null && span.kbId() != null, "label and kb_id are known strings");
                    check(0 <= span.start() && span.start() < span.end() && span.end() <= length, "token offsets in the doc");
                    check(tokenStarts.get(span.start()) == span.startChar(), "start_char is where token start begins");
                    spans.add(span);
                }
                groups.put(g.get("name").asStringValue().asString(), spans);
            }
            Map<String, Value> userData = new TreeMap<>();
            byte[] userBytes = msg.get("user_data").asArrayValue().get(d).asBinaryValue().asByteArray();
            for (Map.Entry<Value, Value> entry : MessagePack.newDefaultUnpacker(userBytes).unpackValue().asMapValue().entrySet()) {
                ArrayValue key = entry.getKey().asArrayValue();
                check(key.size() == 4 && key.get(0).asStringValue().asString().equals("._.") && key.get(2).isNilValue()
                        && key.get(3).isNilValue(), "a Doc extension key is (\"._.\", name, None, None)");
                userData.put(key.get(1).asStringValue().asString(), entry.getValue());
            }
            docs.add(new Doc(words, space, text.toString(), groups, userData));
        }
        return docs;
    }

    private static Map<String, Value> stringKeys(MapValue map) {
        Map<String, Value> keys = new HashMap<>();
        map.entrySet().forEach(e -> keys.put(e.getKey().asStringValue().asString(), e.getValue()));
        return keys;
    }

    private static void check(boolean condition, String problem) {
        if (!condition) {
            throw new AssertionError("DocBin: " + problem);
        }
    }
}
