package org.sayer.io.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.sayer.fuzz.Oracle;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Plain text files as import reads them: bounded, UTF-8 only, first line the title. */
class TextReaderFuzzTest {

    private static final String INPUT = "input.txt";

    @FuzzTest
    void readsOrRefusesByName(byte[] bytes) throws IOException {
        Oracle.readOrRefused(INPUT, () -> TextImporter.fromText("input",
                Utf8.decode(BoundedStreams.readAll(new ByteArrayInputStream(bytes), ImportLimits.DEFAULT.maxWholeFileBytes(), INPUT), INPUT)));
    }
}
