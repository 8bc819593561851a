package org.sayer.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.sayer.cli.SayerCli;

/**
 * {@code ./sayer agree} on N documents × 3 annotators made from perturbed gold: each document
 * joins three articles of the real-news train split (about 28 claims), and each annotator's
 * version changes claim types, drops cues, drops claims and shifts spans at random. Times the
 * command in this JVM on the three gold JSONL files and on three corpora imported from them.
 *
 * <pre>bench/run.sh AgreeBench [DOCUMENTS (1000)]</pre>
 */
public final class AgreeBench {

    private static final Path GOLD = Path.of("bundles/org.sayer.pipeline.tests/data/realnews/realnews-train.jsonl");
    private static final String[] TYPES = { "DIRECT", "INDIRECT", "MIXED" };

    private AgreeBench() {
    }

    public static void main(String[] args) throws IOException {
        int documents = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        Path root = Files.createTempDirectory("sayer-agreebench");
        try {
            List<JsonObject> articles = new ArrayList<>();
            for (String line : Files.readAllLines(GOLD, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    articles.add(JsonParser.parseString(line).getAsJsonObject());
                }
            }
            List<String> files = new ArrayList<>();
            long claims = 0;
            for (int annotator = 0; annotator < 3; annotator++) {
                Random random = new Random(annotator);
                StringBuilder jsonl = new StringBuilder();
                for (int d = 0; d < documents; d++) {
                    JsonObject document = joined("doc-" + d, articles, d);
                    if (annotator > 0) {
                        perturb(document, random);
                    }
                    claims += document.getAsJsonArray("attributions").size();
                    jsonl.append(document).append('\n');
                }
                Path file = root.resolve("annotator-" + (char) ('a' + annotator) + ".jsonl");
                Files.writeString(file, jsonl);
                files.add(file.toString());
            }
            System.out.printf("AgreeBench: %d documents x 3 annotators, %.1f claims per version of a document, max heap %d MB%n",
                    documents, claims / (3.0 * documents), BenchSupport.maxHeapMb());
            PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
            List<String> corpora = new ArrayList<>();
            for (String file : files) {
                String corpus = file.replace(".jsonl", "");
                check(SayerCli.run(new String[] { "import", file, "--out", corpus }, quiet, quiet), "import");
                corpora.add(corpus);
            }
            for (List<String> inputs : List.of(files, corpora)) {
                String[] command = Stream.concat(Stream.of("agree"), Stream.concat(inputs.stream(), Stream.of("--json")))
                        .toArray(String[]::new);
                double millis = BenchSupport.medianMillis(1, 3, () -> check(SayerCli.run(command, quiet, System.err), "agree"));
                // agree runs on this one thread: its CPU time is what it costs on a machine no one else is loading
                var threads = java.lang.management.ManagementFactory.getThreadMXBean();
                long cpuBefore = threads.getCurrentThreadCpuTime();
                check(SayerCli.run(command, quiet, System.err), "agree");
                double cpuMillis = (threads.getCurrentThreadCpuTime() - cpuBefore) / 1e6;
                System.out.printf("  agree on 3 %-11s %8.0f ms wall (median of 3), %8.0f ms CPU   (target < 10,000 ms)%n",
                        inputs == files ? "JSONL files" : "corpora", millis, cpuMillis);
            }
            System.out.printf("  heap after a full collection: %.0f MB%n", BenchSupport.usedHeapMb());
        } finally {
            try (Stream<Path> paths = Files.walk(root)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    private static void check(int status, String what) {
        if (status != SayerCli.OK) {
            throw new IllegalStateException(what + " failed with status " + status);
        }
    }

    /** Three consecutive articles as one document, their annotations shifted and renamed to stay apart. */
    private static JsonObject joined(String id, List<JsonObject> articles, int first) {
        StringBuilder text = new StringBuilder();
        JsonArray entities = new JsonArray();
        JsonArray mentions = new JsonArray();
        JsonArray attributions = new JsonArray();
        for (int part = 0; part < 3; part++) {
            JsonObject article = articles.get((first + part) % articles.size());
            if (part > 0) {
                text.append("\n\n");
            }
            int offset = text.codePointCount(0, text.length());
            text.append(article.get("text").getAsString());
            String prefix = "p" + part + "-";
            for (JsonElement e : article.getAsJsonArray("entities")) {
                JsonObject entity = e.getAsJsonObject().deepCopy();
                entity.addProperty("id", prefix + entity.get("id").getAsString());
                entities.add(entity);
            }
            for (JsonElement m : article.getAsJsonArray("mentions")) {
                JsonObject mention = m.getAsJsonObject().deepCopy();
                mention.addProperty("id", prefix + mention.get("id").getAsString());
                mention.add("span", shifted(mention.get("span"), offset));
                mention.addProperty("entity", prefix + mention.get("entity").getAsString());
                mentions.add(mention);
            }
            for (JsonElement a : article.getAsJsonArray("attributions")) {
                JsonObject attribution = a.getAsJsonObject().deepCopy();
                attribution.addProperty("id", prefix + attribution.get("id").getAsString());
                for (String link : List.of("source", "parent")) {
                    if (!attribution.get(link).isJsonNull()) {
                        attribution.addProperty(link, prefix + attribution.get(link).getAsString());
                    }
                }
                attribution.add("cue", shifted(attribution.get("cue"), offset));
                attribution.add("content", shifted(attribution.get("content"), offset));
                attributions.add(attribution);
            }
        }
        JsonObject document = new JsonObject();
        document.addProperty("id", id);
        document.addProperty("text", text.toString());
        document.add("entities", entities);
        document.add("mentions", mentions);
        document.add("attributions", attributions);
        return document;
    }

    private static JsonElement shifted(JsonElement span, int offset) {
        if (span == null || span.isJsonNull()) {
            return JsonNull.INSTANCE;
        }
        JsonArray shifted = new JsonArray();
        shifted.add(span.getAsJsonArray().get(0).getAsInt() + offset);
        shifted.add(span.getAsJsonArray().get(1).getAsInt() + offset);
        return shifted;
    }

    /** An annotator's own decisions: about one claim in ten retyped, one in ten without its cue, one in twenty left out, spans moved. */
    private static void perturb(JsonObject document, Random random) {
        JsonArray kept = new JsonArray();
        List<String> dropped = new ArrayList<>();
        for (JsonElement a : document.getAsJsonArray("attributions")) {
            JsonObject attribution = a.getAsJsonObject();
            if (random.nextInt(20) == 0) {
                dropped.add(attribution.get("id").getAsString());
                continue;
            }
            if (random.nextInt(10) == 0) {
                attribution.addProperty("type", TYPES[random.nextInt(TYPES.length)]);
            }
            if (random.nextInt(10) == 0) {
                attribution.add("cue", JsonNull.INSTANCE);
            }
            if (random.nextInt(8) == 0) {
                JsonArray content = attribution.getAsJsonArray("content");
                int end = content.get(1).getAsInt();
                int begin = content.get(0).getAsInt();
                content.set(1, new com.google.gson.JsonPrimitive(Math.max(begin + 1, end - 1 - random.nextInt(10))));
            }
            kept.add(attribution);
        }
        for (JsonElement a : kept) {
            JsonObject attribution = a.getAsJsonObject();
            if (!attribution.get("parent").isJsonNull() && dropped.contains(attribution.get("parent").getAsString())) {
                attribution.add("parent", JsonNull.INSTANCE);
            }
        }
        document.add("attributions", kept);
    }
}
