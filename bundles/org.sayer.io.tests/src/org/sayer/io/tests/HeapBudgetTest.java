package org.sayer.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sayer.io.ProgressListener;
import org.sayer.io.importer.HeapBudget;
import org.sayer.io.importer.ImportLimits;
import org.sayer.io.importer.ImportReport;
import org.sayer.io.importer.Importers;
import org.sayer.io.importer.LimitExceededException;
import org.sayer.model.store.CorpusStore;

/** A document larger than the heap can take is refused by name before it is read, not by running out of memory. */
class HeapBudgetTest {

    @TempDir
    Path folder;

    @Test
    void theBudgetGrowsWithTheHeapAndTakesWhatTheBenchmarksRan() {
        long mb = 1 << 20;
        // bench/run.sh MemoryBench annotates 5 MB within a 300 MB heap; the default heap (2 GB) imports 128 MB
        assertTrue(HeapBudget.ANNOTATE.maxDocumentBytes(300 * mb) >= 5 * mb);
        assertTrue(HeapBudget.IMPORT.maxDocumentBytes(2048 * mb) >= 128 * mb);
        assertTrue(HeapBudget.ANNOTATE.maxDocumentBytes(2048 * mb) > HeapBudget.ANNOTATE.maxDocumentBytes(300 * mb));
        assertTrue(HeapBudget.ANNOTATE.maxDocumentBytes(300 * mb) < HeapBudget.IMPORT.maxDocumentBytes(300 * mb),
                "annotating takes more heap per byte than importing");
        assertEquals(0, HeapBudget.IMPORT.maxDocumentBytes(16 * mb), "a heap below the runtime's own share takes nothing");
    }

    @Test
    void aDocumentAboveTheBudgetIsRefusedByNameWithWhatToDo() throws Exception {
        long over = HeapBudget.ANNOTATE.maxDocumentBytes() + 1;
        LimitExceededException refused = assertThrows(LimitExceededException.class,
                () -> HeapBudget.ANNOTATE.check("news.jsonl:7", over));
        assertTrue(refused.getMessage().startsWith("news.jsonl:7: a document of "), refused.getMessage());
        assertTrue(refused.getMessage().contains("to annotate with a heap of") && refused.getMessage().contains("SAYER_HEAP"),
                refused.getMessage());
        HeapBudget.ANNOTATE.check("news.jsonl:8", over - 1); // just fits
    }

    @Test
    void importRefusesATextTooLargeForTheHeapBeforeReadingItAndImportsTheRest() throws Exception {
        // A sparse file: as large as the budget allows plus one byte, and nothing to read on disk. Read,
        // its zero bytes would be refused as binary data; refused by its size, nothing of it is read.
        Path huge = folder.resolve("huge.txt");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(HeapBudget.IMPORT.maxDocumentBytes() + 1);
        }
        Path small = Files.writeString(folder.resolve("small.txt"), "Title\nShe said yes.");
        ImportLimits noStaticLimit = new ImportLimits(Long.MAX_VALUE, 64 << 20, Long.MAX_VALUE, Long.MAX_VALUE, 100_000, 200);
        CorpusStore store = CorpusStore.create(folder.resolve("corpus"), "c");
        ImportReport report = Importers.importInto(store, List.of(huge, small), noStaticLimit, ProgressListener.NONE);
        assertEquals(1, report.problems().size(), report.problems().toString());
        String problem = report.problems().get(0);
        assertTrue(problem.startsWith(huge + ": a document of ") && problem.contains("to import with a heap of")
                && problem.contains("SAYER_HEAP"), problem);
        assertEquals(List.of("small"), store.documentIds());
    }

    /**
     * A JSONL line is one document and gets the same check, before it is held or parsed: refused by
     * file and line with its size and the heap, and the lines around it import. Before, only a fixed
     * 64 MB line limit applied, so a smaller heap ran out of memory on a line below it.
     */
    @Test
    void importRefusesAJsonlLineTooLargeForTheHeapByNumberAndImportsTheOtherLines() throws Exception {
        long budget = HeapBudget.IMPORT.maxDocumentBytes();
        assertTrue(budget < Integer.MAX_VALUE, "a test heap below 28 GB");
        // Line 2 is budget + 1 zero bytes, a hole in a sparse file: reading past it costs no disk.
        Path jsonl = folder.resolve("news.jsonl");
        try (RandomAccessFile file = new RandomAccessFile(jsonl.toFile(), "rw")) {
            byte[] first = "{\"id\": \"before\", \"text\": \"She said yes.\"}\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            file.write(first);
            file.seek(first.length + budget + 1);
            file.write("\n{\"id\": \"after\", \"text\": \"He said no.\"}\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        ImportLimits onlyTheHeap = new ImportLimits(Long.MAX_VALUE, Integer.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE, 100_000, 200);
        CorpusStore store = CorpusStore.create(folder.resolve("corpus"), "c");
        ImportReport report = Importers.importInto(store, List.of(jsonl), onlyTheHeap, ProgressListener.NONE);
        assertEquals(1, report.problems().size(), report.problems().toString());
        String problem = report.problems().get(0);
        assertTrue(problem.startsWith(jsonl + ":2: a document of ") && problem.contains("to import with a heap of")
                && problem.contains("SAYER_HEAP") && problem.endsWith("(line skipped)"), problem);
        assertEquals(List.of("before", "after"), store.documentIds());
    }
}
