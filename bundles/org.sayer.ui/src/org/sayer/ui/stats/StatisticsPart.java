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
    static final int MIN_CHART_WIDTH = 180;
    private static final int GAP = 16;

    @Inject
    private CorpusSession session;

    @Inject
    private CorpusCounter counter;

    private ScrolledComposite scroller;
    private Canvas canvas;
    private final List<Rectangle> chartAreas = new ArrayList<>();
    private int speakerBarsDrawn;
    private int speakerLimit = TOP_SPEAKERS;
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

    /**
     * Lays the three charts out for the part's size. Side by side when the part is wide enough, with
     * rows as compact as it takes for the charts to fit its height, and the speaker chart showing as
     * many of the top ten as fit there (its title says how many); one under another when it is
     * narrow, each as tall as its bars need, scrolled.
     */
    private void resize() {
        if (scroller.isDisposed()) {
            return;
        }
        Rectangle client = scroller.getClientArea();
        int lineHeight;
        GC gc = new GC(canvas);
        try {
            lineHeight = gc.getFontMetrics().getHeight();
        } finally {
            gc.dispose();
        }
        int rows = Math.max(ClaimType.VALUES.size(), WorkflowState.VALUES.size());
        chartAreas.clear();
        if (client.width >= 3 * MIN_CHART_WIDTH + 4 * GAP) {
            int chartWidth = (client.width - 4 * GAP) / 3;
            int chartHeight = Math.max(client.height - GAP, BarChart.height(lineHeight, lineHeight, rows));
            speakerLimit = Math.max(1, Math.min(TOP_SPEAKERS, BarChart.rowsFitting(lineHeight, chartHeight)));
            for (int i = 0; i < 3; i++) {
                chartAreas.add(new Rectangle(GAP + i * (chartWidth + GAP), GAP / 2, chartWidth, chartHeight));
            }
            scroller.setMinSize(client.width, chartHeight + GAP);
        } else {
            int chartWidth = Math.max(MIN_CHART_WIDTH, client.width - 2 * GAP);
            speakerLimit = TOP_SPEAKERS;
            int y = GAP / 2;
            for (int bars : List.of(TOP_SPEAKERS, ClaimType.VALUES.size(), WorkflowState.VALUES.size())) {
                int chartHeight = BarChart.height(lineHeight, lineHeight + 4, bars);
                chartAreas.add(new Rectangle(GAP, y, chartWidth, chartHeight));
                y += chartHeight + GAP;
            }
            scroller.setMinSize(chartWidth + 2 * GAP, y);
        }
    }

    private void paint(GC gc) {
        if (chartAreas.isEmpty()) {
            resize();
        }
        ClaimCounts counts = counter.total();
        List<BarChart.Bar> speakers = speakerBars(counts);
        speakerBarsDrawn = BarChart.draw(gc, chartAreas.get(0), "Claims per speaker (top " + speakerLimit + ")",
                speakers.subList(0, Math.min(speakerLimit, speakers.size())), speakerColor, null);
        BarChart.draw(gc, chartAreas.get(1), "Claims per type", typeBars(counts), typeColor,
                counts.pending() == 0 ? "Made by hand or accepted" : "+ " + counts.pending() + " pending (not counted)");
        BarChart.draw(gc, chartAreas.get(2), "Documents per state", stateBars(), stateColor, null);
    }

    /** How many speakers the speaker chart shows: the top ten, or as many of them as fit beside the others. */
    public int speakerLimit() {
        return speakerLimit;
    }

    /** Where the charts are drawn, in the canvas (for tests: they never overlap). */
    public List<Rectangle> chartAreas() {
        return List.copyOf(chartAreas);
    }

    /** How many speaker bars the last paint drew (for tests: as many as the title says, not what happened to fit). */
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
