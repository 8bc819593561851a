package org.sayer.ui.parts;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.FocusCellOwnerDrawHighlighter;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.TableViewerFocusCellManager;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.sayer.model.Annotation;
import org.sayer.model.Claim;
import org.sayer.model.Document;
import org.sayer.model.DocumentEntry;
import org.sayer.model.ReviewState;
import org.sayer.model.SayerPackage;
import org.sayer.model.Speaker;
import org.sayer.model.SpeakerType;
import org.sayer.model.edit.Labels;
import org.sayer.model.store.CorpusStore;
import org.sayer.ui.jobs.MergeSpeakersJob;
import org.sayer.ui.session.CorpusSession;
import org.sayer.ui.stats.ClaimCounts;
import org.sayer.ui.stats.CorpusCounter;

/**
 * The corpus speaker registry: name, type, role, aliases and claim count (confirmed, then "(+n)"
 * suggestions waiting for review). Role, aliases and name are edited in place; two speakers are
 * merged into the first selected; "Claims" lists a speaker's claims across all documents, and
 * opening one shows it in the editor. Registry edits have their own undo history: Ctrl+Z here
 * undoes them, and the tab's {@code *} shows them unsaved.
 */
public class SpeakersPart implements CorpusSession.Listener, CorpusCounter.Listener {

    public static final String ID = "org.sayer.ui.part.speakers";

    @Inject
    private MPart part;

    @Inject
    private CorpusSession session;

    @Inject
    private CorpusCounter counter;

    @Inject
    private EPartService parts;

    private TableViewer viewer;
    private Text filter;
    private Button merge;
    private TableViewer claims;
    private Label claimsTitle;
    private ClaimCounts counts = new ClaimCounts();
    private org.eclipse.emf.common.command.CommandStack registryHistory;
    private final org.eclipse.emf.common.command.CommandStackListener registryListener = event -> {
        if (!viewer.getControl().isDisposed()) {
            viewer.refresh();
        }
    };

    /** A claim found in some document, for the list of a speaker's claims. */
    public record FoundClaim(String documentId, String documentTitle, String annotationId, String words) {
    }

    @PostConstruct
    public void createControls(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        Composite buttons = new Composite(parent, SWT.NONE);
        buttons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        buttons.setLayout(new GridLayout(3, false));
        merge = new Button(buttons, SWT.PUSH);
        merge.setText("Merge");
        merge.setToolTipText("Merge the selected speakers into the first selected one");
        merge.addListener(SWT.Selection, event -> mergeSelected());
        Button show = new Button(buttons, SWT.PUSH);
        show.setText("Claims");
        show.setToolTipText("List the selected speaker's claims in every document");
        show.addListener(SWT.Selection, event -> showClaims());
        filter = new Text(buttons, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filter.setMessage("Filter: name, role, alias, type");
        filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        filter.addListener(SWT.Modify, event -> viewer.refresh());
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        // The claim count, role and aliases come right after the name, so that the view's default width shows them.
        viewer = new TableViewer(sash, SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        viewer.getTable().setHeaderVisible(true);
        Columns.add(viewer, Speaker.class, "Speaker", 105, Labels::speaker)
                .setEditingSupport(new TextEditing(SayerPackage.Literals.SPEAKER__NAME));
        Columns.add(viewer, Speaker.class, "Claims", 55, s -> counts.speakerLabel(s.getId()));
        Columns.add(viewer, Speaker.class, "Role", 70, s -> s.getRole() == null ? "" : s.getRole())
                .setEditingSupport(new TextEditing(SayerPackage.Literals.SPEAKER__ROLE));
        Columns.add(viewer, Speaker.class, "Aliases", 70, s -> String.join(", ", s.getAliases()))
                .setEditingSupport(new TextEditing(SayerPackage.Literals.SPEAKER__ALIASES));
        Columns.add(viewer, Speaker.class, "Type", 75, s -> s.getType() == null ? "" : s.getType().getLiteral().toLowerCase(Locale.ROOT))
                .setEditingSupport(new TypeEditing());
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.addFilter(new ViewerFilter() {
            @Override
            public boolean select(Viewer shown, Object parentElement, Object element) {
                return element instanceof Speaker speaker && matches(speaker, filter.getText());
            }
        });
        SortableColumns.install(viewer);
        new RowMenu(viewer.getTable())
                .add("Show &Claims", () -> !selectedSpeakers().isEmpty(), this::showClaims)
                .add("&Merge Selected into First", () -> selectedSpeakers().size() > 1, this::mergeSelected);
        editFromKeyboard();
        Composite lower = new Composite(sash, SWT.NONE);
        lower.setLayout(new GridLayout(1, false));
        claimsTitle = new Label(lower, SWT.NONE);
        claimsTitle.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        claims = new TableViewer(lower, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.BORDER);
        claims.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        claims.getTable().setHeaderVisible(true);
        Columns.add(claims, FoundClaim.class, "Document", 130, FoundClaim::documentTitle);
        Columns.add(claims, FoundClaim.class, "Claim", 260, FoundClaim::words);
        claims.setContentProvider(ArrayContentProvider.getInstance());
        claims.addOpenListener(event -> {
            if (((org.eclipse.jface.viewers.IStructuredSelection) event.getSelection()).getFirstElement() instanceof FoundClaim found) {
                jumpTo(found);
            }
        });
        sash.setWeights(65, 35);
        session.addListener(this);
        counter.addListener(this);
        corpusChanged(session);
    }

    @Override
    public void corpusChanged(CorpusSession changed) {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        viewer.setInput(changed.store() == null ? new Object[0] : changed.store().corpus().getSpeakers().toArray());
        followRegistry(changed);
        claims.setInput(new Object[0]);
        claimsTitle.setText("");
    }

    @Override
    public void modelChanged(CorpusSession changed) {
        if (!viewer.getControl().isDisposed() && changed.store() != null) {
            List<Speaker> speakers = changed.store().corpus().getSpeakers();
            if (!(viewer.getInput() instanceof Object[] shown) || shown.length != speakers.size()) {
                viewer.setInput(speakers.toArray());
            }
        }
    }

    @Override
    public void dirtyChanged(CorpusSession changed, boolean dirty) {
        part.setDirty(changed.isRegistryDirty());
    }

    /** An undo or redo in the registry's history shows in the rows at once. */
    private void followRegistry(CorpusSession changed) {
        if (registryHistory != null) {
            registryHistory.removeCommandStackListener(registryListener);
        }
        registryHistory = changed.history(null);
        if (registryHistory != null) {
            registryHistory.addCommandStackListener(registryListener);
        }
    }

    @Persist
    public void save() {
        try {
            session.save();
        } catch (IOException e) {
            MessageDialog.openError(viewer.getControl().getShell(), "Save failed",
                    e.getMessage() + "\n\nYour changes are still in memory; nothing on disk was overwritten.");
        }
    }

    @Override
    public void countsChanged(CorpusCounter changed) {
        if (!viewer.getControl().isDisposed() && viewer.getControl().isVisible()) {
            counts = changed.total();
            viewer.refresh();
        }
    }

    /** True when {@code wanted} is empty or part of the speaker's name, role, an alias or its type, ignoring case. */
    static boolean matches(Speaker speaker, String wanted) {
        String needle = wanted.strip().toLowerCase(Locale.ROOT);
        if (needle.isEmpty()) {
            return true;
        }
        List<String> fields = new ArrayList<>(speaker.getAliases());
        fields.add(Labels.speaker(speaker));
        fields.add(speaker.getRole());
        fields.add(speaker.getType() == null ? null : speaker.getType().getLiteral());
        return fields.stream().anyMatch(field -> field != null && field.toLowerCase(Locale.ROOT).contains(needle));
    }

    private List<Speaker> selectedSpeakers() {
        List<Speaker> selected = new ArrayList<>();
        for (Object element : viewer.getStructuredSelection().toList()) {
            selected.add((Speaker) element);
        }
        return selected;
    }

    private void mergeSelected() {
        List<Speaker> selected = selectedSpeakers();
        if (selected.size() < 2) {
            MessageDialog.openInformation(viewer.getControl().getShell(), "Merge speakers", "Select two or more speakers; the first selected one is kept.");
            return;
        }
        Speaker kept = selected.get(0);
        if (!MessageDialog.openConfirm(viewer.getControl().getShell(), "Merge speakers", "Merge " + selected.size() + " speakers into \u201c"
                + Labels.speaker(kept) + "\u201d? Their mentions in every document move to it; their names become aliases.")) {
            return;
        }
        // Finding the documents that mention them reads the corpus: a Job, so the UI never blocks.
        new MergeSpeakersJob(session, viewer.getControl().getDisplay(), kept, selected.subList(1, selected.size())).schedule();
    }

    /** Lists the selected speaker's claims: documents in memory live, the rest read in the background. */
    private void showClaims() {
        List<Speaker> selected = selectedSpeakers();
        if (selected.isEmpty() || session.store() == null) {
            return;
        }
        Speaker speaker = selected.get(0);
        String id = speaker.getId();
        List<FoundClaim> found = new ArrayList<>();
        Set<String> loaded = new HashSet<>();
        for (Document document : session.loadedDocuments()) {
            loaded.add(document.getId());
            found.addAll(claimsOf(document, id));
        }
        claimsTitle.setText("Claims of " + Labels.speaker(speaker) + " (searching\u2026)");
        claims.setInput(found.toArray());
        CorpusStore live = session.store();
        Job search = new Job("Finding the claims of " + Labels.speaker(speaker)) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                List<FoundClaim> more = new ArrayList<>();
                try {
                    CorpusStore privateStore = org.sayer.ui.session.Stores.open(live.folder());
                    for (DocumentEntry entry : new ArrayList<>(privateStore.corpus().getDocuments())) {
                        if (monitor.isCanceled()) {
                            return Status.CANCEL_STATUS;
                        }
                        if (!loaded.contains(entry.getId())) {
                            try {
                                Document document = privateStore.load(entry);
                                more.addAll(claimsOf(document, id));
                                privateStore.unload(document);
                            } catch (IOException e) {
                                more.add(new FoundClaim(entry.getId(), entry.getId(), null, "(cannot be read: " + e.getMessage() + ")"));
                            }
                        }
                    }
                } catch (IOException e) {
                    return Status.error("Cannot read " + live.folder() + ": " + e.getMessage(), e);
                }
                claims.getControl().getDisplay().asyncExec(() -> {
                    if (!claims.getControl().isDisposed()) {
                        List<FoundClaim> all = new ArrayList<>(found);
                        all.addAll(more);
                        claims.setInput(all.toArray());
                        claimsTitle.setText("Claims of " + Labels.speaker(speaker) + ": " + all.size() + " (double-click opens one)");
                    }
                });
                return Status.OK_STATUS;
            }
        };
        search.setUser(true);
        search.schedule();
    }

    static List<FoundClaim> claimsOf(Document document, String speakerId) {
        List<FoundClaim> found = new ArrayList<>();
        for (Annotation annotation : document.getAnnotations()) {
            if (annotation instanceof Claim claim && claim.getReview() != ReviewState.REJECTED && speakerId != null
                    && !ClaimCounts.NO_SPEAKER.equals(speakerId) && speakerId.equals(ClaimCounts.speakerId(claim))) {
                String title = document.getTitle() == null || document.getTitle().isBlank() ? document.getId() : document.getTitle();
                found.add(new FoundClaim(document.getId(), title, claim.getId(), Labels.firstWords(claim.getCoveredText(), 12)));
            }
        }
        return found;
    }

    private void jumpTo(FoundClaim found) {
        for (DocumentEntry entry : session.store().corpus().getDocuments()) {
            if (entry.getId().equals(found.documentId())) {
                try {
                    session.openDocument(entry);
                    parts.showPart("org.sayer.ui.part.editor", PartState.ACTIVATE);
                    for (Annotation annotation : session.currentDocument().getAnnotations()) {
                        if (found.annotationId() != null && found.annotationId().equals(annotation.getId())) {
                            session.select(annotation);
                        }
                    }
                } catch (IOException e) {
                    MessageDialog.openError(viewer.getControl().getShell(), "Cannot open document", e.getMessage());
                }
                return;
            }
        }
    }

    /** The Merge button, for tests that press it. */
    public Button mergeButton() {
        return merge;
    }

    /** The filter box, for tests that type into it. */
    public Text filterBox() {
        return filter;
    }

    /** The registry table, for tests. */
    public TableViewer viewer() {
        return viewer;
    }

    @Focus
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @PreDestroy
    public void dispose() {
        if (registryHistory != null) {
            registryHistory.removeCommandStackListener(registryListener);
        }
        session.removeListener(this);
        counter.removeListener(this);
    }

    /**
     * A cell is edited with a click on the selected row, or from the keyboard: the arrow keys move the focused cell,
     * F2 or Enter edits it.
     */
    private void editFromKeyboard() {
        TableViewerFocusCellManager focus = new TableViewerFocusCellManager(viewer, new FocusCellOwnerDrawHighlighter(viewer));
        ColumnViewerEditorActivationStrategy activation = new ColumnViewerEditorActivationStrategy(viewer) {
            @Override
            protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent event) {
                return event.eventType == ColumnViewerEditorActivationEvent.MOUSE_CLICK_SELECTION
                        || event.eventType == ColumnViewerEditorActivationEvent.PROGRAMMATIC
                        || event.eventType == ColumnViewerEditorActivationEvent.TRAVERSAL
                        || event.eventType == ColumnViewerEditorActivationEvent.KEY_PRESSED
                                && (event.keyCode == SWT.F2 || event.keyCode == SWT.CR);
            }
        };
        TableViewerEditor.create(viewer, focus, activation, ColumnViewerEditor.TABBING_HORIZONTAL
                | ColumnViewerEditor.TABBING_MOVE_TO_ROW_NEIGHBOR | ColumnViewerEditor.KEYBOARD_ACTIVATION);
    }

    /** In-place choice of a speaker's type (person, organization, group, place). */
    private final class TypeEditing extends EditingSupport {
        private final List<SpeakerType> types = SpeakerType.VALUES;

        TypeEditing() {
            super(viewer);
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            return new ComboBoxCellEditor(viewer.getTable(),
                    types.stream().map(t -> t.getLiteral().toLowerCase(Locale.ROOT)).toArray(String[]::new), SWT.READ_ONLY);
        }

        @Override
        protected boolean canEdit(Object element) {
            return element instanceof Speaker;
        }

        @Override
        protected Object getValue(Object element) {
            SpeakerType type = ((Speaker) element).getType();
            return type == null ? 0 : types.indexOf(type);
        }

        @Override
        protected void setValue(Object element, Object value) {
            Speaker speaker = (Speaker) element;
            int index = value instanceof Integer i ? i : -1;
            if (index >= 0 && index < types.size() && types.get(index) != speaker.getType()) {
                session.executeOnRegistry(session.edits().setSpeakerAttribute(speaker, SayerPackage.Literals.SPEAKER__TYPE, types.get(index)));
            }
            viewer.update(speaker, null);
        }
    }

    /** In-place editing of a name, a role, or the comma-separated aliases. */
    private final class TextEditing extends EditingSupport {
        private final org.eclipse.emf.ecore.EStructuralFeature feature;

        TextEditing(org.eclipse.emf.ecore.EStructuralFeature feature) {
            super(viewer);
            this.feature = feature;
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            return new TextCellEditor(viewer.getTable());
        }

        @Override
        protected boolean canEdit(Object element) {
            return element instanceof Speaker;
        }

        @Override
        protected Object getValue(Object element) {
            Object value = ((Speaker) element).eGet(feature);
            return value instanceof List<?> list ? String.join(", ", list.stream().map(String::valueOf).toList()) : value == null ? "" : value;
        }

        @Override
        protected void setValue(Object element, Object value) {
            Speaker speaker = (Speaker) element;
            String text = String.valueOf(value).strip();
            if (feature.isMany()) {
                List<String> aliases = Arrays.stream(text.split(",")).map(String::strip).filter(a -> !a.isEmpty()).toList();
                if (!aliases.equals(speaker.getAliases())) {
                    session.executeOnRegistry(session.edits().setAliases(speaker, aliases));
                }
            } else if (!text.equals(speaker.eGet(feature))) {
                session.executeOnRegistry(session.edits().setSpeakerAttribute(speaker, feature, text.isEmpty() ? null : text));
            }
            viewer.update(speaker, null);
        }
    }
}
