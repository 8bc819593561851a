package org.sayer.ui.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.events.PaintListener;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.sayer.model.Annotation;
import org.sayer.model.Claim;
import org.sayer.model.ReviewState;
import org.sayer.model.query.AnnotationIndex;

/**
 * The links of claims drawn as arcs over the text, as brat and INCEpTION draw relations: from a
 * claim to its speaker mention and to its cue, and from the second part of a split quotation to its
 * first, labelled, with an arrow at the far end. By default
 * only the claim at the caret is linked, with the claims it nests in and those nested in it; the
 * toggle links every claim on the visible page. Arcs are computed from the model for what is on
 * screen only, so their cost does not grow with the document, and once for each page, edit and
 * caret claim: every paint of that page draws the same arcs.
 */
public final class LinkArcs implements PaintListener {

    /** What an arc shows. */
    public enum Role {
        SPEAKER("speaker"), CUE("cue"), CONTINUES("continues");

        final String label;

        Role(String label) {
            this.label = label;
        }
    }

    /**
     * One arc, in the text widget's client coordinates: it leaves the claim at {@code from}, rises
     * to {@code apexY} and lands on the target at {@code to}. A target far off the page is drawn
     * to the page's top or bottom edge ({@code offPage}).
     */
    public record Arc(Claim claim, Annotation target, Role role, Point from, Point to, int apexY, boolean offPage) {

        /** The rectangle the arc and its label cover. */
        Rectangle bounds(Point label) {
            int middle = (from.x + to.x) / 2;
            int left = Math.min(Math.min(from.x, to.x), middle - label.x / 2) - ARROW;
            int right = Math.max(Math.max(from.x, to.x), middle + label.x / 2) + ARROW;
            int top = Math.min(apexY - label.y / 2, Math.min(from.y, to.y)) - ARROW;
            int bottom = Math.max(from.y, to.y) + ARROW;
            return new Rectangle(left, top, right - left, bottom - top);
        }

        /** The same arc {@code dy} pixels lower: where scrolling the text by {@code -dy} copied it. */
        Arc shifted(int dy) {
            return dy == 0 ? this
                    : new Arc(claim, target, role, new Point(from.x, from.y + dy), new Point(to.x, to.y + dy), apexY + dy, offPage);
        }
    }

    /** What the arcs on the page depend on besides the model, which {@link #refresh} is told about. */
    private record Page(int top, int width, int height, int characters, AnnotationIndex index, boolean all, Claim focus) {
    }

    private static final int ARROW = 5;
    private static final int SEGMENTS = 16;
    /** Lines beyond the page that a target may lie on and still be reached; further ones end at the edge. */
    private static final int REACH_LINES = 40;
    /** How far after a claim (in characters) a part that continues it is looked for. */
    private static final int LATER_PART_REACH = 5_000;
    /** How far from the text being painted (in characters) claims are looked for whose arcs may reach into it. */
    private static final int REACH_CHARS = 3_000;

    private final StyledText text;
    private final Supplier<AnnotationIndex> index;
    private final Supplier<Claim> focus;
    private final Color speakerInk;
    private final Color cueInk;
    private final Color partInk;
    private final Color labelBackground;
    private final Font labelFont;
    private final Point[] labelSizes = new Point[Role.values().length];
    /** The extent of each label written (a handful): measuring text lays it out anew every time. */
    private final Map<String, Point> labelExtents = new HashMap<>();
    private boolean all;
    /** The arcs that may show on the page, and the page they were computed for. */
    private List<Arc> onPage = List.of();
    private Page onPagePage;
    /** The arcs last shown, and the top pixel they were shown at, to erase them when they change. */
    private List<Arc> shown = List.of();
    private int shownTop;

    /** Arcs in the inks of {@code styles}, which owns them. */
    LinkArcs(StyledText text, Supplier<AnnotationIndex> index, Supplier<Claim> focus, AnnotationStyles styles) {
        this.text = text;
        this.index = index;
        this.focus = focus;
        speakerInk = styles.speakerInk();
        cueInk = styles.cueInk();
        partInk = styles.claimInk();
        labelBackground = new Color(0xff, 0xff, 0xff);
        FontData data = text.getFont().getFontData()[0];
        labelFont = new Font(text.getDisplay(), data.getName(), Math.max(6, data.getHeight() - 3), SWT.NORMAL);
    }

    /** Whether every claim on the visible page is linked, rather than the caret's claims only. */
    public boolean showsAll() {
        return all;
    }

    void showAll(boolean showAll) {
        all = showAll;
        refresh();
    }

    /** The claims whose links are drawn now: the visible ones, or the caret's claim and its nesting. */
    public List<Claim> linkedClaims() {
        int[] page = offsetsBetween(0, text.getClientArea().height);
        return linkedClaims(page[0], page[1]);
    }

    /**
     * The linked claims whose arcs may cross the text {@code [from, to)}: with all links on, those
     * whose claim, speaker, cue or other part lie on both sides of it or in it; a claim just off the
     * page may reach onto it (scrolling copies what was drawn and paints only the strip that comes
     * into view, so that strip must get the part of the arc that reaches onto it).
     */
    private List<Claim> linkedClaims(int from, int to) {
        Set<Claim> claims = new LinkedHashSet<>();
        AnnotationIndex annotations = index.get();
        if (annotations == null || text.getCharCount() == 0) {
            return List.of();
        }
        if (all) {
            for (Claim claim : annotations.overlapping(Math.max(0, from - REACH_CHARS), to + REACH_CHARS, Claim.class)) {
                if (isShown(claim) && reachesInto(claim, from, to)) {
                    claims.add(claim);
                }
            }
            return new ArrayList<>(claims);
        }
        Claim caret = focus.get();
        if (caret == null || !isShown(caret)) {
            return List.of();
        }
        // Outer claims first, so that the caret's own links are painted last, on top.
        List<Claim> outer = new ArrayList<>();
        for (Claim parent = caret.getParent(); parent != null && outer.size() < 32; parent = parent.getParent()) {
            if (isShown(parent)) {
                outer.add(0, parent);
            }
        }
        claims.addAll(outer);
        for (Claim child : annotations.overlapping(caret.getBegin(), caret.getEnd(), Claim.class)) {
            if (child.getParent() == caret && isShown(child)) {
                claims.add(child);
            }
        }
        claims.add(caret);
        // The other parts of a split quotation: the part it continues, and a part that continues it
        // (looked for a few paragraphs on, where a reporting clause leaves off).
        if (isShown(caret.getContinues())) {
            claims.add(caret.getContinues());
        }
        for (Claim later : annotations.overlapping(caret.getEnd(), caret.getEnd() + LATER_PART_REACH, Claim.class)) {
            if (later.getContinues() == caret && isShown(later)) {
                claims.add(later);
            }
        }
        return new ArrayList<>(claims);
    }

    /** The arcs drawn now, in client coordinates. */
    public List<Arc> arcs() {
        int[] page = offsetsBetween(0, text.getClientArea().height);
        return arcs(page[0], page[1]);
    }

    /** The arcs that may cross the text {@code [from, to)}. */
    private List<Arc> arcs(int from, int to) {
        List<Arc> arcs = new ArrayList<>();
        if (text.getCharCount() == 0) {
            return arcs;
        }
        int[] lines = reachableLines();
        for (Claim claim : linkedClaims(from, to)) {
            if (claim.getEnd() > text.getCharCount()) {
                continue;
            }
            addArc(arcs, claim, claim.getSource(), Role.SPEAKER, lines);
            addArc(arcs, claim, claim.getCue(), Role.CUE, lines);
            addArc(arcs, claim, claim.getContinues(), Role.CONTINUES, lines);
        }
        return arcs;
    }

    private void addArc(List<Arc> arcs, Claim claim, Annotation target, Role role, int[] lines) {
        if (isShown(target) && target.getBegin() < text.getCharCount()) {
            Arc arc = arc(claim, target, role, lines);
            if (arc != null) {
                arcs.add(arc);
            }
        }
    }

    /** The arc from {@code claim} to {@code target}; null when the claim's end it leaves from is far off the page. */
    private Arc arc(Claim claim, Annotation target, Role role, int[] lines) {
        // The claim's end nearest to the target: its first character, or its last when the target follows it.
        boolean after = target.getBegin() >= claim.getEnd();
        int anchorLine = text.getLineAtOffset(after ? claim.getEnd() - 1 : claim.getBegin());
        if (anchorLine < lines[0] || anchorLine > lines[1]) {
            return null;
        }
        Point from;
        if (after) {
            Rectangle last = text.getTextBounds(claim.getEnd() - 1, claim.getEnd() - 1);
            from = new Point(last.x + last.width - 3, last.y);
        } else {
            Rectangle first = text.getTextBounds(claim.getBegin(), claim.getBegin());
            from = new Point(first.x + 3, first.y);
        }
        int targetLine = text.getLineAtOffset(Math.min(target.getBegin(), text.getCharCount()));
        Point to;
        boolean offPage = targetLine < lines[0] || targetLine > lines[1];
        if (offPage) {
            int edge = targetLine < lines[0] ? 0 : text.getClientArea().height;
            to = new Point(from.x + (after ? 40 : -40), edge);
        } else {
            Rectangle begin = text.getTextBounds(target.getBegin(), target.getBegin());
            int end = Math.max(target.getBegin(), Math.min(target.getEnd(), text.getCharCount()) - 1);
            Rectangle last = text.getTextBounds(end, end);
            int x = last.y == begin.y ? (begin.x + last.x + last.width) / 2 : begin.x + 6;
            to = new Point(x, begin.y);
        }
        // The apex, and the label centred on it, sit in the gap above the higher end's line.
        int rise = Math.max(3, text.getLineSpacing() / 2);
        return new Arc(claim, target, role, from, to, Math.min(from.y, to.y) - rise, offPage);
    }

    @Override
    public void paintControl(PaintEvent event) {
        List<Arc> arcs = onPage();
        Rectangle damaged = new Rectangle(event.x, event.y, event.width, event.height);
        if (arcs != shown) {
            // Scrolled (or the page changed otherwise): scrolling copied what was drawn and exposed
            // only the rest, so an arc that did not just move with the text (one that ends at the
            // page's edge, or one whose target came into or out of reach) is repainted where its old
            // copy lies and where it is now, unless this paint covers that already. Not from inside
            // the paint, which cannot reach beyond the damaged area.
            Rectangle stale = changedArea(shown, shownTop, arcs, text.getTopPixel(), damaged);
            shown = arcs;
            shownTop = text.getTopPixel();
            if (stale != null) {
                text.getDisplay().asyncExec(() -> redraw(stale));
            }
        }
        if (arcs.isEmpty()) {
            return;
        }
        GC gc = event.gc;
        gc.setAntialias(SWT.ON);
        gc.setLineWidth(1);
        gc.setFont(labelFont);
        for (Arc arc : arcs) {
            if (!arc.bounds(labelSize(gc, arc.role())).intersects(damaged)) {
                continue;
            }
            Color ink = inkOf(arc.role());
            gc.setForeground(ink);
            gc.setBackground(ink);
            // A suggested claim's links are dashed, as its box is.
            gc.setLineStyle(arc.claim().getReview() == ReviewState.PENDING ? SWT.LINE_DASH : SWT.LINE_SOLID);
            int[] curve = curve(arc);
            gc.drawPolyline(curve);
            gc.setLineStyle(SWT.LINE_SOLID);
            if (!arc.offPage()) {
                arrowHead(gc, curve);
            }
        }
        // Labels over the arcs. Where two would overlap only the first is written: the colour still
        // tells a speaker's link (blue) from a cue's (orange) and a quotation's parts (green). Decided
        // over all arcs of the page, not the damaged ones, so that a partial repaint writes the same
        // labels as a full one.
        gc.setBackground(labelBackground);
        List<Rectangle> written = new ArrayList<>();
        for (Arc arc : arcs) {
            String label = arc.offPage() ? arc.role().label + (arc.to().y == 0 ? " \u2191" : " \u2193") : arc.role().label;
            Point size = labelExtents.computeIfAbsent(label, gc::textExtent);
            Rectangle box = new Rectangle((arc.from().x + arc.to().x) / 2 - size.x / 2, arc.apexY() - size.y / 2, size.x, size.y);
            if (!intersectsAny(box, written)) {
                written.add(box);
                if (box.intersects(damaged)) {
                    gc.setForeground(inkOf(arc.role()));
                    gc.drawText(label, box.x, box.y, false);
                }
            }
        }
    }

    private static boolean intersectsAny(Rectangle box, List<Rectangle> others) {
        for (Rectangle other : others) {
            if (other.intersects(box)) {
                return true;
            }
        }
        return false;
    }

    private Color inkOf(Role role) {
        return switch (role) {
            case SPEAKER -> speakerInk;
            case CUE -> cueInk;
            case CONTINUES -> partInk;
        };
    }

    /** The arc as a cubic Bézier from the claim over the apex to the target, as polyline points. */
    private static int[] curve(Arc arc) {
        int[] points = new int[(SEGMENTS + 1) * 2];
        double x0 = arc.from().x, y0 = arc.from().y, x3 = arc.to().x, y3 = arc.to().y;
        double y1 = arc.apexY() - (Math.min(y0, y3) - arc.apexY()) / 3.0;
        double x1 = x0 + (x3 - x0) / 8.0, x2 = x3 - (x3 - x0) / 8.0;
        for (int i = 0; i <= SEGMENTS; i++) {
            double t = (double) i / SEGMENTS, u = 1 - t;
            double x = u * u * u * x0 + 3 * u * u * t * x1 + 3 * u * t * t * x2 + t * t * t * x3;
            double y = u * u * u * y0 + 3 * u * u * t * y1 + 3 * u * t * t * y1 + t * t * t * y3;
            points[2 * i] = (int) Math.round(x);
            points[2 * i + 1] = (int) Math.round(y);
        }
        return points;
    }

    private static void arrowHead(GC gc, int[] curve) {
        int n = curve.length;
        double dx = curve[n - 2] - curve[n - 4], dy = curve[n - 1] - curve[n - 3];
        double length = Math.max(1, Math.hypot(dx, dy));
        double ux = dx / length, uy = dy / length;
        int tipX = curve[n - 2], tipY = curve[n - 1];
        gc.fillPolygon(new int[] { tipX, tipY, (int) Math.round(tipX - ARROW * ux - ARROW * 0.6 * uy),
                (int) Math.round(tipY - ARROW * uy + ARROW * 0.6 * ux), (int) Math.round(tipX - ARROW * ux + ARROW * 0.6 * uy),
                (int) Math.round(tipY - ARROW * uy - ARROW * 0.6 * ux) });
    }

    private Point labelSize(GC gc, Role role) {
        if (labelSizes[role.ordinal()] == null) {
            labelSizes[role.ordinal()] = gc.textExtent(role.label + " \u2191");
        }
        return labelSizes[role.ordinal()];
    }

    /**
     * Repaints where arcs were and where they are now (after the caret moved to another claim, a link
     * changed, or the toggle): the rest of the screen is left alone.
     */
    void refresh() {
        if (text.isDisposed()) {
            return;
        }
        onPagePage = null;
        List<Arc> now = onPage();
        // Only arcs that came, went or moved are repainted; an edit that changes no link (a new cue,
        // a moved boundary elsewhere) costs no repaint beyond its own lines.
        Rectangle damaged = changedArea(shown, shownTop, now, text.getTopPixel(), null);
        shown = now;
        shownTop = text.getTopPixel();
        if (damaged != null) {
            redraw(damaged);
        }
    }

    /**
     * The arcs that may show on the page: those of the linked claims that may cross its lines or the
     * line below it (an arc rises into the line above its ends). Computed again only when the page,
     * the caret's claim (unless every claim is linked) or, through {@link #refresh}, the model changed.
     */
    private List<Arc> onPage() {
        Rectangle area = text.getClientArea();
        Page page = new Page(text.getTopPixel(), area.width, area.height, text.getCharCount(), index.get(), all, all ? null : focus.get());
        if (!page.equals(onPagePage)) {
            int[] lines = offsetsBetween(0, area.height + text.getLineHeight());
            onPage = arcs(lines[0], lines[1]);
            onPagePage = page;
        }
        return onPage;
    }

    /**
     * Where arcs shown at {@code beforeTop} differ from those at {@code nowTop}: the bounds of each
     * arc that is not one of the others moved by the scroll between, old and new, leaving out those
     * that are off screen or that {@code covered} (null: nothing) holds whole. Null when none differ.
     */
    private Rectangle changedArea(List<Arc> before, int beforeTop, List<Arc> now, int nowTop, Rectangle covered) {
        List<Arc> moved = before.stream().map(arc -> arc.shifted(beforeTop - nowTop)).toList();
        Set<Arc> movedSet = new HashSet<>(moved);
        Set<Arc> nowSet = new HashSet<>(now);
        Rectangle area = null;
        for (Arc arc : now) {
            if (!movedSet.contains(arc)) {
                area = unionUncovered(area, boundsOf(arc), covered);
            }
        }
        for (Arc arc : moved) {
            if (!nowSet.contains(arc)) {
                area = unionUncovered(area, boundsOf(arc), covered);
            }
        }
        return area;
    }

    /** {@code sum} with the part of {@code more} on screen, unless that is empty or {@code covered} holds it. */
    private Rectangle unionUncovered(Rectangle sum, Rectangle more, Rectangle covered) {
        Rectangle visible = more.intersection(text.getClientArea());
        if (visible.isEmpty() || covered != null && covered.union(visible).equals(covered)) {
            return sum;
        }
        return sum == null ? visible : sum.union(visible);
    }

    /** Repaints {@code area}, as far as it is on screen. */
    private void redraw(Rectangle area) {
        if (text.isDisposed()) {
            return;
        }
        Rectangle visible = area.intersection(text.getClientArea());
        if (!visible.isEmpty()) {
            TextRepaint.overdrawn(text, visible.x, visible.y, visible.width, visible.height);
        }
    }

    private Rectangle boundsOf(Arc arc) {
        Point label = labelSizes[arc.role().ordinal()];
        // Before the first paint measured the labels, a generous guess.
        return arc.bounds(label == null ? new Point(100, 20) : label);
    }


    /** The offsets of the whole lines between {@code top} and {@code bottom} pixels of the client area. */
    private int[] offsetsBetween(int top, int bottom) {
        int firstLine = text.getLineIndex(Math.max(0, top));
        int lastLine = text.getLineIndex(Math.max(0, bottom));
        int end = lastLine + 1 < text.getLineCount() ? text.getOffsetAtLine(lastLine + 1) : text.getCharCount();
        return new int[] { text.getOffsetAtLine(firstLine), end };
    }

    /** True when the claim's links span over some of {@code [from, to)}: their arcs may cross it. */
    private static boolean reachesInto(Claim claim, int from, int to) {
        int begin = claim.getBegin();
        int end = claim.getEnd();
        for (Annotation linked : new Annotation[] { claim.getSource(), claim.getCue(), claim.getContinues() }) {
            if (isShown(linked)) {
                begin = Math.min(begin, linked.getBegin());
                end = Math.max(end, linked.getEnd());
            }
        }
        return begin < to && end > from;
    }

    private int[] reachableLines() {
        int first = Math.max(0, text.getTopIndex() - REACH_LINES);
        int last = Math.min(text.getLineCount() - 1, text.getLineIndex(text.getClientArea().height) + REACH_LINES);
        return new int[] { first, last };
    }

    private static boolean isShown(Annotation annotation) {
        return annotation != null && annotation.getReview() != ReviewState.REJECTED && annotation.getBegin() < annotation.getEnd();
    }

    void dispose() {
        labelBackground.dispose();
        labelFont.dispose();
    }
}
