package org.sayer.fuzz;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
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
 *
 * <p>Most inputs are no readable archive and add nothing. The corpus is kept from one input to the
 * next while its files stay byte for byte those of the empty corpus, which opened before; an input
 * that changes them is checked in full (reopened, every document loaded and read back), and the
 * next input gets a new corpus.
 */
class ZipReaderFuzzTest {

    /** Small limits, so that a bomb is caught within a fuzz input's time. */
    private static final ImportLimits LIMITS = new ImportLimits(1 << 20, 1 << 20, 1 << 20, 4 << 20, 1_000, 200);

    private static CorpusStore store;
    private static byte[] emptyIndex;

    @FuzzTest
    void importsOrReportsByName(byte[] bytes) throws Exception {
        Path zip = Files.write(Scratch.fresh().resolve("articles.zip"), bytes);
        if (store == null) {
            store = CorpusStore.create(Scratch.empty("zip-corpus"), "fuzz");
            emptyIndex = Files.readAllBytes(store.folder().resolve(CorpusStore.INDEX_FILE));
        }
        Path corpus = store.folder();
        ImportReport report = Importers.importInto(store, List.of(zip), LIMITS, ProgressListener.NONE);
        for (String problem : report.problems()) {
            if (!problem.startsWith(zip.toString())) {
                throw new AssertionError("a problem that does not name the archive: " + problem);
            }
        }
        if (report.documents() == 0 && Arrays.equals(emptyIndex, Files.readAllBytes(corpus.resolve(CorpusStore.INDEX_FILE)))
                && noDocumentFiles(corpus)) {
            return;
        }
        store.close();
        store = null;
        CorpusStore reopened = CorpusStore.open(corpus);
        for (DocumentEntry entry : reopened.corpus().getDocuments()) {
            Oracle.validAndReadsBack(EcoreUtil.copy(reopened.load(entry)));
        }
    }

    private static boolean noDocumentFiles(Path corpus) throws Exception {
        Path documents = corpus.resolve(CorpusStore.DOCUMENTS_FOLDER);
        if (!Files.isDirectory(documents)) {
            return true;
        }
        try (Stream<Path> files = Files.list(documents)) {
            return files.findAny().isEmpty();
        }
    }
}
