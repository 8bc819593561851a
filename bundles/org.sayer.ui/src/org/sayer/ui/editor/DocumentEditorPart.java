package org.sayer.ui.editor;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.EContextService;
import org.eclipse.e4.ui.services.EMenuService;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.sayer.model.Annotation;
import org.sayer.model.Claim;
import org.sayer.model.Cue;
import org.sayer.model.Document;
import org.sayer.model.DocumentEntry;
import org.sayer.model.ReviewState;
import org.sayer.model.Speaker;
import org.sayer.model.SpeakerMention;
import org.sayer.model.edit.Labels;
import org.sayer.ui.edit.AnnotationEdits;
import org.sayer.ui.edit.AnnotationEdits.Mark;
import org.sayer.ui.handlers.SaveHandler;
import org.sayer.ui.session.CorpusSession;

/**
 * The open document as styled text, annotated from the keyboard: select text and press one key to
 * mark it, link the claim at the caret, move boundaries by a word, walk the suggestions in review
 * mode. Key bindings live in the application model (editor and review binding contexts); their
 * handlers call the operations here, and every operation is a command on the corpus' stack.
 */
public class DocumentEditorPart implements CorpusSession.Listener {

    public static final String EDITOR_CONTEXT = "org.sayer.ui.context.editor";
    public static final String REVIEW_CONTEXT = "org.sayer.ui.context.review";
    static final String PLACEHOLDER = "Open a document from the corpus (double-click it, or select it and press Enter).";

    @Inject
    private CorpusSession session;

    @Inject
    private MPart part;

    @Inject
    private EContextService contexts;

    @Inject
    private IEclipseContext context;

    /** Absent outside a running workbench (the editor benchmarks build the part on a plain class path). */
    @Inject
    @Optional
    private EMenuService menus;

    private StyledText text;
    private Label status;
    private Color statusReview;
    private Color statusBackground;
    private AnnotationStyles styles;
    private LinkArcs links;
    private Claim linkedAtCaret;
    private ReviewMode review;
    private final ChangedRanges changes = new ChangedRanges();
    private Document watched;
    private boolean followingCaret = true;
    private Claim lastLinked;
    private EStructuralFeature lastLinkedFeature;
    private String lastFound;

    @PostConstruct
    public void createControls(Composite parent) {
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.verticalSpacing = 0;
        parent.setLayout(layout);
        // The key hint wraps when the editor is narrow (a small width hint lets the layout wrap it).
        status = new Label(parent, SWT.WRAP);
        GridData statusData = new GridData(SWT.FILL, SWT.TOP, true, false);
        statusData.widthHint = 80;
        status.setLayoutData(statusData);
        statusReview = new Color(0xff, 0xf3, 0xc4);
        text = new StyledText(parent, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.READ_ONLY);
        // Hints in both directions: without them every layout of the part (a status line that wraps
        // anew, a resize) asks the text for its preferred size, and a wrapping StyledText answers by
        // laying out every line of the document (seconds for a 1 MB text). It fills the space anyway.
        GridData textData = new GridData(SWT.FILL, SWT.FILL, true, true);
        textData.widthHint = 1;
        textData.heightHint = 1;
        text.setLayoutData(textData);
        text.setMargins(14, 10, 14, 10);
        // Room between lines for the arcs of links and their labels, so that neither covers text
        // (brat and INCEpTION leave it too).
        text.setLineSpacing(12);
        styles = new AnnotationStyles(text, session::index, session::showsRejected);
        text.addLineStyleListener(styles);
        text.addPaintListener(styles);
        links = new LinkArcs(text, session::index, this::claimAtCaret, styles);
        text.addPaintListener(links);
        TextCaret.install(text, 2);
        new AttributionHover(text, session::index);
        if (menus != null) {
            EditorContextMenu.install(text, menus);
        }
        text.addCaretListener(event -> {
            if (followingCaret) {
                Annotation at = innermostAt(event.caretOffset, a -> true);
                // Rejected suggestions are drawn while the review queue lists them: the caret selects them then, to restore them there.
                session.select(at == null && session.showsRejected() ? innermost(event.caretOffset, a -> a.getReview() == ReviewState.REJECTED) : at);
            }
            followLinks();
        });
        review = new ReviewMode(session);
        // Esc is bound in the review context, but the binding does not always receive it (seen after
        // entering review mode a second time, when SWT delivers Esc as a traversal); catch it here.
        text.addListener(SWT.Traverse, event -> {
            if (event.detail == SWT.TRAVERSE_ESCAPE && review.step() != ReviewMode.Step.OFF) {
                reviewAction("leave");
                event.doit = false;
                event.detail = SWT.TRAVERSE_NONE;
            }
        });
        context.set(DocumentEditorPart.class, this);
        contexts.activateContext(EDITOR_CONTEXT);
        session.addListener(this);
        if (session.currentDocument() != null) {
            documentOpened(session, session.currentDocument());
        } else {
            text.setText(PLACEHOLDER);
        }
        part.setDirty(session.isDirty(session.currentDocument()));
        updateStatus();
    }

    @Override
    public void documentOpened(CorpusSession opened, Document document) {
        if (text.isDisposed()) {
            return;
        }
        if (review.step() != ReviewMode.Step.OFF) {
            leaveReview();
        }
        watch(document);
        followingCaret = false;
        text.setText(document.getText() == null ? "" : document.getText());
        followingCaret = true;
        part.setLabel(document.getTitle() == null || document.getTitle().isBlank() ? document.getId() : shorten(document.getTitle()));
        part.setTooltip(document.getTitle());
        part.setDirty(session.isDirty(document));
        updateStatus();
    }

    @Override
    public void documentClosed(CorpusSession closed) {
        if (review.step() != ReviewMode.Step.OFF) {
            leaveReview();
        }
        showPlaceholder();
    }

    /** No document open: the editor area stays, and says how to open one. */
    private void showPlaceholder() {
        watch(null);
        if (text.isDisposed()) {
            return;
        }
        followingCaret = false;
        text.setText(PLACEHOLDER);
        followingCaret = true;
        part.setLabel("Document");
        part.setTooltip("The open document");
        part.setDirty(false);
        updateStatus();
    }

    private void watch(Document document) {
        if (watched != null) {
            watched.eAdapters().remove(changes);
        }
        watched = document;
        if (document != null) {
            document.eAdapters().add(changes);
        }
        changes.take();
    }

    @Override
    public void corpusChanged(CorpusSession changed) {
        if (changed.currentDocument() == null) {
            showPlaceholder();
        }
    }

    @Override
    public void modelChanged(CorpusSession changed) {
        if (!text.isDisposed()) {
            redrawVisible();
            links.refresh();
            updateStatus();
        }
    }

    /**
     * The text never changes, only its annotations: re-style and repaint the changed lines that are
     * on screen and nothing more (StyledText keeps laid-out lines, so a plain redraw would show
     * stale styles, and repainting the whole screen costs more than the change).
     */
    private void redrawVisible() {
        restyleVisible(changes.take());
    }

    @Override
    public void rejectedShownChanged(CorpusSession changed, boolean shown) {
        if (!text.isDisposed() && changed.currentDocument() != null) {
            restyleVisible(new int[] { 0, text.getCharCount() });
        }
    }

    /** Re-styles and repaints the lines on screen that {@code changed} (from, to) touches. */
    private void restyleVisible(int[] changed) {
        if (text.getCharCount() == 0 || changed == null) {
            return;
        }
        int top = text.getOffsetAtLine(text.getTopIndex());
        int bottomLine = text.getLineIndex(text.getClientArea().height);
        int bottom = bottomLine + 1 < text.getLineCount() ? text.getOffsetAtLine(bottomLine + 1) : text.getCharCount();
        int from = Math.max(top, changed[0]);
        int to = Math.min(bottom, changed[1]);
        if (from <= to) {
            int lineStart = text.getOffsetAtLine(text.getLineAtOffset(from));
            int lastLine = text.getLineAtOffset(Math.min(to, text.getCharCount()));
            int lineEnd = lastLine + 1 < text.getLineCount() ? text.getOffsetAtLine(lastLine + 1) : text.getCharCount();
            TextRepaint.restyled(text, lineStart, Math.max(0, lineEnd - lineStart));
        }
    }

    @Override
    public void annotationSelected(CorpusSession changed, Annotation annotation) {
        if (text.isDisposed() || annotation == null || annotation.getDocument() != session.currentDocument()) {
            return;
        }
        Point selection = text.getSelection();
        if (selection.x == annotation.getBegin() && selection.y == annotation.getEnd()) {
            return;
        }
        if (annotation.getBegin() <= text.getCaretOffset() && text.getCaretOffset() <= annotation.getEnd() && selection.x == selection.y) {
            followLinks();
            return;
        }
        reveal(annotation);
        followLinks();
    }

    // ---- links -----------------------------------------------------------------------------

    /** When the caret's claim changed, its arcs replace the old ones (all arcs on the page stay as they are). */
    private void followLinks() {
        Claim now = claimAtCaret();
        if (now != linkedAtCaret && !text.isDisposed()) {
            linkedAtCaret = now;
            if (!links.showsAll()) {
                links.refresh();
            }
        }
    }

    /** Links every claim on the visible page, or (again) only the claim at the caret and its nesting. */
    public void toggleAllLinks() {
        links.showAll(!links.showsAll());
        say(links.showsAll() ? "Links of every claim on the page are shown; Ctrl+Shift+K again shows those at the caret only."
                : "Links of the claim at the caret and its nesting are shown.");
    }

    /** The arcs the editor draws now (in the text widget's coordinates): what the analyst sees linked. */
    public List<LinkArcs.Arc> linkArcs() {
        return links.arcs();
    }

    public boolean showsAllLinks() {
        return links.showsAll();
    }

    @Override
    public void dirtyChanged(CorpusSession changed, boolean dirty) {
        // The tab shows the open document's own unsaved edits, not those of others or of the registry.
        part.setDirty(changed.isDirty(changed.currentDocument()));
    }

    /** Selects an annotation's text and scrolls it into view, without the caret re-selecting. */
    public void reveal(Annotation annotation) {
        showSpan(annotation.getBegin(), annotation.getEnd());
        session.select(annotation);
    }

    /** Selects a span of the text (a search hit) and scrolls it into view, without the caret re-selecting. */
    public void showSpan(int begin, int end) {
        followingCaret = false;
        try {
            int length = text.getCharCount();
            text.setSelection(Math.min(begin, length), Math.min(end, length));
            text.showSelection();
        } finally {
            followingCaret = true;
        }
    }

    // ---- keyboard annotation -------------------------------------------------------------

    /**
     * Marks the selected text, trimmed of surrounding blanks and widened to whole tokens (a
     * selection of "use" inside "refused" marks "refused"); {@code exact} (Alt+Shift) keeps it as it is.
     * With no selection, D, I or M give the claim at the caret that type.
     */
    public boolean mark(Mark mark, boolean exact) {
        Document document = session.currentDocument();
        Point selection = text.getSelection();
        if (document != null && selection.x == selection.y && mark.claimType() != null && claimAtCaret() != null) {
            Claim claim = claimAtCaret();
            return claim.getType() != mark.claimType() && session.execute(session.edits().setClaimType(document, claim, mark.claimType()));
        }
        if (document == null || selection.x == selection.y) {
            say("Select some text first, then press the key.");
            return false;
        }
        String content = document.getText();
        int begin = selection.x;
        int end = selection.y;
        while (begin < end && Character.isWhitespace(content.charAt(begin))) {
            begin++;
        }
        while (end > begin && Character.isWhitespace(content.charAt(end - 1))) {
            end--;
        }
        if (begin == end) {
            return false;
        }
        if (!exact) {
            begin = Words.tokenStart(content, begin);
            end = Words.tokenEnd(content, end);
        }
        boolean done = session.execute(session.edits().mark(session.store().corpus(), document, session.index(), mark, begin, end));
        if (done) {
            int b = begin;
            int e = end;
            Class<?> kind = mark == Mark.SPEAKER ? SpeakerMention.class : mark == Mark.CUE ? Cue.class : Claim.class;
            session.select(innermostAt(b, a -> a.getBegin() == b && a.getEnd() == e && kind.isInstance(a)));
        }
        return done;
    }

    /**
     * Links the claim at the caret to its nearest speaker mention (or cue); pressed again on the same
     * claim, it moves on to the next candidate by distance.
     */
    public boolean link(EStructuralFeature feature) {
        Claim claim = claimAtCaret();
        if (claim == null) {
            say("Put the caret in a claim first.");
            return false;
        }
        Class<? extends Annotation> kind = feature == AnnotationEdits.sourceFeature() ? SpeakerMention.class : Cue.class;
        List<Annotation> candidates = candidates(claim, kind);
        if (candidates.isEmpty()) {
            say("No " + (kind == Cue.class ? "cue" : "speaker mention") + " to link in this document.");
            return false;
        }
        Object linked = claim.eGet(feature);
        int position = candidates.indexOf(linked);
        Annotation target;
        if (claim == lastLinked && feature == lastLinkedFeature && position >= 0) {
            target = candidates.get((position + 1) % candidates.size());
        } else {
            target = candidates.get(0) == linked && candidates.size() > 1 ? candidates.get(1) : candidates.get(0);
        }
        lastLinked = claim;
        lastLinkedFeature = feature;
        return session.execute(session.edits().link(session.currentDocument(), claim, feature, target));
    }

    /**
     * Shift+L: assigns the speaker mention at the caret, or the source of the claim there, to a
     * speaker chosen in a filterable picker (the document's speakers first), or to a new one.
     */
    public boolean pickSpeaker() {
        Document document = session.currentDocument();
        SpeakerMention mention = innermostAt(text.getCaretOffset(), SpeakerMention.class::isInstance) instanceof SpeakerMention at ? at
                : claimAtCaret() != null ? claimAtCaret().getSource() : null;
        if (document == null || mention == null) {
            say("Put the caret in a speaker mention, or in a claim linked to one (L links it).");
            return false;
        }
        List<Speaker> offered = new ArrayList<>(document.getSpeakers());
        for (Speaker speaker : session.store().corpus().getSpeakers()) {
            if (!offered.contains(speaker)) {
                offered.add(speaker);
            }
        }
        offered.remove(mention.getSpeaker());
        String now = mention.getSpeaker() == null ? "no speaker" : mention.getSpeaker().getName();
        SpeakerPicker.Choice choice = new SpeakerPicker(text.getShell(), offered,
                "Who is \u201c" + mention.getCoveredText() + "\u201d? Now: " + now + ".").choose();
        if (choice == null) {
            return false;
        }
        return session.execute(session.edits().reassign(session.store().corpus(), document, mention, choice.speaker(), choice.newName()));
    }

    /**
     * J: joins the claim at the caret, as the second part, to the claim before it (at the same
     * nesting level), the two parts of one quotation that a reporting clause splits.
     */
    public boolean joinQuotation() {
        Claim later = claimAtCaret();
        if (later == null) {
            say("Put the caret in the second part of a split quotation first.");
            return false;
        }
        if (later.getContinues() != null) {
            say("This claim already continues \u201c" + Labels.firstWords(later.getContinues().getCoveredText(), 6) + "\u201d; Shift+J splits them.");
            return false;
        }
        Claim earlier = null;
        for (Claim claim : session.index().overlapping(0, later.getBegin(), Claim.class)) {
            if (claim != later && claim.getEnd() <= later.getBegin() && claim.getParent() == later.getParent()
                    && claim.getReview() != ReviewState.REJECTED && (earlier == null || claim.getEnd() > earlier.getEnd())) {
                earlier = claim;
            }
        }
        if (earlier == null) {
            say("No claim before this one to join it to.");
            return false;
        }
        return session.execute(session.edits().joinQuotation(session.currentDocument(), earlier, later));
    }

    /** Shift+J: splits the joined quotation at the caret into two claims again. */
    public boolean splitQuotation() {
        Claim claim = claimAtCaret();
        Claim later = claim == null ? null : claim.getContinues() != null ? claim : AnnotationEdits.laterPart(session.currentDocument(), claim);
        if (later == null) {
            say("The caret is in no joined quotation.");
            return false;
        }
        return session.execute(session.edits().splitQuotation(session.currentDocument(), later));
    }

    /** Candidates by distance from the claim; those inside it come after those around it. */
    private List<Annotation> candidates(Claim claim, Class<? extends Annotation> kind) {
        List<Annotation> found = new ArrayList<>();
        for (Annotation annotation : session.index().all()) {
            if (kind.isInstance(annotation) && annotation.getReview() != ReviewState.REJECTED) {
                found.add(annotation);
            }
        }
        found.sort(Comparator.comparingInt(a -> distance(claim, a)));
        return found;
    }

    private static int distance(Claim claim, Annotation other) {
        if (other.getEnd() <= claim.getBegin()) {
            return claim.getBegin() - other.getEnd();
        }
        if (other.getBegin() >= claim.getEnd()) {
            return other.getBegin() - claim.getEnd();
        }
        return claim.getEnd() - claim.getBegin() + Math.max(0, other.getBegin() - claim.getBegin());
    }

    /** Deletes the selected annotation (the innermost one at the caret). */
    public boolean deleteAnnotation() {
        Annotation target = target();
        if (target == null) {
            say("No annotation at the caret.");
            return false;
        }
        return session.execute(session.edits().delete(session.currentDocument(), target));
    }

    /**
     * Moves one boundary of the selected annotation by a word: {@code end} or begin, outward
     * (extend) or inward (shrink).
     */
    public boolean moveBoundary(boolean end, boolean extend) {
        Annotation target = target();
        if (target == null) {
            say("No annotation at the caret.");
            return false;
        }
        String content = session.currentDocument().getText();
        int begin = target.getBegin();
        int stop = target.getEnd();
        // Boundaries stop at paragraph ends; only a quotation that runs on into the next paragraph crosses.
        boolean cross = extend && target instanceof Claim && Words.quotationContinues(content, begin, stop, end);
        if (end) {
            stop = extend ? Words.nextWordEnd(content, stop, cross) : Words.previousWordEnd(content, stop, begin);
        } else {
            begin = extend ? Words.previousWordStart(content, begin, cross) : Words.nextWordStart(content, begin, stop);
        }
        if (begin >= stop || (begin == target.getBegin() && stop == target.getEnd())) {
            return false;
        }
        boolean done = session.execute(session.edits().setBounds(session.currentDocument(), target, begin, stop));
        if (done) {
            reveal(target);
        }
        return done;
    }

    private Annotation target() {
        Annotation selected = session.selected();
        if (selected != null && selected.getDocument() == session.currentDocument()) {
            return selected;
        }
        return innermostAt(text.getCaretOffset(), a -> true);
    }

    private Claim claimAtCaret() {
        if (session.selected() instanceof Claim claim && claim.getDocument() == session.currentDocument()) {
            return claim;
        }
        return (Claim) innermostAt(text.getCaretOffset(), Claim.class::isInstance);
    }

    /** The innermost annotation at {@code offset} that {@code filter} takes, rejected ones left out. */
    private Annotation innermostAt(int offset, java.util.function.Predicate<Annotation> filter) {
        return innermost(offset, filter.and(a -> a.getReview() != ReviewState.REJECTED));
    }

    private Annotation innermost(int offset, java.util.function.Predicate<Annotation> filter) {
        // The caret right after an annotation still counts as in it: that is where marking leaves it.
        Annotation innermost = null;
        for (Annotation a : session.index().overlapping(Math.max(0, offset - 1), offset + 1)) {
            if (a.getBegin() <= offset && offset <= a.getEnd() && filter.test(a)
                    && (innermost == null || a.getEnd() - a.getBegin() < innermost.getEnd() - innermost.getBegin())) {
                innermost = a;
            }
        }
        return innermost;
    }

    // ---- review mode -----------------------------------------------------------------------

    public void startReview() {
        if (session.currentDocument() == null) {
            return;
        }
        contexts.activateContext(REVIEW_CONTEXT);
        review.start(text.getCaretOffset());
        showReviewed();
    }

    public void leaveReview() {
        review.leave();
        contexts.deactivateContext(REVIEW_CONTEXT);
        updateStatus();
    }

    /** One review key: accept, reject, edit, skip, apply (Enter) or leave (Esc). */
    public void reviewAction(String action) {
        switch (action) {
            case "accept" -> review.accept();
            case "reject" -> review.reject();
            case "edit" -> review.edit();
            case "skip" -> {
                if (review.step() == ReviewMode.Step.FINISHED) {
                    openNextForReview();
                    return;
                }
                review.skip();
            }
            case "apply" -> {
                if (review.step() == ReviewMode.Step.FINISHED) {
                    openNextForReview();
                    return;
                }
                Point selection = text.getSelection();
                review.applyEdit(selection.x, selection.y);
            }
            case "leave" -> {
                if (review.step() == ReviewMode.Step.EDITING) {
                    review.cancelEdit();
                } else {
                    leaveReview();
                    return;
                }
            }
            default -> throw new IllegalArgumentException("Unknown review action " + action);
        }
        showReviewed();
    }

    private void openNextForReview() {
        DocumentEntry next = review.nextDocument();
        if (next == null) {
            return;
        }
        try {
            session.openDocument(next);
            startReview();
        } catch (IOException e) {
            MessageDialog.openError(text.getShell(), "Cannot open document", e.getMessage());
        }
    }

    private void showReviewed() {
        if (review.current() != null) {
            reveal(review.current());
        }
        updateStatus();
    }

    /**
     * Selects the next occurrence of {@code wanted} (ignoring case) after the selection, wrapping
     * round to the start; says so in the status line when there is none. Remembers it for {@link #findNext}.
     */
    public boolean find(String wanted) {
        lastFound = wanted;
        Document document = session.currentDocument();
        if (document == null || wanted == null || wanted.isEmpty()) {
            return false;
        }
        String content = document.getText().toLowerCase(Locale.ROOT);
        String needle = wanted.toLowerCase(Locale.ROOT);
        int at = content.indexOf(needle, text.getSelection().y);
        if (at < 0) {
            at = content.indexOf(needle);
        }
        if (at < 0) {
            say("\u201c" + wanted + "\u201d is not in this document.");
            return false;
        }
        text.setSelection(at, at + wanted.length());
        text.showSelection();
        say("Found \u201c" + wanted + "\u201d; F3 finds the next one.");
        return true;
    }

    /** The next occurrence of what was last looked for (F3). */
    public boolean findNext() {
        return find(lastFound);
    }

    /** What was last looked for, or null. */
    public String lastFound() {
        return lastFound;
    }

    public ReviewMode review() {
        return review;
    }

    private void say(String message) {
        showStatus(message, null);
    }

    private void updateStatus() {
        if (status.isDisposed()) {
            return;
        }
        if (review.step() != ReviewMode.Step.OFF) {
            showStatus(" " + review.status(), statusReview);
        } else if (session.currentDocument() != null) {
            showStatus(" S speaker \u00b7 C cue \u00b7 D/I/M direct/indirect/mixed claim (or retype the one at the caret) \u00b7 L link speaker \u00b7 Shift+L pick speaker \u00b7 K link cue \u00b7 J/Shift+J join/split quotation \u00b7 Del delete \u00b7 Alt+\u2190/\u2192 boundary \u00b7 Ctrl+R review \u00b7 Ctrl+Shift+K all links \u00b7 Ctrl+Shift+L all keys", null);
        } else {
            showStatus("", null);
        }
    }

    /**
     * Sets the status line, and only when it changes: it is set after every edit, and measuring a
     * wrapping label again (to see whether it needs more lines) cost GTK most of a key's 16 ms.
     */
    private void showStatus(String message, Color background) {
        if (message.equals(status.getText()) && background == statusBackground) {
            return;
        }
        status.setText(message);
        status.setBackground(background);
        statusBackground = background;
        // A narrow editor cuts the line off; the whole of it is one hover away.
        status.setToolTipText(message.isBlank() ? null : message.strip());
        fitStatus();
    }

    /** A longer or shorter line may wrap onto more or fewer lines: lay the part out again only then. */
    private void fitStatus() {
        int width = status.getSize().x;
        if (width > 0 && status.computeSize(width, SWT.DEFAULT).y != status.getSize().y) {
            status.getParent().layout();
        }
    }

    // ---- part life cycle -------------------------------------------------------------------

    @Persist
    public void save() {
        SaveHandler.save(text.getShell(), session);
    }

    /**
     * The style the editor draws the character at {@code offset} in, or null when it is plain text
     * (StyledText answers no such question while a LineStyleListener gives the styles).
     */
    public StyleRange drawnStyleAt(int offset) {
        int line = text.getLineAtOffset(offset);
        int lineStart = text.getOffsetAtLine(line);
        StyleRange[] ranges = styles.stylesOf(lineStart, text.getLine(line).length());
        for (StyleRange range : ranges == null ? new StyleRange[0] : ranges) {
            if (range.start <= offset && offset < range.start + range.length) {
                return AnnotationStyles.asDrawn(range);
            }
        }
        return null;
    }

    /** The text widget, for tests that drive the part. */
    public StyledText textWidget() {
        return text;
    }

    @Focus
    public void setFocus() {
        text.setFocus();
    }

    @PreDestroy
    public void dispose() {
        session.removeListener(this);
        watch(null);
        if (session.isDirty()) {
            // The workbench asked before closing this part; still dirty means "don't save".
            session.closeDocuments();
        }
        context.remove(DocumentEditorPart.class);
        styles.dispose();
        links.dispose();
        statusReview.dispose();
    }

    private static String shorten(String title) {
        return title.length() <= 40 ? title : title.substring(0, 39) + "\u2026";
    }
}
