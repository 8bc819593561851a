package org.sayer.io.importer;

import java.io.IOException;
import org.sayer.fuzz.Oracle;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** News pages as import reads them: UTF-8, the main article block kept. */
class HtmlReaderFuzzTest {

    private static final String INPUT = "page.html";

    @FuzzTest
    void readsOrRefusesByName(byte[] bytes) throws IOException {
        Oracle.readOrRefused(INPUT, () -> HtmlImporter.fromHtml("page", Utf8.decode(bytes, INPUT)));
    }
}
