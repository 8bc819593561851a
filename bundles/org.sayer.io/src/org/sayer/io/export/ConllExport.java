package org.sayer.io.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

import org.sayer.model.Annotation;

/**
 * CoNLL-style BIO tokens in {@code corpus.conll}, one sentence per block (blank line between), one
 * token per line, tab-separated:
 *
 * <pre>
 * TOKEN  START  END  SPEAKER  CUE  CONTENT
 * </pre>
 *
 * START and END are code-point offsets into the document text. Each tag column holds {@code O},
 * {@code B-LABEL} or {@code I-LABEL} for its own layer (labels SPEAKER, CUE, CONTENT, without '-'),
 * so overlapping layers (a speaker inside a quoted claim) are all kept. Within a layer a nested span
 * (a claim inside a claim) is covered by its outermost span. An I- tag only ever continues the same
 * span in the same sentence: a span that crosses a sentence break restarts with B- in the next
 * sentence. A document starts with {@code # newdoc id = ID}, a sentence with {@code # sent_id = ID-N}.
 * Rejected annotations cannot be marked as negatives here and are left out.
 */
final class ConllExport extends SingleFile {

    static final String FILE = "corpus.conll";
    static final String COLUMNS = "TOKEN START END SPEAKER CUE CONTENT";

    @Override
    protected String fileName() {
        return FILE;
    }

    @Override
    protected void begin() throws IOException {
        out.write("# global.columns = " + COLUMNS + "\n");
        context.manifest().note("columns", COLUMNS + " (START/END in code points; one BIO column per layer)");
        if (context.options().includeRejected()) {
            context.manifest().note("rejected", "not written: CoNLL BIO has no way to mark a negative");
        }
    }

    @Override
    public void write(DocumentView view) throws IOException {
        String text = view.text();
        List<int[]> speakers = spans(view, view.mentions());
        List<int[]> cues = spans(view, view.cues());
        List<int[]> contents = spans(view, view.claims());
        BitSet boundaries = new BitSet(text.length() + 1);
        for (List<int[]> layer : List.of(speakers, cues, contents)) {
            for (int[] span : layer) {
                boundaries.set(span[0]);
                boundaries.set(span[1]);
            }
        }
        List<Tokens.Token> tokens = Tokens.of(text, boundaries);
        int[] speakerOf = cover(tokens, speakers);
        int[] cueOf = cover(tokens, cues);
        int[] contentOf = cover(tokens, contents);
        int[] starts = Tokens.sentenceStarts(text, tokens);
        StringBuilder block = new StringBuilder(text.length() * 3);
        String id = view.document().getId().replace('\n', ' ');
        block.append("# newdoc id = ").append(id).append('\n');
        for (int s = 0; s + 1 < starts.length; s++) {
            block.append("# sent_id = ").append(id).append('-').append(s + 1).append('\n');
            for (int t = starts[s]; t < starts[s + 1]; t++) {
                Tokens.Token token = tokens.get(t);
                block.append(text, token.begin(), token.end()).append('\t').append(view.codePoint(token.begin())).append('\t')
                        .append(view.codePoint(token.end()));
                tag(block, speakerOf, t, starts[s], "SPEAKER");
                tag(block, cueOf, t, starts[s], "CUE");
                tag(block, contentOf, t, starts[s], "CONTENT");
                block.append('\n');
            }
            block.append('\n');
        }
        out.write(block.toString());
        context.manifest().add("conll.tokens", tokens.size());
    }

    private static List<int[]> spans(DocumentView view, List<? extends Annotation> annotations) {
        List<int[]> spans = new ArrayList<>(annotations.size());
        for (Annotation annotation : annotations) {
            if (DocumentView.isNegative(annotation)) {
                continue;
            }
            int[] span = Tokens.trim(view.text(), annotation.getBegin(), annotation.getEnd());
            if (span != null) {
                spans.add(span);
            }
        }
        // Outermost first: earlier begin, then longer.
        spans.sort(Comparator.<int[]>comparingInt(s -> s[0]).thenComparing(s -> -s[1]));
        return spans;
    }

    /** For each token, the index of the outermost span that covers it, or -1. */
    private static int[] cover(List<Tokens.Token> tokens, List<int[]> spans) {
        int[] owner = new int[tokens.size()];
        java.util.Arrays.fill(owner, -1);
        for (int s = 0; s < spans.size(); s++) {
            int[] span = spans.get(s);
            for (int t = firstTokenAtOrAfter(tokens, span[0]); t < tokens.size() && tokens.get(t).begin() < span[1]; t++) {
                if (owner[t] < 0) {
                    owner[t] = s;
                }
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

    private static void tag(StringBuilder line, int[] owner, int token, int sentenceStart, String label) {
        line.append('\t');
        if (owner[token] < 0) {
            line.append('O');
        } else if (token == sentenceStart || owner[token - 1] != owner[token]) {
            line.append("B-").append(label);
        } else {
            line.append("I-").append(label);
        }
    }
}
