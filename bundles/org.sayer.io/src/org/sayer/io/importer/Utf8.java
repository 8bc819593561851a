package org.sayer.io.importer;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8: malformed bytes are an error that names the file and the byte, never a silent U+FFFD. */
public final class Utf8 {

    private Utf8() {
    }

    /**
     * Why bytes that open with a UTF-16 or UTF-32 byte-order mark are refused, or null: the same
     * words from every reader, since such a file is text in another encoding, not damage.
     */
    public static String otherEncoding(byte[] bytes, int offset, int length) {
        int b0 = length > 0 ? bytes[offset] & 0xFF : -1;
        int b1 = length > 1 ? bytes[offset + 1] & 0xFF : -1;
        boolean utf16 = b0 == 0xFF && b1 == 0xFE || b0 == 0xFE && b1 == 0xFF;
        return utf16 ? "UTF-16 text (it starts with a UTF-16 byte-order mark); Sayer reads UTF-8: convert it, e.g. iconv -f UTF-16 -t UTF-8"
                : null;
    }

    /** Decodes {@code length} bytes, dropping a leading byte-order mark. */
    public static String decode(byte[] bytes, int offset, int length, String where) throws ImportException {
        String encoding = otherEncoding(bytes, offset, length);
        if (encoding != null) {
            throw new ImportException(where, encoding);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, length);
        CharBuffer out = CharBuffer.allocate(length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new ImportException(where, "not valid UTF-8 (bad byte at offset " + (in.position() - offset) + ")");
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    }

    public static String decode(byte[] bytes, String where) throws ImportException {
        return decode(bytes, 0, bytes.length, where);
    }
}
