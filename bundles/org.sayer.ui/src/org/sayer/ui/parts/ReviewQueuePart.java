package org.sayer.ui.parts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.sayer.model.Annotation;
import org.sayer.model.Claim;
import org.sayer.model.ClaimType;
import org.sayer.model.Document;
import org.sayer.model.ReviewState;
import org.sayer.model.edit.Labels;
import org.sayer.ui.edit.SuggestionFilter;
import org.sayer.ui.edit.SuggestionFilter.Kind;
import org.sayer.ui.session.CorpusSession;

/**
 * The review queue of the open document: its pending suggestions, filtered by kind, claim type,
 * confidence range and engine. The Accept and Reject buttons name how many suggestions they take
 * before they are pressed, and ask once more; "Show rejected" lists the rejected ones too, so that
 * any can be revisited (selecting a row selects it in the text) and restored to the queue. Every
 * decision is one step of the document's history (Ctrl+Z).
 */
public class ReviewQueuePart implements CorpusSession.Listener {

    public static final String ID = "org.sayer.ui.part.reviewQueue";
    public static final String ACCEPT_TITLE = "Accept shown suggestions";
    public static final String REJECT_TITLE = "Reject shown suggestions";
    private static final String[] KINDS = { "All kinds", "Speakers", "Cues", "Claims" };
    private static final String ANY_TYPE = "Any type";
    private static final String ANY_ENGINE = "Any engine";

    @Inject
    private CorpusSession session;

    private Combo kind;
    private Combo type;
    private Spinner min;
    private Spinner max;
    private Combo engine;
    private Button withRejected;
    private Button clear;
    private Button accept;
    private Button reject;
    private Button restore;
    private Label summary;
    private TableViewer viewer;
    private boolean following;
    private RefreshLater refreshLater;

    @PostConstruct
    public void createControls(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        // Filters and actions share one bar that wraps: the bottom stack is wide but short, and the
        // rows below are what the analyst came for.
        Composite bar = new Composite(parent, SWT.NONE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        RowLayout rows = new RowLayout(SWT.HORIZONTAL);
        rows.center = true;
        rows.wrap = true;
        rows.marginHeight = 0;
        rows.marginWidth = 0;
        bar.setLayout(rows);
        kind = combo(bar, KINDS);
        type = combo(bar, typeChoices());
        engine = combo(bar, new String[] { ANY_ENGINE });
        engine.setLayoutData(new RowData(130, SWT.DEFAULT));
        engine.setToolTipText("The engine that made the suggestions");
        Label confidence = new Label(bar, SWT.NONE);
        confidence.setText(" Conf.");
        confidence.setToolTipText("Confidence from, to (both included)");
        min = percent(bar, 0);
        new Label(bar, SWT.NONE).setText("\u2013");
        max = percent(bar, 100);
        withRejected = new Button(bar, SWT.CHECK);
        withRejected.setText("Show rejected");
        withRejected.addListener(SWT.Selection, event -> refresh());
        clear = new Button(bar, SWT.PUSH);
        clear.setText("Clear");
        clear.setToolTipText("Every pending suggestion: no filter, rejected ones hidden");
        clear.addListener(SWT.Selection, event -> clearFilters());
        accept = new Button(bar, SWT.PUSH);
        accept.addListener(SWT.Selection, event -> decideShown(ReviewState.ACCEPTED));
        reject = new Button(bar, SWT.PUSH);
        reject.addListener(SWT.Selection, event -> decideShown(ReviewState.REJECTED));
        restore = new Button(bar, SWT.PUSH);
        restore.setText("Restore");
        restore.setToolTipText("Put the selected rejected suggestions back in the queue, pending");
        restore.addListener(SWT.Selection, event -> decide(rejectedSelected(), ReviewState.PENDING));
        summary = new Label(bar, SWT.NONE);

        viewer = new TableViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.BORDER);
        viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        Columns.add(viewer, Annotation.class, "Kind", 65, SuggestionFilter.Kind::of);
        Columns.add(viewer, Annotation.class, "Type", 70, a -> a instanceof Claim c && c.getType() != null ? lower(c.getType().getLiteral()) : "");
        Columns.add(viewer, Annotation.class, "Conf.", 50, a -> String.format(Locale.ROOT, "%.2f", a.getConfidence()));
        Columns.add(viewer, Annotation.class, "Review", 70, a -> lower(a.getReview().getLiteral()));
        Columns.add(viewer, Annotation.class, "Engine", 150, a -> a.getProducer() == null ? "" : a.getProducer());
        Columns.add(viewer, Annotation.class, "Text", 420, a -> Labels.firstWords(a.getCoveredText(), 14));
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        SortableColumns.install(viewer);
        viewer.addSelectionChangedListener(event -> {
            if (!following && event.getStructuredSelection().getFirstElement() instanceof Annotation annotation) {
                session.select(annotation);
            }
            updateButtons();
        });
        new RowMenu(viewer.getTable())
                .add("&Accept", () -> !selected(ReviewState.PENDING).isEmpty() || !rejectedSelected().isEmpty(),
                        () -> decide(selectedAll(), ReviewState.ACCEPTED))
                .add("&Reject", () -> !selected(ReviewState.PENDING).isEmpty(), () -> decide(selected(ReviewState.PENDING), ReviewState.REJECTED))
                .add("Re&store to Pending", () -> !rejectedSelected().isEmpty(), () -> decide(rejectedSelected(), ReviewState.PENDING));

        for (var control : List.of(kind, type, engine)) {
            control.addListener(SWT.Selection, event -> refresh());
        }
        for (Spinner spinner : List.of(min, max)) {
            spinner.addListener(SWT.Modify, event -> refresh());
        }
        refreshLater = new RefreshLater(viewer.getControl(), this::refresh);
        session.addListener(this);
        refresh();
    }

    private static Combo combo(Composite parent, String[] items) {
        Combo combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
        combo.setItems(items);
        combo.select(0);
        return combo;
    }

    private static String[] typeChoices() {
        List<String> choices = new ArrayList<>();
        choices.add(ANY_TYPE);
        for (ClaimType claimType : ClaimType.VALUES) {
            choices.add(capitalized(claimType.getLiteral()));
        }
        return choices.toArray(String[]::new);
    }

    /** A confidence from 0.00 to 1.00, typed or stepped by 0.05. */
    private static Spinner percent(Composite parent, int value) {
        Spinner spinner = new Spinner(parent, SWT.BORDER);
        spinner.setValues(value, 0, 100, 2, 5, 10);
        return spinner;
    }

    /** Every pending suggestion again: all kinds and types, any confidence and engine, rejected ones hidden. */
    private void clearFilters() {
        kind.select(0);
        type.select(0);
        engine.select(0);
        min.setSelection(0);
        max.setSelection(100);
        withRejected.setSelection(false);
        refresh();
    }

    /** What the filter controls ask for now. */
    public SuggestionFilter filter() {
        int typeIndex = type.getSelectionIndex();
        ClaimType claimType = typeIndex <= 0 ? null : ClaimType.VALUES.get(typeIndex - 1);
        String engineName = engine.getSelectionIndex() <= 0 ? null : engine.getItem(engine.getSelectionIndex());
        double low = min.getSelection() / 100.0;
        double high = max.getSelection() / 100.0;
        return new SuggestionFilter(Kind.values()[Math.max(0, kind.getSelectionIndex())], claimType, Math.min(low, high),
                Math.max(low, high), engineName, withRejected.getSelection());
    }

    private void refresh() {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        List<Annotation> all = session.currentDocument() == null ? List.of() : session.index().all();
        updateEngines(SuggestionFilter.engines(all));
        SuggestionFilter filter = filter();
        List<Annotation> shown = filter.select(all);
        following = true;
        try {
            if (shown.equals(viewer.getInput())) {
                viewer.refresh();
            } else {
                viewer.setInput(shown);
            }
            Annotation selected = session.selected();
            if (selected != null && shown.contains(selected)) {
                viewer.setSelection(new StructuredSelection(selected), true);
            }
        } finally {
            following = false;
        }
        long pending = all.stream().filter(a -> a.getReview() == ReviewState.PENDING).count();
        long rejected = all.stream().filter(a -> a.getReview() == ReviewState.REJECTED).count();
        summary.setText(session.currentDocument() == null ? "Open a document to review its suggestions."
                : String.format(Locale.ROOT, "%d shown \u00b7 %d pending \u00b7 %d rejected", shown.size(), pending, rejected));
        updateButtons();
    }

    /** Keeps the chosen engine chosen while the list of engines follows the document. */
    private void updateEngines(List<String> engines) {
        String chosen = engine.getSelectionIndex() <= 0 ? null : engine.getItem(engine.getSelectionIndex());
        List<String> items = new ArrayList<>();
        items.add(ANY_ENGINE);
        items.addAll(engines);
        if (chosen != null && !items.contains(chosen)) {
            items.add(chosen);
        }
        if (!items.equals(List.of(engine.getItems()))) {
            engine.setItems(items.toArray(String[]::new));
            engine.select(chosen == null ? 0 : items.indexOf(chosen));
        }
    }

    /** The buttons say, before they are pressed, how many suggestions they take. */
    private void updateButtons() {
        int count = shownPending().size();
        accept.setText(String.format(Locale.ROOT, "Accept %d\u2026", count));
        reject.setText(String.format(Locale.ROOT, "Reject %d\u2026", count));
        accept.setToolTipText(String.format(Locale.ROOT, "Accept the %d pending suggestions shown (asks first)", count));
        reject.setToolTipText(String.format(Locale.ROOT, "Reject the %d pending suggestions shown (asks first)", count));
        accept.setEnabled(count > 0);
        reject.setEnabled(count > 0);
        restore.setEnabled(!rejectedSelected().isEmpty());
        viewer.getControl().getParent().layout(true, true); // the bar may wrap anew as its texts change
    }

    /** The pending suggestions the table shows: what Accept and Reject take. */
    public List<Annotation> shownPending() {
        List<Annotation> pending = new ArrayList<>();
        if (viewer.getInput() instanceof List<?> shown) {
            for (Object row : shown) {
                if (row instanceof Annotation annotation && annotation.getReview() == ReviewState.PENDING) {
                    pending.add(annotation);
                }
            }
        }
        return pending;
    }

    private void decideShown(ReviewState state) {
        List<Annotation> targets = shownPending();
        if (targets.isEmpty()) {
            return;
        }
        String verb = state == ReviewState.ACCEPTED ? "Accept" : "Reject";
        String question = String.format(Locale.ROOT, "%s %d pending %s (%s)?%n%nOne Ctrl+Z takes the whole decision back.", verb,
                targets.size(), targets.size() == 1 ? "suggestion" : "suggestions", filter().describe());
        if (MessageDialog.openConfirm(viewer.getControl().getShell(), state == ReviewState.ACCEPTED ? ACCEPT_TITLE : REJECT_TITLE, question)) {
            decide(targets, state);
        }
    }

    private void decide(List<Annotation> targets, ReviewState state) {
        Document document = session.currentDocument();
        if (document != null && !targets.isEmpty()) {
            session.execute(session.edits().decide(document, targets, state));
        }
    }

    private List<Annotation> selected(ReviewState state) {
        List<Annotation> found = new ArrayList<>();
        for (Object row : viewer.getStructuredSelection().toList()) {
            if (row instanceof Annotation annotation && annotation.getReview() == state) {
                found.add(annotation);
            }
        }
        return found;
    }

    private List<Annotation> rejectedSelected() {
        return selected(ReviewState.REJECTED);
    }

    private List<Annotation> selectedAll() {
        List<Annotation> found = selected(ReviewState.PENDING);
        found.addAll(rejectedSelected());
        return found;
    }

    @Override
    public void documentOpened(CorpusSession opened, Document document) {
        refresh();
    }

    @Override
    public void documentClosed(CorpusSession closed) {
        refresh();
    }

    @Override
    public void modelChanged(CorpusSession changed) {
        refreshLater.request();
    }

    @Override
    public void annotationSelected(CorpusSession changed, Annotation annotation) {
        if (viewer.getControl().isDisposed() || annotation == null || !(viewer.getInput() instanceof List<?> shown)
                || !shown.contains(annotation)) {
            return;
        }
        following = true;
        try {
            viewer.setSelection(new StructuredSelection(annotation), true);
        } finally {
            following = false;
        }
    }

    /** The table, for tests. */
    public TableViewer viewer() {
        return viewer;
    }

    /** The filter controls and buttons, for tests that drive them. */
    public Combo kindCombo() {
        return kind;
    }

    public Combo typeCombo() {
        return type;
    }

    public Combo engineCombo() {
        return engine;
    }

    public Spinner minSpinner() {
        return min;
    }

    public Spinner maxSpinner() {
        return max;
    }

    public Button clearButton() {
        return clear;
    }

    public Button rejectedToggle() {
        return withRejected;
    }

    public Button acceptButton() {
        return accept;
    }

    public Button rejectButton() {
        return reject;
    }

    public Button restoreButton() {
        return restore;
    }

    @Focus
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @PreDestroy
    public void dispose() {
        session.removeListener(this);
    }

    private static String lower(String literal) {
        return literal.toLowerCase(Locale.ROOT);
    }

    private static String capitalized(String literal) {
        String lower = lower(literal);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
