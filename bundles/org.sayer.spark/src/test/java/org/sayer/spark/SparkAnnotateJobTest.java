package org.sayer.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.sayer.cli.SayerCli;

/**
 * The Spark job against {@code ./sayer annotate} and {@code ./sayer stats}, run in this JVM as the
 * launcher runs them: the seed article and the gold sets of the repository, plus a file with one
 * corrupt line, annotated once by a local[2] session and once by the command.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SparkAnnotateJobTest {

    private static final Path ROOT = Path.of(System.getProperty("sayer.root", "../..")).toAbsolutePath().normalize();
    private static final Path DATA = ROOT.resolve("bundles/org.sayer.pipeline.tests/data");

    @TempDir
    static Path work;

    private SparkSession spark;
    private final List<String> inputs = new ArrayList<>();
    private SparkAnnotateJob.Report report;
    private Path out;

    @BeforeAll
    void annotateWithSpark() throws IOException {
        try (Stream<Path> files = Files.list(DATA)) {
            files.filter(f -> f.getFileName().toString().endsWith(".jsonl")).sorted().forEach(f -> inputs.add(f.toString()));
        }
        Path corrupt = work.resolve("corrupt.jsonl");
        Files.writeString(corrupt, """
                {"id": "extra-good", "text": "The minister said the budget would pass. \\"We have the votes,\\" she told reporters."}
                {"id": "extra-broken", "text": "This line was cut off
                {"id": "extra-good", "text": "A second document under an id that is taken."}
                """);
        inputs.add(corrupt.toString());
        spark = SparkSession.builder().master("local[2]").appName("sayer-test").config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2").getOrCreate();
        JobSettings.apply(spark); // as ./sayer spark and spark-submit run the job: the outputs below are made with them
        out = work.resolve("spark-out");
        report = SparkAnnotateJob.run(spark, inputs, out.toString(), null, 0);
    }

    @AfterAll
    void stopSpark() {
        spark.stop();
    }

    @Test
    void goldJsonlIsWhatSayerAnnotateWritesDocumentForDocument() throws IOException {
        // the corrupt line fails ./sayer annotate too
        Map<String, JsonObject> expected = assertSameDocuments(inputs, out, SayerCli.FAILED);
        int attributions = 0;
        for (JsonObject document : expected.values()) {
            attributions += document.getAsJsonArray("attributions").size();
        }
        assertTrue(attributions > 100, "the gold sets give hundreds of attributions, not " + attributions);
    }

    @Test
    void jobSettingsLeaveWhatTheUserSetAlone() {
        Map<String, String> chosen = JobSettings.chosen(spark);
        assertEquals("false", chosen.get("spark.sql.inMemoryColumnarStorage.compressed"), chosen.toString());
        assertTrue(!chosen.containsKey("spark.sql.shuffle.partitions"), "the session was built with its own: " + chosen);
        assertEquals("2", spark.conf().get("spark.sql.shuffle.partitions"));
        // two task slots: small inputs are split into several partitions per slot, so neither slot idles at the end
        assertEquals(Integer.toString(2 * JobSettings.SPLITS_PER_SLOT), chosen.get("spark.sql.files.minPartitionNum"), chosen.toString());
        assertTrue(report.partitions() > 2, "more partitions than task slots: " + report.partitions());
    }

    @Test
    void aCorruptRecordAndARepeatedIdAreCountedAndTheRestWritten() {
        assertEquals(2, report.failed());
        assertEquals(31, report.written(), "30 documents of the gold sets and the first good line of corrupt.jsonl");
        assertEquals(report.records(), report.written() + report.failed());
        List<String> errors = new ArrayList<>();
        for (Row row : spark.read().json(out.resolve(SparkAnnotateJob.ERRORS).toString()).collectAsList()) {
            errors.add(row.getAs(AnnotatedDocuments.ERROR) + " | " + row.getAs(AnnotatedDocuments.EXCERPT));
        }
        errors.sort(null);
        assertEquals(2, errors.size(), errors.toString());
        assertTrue(errors.get(0).contains("corrupt.jsonl: document id \"extra-good\" was already used by an earlier input"), errors.get(0));
        assertTrue(errors.get(0).contains("an id that is taken"), "the excerpt shows the refused document: " + errors.get(0));
        assertTrue(errors.get(1).contains("corrupt.jsonl") && errors.get(1).contains("malformed JSON"), errors.get(1));
        assertTrue(errors.get(1).contains("extra-broken"), "the excerpt shows the corrupt line: " + errors.get(1));
        assertEquals(31, spark.read().parquet(out.resolve(SparkAnnotateJob.DOCUMENTS).toString()).count());
    }

    @Test
    void eachFigureCsvHoldsTheFirstRowsOfItsParquetInTheSameOrder() {
        Path figures = out.resolve(SparkAnnotateJob.FIGURES);
        for (String name : List.of("claims_per_speaker", "claims_per_type", "top_cues", "totals")) {
            List<String> parquet = spark.read().parquet(figures.resolve(name).toString()).collectAsList().stream()
                    .map(row -> row.mkString("|")).toList();
            List<String> csv = spark.read().option("header", "true").csv(figures.resolve(name + ".csv").toString()).collectAsList()
                    .stream().map(row -> row.mkString("|")).toList();
            assertTrue(!parquet.isEmpty(), name);
            assertEquals(parquet.subList(0, Math.min(parquet.size(), CorpusFigures.CSV_ROWS)), csv, name);
        }
    }

    @Test
    void parquetTablesGiveTheCountsOfSayerStats() {
        Path corpus = work.resolve("corpus");
        List<String> args = new ArrayList<>(List.of("annotate"));
        args.addAll(inputs);
        args.addAll(List.of("--out", corpus.toString()));
        cli(args);
        ByteArrayOutputStream stats = new ByteArrayOutputStream();
        assertEquals(SayerCli.OK, SayerCli.run(new String[] {"stats", corpus.toString(), "--top", "100000"},
                new PrintStream(stats, true, StandardCharsets.UTF_8), System.err));
        String printed = stats.toString(StandardCharsets.UTF_8);

        spark.read().parquet(out.resolve(SparkAnnotateJob.DOCUMENTS).toString()).createOrReplaceTempView("documents");
        spark.read().parquet(out.resolve(SparkAnnotateJob.ATTRIBUTIONS).toString()).createOrReplaceTempView("attributions");
        Row totals = spark.sql("SELECT count(*), sum(mentions), sum(cues) FROM documents").first();
        assertEquals(number(printed, "Documents: (\\d+)"), totals.getLong(0));
        assertEquals(number(printed, "Speaker mentions: (\\d+)"), totals.getLong(1));
        assertEquals(number(printed, "cues: (\\d+)"), totals.getLong(2));

        Map<String, Long> perType = new TreeMap<>();
        for (Row row : spark.sql("SELECT type, count(*) FROM attributions GROUP BY type").collectAsList()) {
            perType.put(row.getString(0).toUpperCase(Locale.ROOT), row.getLong(1));
        }
        Map<String, Long> printedPerType = new TreeMap<>();
        Matcher typeRow = Pattern.compile("(?m)^(\\w+)\\s+\\d+\\s+\\d+\\s+\\d+\\s+(\\d+)$").matcher(printed);
        while (typeRow.find()) {
            if (!typeRow.group(1).equals("all") && Long.parseLong(typeRow.group(2)) > 0) {
                printedPerType.put(typeRow.group(1).toUpperCase(Locale.ROOT), Long.parseLong(typeRow.group(2)));
            }
        }
        assertEquals(printedPerType, perType);

        Map<String, Long> perSpeaker = new TreeMap<>();
        for (Row row : spark.read().parquet(out.resolve(SparkAnnotateJob.FIGURES + "/claims_per_speaker").toString()).collectAsList()) {
            perSpeaker.merge(row.<String>getAs("speaker").toLowerCase(Locale.ROOT), row.<Long>getAs("claims"), Long::sum);
        }
        Map<String, Long> printedPerSpeaker = new TreeMap<>();
        Matcher speakerRow = Pattern.compile("(?m)^\\s*(\\d+)  (.*) \\([^()]*\\)$").matcher(printed);
        while (speakerRow.find()) {
            printedPerSpeaker.merge(speakerRow.group(2).toLowerCase(Locale.ROOT), Long.parseLong(speakerRow.group(1)), Long::sum);
        }
        assertTrue(printedPerSpeaker.size() > 20, printed);
        assertEquals(printedPerSpeaker, perSpeaker);
    }

    @Test
    void foldersOfTextAndParquetAreReadAsSayerAnnotateReadsTheirDocuments() throws IOException {
        Path samples = ROOT.resolve("samples");
        SparkAnnotateJob.Report texts = SparkAnnotateJob.run(spark, List.of(samples.toString()), work.resolve("txt-out").toString(), null, 0);
        assertEquals(4, texts.written());
        assertSameDocuments(List.of(samples.toString()), work.resolve("txt-out"), SayerCli.OK);

        // Parquet with id and text, and a column more, which becomes metadata as a JSONL key does
        Path seed = DATA.resolve("seed-article.jsonl");
        Path parquet = work.resolve("seed.parquet");
        spark.read().json(seed.toString()).select("id", "title", "text").write().parquet(parquet.toString());
        SparkAnnotateJob.Report table = SparkAnnotateJob.run(spark, List.of(parquet.toString()), work.resolve("parquet-out").toString(), null, 0);
        assertEquals(1, table.written());
        assertSameDocuments(List.of(seed.toString()), work.resolve("parquet-out"), SayerCli.OK);
    }

    /**
     * The gold JSONL of the job in {@code out} against ./sayer annotate on {@code inputs}, which
     * must end with {@code status}: every document, every key (text, metadata, entities, mentions,
     * each attribution with its speaker, cue, offsets and confidence). Returns the command's documents.
     */
    private static Map<String, JsonObject> assertSameDocuments(List<String> inputs, Path out, int status) throws IOException {
        Path cli = Files.createTempFile(work, "cli", ".jsonl");
        Files.delete(cli);
        List<String> args = new ArrayList<>(List.of("annotate"));
        args.addAll(inputs);
        args.addAll(List.of("--out", cli.toString(), "--format", "jsonl"));
        assertEquals(status, cli(args));
        Map<String, JsonObject> expected = byId(Files.readAllLines(cli));
        Map<String, JsonObject> actual = byId(goldLines(out.resolve(SparkAnnotateJob.GOLD)));
        assertEquals(expected.keySet(), actual.keySet());
        for (Map.Entry<String, JsonObject> document : expected.entrySet()) {
            assertEquals(withoutRegistryDetails(document.getValue()), withoutRegistryDetails(actual.get(document.getKey())),
                    document.getKey());
        }
        return expected;
    }

    /**
     * ./sayer annotate gives every document's speakers the details its corpus registry gathered from
     * earlier documents (a role, aliases, the spelling met first); the job annotates each document
     * on its own, and gathers those details in its speakers table instead. The rest must be equal.
     */
    private static JsonObject withoutRegistryDetails(JsonObject document) {
        JsonObject copy = document.deepCopy();
        for (JsonElement entity : copy.getAsJsonArray("entities")) {
            JsonObject e = entity.getAsJsonObject();
            e.remove("role");
            e.remove("aliases");
            e.remove("organisation");
            e.addProperty("name", e.get("name").getAsString().toLowerCase(Locale.ROOT));
        }
        return copy;
    }

    private static int cli(List<String> args) {
        return SayerCli.run(args.toArray(String[]::new), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    private static long number(String printed, String pattern) {
        Matcher matcher = Pattern.compile(pattern).matcher(printed);
        assertTrue(matcher.find(), pattern + " in\n" + printed);
        return Long.parseLong(matcher.group(1));
    }

    static List<String> goldLines(Path folder) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> parts = Files.list(folder)) {
            for (Path part : parts.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().toList()) {
                lines.addAll(Files.readAllLines(part));
            }
        }
        return lines;
    }

    static Map<String, JsonObject> byId(List<String> lines) {
        Map<String, JsonObject> documents = new TreeMap<>();
        for (String line : lines) {
            JsonObject document = JsonParser.parseString(line).getAsJsonObject();
            documents.put(document.get("id").getAsString(), document);
        }
        return documents;
    }
}
