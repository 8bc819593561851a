package org.sayer.ui.parts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.sayer.model.Annotation;
import org.sayer.model.Claim;
import org.sayer.model.ClaimType;
import org.sayer.model.Document;
import org.sayer.model.ReviewState;
import org.sayer.model.SpeakerMention;
import org.sayer.model.edit.Labels;
import org.sayer.ui.edit.AnnotationEdits;
import org.sayer.ui.session.CorpusSession;

/**
 * The claims of the open document in text order: speaker, cue, type, review state, confidence,
 * first words. It follows the editor's selection and leads it: selecting a row selects the claim
 * in the text. The type and the speaker can be changed in place (each change is a command).
 */
public class AttributionsPart implements CorpusSession.Listener {

    @Inject
    private CorpusSession session;

    private TableViewer viewer;
    private boolean following;
    private RefreshLater refreshLater;
    private RefreshLater followLater;
    /** The row the table is to select once the editor has repainted. */
    private Claim rowToFollow;

    @PostConstruct
    public void createControls(Composite parent) {
        parent.setLayout(new FillLayout());
        // Virtual: a document with thousands of claims only ever materializes the visible rows.
        viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.VIRTUAL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        Columns.add(viewer, Claim.class, "Speaker", 170, Labels::speakerOf).setEditingSupport(new ChoiceEditing<>(this::mentionsNearest,
                m -> Labels.mention(m) + "  @" + m.getBegin(), Claim::getSource,
                (claim, mention) -> session.edits().link(session.currentDocument(), claim, AnnotationEdits.sourceFeature(), mention)));
        Columns.add(viewer, Claim.class, "Cue", 100, c -> c.getCue() == null ? "" : c.getCue().getCoveredText());
        Columns.add(viewer, Claim.class, "Type", 80, c -> c.getType() == null ? "" : lower(c.getType().getLiteral()))
                .setEditingSupport(new ChoiceEditing<>(claim -> ClaimType.VALUES, type -> lower(type.getLiteral()), Claim::getType,
                        (claim, type) -> session.edits().setClaimType(session.currentDocument(), claim, type)));
        Columns.add(viewer, Claim.class, "Review", 75, c -> lower(c.getReview().getLiteral()));
        Columns.add(viewer, Claim.class, "Conf.", 50, c -> String.format(Locale.ROOT, "%.2f", c.getConfidence()));
        Columns.add(viewer, Claim.class, "Content", 420, c -> (c.getParent() != null ? "\u21b3 " : "") + Labels.firstWords(c.getCoveredText(), 14));
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.addSelectionChangedListener(event -> {
            if (!following && event.getStructuredSelection().getFirstElement() instanceof Claim claim) {
                session.select(claim);
            }
        });
        new RowMenu(viewer.getTable())
                .add("&Accept", () -> !selectedClaims(ReviewState.PENDING, ReviewState.REJECTED).isEmpty(),
                        () -> decide(selectedClaims(ReviewState.PENDING, ReviewState.REJECTED), ReviewState.ACCEPTED))
                .add("&Reject", () -> !selectedClaims(ReviewState.PENDING).isEmpty(),
                        () -> decide(selectedClaims(ReviewState.PENDING), ReviewState.REJECTED))
                .add("Re&store to Pending", () -> !selectedClaims(ReviewState.REJECTED).isEmpty(),
                        () -> decide(selectedClaims(ReviewState.REJECTED), ReviewState.PENDING))
                .separator()
                .add("&Delete Claim", () -> viewer.getStructuredSelection().getFirstElement() instanceof Claim,
                        () -> session.execute(session.edits().delete(session.currentDocument(), (Claim) viewer.getStructuredSelection().getFirstElement())));
        refreshLater = new RefreshLater(viewer.getControl(), this::refresh);
        followLater = new RefreshLater(viewer.getControl(), this::followSelected);
        session.addListener(this);
        refresh();
    }

    /** The selected claims whose review state is one of {@code states}. */
    private List<Claim> selectedClaims(ReviewState... states) {
        List<Claim> found = new ArrayList<>();
        List<ReviewState> wanted = List.of(states);
        for (Object row : viewer.getStructuredSelection().toList()) {
            if (row instanceof Claim claim && wanted.contains(claim.getReview())) {
                found.add(claim);
            }
        }
        return found;
    }

    private void decide(List<Claim> claims, ReviewState state) {
        if (session.currentDocument() != null && !claims.isEmpty()) {
            session.execute(session.edits().decide(session.currentDocument(), claims, state));
        }
    }

    private void refresh() {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        List<Claim> claims = new ArrayList<>();
        for (Annotation annotation : session.index().all()) {
            if (annotation instanceof Claim claim) {
                claims.add(claim);
            }
        }
        following = true;
        try {
            if (claims.equals(viewer.getInput())) {
                viewer.refresh();
            } else {
                viewer.setInput(claims);
            }
            follow(session.selected());
        } finally {
            following = false;
        }
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

    /**
     * The row follows once the editor has repainted, as a refresh does: selecting and revealing it
     * repaints the table, and GTK paints every damaged control of the window in one frame, so each
     * caret move that reached another claim waited for the table's rows as well.
     */
    @Override
    public void annotationSelected(CorpusSession changed, Annotation annotation) {
        // The row is chosen now, so that keys faster than the frames leave the row they would have
        // left one by one (a selection outside every claim keeps the row before it).
        Claim row = rowOf(annotation);
        if (row != null) {
            rowToFollow = row;
            followLater.request();
        }
    }

    private void followSelected() {
        Claim row = rowToFollow;
        rowToFollow = null;
        following = true;
        try {
            select(row);
        } finally {
            following = false;
        }
    }

    /** Selects the claim itself, or the innermost claim that holds the selected mention or cue. */
    private void follow(Annotation annotation) {
        rowToFollow = null;
        select(rowOf(annotation));
    }

    private void select(Claim claim) {
        if (claim != null && !viewer.getControl().isDisposed()) {
            viewer.setSelection(new StructuredSelection(claim), true);
        }
    }

    /** The row that shows {@code annotation}: its own, or that of the innermost claim holding it; null for none. */
    private Claim rowOf(Annotation annotation) {
        if (annotation == null) {
            return null;
        }
        return annotation instanceof Claim c ? c
                : AnnotationEdits.innermostClaimHolding(session.index(), annotation.getBegin(), annotation.getEnd(), null);
    }

    /** The table, for tests that drive the part. */
    public TableViewer viewer() {
        return viewer;
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

    private List<SpeakerMention> mentionsNearest(Claim claim) {
        List<SpeakerMention> mentions = new ArrayList<>();
        for (Annotation annotation : session.index().all()) {
            if (annotation instanceof SpeakerMention mention && mention.getReview() != ReviewState.REJECTED) {
                mentions.add(mention);
            }
        }
        mentions.sort(Comparator.comparingInt(m -> Math.abs(m.getBegin() - claim.getBegin())));
        return mentions;
    }

    /** A combo of choices for one property of a claim; picking one runs the change as a command. */
    private final class ChoiceEditing<T> extends EditingSupport {
        private final Function<Claim, List<T>> choicesOf;
        private final Function<T, String> label;
        private final Function<Claim, T> current;
        private final BiFunction<Claim, T, Command> change;
        private List<T> choices = List.of();

        ChoiceEditing(Function<Claim, List<T>> choicesOf, Function<T, String> label, Function<Claim, T> current,
                BiFunction<Claim, T, Command> change) {
            super(viewer);
            this.choicesOf = choicesOf;
            this.label = label;
            this.current = current;
            this.change = change;
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            choices = choicesOf.apply((Claim) element);
            return new ComboBoxCellEditor(viewer.getTable(), choices.stream().map(label).toArray(String[]::new), SWT.READ_ONLY);
        }

        @Override
        protected boolean canEdit(Object element) {
            return element instanceof Claim;
        }

        @Override
        protected Object getValue(Object element) {
            return Math.max(0, choices.indexOf(current.apply((Claim) element)));
        }

        @Override
        protected void setValue(Object element, Object value) {
            int chosen = (Integer) value;
            Claim claim = (Claim) element;
            if (chosen >= 0 && chosen < choices.size() && current.apply(claim) != choices.get(chosen)) {
                session.execute(change.apply(claim, choices.get(chosen)));
            }
        }
    }
}
