package org.sayer.io.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.sayer.fuzz.Oracle;
import org.sayer.io.gold.GoldJsonlReader;
import org.sayer.model.Document;
import org.sayer.model.SayerFactory;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Gold JSONL, as import reads it and as eval and annotate read it (with a speaker registry). */
class GoldReaderFuzzTest {

    private static final String INPUT = "gold.jsonl";

    @FuzzTest
    void readsOrRefusesByName(byte[] bytes) throws IOException {
        Lines.check(bytes, INPUT, InputFormat.GOLD);
        try (GoldJsonlReader reader = new GoldJsonlReader(new ByteArrayInputStream(bytes), INPUT, SayerFactory.eINSTANCE.createCorpus())) {
            for (Document document; (document = reader.next()) != null;) {
                Oracle.imported(document, INPUT + ":" + reader.lineNumber());
            }
            for (ImportException problem : reader.errors()) {
                Oracle.namesInput(problem, INPUT + ":");
            }
        } catch (ImportException refused) {
            Oracle.namesInput(refused, INPUT);
        }
    }
}
