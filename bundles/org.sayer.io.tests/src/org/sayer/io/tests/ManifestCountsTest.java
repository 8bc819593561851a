package org.sayer.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.impl.XmiCasDeserializer;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.apache.uima.util.XMLInputSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;
import org.sayer.io.ProgressListener;
import org.sayer.io.export.ExportFormat;
import org.sayer.io.export.ExportOptions;
import org.sayer.io.export.Exporters;
import org.sayer.io.export.Manifest;
import org.sayer.io.inception.WebAnnoTsv;
import org.sayer.model.Annotation;
import org.sayer.model.Claim;
import org.sayer.model.SpeakerMention;
import org.sayer.model.store.CorpusStore;

/**
 * Every format is read back from its files, and what they hold is counted and compared with the
 * manifest's counts: mentions, cues, claims, claims per type where the format carries the type, and
 * review states where it carries them. Before, the manifest counted what the review filter let
 * through, not what the format wrote (a rejected claim counted in gold JSONL, which cannot hold it).
 */
class ManifestCountsTest {

    private static final List<String> TYPES = List.of("DIRECT", "INDIRECT", "MIXED");

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void theManifestCountsWhatTheFilesHold(ExportFormat format) throws Exception {
        CorpusStore store = Fixtures.corpus(folder.resolve("c"));
        Fixtures.addRejectedClaim(store);
        for (ExportOptions options : List.of(ExportOptions.DEFAULT, ExportOptions.DEFAULT.withInclude(true, true))) {
            Path out = folder.resolve(format.id() + (options.includeRejected() ? "-all" : "-default"));
            Manifest manifest = Exporters.export(store, format, out, options, ProgressListener.NONE);
            Map<String, Long> read = switch (format) {
                case JSONL -> jsonl(out);
                case XMI -> xmi(out, "TypeSystem.xml", "claimType", "review");
                case INCEPTION -> xmi(out, "typesystem.xml", "type", null);
                case WEBANNO -> webanno(out);
                case CONLL -> conll(out);
                case BRAT -> brat(out);
                case CITRON -> citron(out);
                case HF -> hf(out);
                case SPACY -> spacy(out);
            };
            Map<String, Long> expected = new TreeMap<>();
            for (String name : read.keySet()) {
                expected.put(name, manifest.count(name));
            }
            assertEquals(expected, read, format.id() + " with " + options);
            assertEquals(2, manifest.documents());
        }
    }

    private static Map<String, Long> counts() {
        Map<String, Long> counts = new TreeMap<>();
        for (String layer : List.of("mentions", "cues", "claims")) {
            counts.put(layer, 0L);
        }
        return counts;
    }

    private static void add(Map<String, Long> counts, String name) {
        counts.merge(name, 1L, Long::sum);
    }

    private static void addClaim(Map<String, Long> counts, String type) {
        add(counts, "claims");
        for (String known : TYPES) {
            counts.putIfAbsent("claims." + known, 0L);
        }
        if (type != null) {
            add(counts, "claims." + type.toUpperCase(Locale.ROOT));
        }
    }

    private static List<JsonObject> lines(Path file) throws Exception {
        List<JsonObject> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            rows.add(JsonParser.parseString(line).getAsJsonObject());
        }
        return rows;
    }

    private static List<Path> files(Path folder, String suffix) throws Exception {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static Map<String, Long> jsonl(Path out) throws Exception {
        Map<String, Long> counts = counts();
        for (JsonObject doc : lines(out.resolve("documents.jsonl"))) {
            doc.getAsJsonArray("mentions").forEach(m -> add(counts, "mentions"));
            Set<String> cues = new HashSet<>();
            for (JsonElement element : doc.getAsJsonArray("attributions")) {
                JsonObject attribution = element.getAsJsonObject();
                addClaim(counts, attribution.get("type").getAsString());
                if (!attribution.get("cue").isJsonNull()) {
                    cues.add(attribution.get("cue").toString());
                }
            }
            counts.merge("cues", (long) cues.size(), Long::sum);
        }
        return counts;
    }

    /** UIMA XMI with its descriptor: Sayer's own (review as a feature) or INCEpTION's layers (no review). */
    private static Map<String, Long> xmi(Path out, String descriptor, String claimType, String review) throws Exception {
        Map<String, Long> counts = counts();
        TypeSystemDescription types = UIMAFramework.getXMLParser()
                .parseTypeSystemDescription(new XMLInputSource(out.resolve(descriptor).toFile()));
        for (Path file : files(out, ".xmi")) {
            CAS cas = CasCreationUtils.createCas(types, null, null);
            try (InputStream in = Files.newInputStream(file)) {
                XmiCasDeserializer.deserialize(in, cas);
            }
            for (AnnotationFS annotation : cas.getAnnotationIndex()) {
                Type type = annotation.getType();
                String layer = switch (type.getShortName()) {
                    case "SpeakerMention" -> "mentions";
                    case "Cue" -> "cues";
                    case "Claim" -> "claims";
                    default -> null;
                };
                if (layer == null) {
                    continue;
                }
                if (layer.equals("claims")) {
                    addClaim(counts, annotation.getStringValue(type.getFeatureByBaseName(claimType)));
                } else {
                    add(counts, layer);
                }
                if (review != null) {
                    add(counts, "review." + annotation.getStringValue(type.getFeatureByBaseName(review)));
                }
            }
        }
        return counts;
    }

    private static Map<String, Long> webanno(Path out) throws Exception {
        Map<String, Long> counts = counts();
        for (Path file : files(out, ".tsv")) {
            if (file.getFileName().toString().equals("documents.tsv")) {
                continue;
            }
            for (Annotation annotation : WebAnnoTsv.read(Files.readString(file), "document", file.toString()).getAnnotations()) {
                if (annotation instanceof Claim claim) {
                    addClaim(counts, claim.getType() == null ? null : claim.getType().getName());
                } else {
                    add(counts, annotation instanceof SpeakerMention ? "mentions" : "cues");
                }
            }
        }
        return counts;
    }

    private static Map<String, Long> conll(Path out) throws Exception {
        Map<String, Long> counts = counts();
        for (ConllReader.Doc doc : ConllReader.read(out.resolve("corpus.conll")).docs.values()) {
            for (ConllReader.Span span : doc.spans()) {
                if (span.column().startsWith("SPEAKER")) {
                    add(counts, "mentions");
                } else if (span.column().startsWith("CUE")) {
                    add(counts, "cues");
                } else {
                    addClaim(counts, span.label());
                }
            }
        }
        return counts;
    }

    private static Map<String, Long> brat(Path out) throws Exception {
        Map<String, Long> counts = counts();
        for (Path file : files(out, ".ann")) {
            for (String line : Files.readAllLines(file)) {
                String[] fields = line.split("\t");
                if (line.startsWith("T")) {
                    switch (fields[1].split(" ")[0]) {
                        case "Speaker" -> add(counts, "mentions");
                        case "Cue" -> add(counts, "cues");
                        default -> addClaim(counts, null);
                    }
                } else if (line.startsWith("A") && fields[1].startsWith("ClaimType ")) {
                    add(counts, "claims." + fields[1].split(" ")[2]);
                }
            }
        }
        return counts;
    }

    private static Map<String, Long> citron(Path out) throws Exception {
        Map<String, Long> counts = counts();
        for (CitronLoader.Doc doc : CitronLoader.load(out.resolve("citron"))) {
            Set<CitronLoader.Span> cues = new HashSet<>();
            Set<CitronLoader.Span> mentions = new HashSet<>();
            for (CitronLoader.Quote quote : doc.quotes()) {
                add(counts, "claims");
                cues.add(quote.cue());
                mentions.addAll(quote.sources());
                mentions.addAll(quote.coreferences());
            }
            doc.coreferenceGroups().forEach(mentions::addAll);
            counts.merge("cues", (long) cues.size(), Long::sum);
            counts.merge("mentions", (long) mentions.size(), Long::sum);
        }
        return counts;
    }

    private static Map<String, Long> hf(Path out) throws Exception {
        Map<String, Long> counts = counts();
        for (Path file : files(out, ".jsonl")) {
            for (JsonObject row : lines(file)) {
                for (String layer : List.of("mentions", "cues", "claims")) {
                    for (JsonElement element : row.getAsJsonArray(layer)) {
                        JsonObject annotation = element.getAsJsonObject();
                        if (layer.equals("claims")) {
                            addClaim(counts, annotation.get("type").getAsString());
                        } else {
                            add(counts, layer);
                        }
                        add(counts, "review." + annotation.get("review").getAsString());
                    }
                }
            }
        }
        return counts;
    }

    private static Map<String, Long> spacy(Path out) throws Exception {
        Map<String, Long> counts = counts();
        for (JsonObject doc : lines(out.resolve("docs.jsonl"))) {
            for (Map.Entry<String, JsonElement> group : doc.getAsJsonObject("spans").entrySet()) {
                for (JsonElement element : group.getValue().getAsJsonArray()) {
                    String label = element.getAsJsonObject().get("label").getAsString();
                    switch (label) {
                        case "SPEAKER" -> add(counts, "mentions");
                        case "CUE" -> add(counts, "cues");
                        default -> addClaim(counts, label.startsWith("CONTENT_") ? label.substring("CONTENT_".length()) : null);
                    }
                }
            }
        }
        return counts;
    }
}
