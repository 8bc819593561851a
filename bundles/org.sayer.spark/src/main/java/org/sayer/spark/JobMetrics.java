package org.sayer.spark;

import java.io.Serializable;

import org.apache.spark.SparkContext;
import org.apache.spark.util.LongAccumulator;

/**
 * What the tasks report back for the cost model: partitions that made a pipeline, the time that
 * took, and the time spent annotating (in task threads, summed over all of them).
 */
public record JobMetrics(LongAccumulator partitions, LongAccumulator startNanos, LongAccumulator annotateNanos)
        implements Serializable {

    public static JobMetrics register(SparkContext context) {
        return new JobMetrics(context.longAccumulator("sayer pipelines made"), context.longAccumulator("sayer pipeline start-up ns"),
                context.longAccumulator("sayer annotation ns"));
    }
}
