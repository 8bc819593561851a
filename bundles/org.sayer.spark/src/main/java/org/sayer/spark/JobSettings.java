package org.sayer.spark;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark SQL settings that {@code ./sayer spark annotate} and {@code spark-submit} give the job's
 * session, each only where the user set none ({@code --conf} or {@code -Dspark...} wins). They
 * change how fast the outputs are made, never what they hold.
 */
final class JobSettings {

    /** Input splits per task slot when the input is small enough to be read in fewer. */
    static final int SPLITS_PER_SLOT = 4;

    private JobSettings() {
    }

    /** The settings for {@code spark}, given what the user set already; applied by {@link #apply}. */
    static Map<String, String> chosen(SparkSession spark) {
        SparkConf given = spark.sparkContext().getConf();
        Map<String, String> settings = new LinkedHashMap<>();
        // Every annotated document is cached once, and most of its bytes are its gold line: text no
        // other document has. The cache's compression schemes (dictionary, run length) try every
        // value of every batch, cloning each string into a dictionary they then reject; off, the
        // cache costs a copy per value and about the same memory.
        settings.put("spark.sql.inMemoryColumnarStorage.compressed", "false");
        // A cached batch is built in growing buffers that live until the batch is full: 10,000
        // documents (the default) make buffers of tens of MB that every young collection copies
        // again; 1,000 keep them small, and a batch of the cache is still far above per-batch costs.
        settings.put("spark.sql.inMemoryColumnarStorage.batchSize", "1000");
        if (spark.sparkContext().isLocal()) {
            // The figures and the speakers table are small aggregations, and in local mode there are
            // only as many cores as tasks: 200 shuffle partitions there are 200 files per map task
            // and 200 tasks of nothing per query (the adaptive planner merges them only afterwards).
            settings.put("spark.sql.shuffle.partitions", Integer.toString(spark.sparkContext().defaultParallelism()));
        }
        int slots = spark.sparkContext().defaultParallelism();
        if (slots > 1) {
            // A small or single input file is read in about one split per task slot, so each task
            // gets one long partition and the job waits at its end for the slowest of them (the one
            // whose core also ran the driver and the JIT compiler): a tenth of a local[2] run.
            // Smaller splits let a slot that is done take the next; a partition costs a pipeline
            // start (0.3 s once the first has loaded the models).
            settings.put("spark.sql.files.minPartitionNum", Integer.toString(SPLITS_PER_SLOT * slots));
            if (spark.sparkContext().isLocal()) {
                // and at most 8 MB (about 4,000 articles, 10-15 s of a task) instead of 128 MB, so
                // that the last split a slot takes ends near the others' (a cluster run gives --partitions)
                settings.put("spark.sql.files.maxPartitionBytes", Integer.toString(8 << 20));
            }
        }
        settings.keySet().removeIf(given::contains);
        return settings;
    }

    static void apply(SparkSession spark) {
        chosen(spark).forEach((key, value) -> spark.conf().set(key, value));
    }
}
