package org.sayer.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * The Spark job behind {@code ./sayer spark annotate}: reads documents, annotates them with one
 * pipeline per partition, and writes under OUT:
 * <ul>
 * <li>{@code gold/}: gold JSONL in part files, each line what {@code ./sayer annotate --format jsonl} writes;</li>
 * <li>{@code errors/}: one JSON line per record that failed (input, id, error, excerpt);</li>
 * <li>{@code documents/}, {@code attributions/}, {@code speakers/}: Parquet tables for Spark SQL;</li>
 * <li>{@code figures/}: corpus-wide figures as Parquet and as small CSV files ({@link CorpusFigures}).</li>
 * </ul>
 * A record that fails never fails the job: every input record ends up in gold or in errors.
 */
public final class SparkAnnotateJob {

    public static final String GOLD = "gold";
    public static final String ERRORS = "errors";
    public static final String DOCUMENTS = "documents";
    public static final String ATTRIBUTIONS = "attributions";
    public static final String SPEAKERS = "speakers";
    public static final String FIGURES = "figures";

    /** What a run did: every record read is written or counted as an error. */
    public record Report(long records, long written, long failed, long partitions, double startSeconds,
            double annotateSeconds, double wallSeconds) {

        public String summary() {
            return String.format(Locale.ROOT,
                    "read %d records; wrote %d documents, %d failed; %d pipelines (%.2f s each to start); "
                            + "annotating took %.1f s in tasks (%.1f documents/s per task); %.1f s in all (%.1f documents/s)",
                    records, written, failed, partitions, partitions == 0 ? 0.0 : startSeconds / partitions, annotateSeconds,
                    annotateSeconds > 0 ? records / annotateSeconds : 0.0, wallSeconds, wallSeconds > 0 ? written / wallSeconds : 0.0);
        }
    }

    private SparkAnnotateJob() {
    }

    /**
     * Annotates {@code inputs} into {@code out}, which must not exist yet. {@code format} null: from
     * each path's extension. {@code partitions} 0: as Spark reads the input, but at least one per task slot.
     */
    public static Report run(SparkSession spark, List<String> inputs, String out, InputFormat format, int partitions)
            throws IOException {
        long started = System.nanoTime();
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        Path outPath = new Path(out);
        if (outPath.getFileSystem(hadoop).exists(outPath)) {
            throw new IOException(out + ": already exists; give a new folder");
        }
        InputFormat chosen = format;
        if (chosen == null) {
            chosen = InputFormat.detect(inputs.get(0), hadoop);
            for (String input : inputs.subList(1, inputs.size())) {
                if (InputFormat.detect(input, hadoop) != chosen) {
                    throw new IOException(input + ": not " + chosen.name().toLowerCase(Locale.ROOT) + " like " + inputs.get(0)
                            + "; run one format at a time");
                }
            }
        }
        Dataset<Row> records = InputRecords.read(spark, inputs, chosen);
        // A small input is read as one partition; spread it so that every task slot gets work.
        int wanted = partitions > 0 ? partitions : spark.sparkContext().defaultParallelism();
        if (partitions > 0 || records.rdd().getNumPartitions() < wanted) {
            records = records.repartition(wanted);
        }
        JobMetrics metrics = JobMetrics.register(spark.sparkContext());
        // The pipeline runs once, into the one cache that every output below reads.
        Dataset<Row> annotated = records.mapPartitions(new PartitionAnnotator(metrics), Encoders.row(AnnotatedDocuments.SCHEMA))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            Dataset<Row> checked = refuseRepeatedIds(spark, annotated);
            Column month = CorpusFigures.month(col("published"));
            Row counts = checked.agg(functions.count(functions.lit(1)), functions.count(col(AnnotatedDocuments.ERROR)), // skips nulls
                    functions.sum(functions.when(col(AnnotatedDocuments.ERROR).isNull().and(month.notEqual("")), col("claims"))))
                    .first();
            long read = counts.getLong(0);
            long failed = counts.getLong(1);
            boolean dated = !counts.isNullAt(2) && counts.getLong(2) > 0; // claims in documents with a month
            Dataset<Row> documents = checked.where(col(AnnotatedDocuments.ERROR).isNull());
            documents.select(AnnotatedDocuments.GOLD).write().text(out + "/" + GOLD);
            renameParts(out + "/" + GOLD, ".txt", ".jsonl", hadoop);
            checked.where(col(AnnotatedDocuments.ERROR).isNotNull())
                    .select(InputRecords.INPUT, AnnotatedDocuments.ID, AnnotatedDocuments.ERROR, AnnotatedDocuments.EXCERPT)
                    .coalesce(1).write().json(out + "/" + ERRORS);
            Dataset<Row> documentsTable = documents.select(col(AnnotatedDocuments.ID), col("title"), col("source"), col("url"),
                    col("published"), col("language"), col("metadata"), col("characters"),
                    functions.size(col(AnnotatedDocuments.SPEAKERS)).as("speakers"), col("mentions"), col("cues"), col("claims"));
            documentsTable.write().parquet(out + "/" + DOCUMENTS);
            Dataset<Row> attributions = documents.select(col(AnnotatedDocuments.ID).as("doc_id"), col("published"),
                    explode(col(AnnotatedDocuments.ATTRIBUTIONS)).as("a")).select(col("doc_id"), col("published"), col("a.*"));
            attributions.write().parquet(out + "/" + ATTRIBUTIONS);
            Dataset<Row> documentSpeakers = documents.select(col(AnnotatedDocuments.ID).as("doc_id"),
                    explode(col(AnnotatedDocuments.SPEAKERS)).as("s")).select(col("doc_id"), col("s.*"));
            CorpusFigures.speakers(documentSpeakers).write().parquet(out + "/" + SPEAKERS);

            // from the cache, not from the tables just written: reading Parquet back costs more than the figures
            CorpusFigures.write(spark, attributions, documentsTable, dated, out + "/" + FIGURES);
            return new Report(read, read - failed, failed, metrics.partitions().value(), metrics.startNanos().value() / 1e9,
                    metrics.annotateNanos().value() / 1e9, (System.nanoTime() - started) / 1e9);
        } finally {
            annotated.unpersist();
        }
    }

    /**
     * A document id that an earlier record (in input order) used already makes an error, as in
     * {@code ./sayer annotate}: ids name documents in a corpus and must stay unique. The repeated
     * ids (none, or few) are gathered once, on the driver; the records are marked by a broadcast
     * join with them, which no output needs when there are none.
     */
    private static Dataset<Row> refuseRepeatedIds(SparkSession spark, Dataset<Row> annotated) {
        StructType repeatedSchema = new StructType().add("repeated_id", DataTypes.StringType).add("first_order", DataTypes.LongType);
        List<Row> repeatedIds = annotated.where(col(AnnotatedDocuments.ERROR).isNull())
                .groupBy(col(AnnotatedDocuments.ID).as("repeated_id"))
                .agg(functions.min(col(InputRecords.ORDER)).as("first_order"), functions.count(functions.lit(1)).as("uses"))
                .where(col("uses").gt(1)).select("repeated_id", "first_order").collectAsList();
        if (repeatedIds.isEmpty()) {
            return annotated;
        }
        Column repeated = col("first_order").isNotNull().and(col(InputRecords.ORDER).notEqual(col("first_order")));
        List<Column> columns = new ArrayList<>();
        for (String name : annotated.columns()) {
            Column column = col(name);
            if (name.equals(AnnotatedDocuments.ERROR)) {
                column = functions.when(repeated, functions.concat(col(InputRecords.INPUT), functions.lit(": document id \""),
                        col(AnnotatedDocuments.ID), functions.lit("\" was already used by an earlier input"))).otherwise(column);
            } else if (name.equals(AnnotatedDocuments.EXCERPT)) {
                column = functions.when(repeated, functions.substring(col(AnnotatedDocuments.GOLD), 1, 200)).otherwise(column);
            }
            columns.add(column.as(name));
        }
        Dataset<Row> repeatedTable = functions.broadcast(spark.createDataFrame(repeatedIds, repeatedSchema));
        return annotated.join(repeatedTable, col(AnnotatedDocuments.ID).equalTo(col("repeated_id")), "left_outer")
                .select(columns.toArray(Column[]::new));
    }

    /** Spark's text writer names its parts .txt; gold JSONL parts are named .jsonl. */
    private static void renameParts(String folder, String from, String to, Configuration hadoop) throws IOException {
        Path path = new Path(folder);
        FileSystem fs = path.getFileSystem(hadoop);
        for (FileStatus part : fs.listStatus(path)) {
            String name = part.getPath().getName();
            if (name.endsWith(from)) {
                fs.rename(part.getPath(), new Path(path, name.substring(0, name.length() - from.length()) + to));
            }
        }
    }

    // ------------------------------------------------------------------------------------------
    // command line

    /** {@code IN... OUT [--master URL] [--input-format jsonl|txt|parquet] [--partitions N]} */
    public static void main(String[] args) throws Exception {
        System.exit(run(args, System.out, System.err));
    }

    static final String USAGE = "usage: sayer spark annotate IN... OUT [--master local[N]|URL] [--input-format jsonl|txt|parquet] [--partitions N]";

    public static int run(String[] args, PrintStream out, PrintStream err) {
        List<String> paths = new ArrayList<>();
        String master = null;
        InputFormat format = null;
        int partitions = 0;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--master" -> master = value(args, ++i, "--master");
                    case "--input-format" -> format = InputFormat.named(value(args, ++i, "--input-format"));
                    case "--partitions" -> partitions = Integer.parseInt(value(args, ++i, "--partitions"));
                    case "--help", "-h" -> {
                        out.println(USAGE);
                        return 0;
                    }
                    default -> {
                        if (args[i].startsWith("--")) {
                            throw new IllegalArgumentException("unknown option " + args[i]);
                        }
                        paths.add(args[i]);
                    }
                }
            }
            if (paths.size() < 2) {
                throw new IllegalArgumentException("give at least one IN and the OUT folder");
            }
        } catch (IllegalArgumentException e) {
            err.println("sayer spark annotate: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        SparkSession.Builder builder = SparkSession.builder().appName("sayer annotate");
        if (master != null) {
            builder.master(master);
            if (master.startsWith("local") && System.getProperty("spark.ui.enabled") == null) {
                // no one watches a run of ./sayer spark in a browser: no web server and its threads
                builder.config("spark.ui.enabled", "false");
            }
        }
        SparkSession spark = builder.getOrCreate();
        JobSettings.apply(spark);
        try {
            Report report = run(spark, paths.subList(0, paths.size() - 1), paths.get(paths.size() - 1), format, partitions);
            err.println("sayer spark annotate: " + report.summary() + "; wrote " + paths.get(paths.size() - 1));
            if (report.failed() > 0) {
                err.println("sayer spark annotate: the failed records and why are in " + paths.get(paths.size() - 1) + "/" + ERRORS);
            }
            return report.failed() > 0 ? 1 : 0;
        } catch (IOException | RuntimeException e) {
            err.println("sayer spark annotate: " + (e.getMessage() != null ? e.getMessage() : e.toString()));
            return 1;
        } finally {
            spark.stop();
        }
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }
}
