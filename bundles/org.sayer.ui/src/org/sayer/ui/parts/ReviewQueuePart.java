package org.sayer.ui.parts;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
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
import org.eclipse.swt.widgets.TableColumn;
import org.sayer.model.Annotation;
import org.sayer.model.Claim;
import org.sayer.model.ClaimType;
import org.sayer.model.Document;
import org.sayer.model.DocumentEntry;
import org.sayer.model.ReviewState;
import org.sayer.model.edit.Labels;
import org.sayer.model.query.AnnotationIndex;
import org.sayer.ui.edit.Suggestion;
import org.sayer.ui.edit.SuggestionFilter;
import org.sayer.ui.edit.SuggestionFilter.Kind;
import org.sayer.ui.editor.DocumentEditorPart;
import org.sayer.ui.jobs.SuggestionScanJob;
import org.sayer.ui.session.CorpusSession;

/**
 * The review queue of the open document, or of the whole corpus: its pending suggestions, filtered
 * by kind, claim type, confidence range and engine. The Accept and Reject buttons name how many
 * suggestions they take before they are pressed, and ask once more; "Show rejected" lists the
 * rejected ones too, so that any can be revisited (selecting a row selects it in the text) and
 * restored to the queue. Every decision is one step of each document's history (Ctrl+Z).
 *
 * <p>Rows are the live annotations of documents in memory and, in the corpus scope, the
 * {@link Suggestion} facts a background scan read of the others; opening a row (Enter or a
 * double-click) opens its document there, and a decision on rows of documents not in memory loads
 * those documents in a background job, one at a time.
 */
public class ReviewQueuePart implements CorpusSession.Listener {

    public static final String ID = "org.sayer.ui.part.reviewQueue";
    public static final String ACCEPT_TITLE = "Accept shown suggestions";
    public static final String REJECT_TITLE = "Reject shown suggestions";
    private static final String[] KINDS = { "All kinds", "Speakers", "Cues", "Claims" };
    private static final String ANY_TYPE = "Any type";
    private static final String ANY_ENGINE = "Any engine";
    public static final String[] SCOPES = { "This document", "Whole corpus" };
    private static final int DOCUMENT_COLUMN_WIDTH = 150;

    @Inject
    private CorpusSession session;

    @Inject
    private EPartService parts;

    private Combo scope;
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
    private TableColumn documentColumn;
    /** What the last scan of the corpus read from disk; null until the corpus scope is first chosen. */
    private SuggestionScanJob.Result scanned;
    private SuggestionScanJob scanning;

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
        scope = combo(bar, SCOPES);
        scope.setToolTipText("Review the open document's suggestions, or those of every document in the corpus");
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
        withRejected.addListener(SWT.Selection, event -> scopeOrFilterChanged());
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
        documentColumn = Columns.add(viewer, Object.class, "Document", 0, row -> cell(row, a -> Suggestion.titleOf(a.getDocument()),
                Suggestion::documentTitle)).getColumn();
        Columns.add(viewer, Object.class, "Kind", 65, row -> cell(row, SuggestionFilter.Kind::of, s -> s.kind().label()));
        Columns.add(viewer, Object.class, "Type", 70, row -> {
            ClaimType claimType = cell(row, a -> a instanceof Claim c ? c.getType() : null, Suggestion::type);
            return claimType == null ? "" : lower(claimType.getLiteral());
        });
        Columns.add(viewer, Object.class, "Conf.", 50, row -> String.format(Locale.ROOT, "%.2f", cell(row, Annotation::getConfidence,
                Suggestion::confidence)));
        Columns.add(viewer, Object.class, "Review", 70, row -> lower(reviewOf(row).getLiteral()));
        Columns.add(viewer, Object.class, "Engine", 150, row -> {
            String producer = engineOf(row);
            return producer == null ? "" : producer;
        });
        Columns.add(viewer, Object.class, "Text", 420, row -> cell(row, a -> Labels.firstWords(a.getCoveredText(), Suggestion.TEXT_WORDS),
                Suggestion::text));
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        SortableColumns.install(viewer);
        viewer.addSelectionChangedListener(event -> {
            if (!following && event.getStructuredSelection().getFirstElement() instanceof Annotation annotation
                    && annotation.getDocument() == session.currentDocument()) {
                session.select(annotation);
            }
            updateButtons();
        });
        viewer.addOpenListener(event -> open(((IStructuredSelection) event.getSelection()).getFirstElement()));
        new RowMenu(viewer.getTable())
                .add("&Open in Editor", () -> !viewer.getStructuredSelection().isEmpty(),
                        () -> open(viewer.getStructuredSelection().getFirstElement()))
                .add("&Accept", () -> !selected(ReviewState.PENDING).isEmpty() || !rejectedSelected().isEmpty(),
                        () -> decide(selectedAll(), ReviewState.ACCEPTED))
                .add("&Reject", () -> !selected(ReviewState.PENDING).isEmpty(), () -> decide(selected(ReviewState.PENDING), ReviewState.REJECTED))
                .add("Re&store to Pending", () -> !rejectedSelected().isEmpty(), () -> decide(rejectedSelected(), ReviewState.PENDING));

        scope.addListener(SWT.Selection, event -> scopeOrFilterChanged());
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

    /** Every pending suggestion again: all kinds and types, any confidence and engine, rejected ones hidden (the scope stays). */
    private void clearFilters() {
        kind.select(0);
        type.select(0);
        engine.select(0);
        min.setSelection(0);
        max.setSelection(100);
        withRejected.setSelection(false);
        scopeOrFilterChanged();
    }

    private boolean corpusScope() {
        return scope.getSelectionIndex() == 1;
    }

    /**
     * The corpus scope needs the suggestions of the documents on disk: read them once in the
     * background (again when rejected ones are wanted and the last scan left them out).
     */
    private void scopeOrFilterChanged() {
        session.showRejected(withRejected.getSelection());
        documentColumn.setWidth(corpusScope() ? DOCUMENT_COLUMN_WIDTH : 0);
        if (corpusScope() && session.store() != null && scanning == null
                && (scanned == null || withRejected.getSelection() && !scanned.withRejected())) {
            scan();
        }
        refresh();
    }

    private void scan() {
        SuggestionScanJob[] job = new SuggestionScanJob[1];
        job[0] = new SuggestionScanJob(session.store().folder(), withRejected.getSelection(), viewer.getControl().getDisplay(), result -> {
            if (scanning == job[0] && !viewer.getControl().isDisposed()) {
                scanning = null;
                scanned = result;
                scopeOrFilterChanged();
            }
        });
        scanning = job[0];
        scanning.schedule();
    }

    /** Whether a scan of the corpus is running (for tests). */
    public boolean isScanning() {
        return scanning != null;
    }

    /**
     * Every suggestion of the corpus, document by document in the index's order: the live
     * annotations of documents in memory (the open one, edited ones), the scanned facts of the rest.
     */
    private List<Object> corpusRows() {
        List<Object> rows = new ArrayList<>();
        if (session.store() == null) {
            return rows;
        }
        Map<String, Document> loaded = new HashMap<>();
        for (Document document : session.loadedDocuments()) {
            loaded.put(document.getId(), document);
        }
        for (DocumentEntry entry : session.store().corpus().getDocuments()) {
            Document live = loaded.get(entry.getId());
            if (live != null) {
                List<Annotation> suggestions = new ArrayList<>();
                for (Annotation annotation : live.getAnnotations()) {
                    if (annotation.getReview() != ReviewState.ACCEPTED) {
                        suggestions.add(annotation);
                    }
                }
                suggestions.sort(AnnotationIndex.DOCUMENT_ORDER);
                rows.addAll(suggestions);
            } else if (scanned != null) {
                rows.addAll(scanned.byDocument().getOrDefault(entry.getId(), List.of()));
            }
        }
        return rows;
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
        List<?> all = corpusScope() ? corpusRows() : session.currentDocument() == null ? List.of() : session.index().all();
        updateEngines(engines(all));
        SuggestionFilter filter = filter();
        List<Object> shown = new ArrayList<>();
        for (Object row : all) {
            if (row instanceof Annotation annotation ? filter.test(annotation) : filter.test((Suggestion) row)) {
                shown.add(row);
            }
        }
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
        long pending = all.stream().filter(row -> reviewOf(row) == ReviewState.PENDING).count();
        long rejected = all.stream().filter(row -> reviewOf(row) == ReviewState.REJECTED).count();
        String counts = String.format(Locale.ROOT, "%d shown \u00b7 %d pending \u00b7 %d rejected", shown.size(), pending, rejected);
        if (corpusScope()) {
            summary.setText(scanning != null ? "Reading the corpus\u2026 " + counts
                    : scanned != null && !scanned.problems().isEmpty() ? counts + " \u00b7 " + scanned.problems().size() + " unreadable: "
                            + scanned.problems().get(0) : counts + " in the corpus");
        } else {
            summary.setText(session.currentDocument() == null ? "Open a document to review its suggestions." : counts);
        }
        updateButtons();
    }

    /** The engines of the pending and rejected suggestions among {@code rows}, sorted. */
    private static List<String> engines(List<?> rows) {
        TreeSet<String> engines = new TreeSet<>();
        for (Object row : rows) {
            if (reviewOf(row) != ReviewState.ACCEPTED && engineOf(row) != null) {
                engines.add(engineOf(row));
            }
        }
        return new ArrayList<>(engines);
    }

    /** A fact of a row: of the live annotation, or of what the scan read from disk. */
    private static <T> T cell(Object row, Function<Annotation, T> live, Function<Suggestion, T> stored) {
        return row instanceof Annotation annotation ? live.apply(annotation) : stored.apply((Suggestion) row);
    }

    private static ReviewState reviewOf(Object row) {
        return cell(row, Annotation::getReview, Suggestion::review);
    }

    private static String engineOf(Object row) {
        return cell(row, Annotation::getProducer, Suggestion::engine);
    }

    private static String documentIdOf(Object row) {
        return cell(row, a -> a.getDocument().getId(), Suggestion::documentId);
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
    public List<Object> shownPending() {
        List<Object> pending = new ArrayList<>();
        if (viewer.getInput() instanceof List<?> shown) {
            for (Object row : shown) {
                if (reviewOf(row) == ReviewState.PENDING) {
                    pending.add(row);
                }
            }
        }
        return pending;
    }

    private void decideShown(ReviewState state) {
        List<Object> targets = shownPending();
        if (targets.isEmpty()) {
            return;
        }
        String verb = state == ReviewState.ACCEPTED ? "Accept" : "Reject";
        long documents = targets.stream().map(ReviewQueuePart::documentIdOf).distinct().count();
        String question = String.format(Locale.ROOT, "%s %d pending %s (%s)?%n%n%s", verb, targets.size(),
                targets.size() == 1 ? "suggestion" : "suggestions", filter().describe() + (corpusScope() ? ", whole corpus" : ""),
                documents == 1 ? "One Ctrl+Z takes the whole decision back."
                        : String.format(Locale.ROOT, "They are in %d documents; in each, one Ctrl+Z takes its part back. Ctrl+S saves them.", documents));
        if (MessageDialog.openConfirm(viewer.getControl().getShell(), state == ReviewState.ACCEPTED ? ACCEPT_TITLE : REJECT_TITLE, question)) {
            decide(targets, state);
        }
    }

    /**
     * Decides {@code rows}, one command per document on that document's history. Rows of documents
     * in memory are decided at once; the others' documents are loaded by a background job, one at
     * a time, each decided on the UI thread as it comes.
     */
    private void decide(List<Object> rows, ReviewState state) {
        Map<Document, List<Annotation>> live = new LinkedHashMap<>();
        Map<String, List<String>> onDisk = new LinkedHashMap<>();
        for (Object row : rows) {
            if (row instanceof Annotation annotation && annotation.getDocument() != null) {
                live.computeIfAbsent(annotation.getDocument(), d -> new ArrayList<>()).add(annotation);
            } else if (row instanceof Suggestion suggestion) {
                onDisk.computeIfAbsent(suggestion.documentId(), d -> new ArrayList<>()).add(suggestion.annotationId());
            }
        }
        live.forEach((document, annotations) -> session.execute(document, session.edits().decide(document, annotations, state)));
        if (!onDisk.isEmpty()) {
            decideOnDisk(onDisk, state);
        }
    }

    private void decideOnDisk(Map<String, List<String>> idsByDocument, ReviewState state) {
        var display = viewer.getControl().getDisplay();
        List<String> problems = new ArrayList<>();
        Job job = new Job("Deciding suggestions in " + idsByDocument.size() + " documents") {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                monitor.beginTask(getName(), idsByDocument.size());
                for (Map.Entry<String, List<String>> next : idsByDocument.entrySet()) {
                    if (monitor.isCanceled()) {
                        break;
                    }
                    // The session's model lives on the UI thread: load and decide there, a document at a time.
                    display.syncExec(() -> {
                        String problem = decideIn(next.getKey(), next.getValue(), state);
                        if (problem != null) {
                            problems.add(problem);
                        }
                    });
                    monitor.worked(1);
                }
                monitor.done();
                display.asyncExec(() -> {
                    if (!problems.isEmpty() && !viewer.getControl().isDisposed()) {
                        MessageDialog.openError(viewer.getControl().getShell(), "Some suggestions were not decided",
                                problems.size() + " document(s) could not be read: " + String.join("; ", problems));
                    }
                });
                return Status.OK_STATUS;
            }
        };
        job.setUser(true);
        job.schedule();
    }

    /** Loads one document into the session and decides the suggestions with these ids; returns why not, or null. */
    private String decideIn(String documentId, List<String> annotationIds, ReviewState state) {
        DocumentEntry entry = session.store() == null ? null : session.store().entryFor(documentId);
        if (entry == null) {
            return documentId + " is no longer in the corpus";
        }
        try {
            Document document = session.store().load(entry);
            List<Annotation> targets = new ArrayList<>();
            Map<String, Annotation> byId = byId(document);
            for (String id : annotationIds) {
                Annotation annotation = byId.get(id);
                if (annotation != null && annotation.getReview() != state) {
                    targets.add(annotation);
                }
            }
            session.execute(document, session.edits().decide(document, targets, state));
            return null;
        } catch (IOException e) {
            return e.getMessage();
        }
    }

    private static Map<String, Annotation> byId(Document document) {
        Map<String, Annotation> byId = new HashMap<>();
        for (Annotation annotation : document.getAnnotations()) {
            byId.put(annotation.getId(), annotation);
        }
        return byId;
    }

    /** Opens the row's document in the editor (when another is open) and selects the suggestion in the text. */
    private void open(Object row) {
        if (row == null || session.store() == null) {
            return;
        }
        String documentId = documentIdOf(row);
        try {
            if (session.currentDocument() == null || !documentId.equals(session.currentDocument().getId())) {
                DocumentEntry entry = session.store().entryFor(documentId);
                if (entry == null) {
                    return;
                }
                session.openDocument(entry);
            }
        } catch (IOException e) {
            MessageDialog.openError(viewer.getControl().getShell(), "Cannot open document", e.getMessage());
            return;
        }
        Annotation target = row instanceof Annotation annotation ? annotation : byId(session.currentDocument()).get(((Suggestion) row).annotationId());
        MPart editorPart = parts.showPart(CorpusNavigatorPart.EDITOR_PART, PartState.ACTIVATE);
        if (target != null && editorPart != null && editorPart.getObject() instanceof DocumentEditorPart editor) {
            editor.reveal(target);
        }
    }

    private List<Object> selected(ReviewState state) {
        List<Object> found = new ArrayList<>();
        for (Object row : viewer.getStructuredSelection().toList()) {
            if (reviewOf(row) == state) {
                found.add(row);
            }
        }
        return found;
    }

    private List<Object> rejectedSelected() {
        return selected(ReviewState.REJECTED);
    }

    private List<Object> selectedAll() {
        List<Object> found = selected(ReviewState.PENDING);
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
    public void corpusChanged(CorpusSession changed) {
        // Another corpus, an import, or every unsaved edit dropped: what was read from disk is stale.
        scanned = null;
        if (scanning != null) {
            scanning.cancel();
            scanning = null;
        }
        scopeOrFilterChanged();
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
    public Combo scopeCombo() {
        return scope;
    }

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
        session.showRejected(false); // the editor draws them only while the queue lists them
    }

    private static String lower(String literal) {
        return literal.toLowerCase(Locale.ROOT);
    }

    private static String capitalized(String literal) {
        String lower = lower(literal);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
