package org.sayer.ui.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.sayer.model.ClaimType;
import org.sayer.model.DocumentEntry;
import org.sayer.model.Speaker;
import org.sayer.model.WorkflowState;
import org.sayer.model.edit.Labels;
import org.sayer.ui.session.CorpusSession;

/**
 * Charts of the corpus: confirmed claims per speaker (top 10) and per type (pending suggestions
 * counted apart), documents per workflow state. The charts sit side by side when the part is wide
 * enough and one under another when it is not; every bar always shows, and the part scrolls when
 * they do not fit its height.
 */
public class StatisticsPart implements CorpusCounter.Listener {

    static final int TOP_SPEAKERS = 10;
    /** Below this width a chart's labels and bars no longer fit beside each other. */
    static final int MIN_CHART_WIDTH = 230;
    private static final int GAP = 16;

    @Inject
    private CorpusSession session;

    @Inject
    private CorpusCounter counter;

    private ScrolledComposite scroller;
    private Canvas canvas;
    private final List<Rectangle> chartAreas = new ArrayList<>();
    private int speakerBarsDrawn;
    private Color speakerColor;
    private Color typeColor;
    private Color stateColor;

    @PostConstruct
    public void createControls(Composite parent) {
        parent.setLayout(new FillLayout());
        scroller = new ScrolledComposite(parent, SWT.V_SCROLL);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        canvas = new Canvas(scroller, SWT.DOUBLE_BUFFERED);
        canvas.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        scroller.setContent(canvas);
        scroller.addListener(SWT.Resize, event -> resize());
        speakerColor = new Color(0x5b, 0x8d, 0xd6);
        typeColor = new Color(0x6a, 0xb0, 0x5a);
        stateColor = new Color(0xe0, 0x9a, 0x3a);
        canvas.addPaintListener(event -> paint(event.gc));
        counter.addListener(this);
    }

    @Override
    public void countsChanged(CorpusCounter changed) {
        // Only repaint: the counts are gathered when (and if) the chart is actually painted.
        if (!canvas.isDisposed() && canvas.isVisible()) {
            resize();
            canvas.redraw();
        }
    }

    /** Lays the three charts out for the part's width: as many side by side as fit, each as tall as its bars need. */
    private void resize() {
        if (scroller.isDisposed()) {
            return;
        }
        int width = scroller.getClientArea().width;
        int lineHeight;
        GC gc = new GC(canvas);
        try {
            lineHeight = gc.getFontMetrics().getHeight();
        } finally {
            gc.dispose();
        }
        int columns = Math.max(1, Math.min(3, (width - GAP) / (MIN_CHART_WIDTH + GAP)));
        int chartWidth = (width - (columns + 1) * GAP) / columns;
        int chartHeight = BarChart.height(lineHeight, Math.max(Math.max(TOP_SPEAKERS, ClaimType.VALUES.size()), WorkflowState.VALUES.size()));
        chartAreas.clear();
        for (int i = 0; i < 3; i++) {
            int column = i % columns;
            int row = i / columns;
            chartAreas.add(new Rectangle(GAP + column * (chartWidth + GAP), GAP / 2 + row * (chartHeight + GAP), chartWidth, chartHeight));
        }
        int rows = (3 + columns - 1) / columns;
        scroller.setMinSize(columns * (MIN_CHART_WIDTH + GAP) + GAP, rows * (chartHeight + GAP));
    }

    private void paint(GC gc) {
        if (chartAreas.isEmpty()) {
            resize();
        }
        ClaimCounts counts = counter.total();
        speakerBarsDrawn = BarChart.draw(gc, chartAreas.get(0), "Claims per speaker (top " + TOP_SPEAKERS + ")", speakerBars(counts),
                speakerColor, null);
        BarChart.draw(gc, chartAreas.get(1), "Claims per type", typeBars(counts), typeColor,
                counts.pending() == 0 ? "Made by hand or accepted" : "+ " + counts.pending() + " pending, not counted until reviewed");
        BarChart.draw(gc, chartAreas.get(2), "Documents per state", stateBars(), stateColor, null);
    }

    /** Where the charts are drawn, in the canvas (for tests: they never overlap). */
    public List<Rectangle> chartAreas() {
        return List.copyOf(chartAreas);
    }

    /** How many speaker bars the last paint drew (for tests: the whole top ten, not what happened to fit). */
    public int speakerBarsDrawn() {
        return speakerBarsDrawn;
    }

    /** The canvas the charts are painted on, for tests. */
    public Canvas canvas() {
        return canvas;
    }

    List<BarChart.Bar> speakerBars(ClaimCounts counts) {
        Map<String, String> names = new HashMap<>();
        if (session.store() != null) {
            for (Speaker speaker : session.store().corpus().getSpeakers()) {
                names.put(speaker.getId(), Labels.speaker(speaker));
            }
        }
        List<BarChart.Bar> bars = new ArrayList<>();
        counts.bySpeaker().forEach((id, count) -> bars.add(new BarChart.Bar(
                ClaimCounts.NO_SPEAKER.equals(id) ? "(no speaker)" : names.getOrDefault(id, id), count)));
        bars.sort(Comparator.comparingInt(BarChart.Bar::value).reversed().thenComparing(BarChart.Bar::label));
        return bars.subList(0, Math.min(TOP_SPEAKERS, bars.size()));
    }

    static List<BarChart.Bar> typeBars(ClaimCounts counts) {
        List<BarChart.Bar> bars = new ArrayList<>();
        for (ClaimType type : ClaimType.VALUES) {
            bars.add(new BarChart.Bar(type.getLiteral().toLowerCase(Locale.ROOT), counts.byType().getOrDefault(type, 0)));
        }
        return bars;
    }

    List<BarChart.Bar> stateBars() {
        Map<WorkflowState, Integer> byState = new EnumMap<>(WorkflowState.class);
        if (session.store() != null) {
            for (DocumentEntry entry : session.store().corpus().getDocuments()) {
                byState.merge(entry.getState() == null ? WorkflowState.NEW : entry.getState(), 1, Integer::sum);
            }
        }
        List<BarChart.Bar> bars = new ArrayList<>();
        for (WorkflowState state : WorkflowState.VALUES) {
            bars.add(new BarChart.Bar(state.getLiteral().toLowerCase(Locale.ROOT).replace('_', ' '), byState.getOrDefault(state, 0)));
        }
        return bars;
    }

    @Focus
    public void setFocus() {
        canvas.setFocus();
    }

    @PreDestroy
    public void dispose() {
        counter.removeListener(this);
        speakerColor.dispose();
        typeColor.dispose();
        stateColor.dispose();
    }
}
