package org.sayer.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.regexp_extract;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.trim;

import java.io.IOException;

import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;

/**
 * The corpus-wide figures, by Spark SQL over the written tables: claims per speaker, per type, per
 * month (when documents carry a {@code published} date) and the top cues. Each is written as
 * Parquet ({@code figures/NAME/}, every row) and as one small CSV file ({@code figures/NAME.csv},
 * the first {@value #CSV_ROWS} rows) to open in a spreadsheet.
 */
public final class CorpusFigures {

    static final int CSV_ROWS = 1000;
    static final int TOP_CUES = 100;

    private CorpusFigures() {
    }

    /**
     * The corpus-wide speakers table from each document's speakers: one speaker is one name (case
     * aside) and type across documents, as the registry of {@code ./sayer annotate --out CORPUS} has it.
     */
    public static Dataset<Row> speakers(Dataset<Row> documentSpeakers) {
        return documentSpeakers.groupBy(lower(col("name")).as("speaker_key"), col("type"))
                .agg(functions.min(col("name")).as("name"), countDistinct(col("doc_id")).as("documents"),
                        sum(col("mentions")).as("mentions"), sum(col("claims")).as("claims"),
                        functions.slice(functions.array_sort(functions.array_distinct(functions.flatten(functions.collect_list(col("aliases"))))),
                                1, 20).as("aliases"))
                .select("speaker_key", "name", "type", "documents", "mentions", "claims", "aliases");
    }

    /** A document's month ({@code 2024-03}) from its {@code published} date; "" when it has none. */
    static Column month(Column published) {
        return regexp_extract(published, "^(\\d{4}-\\d{2})", 1);
    }

    /**
     * Writes the figures of {@code attributions} and {@code documents} (the rows of the tables of
     * those names); {@code dated}: some claims are in documents with a month, so claims per month is written.
     */
    public static void write(SparkSession spark, Dataset<Row> attributions, Dataset<Row> documents, boolean dated, String figuresPath)
            throws IOException {
        write(inOrder(attributions.where(col("speaker_name").isNotNull())
                .groupBy(lower(col("speaker_name")).as("speaker_key"), col("speaker_type"))
                .agg(functions.min(col("speaker_name")).as("speaker"), count(functions.lit(1)).as("claims"),
                        countDistinct(col("doc_id")).as("documents"))
                .select(col("speaker"), col("speaker_type"), col("claims"), col("documents")), col("claims").desc(), col("speaker")),
                figuresPath, "claims_per_speaker", spark);
        write(inOrder(attributions.groupBy(col("type")).agg(count(functions.lit(1)).as("claims")), col("claims").desc(), col("type")),
                figuresPath, "claims_per_type", spark);
        if (dated) {
            Column month = month(col("published"));
            write(inOrder(attributions.where(month.notEqual("")).groupBy(month.as("month"))
                    .agg(count(functions.lit(1)).as("claims"), countDistinct(col("doc_id")).as("documents")), col("month")),
                    figuresPath, "claims_per_month", spark);
        }
        write(attributions.where(col("cue").isNotNull()).groupBy(lower(trim(col("cue"))).as("cue"))
                .agg(count(functions.lit(1)).as("claims")).orderBy(col("claims").desc(), col("cue")).limit(TOP_CUES),
                figuresPath, "top_cues", spark);
        write(documents.agg(count(functions.lit(1)).as("documents"), sum(col("claims")).as("claims"),
                sum(col("mentions")).as("mentions"), sum(col("cues")).as("cues")), figuresPath, "totals", spark);
    }

    /**
     * A figure sorted in the one partition it is written from: the same order as a global sort,
     * without the sampling job and second shuffle that a global sort (range partitioning) costs.
     */
    private static Dataset<Row> inOrder(Dataset<Row> figure, Column... order) {
        return figure.coalesce(1).sortWithinPartitions(order);
    }

    private static void write(Dataset<Row> figure, String figuresPath, String name, SparkSession spark) throws IOException {
        // Computed once, in one partition (one file each keeps the order), and kept for the second
        // file: the CSV is the first rows of the same result, not a second query or a read-back.
        Dataset<Row> computed = figure.coalesce(1).persist(StorageLevel.MEMORY_AND_DISK());
        String csvFolder = figuresPath + "/." + name + ".csv-parts";
        try {
            computed.write().parquet(figuresPath + "/" + name);
            computed.limit(CSV_ROWS).write().option("header", "true").csv(csvFolder);
        } finally {
            computed.unpersist();
        }
        Path folder = new Path(csvFolder);
        FileSystem fs = folder.getFileSystem(spark.sparkContext().hadoopConfiguration());
        for (FileStatus part : fs.listStatus(folder)) {
            if (part.getPath().getName().endsWith(".csv")) {
                fs.rename(part.getPath(), new Path(figuresPath, name + ".csv"));
            }
        }
        fs.delete(folder, true);
    }
}
