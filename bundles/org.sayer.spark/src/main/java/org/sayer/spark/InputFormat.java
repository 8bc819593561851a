package org.sayer.spark;

import java.io.IOException;
import java.util.Locale;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The three kinds of input the job reads from any Hadoop path (local, {@code hdfs://}, {@code s3a://}):
 * JSONL documents, folders of {@code .txt} articles, and Parquet with {@code id} and {@code text}.
 */
public enum InputFormat {
    JSONL, TXT, PARQUET;

    /** The format named by the user ({@code jsonl}, {@code txt}, {@code parquet}). */
    public static InputFormat named(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--input-format must be jsonl, txt or parquet, not " + name, e);
        }
    }

    /**
     * The format of {@code path} from its extension or, for a folder, from the first data file in
     * it: Spark and Hadoop write folders of part files, which carry the extension.
     */
    public static InputFormat detect(String path, Configuration hadoop) throws IOException {
        Path p = new Path(path);
        FileSystem fs = p.getFileSystem(hadoop);
        if (!fs.exists(p)) {
            throw new IOException(path + ": no such file or folder");
        }
        if (fs.getFileStatus(p).isFile()) {
            return byName(p.getName(), path);
        }
        for (FileStatus status : fs.listStatus(p)) {
            String name = status.getPath().getName();
            if (status.isFile() && !name.startsWith("_") && !name.startsWith(".")) {
                InputFormat format = byName(name, null);
                if (format != null) {
                    return format;
                }
            }
        }
        return TXT; // a folder of articles, perhaps in sub-folders
    }

    private static InputFormat byName(String name, String pathForError) throws IOException {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".parquet")) {
            return PARQUET;
        }
        if (lower.matches(".*\\.jsonl?(\\.(gz|bz2|zst|snappy|lz4))?")) {
            return JSONL;
        }
        if (lower.endsWith(".txt")) {
            return TXT;
        }
        if (pathForError == null) {
            return null;
        }
        throw new IOException(pathForError + ": not .jsonl, .txt or .parquet; say which with --input-format");
    }
}
