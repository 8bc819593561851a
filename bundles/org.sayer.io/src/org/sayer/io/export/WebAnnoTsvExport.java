package org.sayer.io.export;

import static org.sayer.io.inception.InceptionLayers.CLAIM;
import static org.sayer.io.inception.InceptionLayers.CLAIM_LINKS;
import static org.sayer.io.inception.InceptionLayers.CLAIM_TYPE;
import static org.sayer.io.inception.InceptionLayers.CUE;
import static org.sayer.io.inception.InceptionLayers.MENTION_KIND;
import static org.sayer.io.inception.InceptionLayers.MENTION_SPEAKER;
import static org.sayer.io.inception.InceptionLayers.MENTION_SPEAKER_NAME;
import static org.sayer.io.inception.InceptionLayers.SPEAKER_MENTION;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.sayer.io.inception.InceptionLayers;
import org.sayer.io.inception.WebAnnoTsv;
import org.sayer.model.Claim;
import org.sayer.model.SpeakerMention;

/**
 * WebAnno TSV 3.3, INCEpTION's text format: one {@code NAME.tsv} per document with the layers of
 * {@link InceptionLayers} (the same as the {@code inception} XMI export, whose {@code typesystem.xml}
 * defines them in an INCEpTION project). Claims come first, with their type and the link features
 * source, cue and parent as slot columns; then cues; then speaker mentions (kind, speaker id, name).
 *
 * <p>The text survives whole: a sentence's {@code #Text=} lines run to the next sentence, so the
 * line breaks and spaces between sentences are kept, except whitespace before the first token, which
 * the format cannot hold (a reader puts spaces there). A document without a token is written as the
 * header alone, which Sayer reads back but INCEpTION refuses.
 */
final class WebAnnoTsvExport extends PerDocumentFiles {

    /** One layer's columns: its header line and, per column, the cell value of one annotation. */
    private record Layer(String type, List<String> header, List<Column> columns, Function<InceptionDocument, List<InceptionDocument.Span>> spans) {
    }

    /** A column: the value an annotation shows in it, or a reference to another annotation for slot targets. */
    private interface Column {
        /** The cell part of one annotation, before its disambiguation id; null when it has no value. */
        String value(InceptionDocument document, InceptionDocument.Span span, Refs refs);

        default boolean isSlotTarget() {
            return false;
        }

        default boolean isSlotRole() {
            return false;
        }
    }

    private static final List<Layer> LAYERS = layers();
    private static final String HEADER = header();
    private static final int MAX_KEPT_BUFFER = 1 << 22;

    private StringBuilder file;

    @Override
    protected void begin() {
        context.manifest().note("layers", "as in the inception export (see its typesystem.xml): " + InceptionLayers.CLAIM
                + " (type; slots source, cue, parent), " + InceptionLayers.CUE + ", " + InceptionLayers.SPEAKER_MENTION
                + " (kind, speaker, speakerName)");
        context.manifest().note("text", "whitespace before a document's first token reads back as spaces");
        if (context.options().includeRejected()) {
            context.manifest().note("rejected", "not written: INCEpTION's layers cannot mark a negative");
        }
    }

    private static String header() {
        StringBuilder header = new StringBuilder(WebAnnoTsv.FORMAT_LINE).append('\n');
        for (Layer layer : LAYERS) {
            header.append(WebAnnoTsv.SPAN_LAYER).append(layer.type);
            for (String column : layer.header) {
                header.append('|').append(column);
            }
            if (layer.header.isEmpty()) {
                header.append('|');
            }
            header.append('\n');
        }
        return header.append("\n\n").toString();
    }

    private static List<Layer> layers() {
        List<String> claimHeader = new ArrayList<>(List.of(CLAIM_TYPE));
        List<Column> claimColumns = new ArrayList<>(List.of(primitive(s -> {
            Claim claim = (Claim) s.annotation();
            return claim.getType() == null ? null : claim.getType().getName();
        })));
        for (String feature : CLAIM_LINKS) {
            claimHeader.add(WebAnnoTsv.ROLE_PREFIX + CLAIM + ":" + feature + "_" + InceptionLayers.linkType(feature));
            claimHeader.add(InceptionLayers.linkTarget(feature));
            claimColumns.add(new Column() {
                @Override
                public String value(InceptionDocument document, InceptionDocument.Span span, Refs refs) {
                    return document.link((Claim) span.annotation(), feature) == null ? null : WebAnnoTsv.escapeValue(feature);
                }

                @Override
                public boolean isSlotRole() {
                    return true;
                }
            });
            claimColumns.add(new Column() {
                @Override
                public String value(InceptionDocument document, InceptionDocument.Span span, Refs refs) {
                    InceptionDocument.Span target = document.link((Claim) span.annotation(), feature);
                    return target == null ? null : refs.reference(target);
                }

                @Override
                public boolean isSlotTarget() {
                    return true;
                }
            });
        }
        return List.of(
                new Layer(CLAIM, claimHeader, claimColumns, InceptionDocument::claims),
                new Layer(CUE, List.of(), List.of(primitive(s -> null)), InceptionDocument::cues),
                new Layer(SPEAKER_MENTION, List.of(MENTION_KIND, MENTION_SPEAKER, MENTION_SPEAKER_NAME), List.of(
                        primitive(s -> {
                            SpeakerMention mention = (SpeakerMention) s.annotation();
                            return mention.getKind() == null ? null : mention.getKind().getName();
                        }),
                        new Column() {
                            @Override
                            public String value(InceptionDocument document, InceptionDocument.Span span, Refs refs) {
                                String id = document.speakerId((SpeakerMention) span.annotation());
                                return id == null ? null : WebAnnoTsv.escapeValue(id);
                            }
                        },
                        primitive(s -> InceptionDocument.speakerName((SpeakerMention) s.annotation()))),
                        InceptionDocument::mentions));
    }

    private static Column primitive(Function<InceptionDocument.Span, String> value) {
        return (document, span, refs) -> {
            String v = value.apply(span);
            return v == null ? null : WebAnnoTsv.escapeValue(v);
        };
    }

    /**
     * Where every annotation lies in tokens, and the disambiguation ids of those that need one (they
     * cover several tokens, or share a token with another of their layer).
     */
    private static final class Refs {
        final int[] sentenceOfToken;
        final int[] sentenceStarts;
        final Map<InceptionDocument.Span, int[]> tokenRange = new IdentityHashMap<>();
        final Map<InceptionDocument.Span, Integer> ids = new IdentityHashMap<>();
        /** Per layer and token, the layer's annotations that cover it, outermost first. */
        final List<List<List<InceptionDocument.Span>>> covering = new ArrayList<>();
        /**
         * Per annotation, its value in each column of its layer (null: none), worked out once: an
         * annotation shows the same values on every token it covers.
         */
        private final Map<InceptionDocument.Span, String[]> values = new IdentityHashMap<>();

        Refs(InceptionDocument document) {
            List<Tokens.Token> tokens = document.segmentation().tokens();
            sentenceStarts = document.segmentation().sentenceStarts();
            sentenceOfToken = new int[tokens.size()];
            for (int s = 0; s + 1 < sentenceStarts.length; s++) {
                for (int t = sentenceStarts[s]; t < sentenceStarts[s + 1]; t++) {
                    sentenceOfToken[t] = s;
                }
            }
            int nextId = 1;
            for (Layer layer : LAYERS) {
                List<InceptionDocument.Span> spans = new ArrayList<>(layer.spans.apply(document));
                spans.sort((a, b) -> a.begin() != b.begin() ? Integer.compare(a.begin(), b.begin()) : Integer.compare(b.end(), a.end()));
                List<List<InceptionDocument.Span>> perToken = new ArrayList<>(tokens.size());
                for (int t = 0; t < tokens.size(); t++) {
                    perToken.add(null);
                }
                for (InceptionDocument.Span span : spans) {
                    int first = firstToken(tokens, span.begin());
                    int last = first;
                    while (last + 1 < tokens.size() && tokens.get(last + 1).end() <= span.end()) {
                        last++;
                    }
                    tokenRange.put(span, new int[] { first, last });
                    for (int t = first; t <= last; t++) {
                        if (perToken.get(t) == null) {
                            perToken.set(t, new ArrayList<>(2));
                        }
                        perToken.get(t).add(span);
                    }
                }
                for (InceptionDocument.Span span : spans) {
                    int[] range = tokenRange.get(span);
                    boolean needsId = range[1] > range[0];
                    for (int t = range[0]; t <= range[1] && !needsId; t++) {
                        needsId = perToken.get(t).size() > 1;
                    }
                    if (needsId) {
                        ids.put(span, nextId++);
                    }
                }
                covering.add(perToken);
            }
        }

        private static int firstToken(List<Tokens.Token> tokens, int begin) {
            int low = 0;
            int high = tokens.size() - 1;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (tokens.get(mid).begin() < begin) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            return low;
        }

        /** The value of {@code span} in its layer's column {@code c} (see {@link Column#value}). */
        String value(InceptionDocument document, Layer layer, int c, InceptionDocument.Span span) {
            String[] row = values.get(span);
            if (row == null) {
                row = new String[layer.columns.size()];
                for (int i = 0; i < row.length; i++) {
                    row[i] = layer.columns.get(i).value(document, span, this);
                }
                values.put(span, row);
            }
            return row[c];
        }

        String suffix(InceptionDocument.Span span) {
            Integer id = ids.get(span);
            return id == null ? "" : "[" + id + "]";
        }

        /** A slot target: the sentence-token number of the annotation's first token, and its id if it has one. */
        String reference(InceptionDocument.Span target) {
            int token = tokenRange.get(target)[0];
            int sentence = sentenceOfToken[token];
            return (sentence + 1) + "-" + (token - sentenceStarts[sentence] + 1) + suffix(target);
        }
    }

    @Override
    public void write(DocumentView view) throws IOException {
        InceptionDocument document = InceptionDocument.of(view, context.manifest());
        String name = names.nameFor(view.document().getId());
        String text = view.text();
        List<Tokens.Token> tokens = document.segmentation().tokens();
        int[] starts = document.segmentation().sentenceStarts();
        if (tokens.isEmpty()) {
            context.manifest().add("webanno.documentsWithoutTokens", 1);
        }
        Refs refs = new Refs(document);
        LayerCells cells = new LayerCells(document, refs);
        StringBuilder out = buffer(HEADER.length() + 2 * text.length() + 64 * tokens.size()).append(HEADER);
        for (int s = 0; s + 1 < starts.length; s++) {
            if (s > 0) {
                out.append('\n');
            }
            int sentenceEnd = starts[s + 1] < tokens.size() ? tokens.get(starts[s + 1]).begin() : text.length();
            textLines(out, text, tokens.get(starts[s]).begin(), sentenceEnd);
            for (int t = starts[s]; t < starts[s + 1]; t++) {
                Tokens.Token token = tokens.get(t);
                out.append(s + 1).append('-').append(t - starts[s] + 1).append('\t').append(token.begin()).append('-')
                        .append(token.end()).append('\t');
                WebAnnoTsv.appendEscapedText(out, text, token.begin(), token.end()).append('\t');
                for (int l = 0; l < LAYERS.size(); l++) {
                    out.append(cells.of(l, refs.covering.get(l).get(t)));
                }
                out.append('\n');
            }
        }
        Files.writeString(context.folder().resolve(name + ".tsv"), out, StandardCharsets.UTF_8);
    }

    /**
     * The builder for the next file, empty and with room for {@code expected} characters (about 60 a
     * token line). One builder serves every document (a new one per file, cleared by the JVM each
     * time, was 8% of the writer's time); one grown for a huge document is let go.
     */
    private StringBuilder buffer(int expected) {
        if (file == null || file.capacity() > MAX_KEPT_BUFFER) {
            file = new StringBuilder(expected);
        }
        file.setLength(0);
        file.ensureCapacity(expected);
        return file;
    }

    /** The sentence's text from {@code begin} to {@code end} as {@code #Text=} lines, one per line of the text. */
    private static void textLines(StringBuilder out, String text, int begin, int end) {
        int line = begin;
        for (int i = begin; i <= end; i++) {
            if (i == end || text.charAt(i) == '\n') {
                WebAnnoTsv.appendEscapedText(out.append(WebAnnoTsv.TEXT), text, line, i).append('\n');
                line = i + 1;
            }
        }
    }

    /**
     * A layer's cells of a token, each closed by a tab. They depend only on the annotations of the
     * layer that cover the token, which stay the same over the many tokens of an annotation, so the
     * cells of the last token are kept and written again while the covering annotations stay.
     */
    private static final class LayerCells {
        /** Per layer, the cells of a token that no annotation of the layer covers. */
        private static final String[] UNCOVERED = LAYERS.stream().map(l -> "_\t".repeat(l.columns.size())).toArray(String[]::new);

        private final InceptionDocument document;
        private final Refs refs;
        private final List<List<InceptionDocument.Span>> lastCovering = new ArrayList<>();
        private final String[] lastCells = new String[LAYERS.size()];

        LayerCells(InceptionDocument document, Refs refs) {
            this.document = document;
            this.refs = refs;
            LAYERS.forEach(l -> lastCovering.add(null));
        }

        /** The cells of layer {@code l} for a token that the annotations {@code covering} (or none: null) cover. */
        String of(int l, List<InceptionDocument.Span> covering) {
            if (covering == null) {
                return UNCOVERED[l];
            }
            if (!covering.equals(lastCovering.get(l))) {
                Layer layer = LAYERS.get(l);
                StringBuilder cells = new StringBuilder();
                for (int c = 0; c < layer.columns.size(); c++) {
                    cell(cells, layer, c, covering, document, refs);
                    cells.append('\t');
                }
                lastCovering.set(l, covering);
                lastCells[l] = cells.toString();
            }
            return lastCells[l];
        }
    }

    /**
     * One cell of a token that annotations of the layer cover (a token no annotation covers has
     * {@code _}): the values of the stacked annotations separated by {@code |}, {@code *} for an
     * empty value, each with its disambiguation id. A slot pair of columns without any link reads {@code _} and {@code *}, as
     * INCEpTION writes it.
     */
    private static void cell(StringBuilder cell, Layer layer, int c, List<InceptionDocument.Span> here, InceptionDocument document,
            Refs refs) {
        Column column = layer.columns.get(c);
        if (column.isSlotRole() || column.isSlotTarget()) {
            boolean anyLink = false;
            for (InceptionDocument.Span span : here) {
                anyLink |= refs.value(document, layer, c, span) != null;
            }
            if (!anyLink) {
                cell.append(column.isSlotRole() ? '_' : '*');
                return;
            }
        }
        for (int i = 0; i < here.size(); i++) {
            InceptionDocument.Span span = here.get(i);
            if (i > 0) {
                cell.append('|');
            }
            String value = refs.value(document, layer, c, span);
            cell.append(value == null ? "*" : value);
            if (!column.isSlotTarget()) {
                cell.append(refs.suffix(span));
            }
        }
    }
}
