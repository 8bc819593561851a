package org.sayer.io.importer;

/**
 * Bounds that keep hostile input from exhausting memory or disk: zip bombs, endless lines,
 * archives with millions of entries.
 *
 * @param maxWholeFileBytes largest text, HTML or XMI file (these are read whole: one document each)
 * @param maxLineBytes      longest JSONL line (one document; {@link HeapBudget#IMPORT} may allow less)
 * @param maxZipEntryBytes  largest uncompressed zip entry
 * @param maxZipTotalBytes  largest uncompressed archive, all entries together
 * @param maxZipEntries     most entries in one archive
 * @param maxZipRatio       highest expansion of an entry over its compressed size, once past 1 MB
 */
public record ImportLimits(long maxWholeFileBytes, int maxLineBytes, long maxZipEntryBytes, long maxZipTotalBytes,
        int maxZipEntries, int maxZipRatio) {

    public static final ImportLimits DEFAULT = new ImportLimits(256L << 20, 256 << 20, 256L << 20, 2L << 30, 100_000, 200);
}
