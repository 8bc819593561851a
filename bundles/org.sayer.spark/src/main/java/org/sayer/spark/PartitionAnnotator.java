package org.sayer.spark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.uima.resource.ResourceInitializationException;
import org.sayer.io.gold.GoldJsonlWriter;
import org.sayer.io.gold.ModelToGold;
import org.sayer.io.gold.Offsets;
import org.sayer.io.importer.JsonlDocuments;
import org.sayer.io.importer.TextImporter;
import org.sayer.model.Annotation;
import org.sayer.model.Cue;
import org.sayer.model.Document;
import org.sayer.model.SayerFactory;
import org.sayer.model.SpeakerMention;
import org.sayer.pipeline.Annotator;

/**
 * Annotates one partition: one pipeline for the whole partition (made on its first record, since
 * making one costs about a second), one row per record. A record that fails, in parsing or in
 * the pipeline, becomes a row with its error; the task goes on with the next.
 *
 * <p>Each document is read, annotated and written by the same code as {@code ./sayer annotate
 * --format jsonl}: {@link JsonlDocuments} or {@link TextImporter}, {@link Annotator} with a registry
 * of the document's own, and {@link GoldJsonlWriter}.
 */
public final class PartitionAnnotator implements MapPartitionsFunction<Row, Row> {

    private static final long serialVersionUID = 1L;

    /** How much of a failed record the error output keeps, to find it again. */
    private static final int EXCERPT_LENGTH = 200;

    private final JobMetrics metrics;

    public PartitionAnnotator(JobMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> records) {
        return new Iterator<>() {
            private Annotator annotator;
            private ByteArrayOutputStream buffer;
            private GoldJsonlWriter writer;

            @Override
            public boolean hasNext() {
                return records.hasNext();
            }

            @Override
            public Row next() {
                Row record = records.next();
                if (annotator == null) {
                    start();
                }
                long started = System.nanoTime();
                Row result = annotate(record);
                metrics.annotateNanos().add(System.nanoTime() - started);
                return result;
            }

            private void start() {
                long started = System.nanoTime();
                try {
                    annotator = Annotator.create();
                } catch (ResourceInitializationException e) {
                    throw new IllegalStateException("the Sayer pipeline could not start: " + e.getMessage(), e);
                }
                metrics.partitions().add(1);
                metrics.startNanos().add(System.nanoTime() - started);
                buffer = new ByteArrayOutputStream(1 << 16);
                writer = new GoldJsonlWriter(buffer, GoldJsonlWriter.ALL_REVIEWS);
                Annotator made = annotator;
                TaskContext task = TaskContext.get();
                if (task != null) { // null only when called outside Spark
                    task.addTaskCompletionListener((TaskContext done) -> made.close());
                }
            }

            private Row annotate(Row record) {
                long order = record.getLong(record.fieldIndex(InputRecords.ORDER));
                String input = record.getString(record.fieldIndex(InputRecords.INPUT));
                String kind = record.getString(record.fieldIndex(InputRecords.KIND));
                String text = record.getString(record.fieldIndex(InputRecords.RECORD));
                Document document = null;
                try {
                    document = document(input, kind, text);
                    annotator.annotate(document, SayerFactory.eINSTANCE.createCorpus());
                    // the gold JSON is made once: written as the line, and read for the table rows
                    JsonObject gold = ModelToGold.toJson(document, GoldJsonlWriter.ALL_REVIEWS);
                    buffer.reset();
                    writer.write(gold);
                    writer.flush();
                    String line = buffer.toString(StandardCharsets.UTF_8);
                    return documentRow(order, input, document, gold, line.substring(0, line.length() - 1));
                } catch (IOException e) {
                    // the reader's own message, naming the input, as ./sayer annotate reports it
                    return errorRow(order, input, document == null ? null : document.getId(), e.getMessage(), text);
                } catch (Exception | StackOverflowError e) {
                    String where = document == null ? input : input + ": document \"" + document.getId() + "\"";
                    return errorRow(order, input, document == null ? null : document.getId(),
                            where + ": annotation failed: " + message(e), text);
                }
            }
        };
    }

    /** The document of one record, read as ./sayer annotate reads it. */
    private static Document document(String input, String kind, String record) throws IOException {
        if (InputRecords.TEXT.equals(kind)) {
            if (record.isBlank()) {
                throw new IOException(input + ": empty file");
            }
            String path = java.net.URI.create(input).getPath(); // Spark gives the file as an encoded URI
            String name = path.substring(path.lastIndexOf('/') + 1);
            int dot = name.lastIndexOf('.');
            return TextImporter.fromText(dot > 0 ? name.substring(0, dot) : name, record);
        }
        return JsonlDocuments.fromObject(JsonlDocuments.parseObject(record, input), input);
    }

    /** UIMA wraps an engine's failure in messages of its own; the innermost one says what went wrong. */
    private static String message(Throwable error) {
        String message = error.toString();
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            message = t.getMessage() != null ? t.getMessage() : message;
        }
        return message;
    }

    private static Row errorRow(long order, String input, String id, String error, String record) {
        String excerpt = record == null ? null : record.length() > EXCERPT_LENGTH ? record.substring(0, EXCERPT_LENGTH) : record;
        return RowFactory.create(order, input, id, error, excerpt, null, null, null, null, null, null, null, null, null, null,
                null, null, null);
    }

    /** The document's row, its attributions and speakers taken from its gold JSON, so that ids and offsets agree with the line. */
    private static Row documentRow(long order, String input, Document document, JsonObject gold, String goldLine) {
        String text = document.getText();
        Offsets offsets = Offsets.of(text);

        Map<String, JsonObject> entities = byId(gold.getAsJsonArray("entities"));
        Map<String, String> mentionEntity = new HashMap<>();
        Map<String, Integer> mentionsPerEntity = new HashMap<>();
        for (JsonElement m : gold.getAsJsonArray("mentions")) {
            JsonObject mention = m.getAsJsonObject();
            String entity = string(mention, "entity");
            mentionEntity.put(mention.get("id").getAsString(), entity);
            if (entity != null) {
                mentionsPerEntity.merge(entity, 1, Integer::sum);
            }
        }
        Map<String, Integer> claimsPerEntity = new HashMap<>();
        List<Row> attributions = new ArrayList<>();
        for (JsonElement a : gold.getAsJsonArray("attributions")) {
            JsonObject attribution = a.getAsJsonObject();
            String mentionId = string(attribution, "source");
            String entityId = mentionId == null ? null : mentionEntity.get(mentionId);
            JsonObject entity = entityId == null ? null : entities.get(entityId);
            if (entityId != null) {
                claimsPerEntity.merge(entityId, 1, Integer::sum);
            }
            JsonArray cue = attribution.get("cue").isJsonNull() ? null : attribution.getAsJsonArray("cue");
            JsonArray content = attribution.getAsJsonArray("content");
            JsonElement confidence = attribution.get("confidence");
            attributions.add(RowFactory.create(
                    string(attribution, "id"), string(attribution, "type"), mentionId, entityId,
                    entity == null ? null : string(entity, "name"), entity == null ? null : string(entity, "type"),
                    cue == null ? null : covered(text, offsets, cue), cue == null ? null : cue.get(0).getAsInt(),
                    cue == null ? null : cue.get(1).getAsInt(),
                    covered(text, offsets, content), content.get(0).getAsInt(), content.get(1).getAsInt(),
                    confidence == null || confidence.isJsonNull() ? null : confidence.getAsDouble(),
                    string(attribution, "parent")));
        }
        List<Row> speakers = new ArrayList<>();
        for (JsonObject entity : entities.values()) {
            String id = string(entity, "id");
            List<String> aliases = new ArrayList<>();
            entity.getAsJsonArray("aliases").forEach(alias -> aliases.add(alias.getAsString()));
            speakers.add(RowFactory.create(id, string(entity, "name"), string(entity, "type"), aliases.toArray(String[]::new),
                    string(entity, "role"), string(entity, "organisation"), mentionsPerEntity.getOrDefault(id, 0),
                    claimsPerEntity.getOrDefault(id, 0)));
        }
        int mentions = 0;
        int cues = 0;
        for (Annotation annotation : document.getAnnotations()) {
            mentions += annotation instanceof SpeakerMention ? 1 : 0;
            cues += annotation instanceof Cue ? 1 : 0;
        }
        JsonObject metadata = new JsonObject();
        for (Map.Entry<String, String> entry : document.getMetadata()) {
            metadata.add(entry.getKey(), gold.get(entry.getKey()));
        }
        return RowFactory.create(order, input, document.getId(), null, null, goldLine, document.getTitle(), document.getSource(),
                document.getUrl(), document.getPublished(), document.getLanguage(), metadata.size() == 0 ? null : metadata.toString(),
                offsets.codePointLength(), mentions, cues, attributions.size(), attributions.toArray(Row[]::new),
                speakers.toArray(Row[]::new));
    }

    private static Map<String, JsonObject> byId(JsonArray array) {
        Map<String, JsonObject> map = new java.util.LinkedHashMap<>();
        for (JsonElement element : array) {
            map.put(element.getAsJsonObject().get("id").getAsString(), element.getAsJsonObject());
        }
        return map;
    }

    private static String covered(String text, Offsets offsets, JsonArray span) {
        return text.substring(offsets.toUtf16(span.get(0).getAsInt()), offsets.toUtf16(span.get(1).getAsInt()));
    }

    private static String string(JsonObject object, String key) {
        JsonElement value = object.get(key);
        return value == null || value.isJsonNull() ? null : value.getAsString();
    }
}
