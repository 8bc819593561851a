package org.sayer.io.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict reader of CoNLL-U Plus style column files, written from the conventions (universaldependencies.org
 * CoNLL-U and CoNLL-U Plus; DKPro Core's CoNLL readers), apart from Sayer's writer:
 * <ul>
 * <li>line 1 is {@code # global.columns = NAME ...}: the columns of every token line;</li>
 * <li>comment lines start with "# " and stand only before a sentence's first token line;</li>
 * <li>a blank line ends a sentence; every token line has exactly as many tab-separated fields as
 * declared (DKPro's readers refuse any other count);</li>
 * <li>a tag column is BIO: an I- continues a B- or I- of the same label in the same sentence, and a
 * label holds no '-'.</li>
 * </ul>
 * It decodes each tag column into spans of code-point offsets, taken from the START and END columns.
 */
final class ConllReader {

    record Span(String column, String label, int start, int end) {
    }

    record Doc(String id, List<Span> spans, int sentences) {
        List<Span> in(String column) {
            return spans.stream().filter(s -> s.column().equals(column)).toList();
        }
    }

    final List<String> columns;
    final Map<String, Doc> docs = new LinkedHashMap<>();

    private ConllReader(List<String> columns) {
        this.columns = columns;
    }

    static ConllReader read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String first = lines.get(0);
        check(first.startsWith("# global.columns = "), 1, "the first line declares the columns");
        ConllReader reader = new ConllReader(List.of(first.substring("# global.columns = ".length()).split(" ")));
        int start = reader.columns.indexOf("START");
        int end = reader.columns.indexOf("END");
        check(reader.columns.get(0).equals("TOKEN") && start > 0 && end > 0, 1, "TOKEN, START and END columns");
        String doc = null;
        List<Span> spans = null;
        int sentences = 0;
        List<String[]> sentence = new ArrayList<>();
        for (int n = 1; n <= lines.size(); n++) {
            String line = n < lines.size() ? lines.get(n) : "";
            if (line.isEmpty()) {
                if (!sentence.isEmpty()) {
                    check(doc != null, n, "a sentence before any # newdoc");
                    reader.decode(sentence, start, end, spans, n);
                    sentences++;
                    sentence.clear();
                }
                continue;
            }
            if (line.startsWith("# ")) {
                check(sentence.isEmpty(), n + 1, "a comment inside a sentence");
                if (line.startsWith("# newdoc id = ")) {
                    if (doc != null) {
                        reader.docs.put(doc, new Doc(doc, spans, sentences));
                    }
                    doc = line.substring("# newdoc id = ".length());
                    spans = new ArrayList<>();
                    sentences = 0;
                }
                continue;
            }
            String[] fields = line.split("\t", -1);
            check(fields.length == reader.columns.size(), n + 1,
                    "has " + fields.length + " fields, the header declares " + reader.columns.size() + ": " + line);
            sentence.add(fields);
        }
        if (doc != null) {
            reader.docs.put(doc, new Doc(doc, spans, sentences));
        }
        return reader;
    }

    private void decode(List<String[]> sentence, int start, int end, List<Span> spans, int lineNumber) {
        for (int c = 0; c < columns.size(); c++) {
            if (c == 0 || c == start || c == end) {
                continue;
            }
            String open = null;
            int openStart = -1;
            int lastEnd = -1;
            for (String[] token : sentence) {
                String tag = token[c];
                check(tag.equals("O") || tag.startsWith("B-") || tag.startsWith("I-"), lineNumber, "not a BIO tag: " + tag);
                check(tag.length() < 2 || !tag.substring(2).contains("-"), lineNumber, "a label with '-': " + tag);
                if (tag.startsWith("I-")) {
                    check(open != null && open.equals(tag.substring(2)), lineNumber,
                            "I- that does not continue a span of its label in column " + columns.get(c) + ": " + Arrays.toString(token));
                } else {
                    if (open != null) {
                        spans.add(new Span(columns.get(c), open, openStart, lastEnd));
                    }
                    open = tag.equals("O") ? null : tag.substring(2);
                    openStart = Integer.parseInt(token[start]);
                }
                lastEnd = Integer.parseInt(token[end]);
            }
            if (open != null) {
                spans.add(new Span(columns.get(c), open, openStart, lastEnd));
            }
        }
    }

    private static void check(boolean condition, int line, String problem) {
        if (!condition) {
            throw new AssertionError("line " + line + ": " + problem);
        }
    }
}
