package org.sayer.bench;

import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.EContextService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.sayer.model.Annotation;
import org.sayer.model.Claim;
import org.sayer.model.ClaimType;
import org.sayer.model.Corpus;
import org.sayer.model.Cue;
import org.sayer.model.Document;
import org.sayer.model.DocumentEntry;
import org.sayer.model.Origin;
import org.sayer.model.ReviewState;
import org.sayer.model.SayerFactory;
import org.sayer.model.Speaker;
import org.sayer.model.SpeakerMention;
import org.sayer.model.store.CorpusStore;
import org.sayer.ui.edit.AnnotationEdits.Mark;
import org.sayer.ui.editor.DocumentEditorPart;
import org.sayer.ui.parts.AttributionsPart;
import org.sayer.ui.session.CorpusSession;
import org.sayer.ui.session.RecoveryJournal;

/**
 * The document editor on a 1 MB article with 20,000 annotations (half of them pending, claims
 * nested): time until the document is shown, time of one annotation action from the key's
 * handler to the end of the paint that shows it, undo, and scrolling through the whole text page by
 * page, each key a frame after the last paint as an analyst's keys are (see {@link PaintClock}). The
 * real editor and Attributions parts are built by e4 dependency injection in a plain shell; the
 * document is read from a corpus on disk as the workbench reads it. Needs a display
 * (xvfb-run -a bench/run.sh EditorBench).
 */
public final class EditorBench {

    private static final int PARAGRAPHS = 4_000;
    private static final int ACTIONS = 200;

    private EditorBench() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Files.createTempDirectory("sayer-editor-bench");
        DocumentEntry written = writeCorpus(folder);
        System.out.printf("document: %,d characters, %,d annotations (%s)%n", written.getDocument().getText().length(),
                written.getDocument().getAnnotations().size(), folder);

        Display display = new Display();
        PaintStartEvent.install(display);
        Shell shell = new Shell(display);
        shell.setSize(1280, 820);
        shell.setLayout(new FillLayout());
        SashForm sash = new SashForm(shell, SWT.VERTICAL);
        Composite editorArea = new Composite(sash, SWT.NONE);
        Composite tableArea = new Composite(sash, SWT.NONE);
        sash.setWeights(70, 30);

        CorpusSession session = new CorpusSession();
        new RecoveryJournal(session, display);
        session.open(folder, null);
        IEclipseContext root = EclipseContextFactory.create("bench");
        root.set(CorpusSession.class, session);
        root.set(EContextService.class, (EContextService) Proxy.newProxyInstance(EditorBench.class.getClassLoader(),
                new Class<?>[] { EContextService.class }, (proxy, method, arguments) -> null));
        IEclipseContext editorContext = root.createChild("editor");
        editorContext.set(MPart.class, MBasicFactory.INSTANCE.createPart());
        editorContext.set(Composite.class, editorArea);
        DocumentEditorPart editor = ContextInjectionFactory.make(DocumentEditorPart.class, editorContext);
        IEclipseContext tableContext = root.createChild("attributions");
        tableContext.set(Composite.class, tableArea);
        ContextInjectionFactory.make(AttributionsPart.class, tableContext);
        shell.open();
        UiBenchSupport.drain(display);
        StyledText text = editor.textWidget();
        PaintClock clock = new PaintClock(text);

        // Shown: read from disk, index, text set, first screen painted. StyledText then computes
        // the wrapped height of the remaining lines in idle chunks, which the analyst does not wait for.
        DocumentEntry entry = session.store().corpus().getDocuments().get(0);
        long[] shown = new long[6];
        long[] shownCpu = new long[6];
        long[] wrapped = new long[6];
        for (int i = 0; i < shown.length; i++) {
            if (i > 0) {
                session.closeDocuments();
                UiBenchSupport.drain(display);
                entry = session.store().corpus().getDocuments().get(0);
            }
            clock.settle();
            clock.expect(null);
            long start = System.nanoTime();
            long cpu = uiCpu();
            session.openDocument(entry);
            shown[i] = clock.untilShown() - start;
            shownCpu[i] = uiCpu() - cpu;
            UiBenchSupport.drain(display);
            wrapped[i] = System.nanoTime() - start;
        }
        BenchSupport.report("open 1 MB / 20k annotations until shown (first)", shown[0] / 1e6, "ms", "< 1000 ms");
        BenchSupport.report("open until shown (again, median of 5)", UiBenchSupport.median(Arrays.copyOfRange(shown, 1, shown.length)), "ms", "< 1000 ms");
        BenchSupport.report("  UI thread CPU of it (median of 5)", UiBenchSupport.median(Arrays.copyOfRange(shownCpu, 1, shownCpu.length)), "ms", "< 1000 ms");
        BenchSupport.report("  then wrapping every line, in idle chunks (median)", UiBenchSupport.median(Arrays.copyOfRange(wrapped, 1, wrapped.length)), "ms", null);
        Document loaded = session.currentDocument();
        BenchSupport.report("  reading the XMI alone (median)", BenchSupport.medianMillis(1, 5, () -> {
            try {
                CorpusStore fresh = org.sayer.ui.session.Stores.open(folder);
                fresh.load(fresh.corpus().getDocuments().get(0));
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }), "ms", null);
        BenchSupport.report("recovery snapshot: copy on the UI thread (median)", BenchSupport.medianMillis(2, 9,
                () -> org.eclipse.emf.ecore.util.EcoreUtil.copy(loaded)), "ms", null);

        // One annotation action: the key's handler (mark the selection as a cue) until repainted.
        int top = text.getOffsetAtLine(text.getTopIndex());
        List<int[]> words = words(text.getText(), top, 40);
        reportActions("", text, editor, session, clock, words);
        reportScrolling("", display, text, clock);

        // The same with the links of every claim on the page drawn as arcs (Ctrl+Shift+K).
        text.setTopPixel(0);
        editor.toggleAllLinks();
        UiBenchSupport.drain(display);
        System.out.printf("links drawn on the first page: %d arcs%n", editor.linkArcs().size());
        reportActions("with all links: ", text, editor, session, clock, words);
        reportScrolling("with all links: ", display, text, clock);
        editor.toggleAllLinks();

        // The caret's links: Down moves the caret line by line (as the key does), its claim's arcs follow.
        text.setTopPixel(0);
        text.setCaretOffset(top);
        UiBenchSupport.drain(display);
        long[] downs = new long[ACTIONS];
        long[] downsCpu = new long[ACTIONS];
        for (int i = 0; i < ACTIONS; i++) {
            clock.settle();
            clock.expect(null);
            KeyEvent key = KeyEvent.start("caret Down");
            long before = System.nanoTime();
            long cpu = uiCpu();
            text.invokeAction(org.eclipse.swt.custom.ST.LINE_DOWN);
            downs[i] = clock.untilShown() - before;
            downsCpu[i] = uiCpu() - cpu;
            key.finish();
        }
        BenchSupport.report("caret Down with the caret's links following, to repaint (median)", UiBenchSupport.median(downs), "ms", "< 16 ms");
        BenchSupport.report("caret Down with links (95th percentile)", UiBenchSupport.percentile(downs, 95), "ms", "< 16 ms");
        BenchSupport.report("  UI thread CPU of it (median)", UiBenchSupport.median(downsCpu), "ms", "< 16 ms");
        BenchSupport.report("heap in use", BenchSupport.usedHeapMb(), "MB", null);
        shell.dispose();
        display.dispose();
    }

    /**
     * Marks a word as a cue and undoes it, {@link #ACTIONS} times: from the key's handler to the end
     * of the paint that shows the word restyled, each key a frame after the last paint.
     */
    private static void reportActions(String prefix, StyledText text, DocumentEditorPart editor, CorpusSession session, PaintClock clock,
            List<int[]> words) {
        long[] marks = new long[ACTIONS];
        long[] edits = new long[ACTIONS];
        long[] undos = new long[ACTIONS];
        long[] marksCpu = new long[ACTIONS];
        long[] editsCpu = new long[ACTIONS];
        for (int i = 0; i < ACTIONS; i++) {
            int[] word = words.get(i % words.size());
            text.setSelection(word[0], word[1]);
            Rectangle restyled = text.getTextBounds(word[0], word[1] - 1);
            clock.settle();
            clock.expect(restyled);
            KeyEvent key = KeyEvent.start(prefix + "mark");
            long before = System.nanoTime();
            long cpu = uiCpu();
            editor.mark(Mark.CUE, false);
            edits[i] = System.nanoTime() - before;
            editsCpu[i] = uiCpu() - cpu;
            marks[i] = clock.untilShown() - before;
            marksCpu[i] = uiCpu() - cpu;
            key.finish();
            clock.settle();
            clock.expect(restyled);
            KeyEvent undoKey = KeyEvent.start(prefix + "undo");
            long undo = System.nanoTime();
            session.history(session.currentDocument()).undo();
            undos[i] = clock.untilShown() - undo;
            undoKey.finish();
        }
        BenchSupport.report(prefix + "annotation action, key handler to repaint (median)", UiBenchSupport.median(marks), "ms", "< 16 ms");
        BenchSupport.report(prefix + "annotation action (95th percentile)", UiBenchSupport.percentile(marks, 95), "ms", "< 16 ms");
        BenchSupport.report(prefix + "  UI thread CPU of it (median)", UiBenchSupport.median(marksCpu), "ms", "< 16 ms");
        BenchSupport.report(prefix + "  of which command and listeners (median)", UiBenchSupport.median(edits), "ms", null);
        BenchSupport.report(prefix + "    UI thread CPU of that (median)", UiBenchSupport.median(editsCpu), "ms", null);
        BenchSupport.report(prefix + "undo to repaint (median)", UiBenchSupport.median(undos), "ms", "< 16 ms");
    }

    /** Scrolls page by page from the top to the end, each page painted before the next scroll. */
    private static void reportScrolling(String prefix, Display display, StyledText text, PaintClock clock) {
        text.setTopPixel(0);
        UiBenchSupport.drain(display);
        List<Long> pages = new ArrayList<>();
        List<Long> pagesCpu = new ArrayList<>();
        int page = text.getClientArea().height;
        int paintsBefore = clock.paints();
        for (int y = page; ; y += page) {
            clock.settle();
            clock.expect(null);
            KeyEvent key = KeyEvent.start(prefix + "scroll");
            long before = System.nanoTime();
            long cpu = uiCpu();
            text.setTopPixel(y);
            pages.add(clock.untilShown() - before);
            pagesCpu.add(uiCpu() - cpu);
            key.finish();
            if (text.getTopPixel() < y) {
                break;
            }
        }
        long[] perPage = pages.stream().mapToLong(Long::longValue).toArray();
        clock.settle();
        System.out.printf("%sscrolled %,d pages of %d px, %.2f paints of the text per page%n", prefix, perPage.length, page,
                (clock.paints() - paintsBefore) / (double) perPage.length);
        BenchSupport.report(prefix + "scroll one page, to repaint (median)", UiBenchSupport.median(perPage), "ms", "< 16 ms");
        BenchSupport.report(prefix + "  UI thread CPU of it (median)", UiBenchSupport.median(pagesCpu.stream().mapToLong(Long::longValue).toArray()), "ms", "< 16 ms");
        BenchSupport.report(prefix + "scroll one page (95th percentile)", UiBenchSupport.percentile(perPage, 95), "ms", null);
        BenchSupport.report(prefix + "scroll one page (worst)", UiBenchSupport.percentile(perPage, 100), "ms", null);
    }

    /** A corpus on disk with one long article: every paragraph a nested attribution. */
    private static DocumentEntry writeCorpus(Path folder) throws Exception {
        CorpusStore store = CorpusStore.create(folder, "bench");
        Corpus corpus = store.corpus();
        List<Speaker> speakers = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            Speaker speaker = SayerFactory.eINSTANCE.createSpeaker();
            speaker.setId("speaker-" + i);
            speaker.setName("Speaker Number" + i);
            corpus.getSpeakers().add(speaker);
            speakers.add(speaker);
        }
        Document document = SayerFactory.eINSTANCE.createDocument();
        document.setId("long-article");
        document.setTitle("A very long article");
        StringBuilder text = new StringBuilder();
        List<Annotation> annotations = new ArrayList<>();
        for (int p = 0; p < PARAGRAPHS; p++) {
            Speaker outer = speakers.get(p % speakers.size());
            Speaker inner = speakers.get((p * 7 + 3) % speakers.size());
            int begin = text.length();
            text.append(outer.getName());
            SpeakerMention first = mention(begin, text.length(), outer, p);
            text.append(' ');
            int cueBegin = text.length();
            text.append("said");
            Cue said = cue(cueBegin, text.length(), p);
            text.append(" on Tuesday that ");
            int claimBegin = text.length();
            int innerBegin = text.length();
            text.append(inner.getName());
            SpeakerMention second = mention(innerBegin, text.length(), inner, p + 1);
            text.append(" stressed the importance of continuing a diplomatic path to de-escalate tensions ");
            int nestedBegin = text.length();
            text.append("surrounding the deeply troubling military build-up near the border in paragraph ").append(p);
            Claim nested = claim(nestedBegin, text.length(), ClaimType.INDIRECT, second, null, p);
            Claim claim = claim(claimBegin, text.length(), ClaimType.MIXED, first, said, p + 1);
            nested.setParent(claim);
            text.append(", according to officials familiar with the talks and the documents seen by reporters.\n");
            annotations.addAll(List.of(first, said, claim, second, nested));
        }
        document.setText(text.toString());
        document.getAnnotations().addAll(annotations);
        DocumentEntry entry = store.add(document);
        store.save(document);
        store.saveIndex();
        return entry;
    }

    private static SpeakerMention mention(int begin, int end, Speaker speaker, int n) {
        SpeakerMention mention = SayerFactory.eINSTANCE.createSpeakerMention();
        mention.setSpeaker(speaker);
        return setUp(mention, begin, end, n);
    }

    private static Cue cue(int begin, int end, int n) {
        return setUp(SayerFactory.eINSTANCE.createCue(), begin, end, n);
    }

    private static Claim claim(int begin, int end, ClaimType type, SpeakerMention source, Cue cue, int n) {
        Claim claim = SayerFactory.eINSTANCE.createClaim();
        claim.setType(type);
        claim.setSource(source);
        claim.setCue(cue);
        return setUp(claim, begin, end, n);
    }

    private static <T extends Annotation> T setUp(T annotation, int begin, int end, int n) {
        annotation.setId("a" + begin + "-" + end);
        annotation.setBegin(begin);
        annotation.setEnd(end);
        boolean pending = n % 2 == 0;
        annotation.setOrigin(pending ? Origin.AUTOMATIC : Origin.MANUAL);
        annotation.setReview(pending ? ReviewState.PENDING : ReviewState.ACCEPTED);
        annotation.setConfidence(pending ? 0.5 + (n % 50) / 100.0 : 1.0);
        annotation.setProducer(pending ? "bench-pipeline" : "bench-analyst");
        return annotation;
    }

    /** Word spans on the screen from {@code from}: where the analyst would mark something. */
    private static List<int[]> words(String text, int from, int count) {
        List<int[]> words = new ArrayList<>();
        int i = from;
        while (words.size() < count && i < text.length()) {
            while (i < text.length() && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int begin = i;
            while (i < text.length() && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (i > begin) {
                words.add(new int[] { begin, i });
            }
        }
        return words;
    }

    /**
     * CPU time of this (the UI) thread: on a loaded machine wall time mostly measures waiting for a
     * core, so both are reported.
     */
    private static long uiCpu() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }
}
