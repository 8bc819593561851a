package org.sayer.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;
import static org.apache.spark.sql.functions.trim;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Reads the input into one row per document-to-be: {@code order} (input order, for choosing the
 * first of two documents with one id), {@code input} (the file it came from), {@code kind}
 * ({@code json} or {@code text}) and {@code record}: a JSON object for JSONL and Parquet, the whole
 * file for a text. A record is parsed into a document only inside the task, so a corrupt one
 * becomes an error row there instead of failing the read.
 */
public final class InputRecords {

    public static final String ORDER = "order";
    public static final String INPUT = "input";
    public static final String KIND = "kind";
    public static final String RECORD = "record";
    public static final String JSON = "json";
    public static final String TEXT = "text";

    private InputRecords() {
    }

    public static Dataset<Row> read(SparkSession spark, List<String> paths, InputFormat format) throws IOException {
        String[] all = paths.toArray(String[]::new);
        Dataset<Row> records = switch (format) {
            // Blank lines are no documents, as in ./sayer annotate.
            case JSONL -> spark.read().text(all)
                    .select(col("_metadata.file_path").as(INPUT), lit(JSON).as(KIND), col("value").as(RECORD))
                    .where(trim(col(RECORD)).notEqual(""));
            case TXT -> spark.read().option("wholetext", "true").option("recursiveFileLookup", "true")
                    .option("pathGlobFilter", "*.txt").text(all)
                    .select(col("_metadata.file_path").as(INPUT), lit(TEXT).as(KIND), col("value").as(RECORD));
            case PARQUET -> parquet(spark, all);
        };
        return records.withColumn(ORDER, monotonically_increasing_id());
    }

    /** Every column goes into the JSON record, so the ones other than id and text become metadata, as in JSONL. */
    private static Dataset<Row> parquet(SparkSession spark, String[] paths) throws IOException {
        Dataset<Row> table = spark.read().parquet(paths);
        List<String> columns = Arrays.asList(table.columns());
        if (!columns.contains("id") || !columns.contains("text")) {
            throw new IOException(String.join(", ", paths) + ": the Parquet input needs the columns id and text; it has "
                    + String.join(", ", columns));
        }
        return table.select(col("_metadata.file_path").as(INPUT), lit(JSON).as(KIND),
                to_json(struct(Arrays.stream(table.columns()).map(c -> col("`" + c + "`")).toArray(org.apache.spark.sql.Column[]::new)))
                        .as(RECORD));
    }
}
