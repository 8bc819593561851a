package org.sayer.spark;

import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The schema of what the annotating task returns: one row per input record, either a document
 * (its gold JSONL line, its figures, its attributions and speakers) or an error.
 */
public final class AnnotatedDocuments {

    public static final String ID = "id";
    public static final String ERROR = "error";
    public static final String EXCERPT = "excerpt";
    public static final String GOLD = "gold";
    public static final String ATTRIBUTIONS = "attributions";
    public static final String SPEAKERS = "speakers";

    /** One claim, with its speaker resolved; offsets are code points into the text, as in gold JSONL. */
    public static final StructType ATTRIBUTION = new StructType()
            .add("id", DataTypes.StringType)
            .add("type", DataTypes.StringType)
            .add("mention_id", DataTypes.StringType)
            .add("speaker_id", DataTypes.StringType)
            .add("speaker_name", DataTypes.StringType)
            .add("speaker_type", DataTypes.StringType)
            .add("cue", DataTypes.StringType)
            .add("cue_begin", DataTypes.IntegerType)
            .add("cue_end", DataTypes.IntegerType)
            .add("content", DataTypes.StringType)
            .add("content_begin", DataTypes.IntegerType)
            .add("content_end", DataTypes.IntegerType)
            .add("confidence", DataTypes.DoubleType)
            .add("parent_id", DataTypes.StringType);

    /** A speaker of one document, as the document's gold JSONL lists it. */
    public static final StructType SPEAKER = new StructType()
            .add("id", DataTypes.StringType)
            .add("name", DataTypes.StringType)
            .add("type", DataTypes.StringType)
            .add("aliases", new ArrayType(DataTypes.StringType, false))
            .add("role", DataTypes.StringType)
            .add("organisation", DataTypes.StringType)
            .add("mentions", DataTypes.IntegerType)
            .add("claims", DataTypes.IntegerType);

    public static final StructType SCHEMA = new StructType()
            .add(InputRecords.ORDER, DataTypes.LongType)
            .add(InputRecords.INPUT, DataTypes.StringType)
            .add(ID, DataTypes.StringType)
            .add(ERROR, DataTypes.StringType)
            .add(EXCERPT, DataTypes.StringType)
            .add(GOLD, DataTypes.StringType)
            .add("title", DataTypes.StringType)
            .add("source", DataTypes.StringType)
            .add("url", DataTypes.StringType)
            .add("published", DataTypes.StringType)
            .add("language", DataTypes.StringType)
            .add("metadata", DataTypes.StringType)
            .add("characters", DataTypes.IntegerType)
            .add("mentions", DataTypes.IntegerType)
            .add("cues", DataTypes.IntegerType)
            .add("claims", DataTypes.IntegerType)
            .add(ATTRIBUTIONS, new ArrayType(ATTRIBUTION, false))
            .add(SPEAKERS, new ArrayType(SPEAKER, false));

    private AnnotatedDocuments() {
    }
}
