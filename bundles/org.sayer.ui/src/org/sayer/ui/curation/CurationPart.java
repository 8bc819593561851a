package org.sayer.ui.curation;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import com.google.gson.JsonObject;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.EContextService;
import org.eclipse.emf.common.command.Command;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.sayer.io.gold.ModelToGold;
import org.sayer.model.Annotation;
import org.sayer.model.Document;
import org.sayer.model.ReviewState;
import org.sayer.pipeline.eval.AgreementStudy;
import org.sayer.pipeline.eval.Curation;
import org.sayer.pipeline.eval.Json;
import org.sayer.ui.editor.AnnotationStyles;
import org.sayer.ui.handlers.SaveHandler;
import org.sayer.ui.session.CorpusSession;

/**
 * The curation editor: the curated document's text, styled as in the document editor, with a lane
 * under every line for each annotator (in the annotator's colour, wherever their version marks a
 * speaker, cue or claim), and the places where the versions disagree. What all versions hold was
 * merged when the document was first opened; each disagreement is visited by keys and decided as
 * one command on the document's own history (Ctrl+Z undoes it): 1–9 take that annotator's
 * version, 0 takes neither, E takes a variant with boundaries the curator adjusts. The figures of
 * each version against the curated one follow every change, here and in the Agreement view.
 */
public class CurationPart implements CorpusSession.Listener {

    public static final String ID = "org.sayer.ui.part.curation";
    public static final String CONTEXT = "org.sayer.ui.context.curation";
    static final String PLACEHOLDER = "File \u203a Compare Annotators\u2026, then open a document from the Agreement view (double-click it, or Enter).";

    /** Each annotator's colour, in order (a tenth annotator starts again). */
    private static final int[][] PALETTE = { { 0x1f, 0x77, 0xb4 }, { 0xe6, 0x7e, 0x0e }, { 0x8e, 0x44, 0xad },
            { 0xd6, 0x27, 0x28 }, { 0x17, 0xa5, 0x9a }, { 0x8c, 0x56, 0x4b }, { 0xe3, 0x77, 0xc2 }, { 0x7f, 0x7f, 0x7f },
            { 0xbc, 0xbd, 0x22 } };
    private static final int LANE = 4;

    @Inject
    private CorpusSession session;

    @Inject
    private MPart part;

    @Inject
    private EContextService contexts;

    @Inject
    private IEclipseContext context;

    private Composite legend;
    private Label figures;
    private Label status;
    private StyledText text;
    private Table variants;
    private AnnotationStyles styles;
    private Color placeColour;
    private final List<Color> colours = new ArrayList<>();

    private Comparison comparison;
    private Document shown;
    private List<JsonObject> copies;
    private Disagreements disagreements;
    /** Each annotator's marked spans (UTF-16), in text order. */
    private List<List<int[]>> lanes = List.of();
    private Label versionsFigures;
    private final FiguresJob figuresJob = new FiguresJob();
    private int figuresGeneration;
    private int figuresShown;
    private int current = -1;
    /** Which places were open after the last change, to see which one an undo opened again. */
    private boolean[] wasOpen = new boolean[0];
    private Annotation editing;
    private String problem;

    @PostConstruct
    public void createControls(Composite parent) {
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.verticalSpacing = 2;
        parent.setLayout(layout);
        legend = new Composite(parent, SWT.NONE);
        legend.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        RowLayout row = new RowLayout(SWT.HORIZONTAL);
        row.center = true;
        row.marginTop = 2;
        row.marginBottom = 0;
        legend.setLayout(row);
        figures = new Label(parent, SWT.NONE);
        figures.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        status = new Label(parent, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        text = new StyledText(sash, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.READ_ONLY);
        text.setMargins(14, 10, 14, 10);
        text.setCaret(new org.eclipse.swt.widgets.Caret(text, SWT.NONE));
        text.getCaret().setSize(2, text.getLineHeight());
        styles = new AnnotationStyles(text, session::index);
        text.addLineStyleListener(styles);
        text.addPaintListener(styles);
        text.addPaintListener(this::paintLanes);
        variants = new Table(sash, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
        variants.setHeaderVisible(true);
        for (String[] column : new String[][] { { "Key", "44" }, { "Annotators", "110" }, { "Variant", "420" }, { "Decision", "80" } }) {
            TableColumn tableColumn = new TableColumn(variants, SWT.LEFT);
            tableColumn.setText(column[0]);
            tableColumn.setWidth(Integer.parseInt(column[1]));
        }
        sash.setWeights(72, 28);
        placeColour = new Color(0xf0, 0x9a, 0x00);
        context.set(CurationPart.class, this);
        contexts.activateContext(CONTEXT);
        session.addListener(this);
        comparison = context.get(Comparison.class);
        if (session.currentDocument() != null) {
            documentOpened(session, session.currentDocument());
        } else {
            clear(PLACEHOLDER);
        }
    }

    // ---- what is shown --------------------------------------------------------------------------

    @Override
    public void documentOpened(CorpusSession opened, Document document) {
        if (text.isDisposed()) {
            return;
        }
        comparison = context.get(Comparison.class);
        if (comparison == null || !comparison.ids().contains(document.getId())) {
            clear(comparison == null ? PLACEHOLDER : "\u201c" + document.getId() + "\u201d is not one of the compared documents.");
            return;
        }
        Comparison.Merged merged;
        try {
            merged = comparison.merged(document.getId());
        } catch (IOException e) {
            clear(e.getMessage());
            return;
        }
        problem = null;
        shown = document;
        editing = null;
        copies = merged.copies();
        disagreements = Disagreements.of(document, comparison.annotators(), merged.result().disagreements());
        lanes = lanes(document.getText(), copies);
        showLegend();
        text.setLineSpacing(4 + LANE * lanes.size());
        text.setText(document.getText() == null ? "" : document.getText());
        part.setLabel("Curate: " + (document.getTitle() == null || document.getTitle().isBlank() ? document.getId() : shorten(document.getTitle())));
        part.setTooltip("Curating " + document.getId() + " from " + String.join(", ", comparison.annotators()));
        part.setDirty(session.isDirty(document));
        current = -1;
        wasOpen = openPlaces();
        goTo(nextOpen(-1));
        figures.setText(" Computing the figures\u2026");
        queueFigures(true);
    }

    private void clear(String message) {
        shown = null;
        copies = null;
        disagreements = null;
        lanes = List.of();
        current = -1;
        editing = null;
        problem = message;
        if (text.isDisposed()) {
            return;
        }
        for (Control child : legend.getChildren()) {
            child.dispose();
        }
        text.setText(message);
        variants.removeAll();
        figures.setText("");
        part.setLabel("Curation");
        part.setDirty(false);
        updateStatus();
    }

    /** Each annotator's speaker mentions, cues and claim contents, as UTF-16 spans in text order. */
    private static List<List<int[]>> lanes(String text, List<JsonObject> copies) {
        int[] offsets = Disagreements.utf16Offsets(text == null ? "" : text);
        List<List<int[]>> lanes = new ArrayList<>();
        for (JsonObject copy : copies) {
            List<int[]> spans = new ArrayList<>();
            for (JsonObject mention : Json.objects(copy, "mentions")) {
                addSpan(spans, Json.span(Json.get(mention, "span")), offsets);
            }
            for (JsonObject attribution : Json.objects(copy, "attributions")) {
                addSpan(spans, Json.span(Json.get(attribution, "cue")), offsets);
                addSpan(spans, Json.span(Json.get(attribution, "content")), offsets);
            }
            spans.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
            lanes.add(spans);
        }
        return lanes;
    }

    private static void addSpan(List<int[]> spans, int[] codePoints, int[] offsets) {
        if (codePoints != null && 0 <= codePoints[0] && codePoints[0] < codePoints[1] && codePoints[1] < offsets.length) {
            spans.add(new int[] { offsets[codePoints[0]], offsets[codePoints[1]] });
        }
    }

    private void showLegend() {
        for (Control child : legend.getChildren()) {
            child.dispose();
        }
        List<String> names = comparison.annotators();
        while (colours.size() < names.size()) {
            int[] rgb = PALETTE[colours.size() % PALETTE.length];
            colours.add(new Color(rgb[0], rgb[1], rgb[2]));
        }
        for (int r = 0; r < names.size(); r++) {
            Label swatch = new Label(legend, SWT.CENTER);
            swatch.setText(" " + (r + 1) + " ");
            swatch.setBackground(colours.get(r));
            swatch.setForeground(legend.getDisplay().getSystemColor(SWT.COLOR_WHITE));
            new Label(legend, SWT.NONE).setText(names.get(r) + "   ");
        }
        versionsFigures = new Label(legend, SWT.NONE);
        versionsFigures.setText("Between the versions: \u2026");
        legend.getParent().layout(true, true);
    }

    /**
     * The figures follow the curated version: its decided annotations are taken on the UI thread,
     * the studies run in the background (a burst of keys computes once, for the last state), and the
     * lines are updated when they are done. The versions' agreement among themselves is computed with
     * the first figures of a document; it does not change as the curator works.
     */
    private void queueFigures(boolean withVersions) {
        if (shown == null) {
            return;
        }
        int generation = ++figuresGeneration;
        FiguresJob.Request request = new FiguresJob.Request(comparison, shown.getId(), copies,
                ModelToGold.toJson(shown, EnumSet.of(ReviewState.ACCEPTED)), withVersions);
        String id = shown.getId();
        figuresJob.compute(request, result -> text.getDisplay().asyncExec(() -> {
            if (figures.isDisposed() || shown == null || !shown.getId().equals(id)) {
                return; // another document by now
            }
            if (result.versions() != null && !versionsFigures.isDisposed()) {
                versionsFigures.setText("Between the versions: \u03b1u claims " + number(result.versions().alpha().get(AgreementStudy.CLAIM))
                        + ", attribution F1 " + number(result.versions().meanF1("attribution")));
                legend.layout(true);
            }
            if (generation == figuresGeneration) { // an older state's figures are not shown
                showFigures(result);
            }
        }));
    }

    private void showFigures(FiguresJob.Result result) {
        StringBuilder line = new StringBuilder(" " + disagreements.openCount() + " of " + disagreements.places().size()
                + " disagreements open   |   against the curated version:");
        for (int r = 0; r < result.againstCurated().size(); r++) {
            AgreementStudy.DocumentAgreement figure = result.againstCurated().get(r);
            line.append(r == 0 ? "  " : "  \u00b7  ").append(comparison.annotators().get(r)).append(" F1 ")
                    .append(number(figure.meanF1("attribution"))).append(", \u03b1u ").append(number(figure.alpha().get(AgreementStudy.CLAIM)));
        }
        figures.setText(line.toString());
        figures.setToolTipText("F1 of whole attributions and Krippendorff's \u03b1u of claims, each annotator's version against the curated one");
        figuresShown++;
        comparison.curatedChanged(shown.getId(), result.againstCurated()); // the Agreement view follows
    }

    static String number(Double value) {
        return value == null || value.isNaN() ? "n/a" : String.format(Locale.ROOT, "%.2f", value);
    }

    /** A lane under every visible line per annotator, and a box around the disagreement being decided. */
    private void paintLanes(PaintEvent event) {
        if (shown == null || text.getCharCount() == 0) {
            return;
        }
        int[] painted = AnnotationStyles.paintedRange(text, event);
        int from = painted[0];
        int to = painted[1];
        GC gc = event.gc;
        int textHeight = gc.getFontMetrics().getHeight();
        for (int r = 0; r < lanes.size(); r++) {
            gc.setBackground(colours.get(r));
            int offset = textHeight + 2 + r * LANE;
            for (int[] span : lanes.get(r)) {
                if (span[0] < to && span[1] > from) {
                    for (Rectangle piece : pieces(Math.max(from, span[0]), Math.min(to, span[1]))) {
                        gc.fillRectangle(piece.x, piece.y + offset, piece.width, LANE - 1);
                    }
                }
            }
        }
        Disagreements.Place place = currentPlace();
        if (place != null && place.begin() < to && place.end() > from) {
            gc.setForeground(placeColour);
            gc.setLineWidth(2);
            for (Rectangle piece : pieces(Math.max(from, place.begin()), Math.min(to, place.end()))) {
                gc.drawRectangle(piece.x - 2, piece.y - 1, piece.width + 3, textHeight + 2);
            }
        }
    }

    /** The screen rectangles of {@code [begin, end)}, one per visual line (a wrapped line is several). */
    private List<Rectangle> pieces(int begin, int end) {
        List<Rectangle> pieces = new ArrayList<>();
        int start = begin;
        while (start < end) {
            Rectangle first = text.getTextBounds(start, start);
            int low = start;
            int high = end - 1;
            while (low < high) { // the last offset on the same visual line
                int middle = (low + high + 1) >>> 1;
                if (text.getTextBounds(middle, middle).y == first.y) {
                    low = middle;
                } else {
                    high = middle - 1;
                }
            }
            Rectangle last = text.getTextBounds(low, low);
            pieces.add(new Rectangle(first.x, first.y, Math.max(1, last.x + last.width - first.x), first.height));
            start = low + 1;
        }
        return pieces;
    }

    // ---- the curator's keys ----------------------------------------------------------------------

    /** One curation key: "1"–"9" take that annotator's version, "neither", "edit", "apply", "cancel", "next", "previous". */
    public void action(String action) {
        if (shown == null || disagreements == null) {
            return;
        }
        Disagreements.Place place = currentPlace();
        switch (action) {
            case "next" -> goTo(step(1));
            case "previous" -> goTo(step(-1));
            case "neither" -> decide(place == null ? null : disagreements.takeNeither(session.edits(), shown, place));
            case "edit" -> startEdit(place);
            case "apply" -> applyEdit(place);
            case "cancel" -> {
                editing = null;
                updateStatus();
            }
            default -> {
                int annotator = Integer.parseInt(action) - 1;
                if (place != null && annotator < comparison.annotators().size()) {
                    decide(disagreements.take(session.edits(), shown, place, annotator));
                }
            }
        }
    }

    private void decide(Command command) {
        editing = null;
        if (command != null && session.execute(shown, command)) {
            goTo(nextOpen(current));
        } else {
            updateStatus();
        }
    }

    /** E: the variant most annotators hold is selected; the curator adjusts the selection and Enter takes it. */
    private void startEdit(Disagreements.Place place) {
        if (place == null || place.variants().isEmpty()) {
            return;
        }
        editing = place.variants().stream().max((a, b) -> Integer.compare(a.getCuratedFrom().size(), b.getCuratedFrom().size())).get();
        text.setSelection(editing.getBegin(), editing.getEnd());
        text.showSelection();
        updateStatus();
    }

    private void applyEdit(Disagreements.Place place) {
        Point selection = text.getSelection();
        if (editing == null || place == null || selection.x >= selection.y) {
            return;
        }
        decide(disagreements.takeEdited(session.edits(), shown, place, editing, selection.x, selection.y));
    }

    private Disagreements.Place currentPlace() {
        return disagreements == null || current < 0 || current >= disagreements.places().size() ? null : disagreements.places().get(current);
    }

    /** The next place after {@code from} still open, wrapping round; where the curator is when none is open. */
    private int nextOpen(int from) {
        List<Disagreements.Place> places = disagreements.places();
        for (int i = 1; i <= places.size(); i++) {
            int at = Math.floorMod(from + i, places.size());
            if (places.get(at).isOpen()) {
                return at;
            }
        }
        return places.isEmpty() ? -1 : Math.max(0, from);
    }

    private int step(int by) {
        int count = disagreements.places().size();
        return count == 0 ? -1 : Math.floorMod(current + by, count);
    }

    private void goTo(int place) {
        current = place;
        editing = null;
        Disagreements.Place at = currentPlace();
        if (at != null) {
            text.setSelection(at.begin());
            text.setSelection(at.begin(), at.end());
            text.showSelection();
            text.setSelection(at.begin());
        }
        showVariants();
        text.redraw();
        updateStatus();
    }

    private boolean[] openPlaces() {
        List<Disagreements.Place> places = disagreements == null ? List.of() : disagreements.places();
        boolean[] open = new boolean[places.size()];
        for (int i = 0; i < open.length; i++) {
            open[i] = places.get(i).isOpen();
        }
        return open;
    }

    private void showVariants() {
        variants.removeAll();
        Disagreements.Place place = currentPlace();
        if (place == null) {
            return;
        }
        List<String> names = comparison.annotators();
        for (Curation.Variant variant : place.listed().variants()) {
            TableItem item = new TableItem(variants, SWT.NONE);
            List<String> keys = variant.annotators().stream().map(name -> String.valueOf(names.indexOf(name) + 1)).toList();
            Annotation annotation = place.variantOf(variant.annotators());
            String decision;
            if (annotation == null) { // "none": taken when every variant there was left out
                decision = place.variants().stream().allMatch(a -> a.getReview() == ReviewState.REJECTED) ? "taken" : "";
            } else {
                decision = switch (annotation.getReview()) {
                    case ACCEPTED -> "taken";
                    case REJECTED -> "left out";
                    default -> "open";
                };
            }
            item.setText(new String[] { String.join(", ", keys), String.join(", ", variant.annotators()), variant.description(), decision });
            item.setBackground(0, colours.get(names.indexOf(variant.annotators().get(0))));
            item.setForeground(0, variants.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        }
    }

    private void updateStatus() {
        if (status.isDisposed()) {
            return;
        }
        Disagreements.Place place = currentPlace();
        if (shown == null) {
            status.setText(problem == null ? "" : " " + problem);
        } else if (editing != null) {
            status.setText(" EDIT  Adjust the selection (Shift+arrows), then Enter takes it with these boundaries; Esc cancels");
        } else if (place == null) {
            status.setText(" CURATE  The versions agree everywhere: everything was merged.   Ctrl+S save");
        } else {
            List<String> names = comparison.annotators();
            String take = names.size() <= 3 ? "1\u2013" + names.size() + " take " + String.join(" / ", names)
                    : "1\u2013" + names.size() + " take that annotator's version";
            status.setText(" CURATE  " + (current + 1) + " of " + disagreements.places().size() + ": " + place.listed().kind() + " \u201c"
                    + place.listed().text() + "\u201d" + (place.isOpen() ? "" : " (decided)") + "   \u2014   " + take
                    + " \u00b7 0 neither \u00b7 E edit \u00b7 N/P next/previous \u00b7 Ctrl+Z undo");
        }
        status.setToolTipText(status.getText().isBlank() ? null : status.getText().strip());
    }

    // ---- the session -----------------------------------------------------------------------------

    @Override
    public void modelChanged(CorpusSession changed) {
        if (shown == null || text.isDisposed()) {
            return;
        }
        // An undone decision opens its place again: the curator is taken back there.
        boolean[] openNow = openPlaces();
        for (int i = 0; i < openNow.length && i < wasOpen.length; i++) {
            if (openNow[i] && !wasOpen[i] && i != current) {
                current = i;
                editing = null;
                Disagreements.Place at = currentPlace();
                text.setSelection(at.begin());
                text.showSelection();
                break;
            }
        }
        wasOpen = openNow;
        text.redraw();
        showVariants();
        updateStatus();
        queueFigures(false);
    }

    @Override
    public void documentClosed(CorpusSession changed) {
        clear(PLACEHOLDER);
    }

    @Override
    public void corpusChanged(CorpusSession changed) {
        if (changed.currentDocument() == null) {
            clear(PLACEHOLDER);
        }
    }

    @Override
    public void dirtyChanged(CorpusSession changed, boolean dirty) {
        part.setDirty(changed.isDirty(shown));
    }

    @Persist
    public void save() {
        SaveHandler.save(text.getShell(), session);
    }

    /** For tests and the bench: the text, the variants table, and the places. */
    public StyledText textWidget() {
        return text;
    }

    public Table variantsTable() {
        return variants;
    }

    public Disagreements disagreements() {
        return disagreements;
    }

    public int currentPlaceIndex() {
        return current;
    }

    public String figuresText() {
        return figures.getText();
    }

    /** How many times the figures were brought up to date (the bench waits for the next). */
    public int figuresShown() {
        return figuresShown;
    }

    @Focus
    public void setFocus() {
        text.setFocus();
    }

    @PreDestroy
    public void dispose() {
        figuresJob.cancel();
        session.removeListener(this);
        // Closed by its tab, which asked to save first: decisions still unsaved are ones the curator chose
        // not to save, and go as Ctrl+W's Don't Save drops them. (At shutdown the part stays to be rendered.)
        if (shown != null && !part.isToBeRendered() && session.isDirty(shown)) {
            session.discard(shown);
        }
        context.remove(CurationPart.class);
        styles.dispose();
        placeColour.dispose();
        colours.forEach(Color::dispose);
    }

    private static String shorten(String title) {
        return title.length() <= 32 ? title : title.substring(0, 31) + "\u2026";
    }
}
