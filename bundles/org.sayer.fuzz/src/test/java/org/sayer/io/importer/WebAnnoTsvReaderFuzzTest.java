package org.sayer.io.importer;

import java.io.IOException;

import org.sayer.fuzz.Oracle;
import org.sayer.io.inception.WebAnnoTsv;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** WebAnno TSV 3 (INCEpTION's text format, what export --format webanno writes), as import reads it. */
class WebAnnoTsvReaderFuzzTest {

    private static final String INPUT = "document.tsv";

    @FuzzTest
    void readsOrRefusesByName(byte[] bytes) throws IOException {
        Oracle.readOrRefused(INPUT, () -> WebAnnoTsv.read(Utf8.decode(bytes, INPUT), "document", INPUT));
    }
}
