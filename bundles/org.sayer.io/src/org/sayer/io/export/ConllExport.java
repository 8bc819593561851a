package org.sayer.io.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.sayer.model.Annotation;
import org.sayer.model.Claim;

/**
 * CoNLL-style BIO tokens in {@code corpus.conll}, in the conventions of CoNLL-U Plus: the first line
 * declares the columns ({@code # global.columns = ...}), comment lines start with {@code #} and come
 * only before a sentence's tokens ({@code # newdoc id = ID} before a document's first sentence,
 * {@code # sent_id = ID-N} before each), a blank line ends a sentence, and every token line has
 * exactly as many tab-separated fields as the header declares:
 *
 * <pre>
 * TOKEN  START  END  SPEAKER  CUE  CLAIM  CLAIM2  CLAIM3  [more, see below]
 * </pre>
 *
 * START and END are code-point offsets into the document text. Each tag column holds {@code O},
 * {@code B-LABEL} or {@code I-LABEL} (labels never contain '-'): SPEAKER, CUE, and for claims their
 * type (DIRECT, INDIRECT, MIXED; CLAIM when it has none). Nesting has columns of its own, as in
 * GermEval-style CoNLL (outer and embedded entities): CLAIM holds the outermost claims, CLAIM2 the
 * claims inside those ("Price said Blinken stressed ..."), CLAIM3 the claims inside those. A corpus
 * that nests deeper, or has overlapping speakers or cues, gets more columns (CLAIM4, SPEAKER2, CUE2, in
 * the order it first needs them) at the end of every line, so that no span is lost. A sentence
 * never ends inside an exported span, so a claim that runs over a full stop or a paragraph break
 * stays one B- followed by I-s; a full stop after an abbreviation ("Dr.", see abbreviations.txt)
 * or an initial ends no sentence. The header and the manifest name the columns.
 *
 * <p>Streaming: documents are written as they come. Only when a document needs a column the header
 * did not declare is the file rewritten at the end, with the new header and {@code O} in the new
 * columns of the lines written before. Rejected annotations cannot be marked as negatives here and
 * are left out.
 */
final class ConllExport implements FormatWriter {

    static final String FILE = "corpus.conll";
    private static final String[] LAYERS = { "SPEAKER", "CUE", "CLAIM" };
    private static final List<String> DEFAULT_COLUMNS = List.of("SPEAKER", "CUE", "CLAIM", "CLAIM2", "CLAIM3");

    private ExportContext context;
    private BufferedWriter out;
    /** The tag columns declared so far: the default ones, and any a document needed beyond them. */
    private final List<String> declared = new ArrayList<>(DEFAULT_COLUMNS);

    @Override
    public void open(ExportContext exportContext) throws IOException {
        this.context = exportContext;
        out = Files.newBufferedWriter(file(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        out.write(header());
        if (exportContext.options().includeRejected()) {
            exportContext.manifest().note("rejected", "not written: CoNLL BIO has no way to mark a negative");
        }
    }

    private Path file() {
        return context.folder().resolve(FILE);
    }

    /** Two comment lines: the columns, and what they hold. */
    private String header() {
        return "# global.columns = TOKEN START END " + String.join(" ", declared) + "\n# sayer.columns = " + COLUMN_NOTE + "\n";
    }

    private static final String COLUMN_NOTE = "START END: code points of the token in the document text;"
            + " tag columns: BIO, O outside; CLAIM: the outermost claims, labelled by type (DIRECT, INDIRECT, MIXED),"
            + " CLAIM2: the claims inside those, CLAIM3: inside those; a name with a number past the defaults"
            + " (SPEAKER2, CUE2, CLAIM4) holds a deeper or overlapping span of that layer";

    @Override
    public void write(DocumentView view) throws IOException {
        String text = view.text();
        List<List<Span>> layers = List.of(spans(view, view.mentions()), spans(view, view.cues()), spans(view, view.claims()));
        Tokens.Segmentation segmentation = Tokens.segment(text,
                layers.stream().flatMap(List::stream).map(span -> new int[] { span.begin, span.end })::iterator);
        List<Tokens.Token> tokens = segmentation.tokens();
        // Per declared column, its spans in this document (none: all O) and the owner of each token.
        List<List<Span>> columnSpans = new ArrayList<>(declared.size());
        for (int l = 0; l < LAYERS.length; l++) {
            List<List<Span>> stacked = stack(layers.get(l));
            for (int depth = 0; depth < stacked.size(); depth++) {
                String name = LAYERS[l] + (depth == 0 ? "" : String.valueOf(depth + 1));
                int column = declared.indexOf(name);
                if (column < 0) {
                    declared.add(name);
                    column = declared.size() - 1;
                }
                while (columnSpans.size() <= column) {
                    columnSpans.add(null);
                }
                columnSpans.set(column, stacked.get(depth));
            }
        }
        while (columnSpans.size() < declared.size()) {
            columnSpans.add(null);
        }
        int[][] owners = new int[columnSpans.size()][];
        for (int c = 0; c < owners.length; c++) {
            owners[c] = columnSpans.get(c) == null ? null : cover(tokens, columnSpans.get(c));
        }
        int[] starts = segmentation.sentenceStarts();
        StringBuilder block = new StringBuilder(text.length() * 3);
        String id = view.document().getId().replace('\n', ' ').replace('\r', ' ');
        block.append("# newdoc id = ").append(id).append('\n');
        for (int s = 0; s + 1 < starts.length; s++) {
            block.append("# sent_id = ").append(id).append('-').append(s + 1).append('\n');
            for (int t = starts[s]; t < starts[s + 1]; t++) {
                Tokens.Token token = tokens.get(t);
                block.append(text, token.begin(), token.end()).append('\t').append(view.codePoint(token.begin())).append('\t')
                        .append(view.codePoint(token.end()));
                for (int c = 0; c < owners.length; c++) {
                    tag(block, owners[c], columnSpans.get(c), t, starts[s]);
                }
                block.append('\n');
            }
            block.append('\n');
        }
        out.write(block.toString());
        context.manifest().add("conll.tokens", tokens.size());
        context.manifest().add("conll.sentences", starts.length - 1);
    }

    @Override
    public void close() throws IOException {
        out.close();
        if (declared.size() > DEFAULT_COLUMNS.size()) {
            widen();
        }
        context.manifest().note("columns", "TOKEN START END " + String.join(" ", declared));
        context.manifest().note("columnsHold", COLUMN_NOTE);
    }

    /** Rewrites the file with the final header, giving the lines written before a new column O there. */
    private void widen() throws IOException {
        Path wide = context.folder().resolve(FILE + ".wide");
        int fields = 3 + declared.size();
        try (java.io.BufferedReader in = Files.newBufferedReader(file(), StandardCharsets.UTF_8);
                BufferedWriter to = Files.newBufferedWriter(wide, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW)) {
            in.readLine();
            in.readLine();
            to.write(header());
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                to.write(line);
                // A comment starts with "# "; a token line never has a space (a "#" token is followed by a tab).
                if (!line.isEmpty() && !line.startsWith("# ")) {
                    int have = 1;
                    for (int i = line.indexOf('\t'); i >= 0; i = line.indexOf('\t', i + 1)) {
                        have++;
                    }
                    for (; have < fields; have++) {
                        to.write("\tO");
                    }
                }
                to.write('\n');
            }
        }
        Files.move(wide, file(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** A span of one layer, trimmed of whitespace, with its label and annotation. */
    private record Span(int begin, int end, String label, Annotation annotation) {
    }

    private List<Span> spans(DocumentView view, List<? extends Annotation> annotations) {
        List<Span> spans = new ArrayList<>(annotations.size());
        for (Annotation annotation : annotations) {
            if (DocumentView.isNegative(annotation)) {
                continue;
            }
            int[] span = Tokens.trim(view.text(), annotation.getBegin(), annotation.getEnd());
            if (span == null) {
                context.manifest().add("conll.skippedBlankSpans", 1);
                continue;
            }
            spans.add(new Span(span[0], span[1], label(annotation), annotation));
            context.manifest().wrote(annotation);
        }
        // Outermost first: earlier begin, then longer.
        spans.sort(Comparator.<Span>comparingInt(s -> s.begin).thenComparingInt(s -> -s.end));
        return spans;
    }

    private static String label(Annotation annotation) {
        if (annotation instanceof Claim claim) {
            return claim.getType() == null ? "CLAIM" : claim.getType().getName();
        }
        return SpacyExport.label(annotation);
    }

    /**
     * Spreads a layer's spans over as few columns as keep each column free of overlaps: each span goes
     * to the first column whose spans all end before it begins. Taken outermost first, a nested span
     * lands one column deeper than the span that holds it.
     */
    private static List<List<Span>> stack(List<Span> spans) {
        List<List<Span>> columns = new ArrayList<>(1);
        int[] ends = new int[4];
        for (Span span : spans) {
            int c = 0;
            while (c < columns.size() && ends[c] > span.begin) {
                c++;
            }
            if (c == columns.size()) {
                columns.add(new ArrayList<>());
                if (c == ends.length) {
                    ends = Arrays.copyOf(ends, c * 2);
                }
            }
            columns.get(c).add(span);
            ends[c] = span.end;
        }
        return columns;
    }

    /** For each token, the index of the span of {@code column} that covers it, or -1. */
    private static int[] cover(List<Tokens.Token> tokens, List<Span> column) {
        int[] owner = new int[tokens.size()];
        Arrays.fill(owner, -1);
        for (int s = 0; s < column.size(); s++) {
            Span span = column.get(s);
            for (int t = firstTokenAtOrAfter(tokens, span.begin); t < tokens.size() && tokens.get(t).begin() < span.end; t++) {
                owner[t] = s;
            }
        }
        return owner;
    }

    private static int firstTokenAtOrAfter(List<Tokens.Token> tokens, int offset) {
        int low = 0;
        int high = tokens.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (tokens.get(middle).end() <= offset) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private static void tag(StringBuilder line, int[] owner, List<Span> spans, int token, int sentenceStart) {
        line.append('\t');
        int s = owner == null ? -1 : owner[token];
        if (s < 0) {
            line.append('O');
        } else {
            line.append(token == sentenceStart || owner[token - 1] != s ? "B-" : "I-").append(spans.get(s).label);
        }
    }
}
