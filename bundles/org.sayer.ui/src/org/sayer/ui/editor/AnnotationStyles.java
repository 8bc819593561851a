package org.sayer.ui.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.LineStyleEvent;
import org.eclipse.swt.custom.LineStyleListener;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.events.PaintListener;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.sayer.model.Annotation;
import org.sayer.model.Claim;
import org.sayer.model.Cue;
import org.sayer.model.ReviewState;
import org.sayer.model.SpeakerMention;
import org.sayer.model.query.AnnotationIndex;

/**
 * How annotations look in the editor, computed only for what is on screen: StyledText asks for the
 * styles of each visible line, and brackets that show claim nesting are painted for the visible
 * lines only. Accepted annotations are filled; pending suggestions are never filled but boxed with
 * a dashed border and drawn in the colour of their kind, so the two cannot be confused. The boxes
 * are painted here too ({@link DashedBoxes}), not as StyleRange borders, which cairo strokes dash by
 * dash: a style range to be boxed carries the box's ink as its {@code data}. Rejected
 * suggestions stay in the model and are drawn only while the review queue shows them: struck
 * through and greyed, neither filled nor boxed.
 */
public final class AnnotationStyles implements LineStyleListener, PaintListener {

    private static final int MAX_DEPTH_SHADES = 3;

    private final StyledText text;
    private final Supplier<AnnotationIndex> index;
    private final BooleanSupplier rejectedShown;
    private final Color rejectedInk;
    private final Color speakerFill;
    private final Color speakerInk;
    private final Color cueFill;
    private final Color cueInk;
    private final Color[] claimFill = new Color[MAX_DEPTH_SHADES];
    private final Color claimInk;
    private final Color[] bracket = new Color[MAX_DEPTH_SHADES];
    private final DashedBoxes boxes;

    /** Styles that never draw rejected suggestions. */
    public AnnotationStyles(StyledText text, Supplier<AnnotationIndex> index) {
        this(text, index, () -> false);
    }

    public AnnotationStyles(StyledText text, Supplier<AnnotationIndex> index, BooleanSupplier rejectedShown) {
        this.text = text;
        this.index = index;
        this.rejectedShown = rejectedShown;
        rejectedInk = new Color(0x8a, 0x8a, 0x8a);
        speakerFill = new Color(0xcf, 0xe3, 0xff);
        speakerInk = new Color(0x1a, 0x4f, 0xa8);
        cueFill = new Color(0xff, 0xdc, 0xa8);
        cueInk = new Color(0xa8, 0x5a, 0x00);
        claimFill[0] = new Color(0xe3, 0xf4, 0xdf);
        claimFill[1] = new Color(0xc9, 0xea, 0xc2);
        claimFill[2] = new Color(0xac, 0xdd, 0xa3);
        claimInk = new Color(0x2e, 0x7d, 0x32);
        bracket[0] = new Color(0x2e, 0x7d, 0x32);
        bracket[1] = new Color(0x6a, 0x1b, 0x9a);
        bracket[2] = new Color(0xc6, 0x28, 0x28);
        boxes = new DashedBoxes(text.getDisplay());
    }

    @Override
    public void lineGetStyle(LineStyleEvent event) {
        StyleRange[] ranges = stylesOf(event.lineOffset, event.lineText.length());
        if (ranges != null) {
            event.styles = ranges;
        }
    }

    /** The styles of the line at {@code from} ({@code length} characters long), or null when nothing on it is drawn. */
    public StyleRange[] stylesOf(int from, int length) {
        int to = from + length;
        List<Annotation> shown = new ArrayList<>();
        List<Annotation> rejected = new ArrayList<>();
        boolean withRejected = rejectedShown.getAsBoolean();
        for (Annotation annotation : index.get().overlapping(from, to)) {
            if (annotation.getBegin() >= annotation.getEnd()) {
                continue;
            }
            if (annotation.getReview() != ReviewState.REJECTED) {
                shown.add(annotation);
            } else if (withRejected) {
                rejected.add(annotation);
            }
        }
        if (shown.isEmpty() && rejected.isEmpty()) {
            return null;
        }
        // Cut the line at every boundary, then give each piece the style of what covers it.
        int[] cuts = new int[2 + 2 * (shown.size() + rejected.size())];
        int n = 0;
        cuts[n++] = from;
        cuts[n++] = to;
        for (List<Annotation> drawn : List.of(shown, rejected)) {
            for (Annotation annotation : drawn) {
                cuts[n++] = Math.max(from, annotation.getBegin());
                cuts[n++] = Math.min(to, annotation.getEnd());
            }
        }
        Arrays.sort(cuts);
        List<StyleRange> ranges = new ArrayList<>();
        for (int i = 1; i < cuts.length; i++) {
            int start = cuts[i - 1];
            int cut = cuts[i];
            if (cut > start) {
                StyleRange range = strikeRejected(rejected, styleOf(shown, start, cut), start, cut);
                if (range != null) {
                    ranges.add(range);
                }
            }
        }
        return ranges.toArray(new StyleRange[0]);
    }

    private StyleRange styleOf(List<Annotation> shown, int start, int end) {
        Annotation span = null;
        int claimDepth = -1;
        Claim innermostClaim = null;
        for (Annotation annotation : shown) {
            if (annotation.getBegin() <= start && annotation.getEnd() >= end) {
                if (annotation instanceof Claim claim) {
                    claimDepth++;
                    if (innermostClaim == null || claim.getEnd() - claim.getBegin() < innermostClaim.getEnd() - innermostClaim.getBegin()) {
                        innermostClaim = claim;
                    }
                } else if (span == null || annotation.getEnd() - annotation.getBegin() < span.getEnd() - span.getBegin()) {
                    span = annotation;
                }
            }
        }
        if (span == null && innermostClaim == null) {
            return null;
        }
        StyleRange range = new StyleRange();
        range.start = start;
        range.length = end - start;
        if (innermostClaim != null) {
            Color fill = claimFill[Math.min(claimDepth, MAX_DEPTH_SHADES - 1)];
            if (innermostClaim.getReview() == ReviewState.PENDING) {
                range.data = claimInk;
            } else {
                range.background = fill;
            }
        }
        if (span != null) {
            boolean pending = span.getReview() == ReviewState.PENDING;
            if (span instanceof SpeakerMention) {
                range.fontStyle = SWT.BOLD;
                style(range, pending, speakerFill, speakerInk);
            } else if (span instanceof Cue) {
                range.fontStyle = SWT.ITALIC;
                style(range, pending, cueFill, cueInk);
            }
        }
        return range;
    }

    /**
     * A piece that a rejected suggestion covers is struck through in grey, over whatever else covers
     * it; greyed too when nothing else does.
     */
    private StyleRange strikeRejected(List<Annotation> rejected, StyleRange range, int start, int end) {
        for (Annotation annotation : rejected) {
            if (annotation.getBegin() <= start && annotation.getEnd() >= end) {
                StyleRange struck = range != null ? range : new StyleRange(start, end - start, rejectedInk, null);
                struck.strikeout = true;
                struck.strikeoutColor = rejectedInk;
                return struck;
            }
        }
        return range;
    }

    private static void style(StyleRange range, boolean pending, Color fill, Color ink) {
        if (pending) {
            range.foreground = ink;
            range.data = ink;
        } else {
            range.background = fill;
            range.data = null;
        }
    }

    /**
     * {@code range} as it looks: a range to be boxed with the dashed border that the editor paints
     * around it (for those who ask what is drawn where).
     */
    static StyleRange asDrawn(StyleRange range) {
        if (range.data instanceof Color ink) {
            StyleRange drawn = (StyleRange) range.clone();
            drawn.borderStyle = SWT.BORDER_DASH;
            drawn.borderColor = ink;
            drawn.data = null;
            return drawn;
        }
        return range;
    }

    /**
     * The dashed boxes of pending suggestions on the lines being painted, then brackets around every
     * claim on screen, coloured by nesting depth: [outer [inner] …].
     */
    @Override
    public void paintControl(PaintEvent event) {
        if (text.getCharCount() == 0) {
            return;
        }
        int firstLine = text.getLineIndex(event.y);
        int lastLine = text.getLineIndex(event.y + event.height);
        GC gc = event.gc;
        for (int line = firstLine; line <= lastLine; line++) {
            paintBoxes(text.getOffsetAtLine(line), text.getLine(line).length());
        }
        boxes.fill(gc);
        int from = text.getOffsetAtLine(firstLine);
        int to = lastLine + 1 < text.getLineCount() ? text.getOffsetAtLine(lastLine + 1) : text.getCharCount();
        gc.setLineWidth(2);
        for (Annotation annotation : index.get().overlapping(from, to)) {
            if (annotation instanceof Claim claim && claim.getReview() != ReviewState.REJECTED && claim.getEnd() > claim.getBegin()
                    && claim.getEnd() <= text.getCharCount()) {
                gc.setForeground(bracket[Math.min(depth(claim), MAX_DEPTH_SHADES - 1)]);
                if (claim.getBegin() >= from) {
                    Rectangle first = text.getTextBounds(claim.getBegin(), claim.getBegin());
                    gc.drawLine(first.x, first.y, first.x, first.y + first.height - 1);
                    gc.drawLine(first.x, first.y, first.x + 4, first.y);
                    gc.drawLine(first.x, first.y + first.height - 1, first.x + 4, first.y + first.height - 1);
                }
                if (claim.getEnd() <= to) {
                    Rectangle last = text.getTextBounds(claim.getEnd() - 1, claim.getEnd() - 1);
                    int x = last.x + last.width;
                    gc.drawLine(x, last.y, x, last.y + last.height - 1);
                    gc.drawLine(x, last.y, x - 4, last.y);
                    gc.drawLine(x, last.y + last.height - 1, x - 4, last.y + last.height - 1);
                }
            }
        }
    }

    /**
     * The boxes of one line's pieces to be boxed: touching pieces in the same ink make one box (a
     * pending claim's words on both sides of a bracket), as touching StyleRange borders did.
     */
    private void paintBoxes(int lineStart, int lineLength) {
        StyleRange[] ranges = stylesOf(lineStart, lineLength);
        if (ranges == null) {
            return;
        }
        int i = 0;
        while (i < ranges.length) {
            if (!(ranges[i].data instanceof Color ink)) {
                i++;
                continue;
            }
            int begin = ranges[i].start;
            int end = begin + ranges[i].length;
            for (i++; i < ranges.length && ranges[i].start == end && ranges[i].data == ink; i++) {
                end += ranges[i].length;
            }
            paintBox(ink, begin, end);
        }
    }

    /**
     * The box around {@code [begin, end)} of one line: one per visual line where the text wraps it, the
     * first open to the wrapping edge and the next ones from the left margin, as Pango gave a border's
     * extents.
     */
    private void paintBox(Color ink, int begin, int end) {
        Rectangle first = text.getTextBounds(begin, begin);
        Rectangle last = text.getTextBounds(end - 1, end - 1);
        int left = first.x;
        Rectangle line = first;
        int offset = begin;
        while (line.y < last.y) {
            int right = text.getClientArea().width - text.getRightMargin();
            boxes.add(ink, left, line.y, right - left, line.height);
            offset = nextVisualLine(offset, end - 1, line.y);
            line = text.getTextBounds(offset, offset);
            left = text.getLeftMargin();
        }
        boxes.add(ink, left, last.y, last.x + last.width - left, last.height);
    }

    /** The first offset after {@code from}, up to {@code to} (which lies lower), that lies below {@code y}. */
    private int nextVisualLine(int from, int to, int y) {
        int low = from + 1;
        int high = to;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (text.getLocationAtOffset(middle).y > y) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return high;
    }

    /** The ink of speaker mentions, cues and claims, which their links are drawn in too. */
    Color speakerInk() {
        return speakerInk;
    }

    Color cueInk() {
        return cueInk;
    }

    Color claimInk() {
        return claimInk;
    }

    /** The text offsets of the whole lines a paint event covers: what painters over the text draw. */
    public static int[] paintedRange(StyledText text, PaintEvent event) {
        int firstLine = text.getLineIndex(event.y);
        int lastLine = text.getLineIndex(event.y + event.height);
        int from = text.getOffsetAtLine(firstLine);
        int to = lastLine + 1 < text.getLineCount() ? text.getOffsetAtLine(lastLine + 1) : text.getCharCount();
        return new int[] { from, to };
    }

    static int depth(Claim claim) {
        int depth = 0;
        // A cycle among parents is invalid model data; the bound keeps painting safe anyway.
        for (Claim parent = claim.getParent(); parent != null && depth < 32; parent = parent.getParent()) {
            depth++;
        }
        return depth;
    }

    public void dispose() {
        boxes.dispose();
        speakerFill.dispose();
        speakerInk.dispose();
        cueFill.dispose();
        cueInk.dispose();
        claimInk.dispose();
        rejectedInk.dispose();
        for (Color color : claimFill) {
            color.dispose();
        }
        for (Color color : bracket) {
            color.dispose();
        }
    }
}
