package org.sayer.io.importer;

import java.io.IOException;

import org.sayer.fuzz.Oracle;
import org.sayer.io.xmi.XmiDocuments;
import org.sayer.model.Document;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** UIMA XMI of Sayer's type system (what export --format xmi writes), as import reads it. */
class XmiReaderFuzzTest {

    private static final String INPUT = "document.xmi";

    @FuzzTest
    void readsOrRefusesByName(byte[] bytes) throws IOException {
        Document document;
        try {
            document = XmiDocuments.read(bytes, INPUT);
        } catch (ImportException refused) {
            Oracle.namesInput(refused, INPUT);
            return;
        }
        Oracle.imported(document, INPUT);
    }
}
