package org.sayer.model.store;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/** File names for document ids, which may hold any character. */
final class FileNames {

    private static final int MAX_LENGTH = 80;

    private FileNames() {
    }

    /**
     * A portable file name for {@code id}: safe characters are kept, so files stay recognisable;
     * when anything had to change, a checksum of the original id keeps distinct ids apart.
     */
    static String forId(String id) {
        if (id == null || id.isEmpty()) {
            throw new IllegalArgumentException("A document needs an id");
        }
        StringBuilder name = new StringBuilder(Math.min(id.length(), MAX_LENGTH));
        for (int i = 0; i < id.length() && name.length() < MAX_LENGTH; i++) {
            char c = id.charAt(i);
            boolean safe = c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '_' || (c == '.' && i > 0));
            name.append(safe ? c : '_');
        }
        String result = name.toString();
        if (!result.equals(id)) {
            CRC32 crc = new CRC32();
            crc.update(id.getBytes(StandardCharsets.UTF_8));
            result = result + "-" + Long.toHexString(crc.getValue());
        }
        return result;
    }
}
