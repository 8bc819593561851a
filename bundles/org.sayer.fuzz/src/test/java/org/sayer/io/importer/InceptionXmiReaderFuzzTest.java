package org.sayer.io.importer;

import java.io.IOException;

import org.sayer.fuzz.Oracle;
import org.sayer.io.inception.InceptionXmi;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** UIMA XMI with INCEpTION's layers (what export --format inception writes), as import reads it. */
class InceptionXmiReaderFuzzTest {

    private static final String INPUT = "document.xmi";

    @FuzzTest
    void readsOrRefusesByName(byte[] bytes) throws IOException {
        Oracle.readOrRefused(INPUT, () -> InceptionXmi.read(bytes, "document", INPUT));
    }
}
