package org.sayer.io.importer;

import java.io.IOException;
import org.sayer.fuzz.Oracle;
import org.sayer.io.xmi.XmiDocuments;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** UIMA XMI of Sayer's type system (what export --format xmi writes), as import reads it. */
class XmiReaderFuzzTest {

    private static final String INPUT = "document.xmi";

    @FuzzTest
    void readsOrRefusesByName(byte[] bytes) throws IOException {
        Oracle.readOrRefused(INPUT, () -> XmiDocuments.read(bytes, INPUT));
    }
}
