package org.sayer.io.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * A strict reader of Citron's JSON data format, written from bbc/citron's loader
 * ({@code citron/data.py} DataSource and CitronParser, {@code citron/utils.py} get_files) and its
 * {@code docs/data_format.md}, apart from Sayer's writer:
 * <ul>
 * <li>every file ending in {@code .json} below the given folder is a document, found recursively;</li>
 * <li>{@code data["text"]} must exist; {@code quotes} and {@code coreference_groups} are optional;</li>
 * <li>a quote needs {@code cue} (a span), {@code sources} and {@code contents} (lists of spans), and may
 * have {@code coreferences} (a list of spans), {@code confidence} and {@code id};</li>
 * <li>{@code coreference_groups} is a list of lists of spans;</li>
 * <li>a span has {@code start}, {@code end} and {@code text}; CitronParser looks up characters
 * {@code start} and {@code end - 1} of the Python string, so {@code 0 <= start < end <= len(text)}.</li>
 * </ul>
 * Stricter than Citron where Citron would silently lose data: a key the format does not document is
 * refused (Citron ignores it, so whatever it meant is lost), and a span's text must be its slice.
 */
final class CitronLoader {

    record Span(int start, int end, String text) {
    }

    record Quote(Span cue, List<Span> sources, List<Span> contents, List<Span> coreferences, String id) {
    }

    record Doc(Path file, String text, List<Quote> quotes, List<List<Span>> coreferenceGroups) {
    }

    private static final Set<String> DOCUMENT_KEYS = Set.of("text", "quotes", "coreference_groups");
    private static final Set<String> QUOTE_KEYS = Set.of("cue", "sources", "contents", "coreferences", "confidence", "id");
    private static final Set<String> SPAN_KEYS = Set.of("start", "end", "text");

    private CitronLoader() {
    }

    static List<Doc> load(Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        List<Doc> docs = new ArrayList<>();
        for (Path file : files) {
            docs.add(parse(file));
        }
        return docs;
    }

    private static Doc parse(Path file) throws IOException {
        JsonObject data = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8)).getAsJsonObject();
        check(file, DOCUMENT_KEYS.containsAll(data.keySet()), "undocumented keys " + data.keySet());
        check(file, data.has("text"), "KeyError: 'text'");
        String text = data.get("text").getAsString();
        List<Quote> quotes = new ArrayList<>();
        if (data.has("quotes")) {
            for (JsonElement element : data.getAsJsonArray("quotes")) {
                JsonObject quote = element.getAsJsonObject();
                check(file, QUOTE_KEYS.containsAll(quote.keySet()), "undocumented quote keys " + quote.keySet());
                check(file, quote.has("cue") && quote.has("sources") && quote.has("contents"), "a quote lacks cue, sources or contents");
                List<Span> coreferences = quote.has("coreferences") && !quote.get("coreferences").isJsonNull()
                        ? spans(file, text, quote.getAsJsonArray("coreferences")) : null;
                quotes.add(new Quote(span(file, text, quote.getAsJsonObject("cue")), spans(file, text, quote.getAsJsonArray("sources")),
                        spans(file, text, quote.getAsJsonArray("contents")), coreferences,
                        quote.has("id") ? quote.get("id").getAsString() : null));
            }
        }
        List<List<Span>> groups = new ArrayList<>();
        if (data.has("coreference_groups") && !data.get("coreference_groups").isJsonNull()) {
            for (JsonElement group : data.getAsJsonArray("coreference_groups")) {
                groups.add(spans(file, text, group.getAsJsonArray()));
            }
        }
        return new Doc(file, text, quotes, groups);
    }

    private static List<Span> spans(Path file, String text, JsonArray array) {
        List<Span> spans = new ArrayList<>();
        for (JsonElement element : array) {
            spans.add(span(file, text, element.getAsJsonObject()));
        }
        return spans;
    }

    private static Span span(Path file, String text, JsonObject span) {
        check(file, SPAN_KEYS.equals(span.keySet()), "a span needs start, end and text: " + span);
        int start = span.get("start").getAsInt();
        int end = span.get("end").getAsInt();
        int length = text.codePointCount(0, text.length());
        check(file, 0 <= start && start < end && end <= length, "span out of the text: " + span);
        String slice = text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
        check(file, slice.equals(span.get("text").getAsString()), "span text is not its slice: " + span);
        return new Span(start, end, slice);
    }

    private static void check(Path file, boolean condition, String problem) {
        if (!condition) {
            throw new AssertionError(file + ": " + problem);
        }
    }
}
