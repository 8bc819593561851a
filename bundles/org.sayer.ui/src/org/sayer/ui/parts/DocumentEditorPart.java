package org.sayer.ui.parts;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.sayer.model.Annotation;
import org.sayer.model.Claim;
import org.sayer.model.Cue;
import org.sayer.model.Document;
import org.sayer.model.ReviewState;
import org.sayer.model.SpeakerMention;
import org.sayer.ui.session.CorpusSession;

/** The open document as styled text: speakers, cues and claims each in their own style. */
public class DocumentEditorPart implements CorpusSession.Listener {

    @Inject
    private CorpusSession session;

    @Inject
    private MPart part;

    private StyledText text;
    private Color speakerColor;
    private Color cueColor;
    private Color claimColor;

    @PostConstruct
    public void createControls(Composite parent) {
        parent.setLayout(new FillLayout());
        text = new StyledText(parent, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.READ_ONLY);
        text.setMargins(12, 10, 12, 10);
        text.setLineSpacing(3);
        text.setText("Open a document from the corpus (double-click it).");
        speakerColor = new Color(parent.getDisplay(), 0xd6, 0xe9, 0xff);
        cueColor = new Color(parent.getDisplay(), 0xff, 0xe0, 0xb0);
        claimColor = new Color(parent.getDisplay(), 0xdf, 0xf3, 0xdc);
        session.addListener(this);
        if (session.currentDocument() != null) {
            documentOpened(session, session.currentDocument());
        }
    }

    @Override
    public void documentOpened(CorpusSession opened, Document document) {
        if (text == null || text.isDisposed()) {
            return;
        }
        text.setText(document.getText() == null ? "" : document.getText());
        text.setStyleRanges(styles(document).toArray(new StyleRange[0]));
        part.setLabel(document.getTitle() == null || document.getTitle().isBlank() ? document.getId() : shorten(document.getTitle()));
    }

    private List<StyleRange> styles(Document document) {
        List<StyleRange> ranges = new ArrayList<>();
        int length = text.getCharCount();
        List<Annotation> annotations = new ArrayList<>(document.getAnnotations());
        // Claims first, so the shorter speaker and cue spans inside them are drawn on top.
        annotations.sort((a, b) -> Integer.compare(rank(a), rank(b)));
        for (Annotation annotation : annotations) {
            if (annotation.getBegin() < 0 || annotation.getEnd() > length || annotation.getBegin() >= annotation.getEnd()
                    || annotation.getReview() == ReviewState.REJECTED) {
                continue;
            }
            StyleRange range = new StyleRange();
            range.start = annotation.getBegin();
            range.length = annotation.getEnd() - annotation.getBegin();
            if (annotation instanceof SpeakerMention) {
                range.background = speakerColor;
                range.fontStyle = SWT.BOLD;
            } else if (annotation instanceof Cue) {
                range.background = cueColor;
                range.fontStyle = SWT.ITALIC;
            } else if (annotation instanceof Claim) {
                range.background = claimColor;
            }
            if (annotation.getReview() == ReviewState.PENDING) {
                range.borderStyle = SWT.BORDER_DASH;
            }
            ranges.add(range);
        }
        // StyledText wants ranges in order and without overlaps; replaceStyleRanges sorts that out.
        StyledText scratch = text;
        scratch.setStyleRanges(new StyleRange[0]);
        for (StyleRange range : ranges) {
            scratch.replaceStyleRanges(range.start, range.length, new StyleRange[] { range });
        }
        return List.of(scratch.getStyleRanges());
    }

    private static int rank(Annotation annotation) {
        return annotation instanceof Claim ? 0 : 1;
    }

    private static String shorten(String title) {
        return title.length() <= 40 ? title : title.substring(0, 39) + "\u2026";
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
        speakerColor.dispose();
        cueColor.dispose();
        claimColor.dispose();
    }
}
