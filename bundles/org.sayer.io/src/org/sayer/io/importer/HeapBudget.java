package org.sayer.io.importer;

import java.util.Locale;

/**
 * The largest document this process's Java heap can take for a kind of work. A larger one is
 * refused by name before work on it starts, instead of running out of memory halfway. The
 * figures are the peak heap per byte of input, measured on real news, with room for the garbage
 * collector to work (bench/run.sh MemoryBench for annotate).
 */
public enum HeapBudget {

    /** The bytes read, the text, and EMF's XML of it while it is saved: a 20 MB text needed 211 MB. */
    IMPORT("import", 14),
    /** The pipeline's tokens and annotations above all: a 5 MB text needed 200 MB. */
    ANNOTATE("annotate", 40);

    /** What the runtime, the pipeline's models and a corpus index take before any document. */
    static final long RESERVED_BYTES = 48L << 20;

    private final String work;
    private final int heapPerInputByte;

    HeapBudget(String work, int heapPerInputByte) {
        this.work = work;
        this.heapPerInputByte = heapPerInputByte;
    }

    /** The largest document, in bytes of input, that a heap of {@code maxHeapBytes} can take. */
    public long maxDocumentBytes(long maxHeapBytes) {
        return Math.max(0, (maxHeapBytes - RESERVED_BYTES) / heapPerInputByte);
    }

    /** The largest document for this process's heap (-Xmx, which SAYER_HEAP sets). */
    public long maxDocumentBytes() {
        return maxDocumentBytes(Runtime.getRuntime().maxMemory());
    }

    /** Refuses a document of {@code bytes} found at {@code where} (the user's file, line or entry) when the heap cannot take it. */
    public void check(String where, long bytes) throws LimitExceededException {
        long heap = Runtime.getRuntime().maxMemory();
        long max = maxDocumentBytes(heap);
        if (bytes > max) {
            throw new LimitExceededException(where, String.format(Locale.ROOT,
                    "a document of %.1f MB, more than the %.1f MB one document may have to %s with a heap of %d MB;"
                            + " give more with SAYER_HEAP (e.g. SAYER_HEAP=8g ./sayer ...) or split the input",
                    bytes / 1048576.0, max / 1048576.0, work, heap >> 20));
        }
    }
}
