package org.sayer.io.importer;

import java.io.IOException;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** JSONL documents as import reads them: each line a document or a problem naming file and line. */
class JsonlReaderFuzzTest {

    @FuzzTest
    void readsOrRefusesByName(byte[] bytes) throws IOException {
        Lines.check(bytes, "news.jsonl", InputFormat.JSONL);
    }
}
