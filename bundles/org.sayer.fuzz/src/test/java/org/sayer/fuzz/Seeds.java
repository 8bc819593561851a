package org.sayer.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.uima.cas.CAS;
import org.sayer.io.ProgressListener;
import org.sayer.io.export.ExportFormat;
import org.sayer.io.export.ExportOptions;
import org.sayer.io.export.Exporters;
import org.sayer.io.gold.GoldJsonlReader;
import org.sayer.io.importer.Importers;
import org.sayer.io.xmi.XmiDocuments;
import org.sayer.pipeline.types.SayerTypes;
import org.sayer.model.Document;
import org.sayer.model.DocumentEntry;
import org.sayer.model.SayerFactory;
import org.sayer.model.store.CorpusStore;

/**
 * Writes the fuzzers' seed inputs (src/test/resources/.../Inputs/) from the repository's own files:
 * the sample articles and the gold JSONL of the tests, and what Sayer itself writes of them (UIMA
 * XMI, a corpus index, a pack, INCEpTION's XMI and WebAnno TSV). Run from the repository root when the formats change:
 * {@code java -cp FUZZ_TEST_CLASSPATH org.sayer.fuzz.Seeds}, or bench/fuzz.sh --seeds.
 */
public final class Seeds {

    private static final Path RESOURCES = Path.of("bundles/org.sayer.fuzz/src/test/resources");

    public static void main(String[] args) throws Exception {
        Path samples = Path.of("samples");
        Path gold = Path.of("bundles/org.sayer.pipeline.tests/data/seed-article.jsonl");
        Path goldShort = Path.of("bundles/org.sayer.pipeline.tests/data/heldout.jsonl");
        List<Path> texts;
        try (var listing = Files.list(samples)) {
            texts = listing.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        Path text = inputs("org/sayer/io/importer/TextReaderFuzzTest");
        Path html = inputs("org/sayer/io/importer/HtmlReaderFuzzTest");
        for (Path sample : texts.subList(1, 3)) {
            String article = Files.readString(sample);
            String name = sample.getFileName().toString().replace(".txt", "");
            Files.writeString(text.resolve("seed-" + name), article);
            String[] lines = article.split("\n", 2);
            Files.writeString(html.resolve("seed-" + name), "<!doctype html><html><head><title>" + lines[0] + "</title><script>var x=1;</script></head>"
                    + "<body><nav class=\"menu\"><a href=\"/\">Home</a></nav><article><h1>" + lines[0] + "</h1><p>"
                    + lines[1].replace("\n", "</p><p>").replace("&", "&amp;") + "</p></article><footer>(c) Wire</footer></body></html>");
        }
        Files.write(inputs("org/sayer/io/importer/GoldReaderFuzzTest").resolve("seed-heldout"), firstLines(goldShort, 2));
        Files.write(inputs("org/sayer/io/importer/GoldReaderFuzzTest").resolve("seed-article"), Files.readAllBytes(gold));

        // Plain JSONL: the gold documents' text and metadata only.
        List<Document> documents = GoldJsonlReader.readAll(goldShort, SayerFactory.eINSTANCE.createCorpus()).documents();
        StringBuilder jsonl = new StringBuilder();
        for (Document document : documents.subList(0, 2)) {
            jsonl.append("{\"id\": \"").append(document.getId()).append("\", \"title\": ").append(com.google.gson.JsonParser.parseString(
                    new com.google.gson.Gson().toJson(document.getTitle()))).append(", \"text\": ")
                    .append(new com.google.gson.Gson().toJson(document.getText())).append(", \"source\": \"Example Wire\"}\n");
        }
        Files.writeString(inputs("org/sayer/io/importer/JsonlReaderFuzzTest").resolve("seed-heldout"), jsonl);

        // UIMA XMI as export --format xmi writes it, annotations included.
        Document annotated = GoldJsonlReader.readAll(goldShort, SayerFactory.eINSTANCE.createCorpus()).documents().get(0);
        CAS cas = SayerTypes.newCas();
        ByteArrayOutputStream xmi = new ByteArrayOutputStream();
        XmiDocuments.write(annotated, a -> true, cas, xmi);
        Files.write(inputs("org/sayer/io/importer/XmiReaderFuzzTest").resolve("seed-heldout"), xmi.toByteArray());

        // A zip of sample articles and a JSONL file.
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            for (Path sample : texts.subList(1, 3)) {
                out.putNextEntry(new ZipEntry("news/" + sample.getFileName()));
                out.write(Files.readAllBytes(sample));
            }
            out.putNextEntry(new ZipEntry("news/more.jsonl"));
            out.write(jsonl.toString().getBytes(StandardCharsets.UTF_8));
        }
        Files.write(inputs("org/sayer/fuzz/ZipReaderFuzzTest").resolve("seed-samples"), zip.toByteArray());

        // A corpus of the gold documents, imported as import does: its index and its pack.
        Path corpus = Files.createTempDirectory("sayer-seeds");
        try (CorpusStore store = CorpusStore.create(corpus, "seeds")) {
            Importers.importInto(store, List.of(goldShort), ProgressListener.NONE);
        }
        Files.copy(corpus.resolve(CorpusStore.INDEX_FILE), inputs("org/sayer/fuzz/CorpusIndexFuzzTest").resolve("seed-heldout"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        CorpusStore store = CorpusStore.open(corpus);
        List<DocumentEntry> entries = store.corpus().getDocuments();
        byte[] pack = Files.readAllBytes(corpus.resolve(CorpusStore.DOCUMENTS_FOLDER).resolve(entries.get(0).getPack()));
        // PackFuzzTest reads two lengths (FuzzedDataProvider takes them from the input's end), then the pack.
        ByteBuffer packSeed = ByteBuffer.allocate(pack.length + 8);
        packSeed.put(pack);
        packSeed.putInt(entries.get(1).getPackLength());
        packSeed.putInt(entries.get(0).getPackLength());
        Files.write(inputs("org/sayer/fuzz/PackFuzzTest").resolve("seed-heldout"), packSeed.array());

        // INCEpTION's formats as export --format inception and --format webanno write them.
        for (ExportFormat format : List.of(ExportFormat.INCEPTION, ExportFormat.WEBANNO)) {
            Path out = Files.createTempDirectory("sayer-seeds-" + format.id()).resolve("out");
            Exporters.export(store, format, out, ExportOptions.DEFAULT, ProgressListener.NONE);
            String extension = format == ExportFormat.INCEPTION ? ".xmi" : ".tsv";
            Path first;
            try (var files = Files.list(out)) {
                first = files.filter(p -> p.toString().endsWith(extension) && !p.getFileName().toString().equals("documents.tsv"))
                        .sorted().findFirst().orElseThrow();
            }
            String test = format == ExportFormat.INCEPTION ? "InceptionXmiReaderFuzzTest" : "WebAnnoTsvReaderFuzzTest";
            Files.copy(first, inputs("org/sayer/io/importer/" + test).resolve("seed-heldout"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static Path inputs(String testClass) throws IOException {
        String method = testClass.endsWith("PackFuzzTest") ? "loadsOrReportsByName"
                : testClass.endsWith("ZipReaderFuzzTest") ? "importsOrReportsByName"
                : testClass.endsWith("CorpusIndexFuzzTest") ? "opensOrRefusesByName" : "readsOrRefusesByName";
        return Files.createDirectories(RESOURCES.resolve(testClass + "Inputs").resolve(method));
    }

    private static byte[] firstLines(Path file, int count) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8).subList(0, count));
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
