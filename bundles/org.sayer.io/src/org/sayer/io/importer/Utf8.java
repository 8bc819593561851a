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

    /** Decodes {@code length} bytes, dropping a leading byte-order mark. */
    public static String decode(byte[] bytes, int offset, int length, String where) throws ImportException {
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
