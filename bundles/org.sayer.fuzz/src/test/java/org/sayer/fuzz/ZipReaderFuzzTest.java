package org.sayer.fuzz;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.sayer.io.ProgressListener;
import org.sayer.io.importer.ImportLimits;
import org.sayer.io.importer.ImportReport;
import org.sayer.io.importer.Importers;
import org.sayer.model.DocumentEntry;
import org.sayer.model.store.CorpusStore;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Zip archives imported into a corpus, the whole way a user's import goes: the archive is refused
 * or reported by name (never an exception out of the import), and the corpus then opens and every
 * document it lists loads and is valid.
 */
class ZipReaderFuzzTest {

    /** Small limits, so that a bomb is caught within a fuzz input's time. */
    private static final ImportLimits LIMITS = new ImportLimits(1 << 20, 1 << 20, 1 << 20, 4 << 20, 1_000, 200);

    @FuzzTest
    void importsOrReportsByName(byte[] bytes) throws Exception {
        Path folder = Scratch.fresh();
        Path zip = Files.write(folder.resolve("articles.zip"), bytes);
        Path corpus = folder.resolve("corpus");
        try (CorpusStore store = CorpusStore.create(corpus, "fuzz")) {
            ImportReport report = Importers.importInto(store, List.of(zip), LIMITS, ProgressListener.NONE);
            for (String problem : report.problems()) {
                if (!problem.startsWith(zip.toString())) {
                    throw new AssertionError("a problem that does not name the archive: " + problem);
                }
            }
        }
        CorpusStore reopened = CorpusStore.open(corpus);
        for (DocumentEntry entry : reopened.corpus().getDocuments()) {
            Oracle.validAndReadsBack(org.eclipse.emf.ecore.util.EcoreUtil.copy(reopened.load(entry)));
        }
    }
}
