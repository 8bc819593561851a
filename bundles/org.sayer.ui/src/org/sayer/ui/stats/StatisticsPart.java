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
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.sayer.model.ClaimType;
import org.sayer.model.DocumentEntry;
import org.sayer.model.Speaker;
import org.sayer.model.WorkflowState;
import org.sayer.model.edit.Labels;
import org.sayer.ui.session.CorpusSession;

/** Charts of the corpus: claims per speaker (top N), claims per type, documents per workflow state. */
public class StatisticsPart implements CorpusCounter.Listener {

    static final int TOP_SPEAKERS = 10;

    @Inject
    private CorpusSession session;

    @Inject
    private CorpusCounter counter;

    private Canvas canvas;
    private Color speakerColor;
    private Color typeColor;
    private Color stateColor;

    @PostConstruct
    public void createControls(Composite parent) {
        parent.setLayout(new FillLayout());
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        canvas.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
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
            canvas.redraw();
        }
    }

    private void paint(GC gc) {
        Rectangle area = canvas.getClientArea();
        int gap = 16;
        int width = (area.width - 4 * gap) / 3;
        Rectangle first = new Rectangle(gap, gap / 2, width, area.height - gap);
        Rectangle second = new Rectangle(2 * gap + width, gap / 2, width, area.height - gap);
        Rectangle third = new Rectangle(3 * gap + 2 * width, gap / 2, width, area.height - gap);
        ClaimCounts counts = counter.total();
        BarChart.draw(gc, first, "Claims per speaker (top " + TOP_SPEAKERS + ")", speakerBars(counts), speakerColor);
        BarChart.draw(gc, second, "Claims per type", typeBars(counts), typeColor);
        BarChart.draw(gc, third, "Documents per state", stateBars(), stateColor);
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
