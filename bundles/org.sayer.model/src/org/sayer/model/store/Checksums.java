package org.sayer.model.store;

import java.io.IOException;
import java.util.zip.CRC32C;
import java.util.zip.Checksum;

/**
 * The checksum an index entry records of its document's saved bytes ({@code crc32c:} and 8 hex
 * digits). CRC-32C catches bytes changed by a disk, a copy or a hand edit at next to no cost
 * (the JDK computes it with CPU instructions); it is no defence against someone who means harm and
 * can rewrite the index too.
 */
final class Checksums {

    private static final String PREFIX = "crc32c:";

    private Checksums() {
    }

    static Checksum newChecksum() {
        return new CRC32C();
    }

    static String format(Checksum checksum) {
        return PREFIX + String.format("%08x", checksum.getValue());
    }

    static String of(byte[] bytes) {
        Checksum checksum = newChecksum();
        checksum.update(bytes, 0, bytes.length);
        return format(checksum);
    }

    /**
     * Throws when {@code bytes} are not those the index recorded; {@code recorded} null (a corpus
     * from before checksums) or of an unknown kind is not checked.
     */
    static void verify(String recorded, byte[] bytes) throws IOException {
        if (recorded == null || !recorded.startsWith(PREFIX)) {
            return;
        }
        String actual = of(bytes);
        if (!actual.equals(recorded)) {
            throw new IOException("its bytes were changed after Sayer wrote them: their checksum is " + actual
                    + ", the index recorded " + recorded);
        }
    }
}
