package org.sayer.bench;

import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.EContextService;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.sayer.io.gold.GoldToModel;
import org.sayer.model.DocumentEntry;
import org.sayer.model.store.CorpusStore;
import org.sayer.ui.curation.Comparison;
import org.sayer.ui.curation.CurationPart;
import org.sayer.ui.session.CorpusSession;
import org.sayer.ui.session.RecoveryJournal;

/**
 * The curation editor on one document in three annotators' versions of 1,000 annotations each
 * (333 attributions: a speaker mention, a cue and a claim; the second version retypes every tenth
 * claim, the third leaves out every fifteenth and ends every twelfth a word early). Times, until the
 * editor has painted: the first open (the versions read, merged into the curated corpus, written,
 * shown with its lanes, disagreements and figures), opening it again from the curated corpus, and
 * one decision key (take a version) and its undo. The real part is built by e4 dependency
 * injection in a plain shell, as EditorBench builds the editor. Needs a display
 * (xvfb-run -a bench/run.sh CurationBench).
 */
public final class CurationBench {

    private static final int ATTRIBUTIONS = 333;
    private static final String ID = "long-briefing";

    private CurationBench() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Files.createTempDirectory("sayer-curation-bench");
        List<Path> versions = new ArrayList<>();
        String[] names = { "anna", "ben", "carla" };
        for (int r = 0; r < names.length; r++) {
            versions.add(writeVersion(folder.resolve(names[r]), r));
        }
        try (CorpusStore anna = CorpusStore.open(versions.get(0))) {
            org.sayer.model.Document reference = anna.load(anna.entryFor(ID));
            System.out.printf("3 versions of one document: %,d characters, %,d annotations in the first (%s)%n",
                    reference.getText().length(), reference.getAnnotations().size(), folder);
        }

        Display display = new Display();
        Shell shell = new Shell(display);
        shell.setSize(1280, 820);
        shell.setLayout(new FillLayout());
        Composite area = new Composite(shell, 0);
        CorpusSession session = new CorpusSession();
        new RecoveryJournal(session, display);
        Path curated = folder.resolve("curated");
        session.create(curated, "curated");
        Comparison comparison = Comparison.open(versions, curated);
        IEclipseContext root = EclipseContextFactory.create("bench");
        root.set(CorpusSession.class, session);
        root.set(Comparison.class, comparison);
        root.set(EContextService.class, (EContextService) Proxy.newProxyInstance(CurationBench.class.getClassLoader(),
                new Class<?>[] { EContextService.class }, (proxy, method, arguments) -> null));
        IEclipseContext partContext = root.createChild("curation");
        partContext.set(MPart.class, MBasicFactory.INSTANCE.createPart());
        partContext.set(Composite.class, area);
        CurationPart editor = ContextInjectionFactory.make(CurationPart.class, partContext);
        shell.open();
        UiBenchSupport.drain(display);
        StyledText text = editor.textWidget();
        int[] paints = new int[1];
        text.addPaintListener(event -> paints[0]++);

        // First open: what Enter in the Agreement view does for a document not yet curated.
        long start = System.nanoTime();
        long startCpu = cpu();
        int painted = paints[0];
        String problem = session.addImported(comparison.curatedDocument(ID, session.store().corpus()));
        if (problem != null) {
            throw new IllegalStateException(problem);
        }
        session.importFinished();
        session.openDocument(session.store().entryFor(ID));
        UiBenchSupport.untilPainted(display, text, paints, painted);
        double first = (System.nanoTime() - start) / 1e6;
        double firstCpu = (cpu() - startCpu) / 1e6;
        System.out.printf("%d disagreements left for the curator%n", editor.disagreements().places().size());
        BenchSupport.report("first open: merge 3 × 1,000 annotations, write, show", first, "ms", "< 1000 ms");
        BenchSupport.report("  CPU time of the UI thread for it", firstCpu, "ms", null);
        untilFigures(display, editor, 0);
        BenchSupport.report("  and until the figures are shown", (System.nanoTime() - start) / 1e6, "ms", null);

        long[] again = new long[6];
        long[] againCpu = new long[again.length];
        for (int i = 0; i < again.length; i++) {
            session.closeDocuments();
            UiBenchSupport.drain(display);
            DocumentEntry entry = session.store().entryFor(ID);
            long begin = System.nanoTime();
            long beginCpu = cpu();
            int before = paints[0];
            session.openDocument(entry);
            UiBenchSupport.untilPainted(display, text, paints, before);
            again[i] = System.nanoTime() - begin;
            againCpu[i] = cpu() - beginCpu;
            UiBenchSupport.drain(display);
        }
        BenchSupport.report("open again from the curated corpus (median of 5 after 1)", UiBenchSupport.median(Arrays.copyOfRange(again, 1, again.length)), "ms",
                "< 1000 ms");
        BenchSupport.report("  CPU time of the UI thread for it (median)", UiBenchSupport.median(Arrays.copyOfRange(againCpu, 1, againCpu.length)), "ms", null);

        untilFigures(display, editor, 0);
        long[] decisions = new long[20];
        long[] figures = new long[decisions.length];
        long[] undos = new long[decisions.length];
        long[] decisionsCpu = new long[decisions.length];
        for (int i = 0; i < decisions.length; i++) {
            long begin = System.nanoTime();
            long beginCpu = cpu();
            int before = paints[0];
            int shown = editor.figuresShown();
            editor.action(String.valueOf(1 + i % 3));
            UiBenchSupport.untilPainted(display, text, paints, before);
            decisions[i] = System.nanoTime() - begin;
            decisionsCpu[i] = cpu() - beginCpu;
            untilFigures(display, editor, shown);
            figures[i] = System.nanoTime() - begin;
            long undo = System.nanoTime();
            before = paints[0];
            shown = editor.figuresShown();
            session.history(session.currentDocument()).undo();
            UiBenchSupport.untilPainted(display, text, paints, before);
            undos[i] = System.nanoTime() - undo;
            untilFigures(display, editor, shown);
        }
        BenchSupport.report("decision key (take a version) to repaint (median)", UiBenchSupport.median(decisions), "ms", "< 100 ms");
        BenchSupport.report("  CPU time of the UI thread for it (median)", UiBenchSupport.median(decisionsCpu), "ms", null);
        BenchSupport.report("  and until the figures against the curated version follow (median)", UiBenchSupport.median(figures), "ms", null);
        BenchSupport.report("undo to repaint (median)", UiBenchSupport.median(undos), "ms", "< 100 ms");
        // Where the time goes, each step alone (median of 5 after 2).
        List<com.google.gson.JsonObject> copies = comparison.versionsOf(ID);
        BenchSupport.report("  of which reading the 3 versions as gold JSON", BenchSupport.medianMillis(2, 5, () -> {
            try {
                comparison.versionsOf(ID);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }), "ms", null);
        BenchSupport.report("  of which merging them (Curation)", BenchSupport.medianMillis(2, 5, () -> comparison.merge(copies)), "ms", null);
        BenchSupport.report("  of which agreement of the 3 versions (AgreementStudy)", BenchSupport.medianMillis(2, 5, () -> {
            org.sayer.pipeline.eval.AgreementStudy study = new org.sayer.pipeline.eval.AgreementStudy(comparison.annotators());
            study.add(ID, copies);
        }), "ms", null);
        com.google.gson.JsonObject curatedJson = org.sayer.io.gold.ModelToGold.toJson(session.currentDocument(),
                java.util.EnumSet.of(org.sayer.model.ReviewState.ACCEPTED));
        BenchSupport.report("  of which each version against the curated one", BenchSupport.medianMillis(2, 5,
                () -> comparison.againstCurated(ID, copies, curatedJson)), "ms", null);
        BenchSupport.report("heap in use", BenchSupport.usedHeapMb(), "MB", null);
        comparison.close();
        shell.dispose();
        display.dispose();
    }

    /** One annotator's corpus with the document: version 0 is the reference, 1 and 2 differ from it. */
    private static Path writeVersion(Path folder, int version) throws Exception {
        StringBuilder text = new StringBuilder();
        JsonArray entities = new JsonArray();
        JsonArray mentions = new JsonArray();
        JsonArray attributions = new JsonArray();
        for (int s = 0; s < 40; s++) {
            JsonObject entity = new JsonObject();
            entity.addProperty("id", "e" + s);
            entity.addProperty("name", "Speaker Number" + s);
            entity.addProperty("type", "PERSON");
            entities.add(entity);
        }
        for (int a = 0; a < ATTRIBUTIONS; a++) {
            int speaker = a % 40;
            int mentionBegin = text.length();
            text.append("Speaker Number").append(speaker);
            int mentionEnd = text.length();
            text.append(' ');
            int cueBegin = text.length();
            text.append("said");
            int cueEnd = text.length();
            text.append(" on Tuesday that ");
            int contentBegin = text.length();
            text.append("the talks about paragraph ").append(a).append(" would go on despite the deep disagreement over the border");
            int contentEnd = text.length();
            text.append(". Officials familiar with the talks confirmed the schedule.\n");
            if (version == 2 && a % 15 == 7) {
                continue; // carla left this attribution out
            }
            JsonObject mention = new JsonObject();
            mention.addProperty("id", "m" + a);
            mention.add("span", span(mentionBegin, mentionEnd));
            mention.addProperty("entity", "e" + speaker);
            mentions.add(mention);
            JsonObject attribution = new JsonObject();
            attribution.addProperty("id", "a" + a);
            attribution.addProperty("type", version == 1 && a % 10 == 3 ? "DIRECT" : "INDIRECT");
            attribution.addProperty("source", "m" + a);
            attribution.add("cue", span(cueBegin, cueEnd));
            attribution.add("content", span(contentBegin, version == 2 && a % 12 == 5 ? contentEnd - " border".length() : contentEnd));
            attribution.add("parent", JsonNull.INSTANCE);
            attributions.add(attribution);
        }
        JsonObject document = new JsonObject();
        document.addProperty("id", ID);
        document.addProperty("title", "A long briefing");
        document.addProperty("text", text.toString());
        document.add("entities", entities);
        document.add("mentions", mentions);
        document.add("attributions", attributions);
        try (CorpusStore store = CorpusStore.create(folder, folder.getFileName().toString())) {
            org.sayer.model.Document made = GoldToModel.toDocument(document, "bench", store.corpus());
            store.add(made);
            store.save(made);
            store.saveIndex();
        }
        return folder;
    }

    private static JsonArray span(int begin, int end) {
        JsonArray span = new JsonArray();
        span.add(begin);
        span.add(end);
        return span;
    }

    /** Runs the event loop until the editor's figures were brought up to date after {@code shown} updates (at most 10 s). */
    private static void untilFigures(Display display, CurationPart editor, int shown) {
        UiBenchSupport.runUntil(display, () -> editor.figuresShown() > shown, 10_000_000_000L);
    }

    /** CPU time of this (the UI) thread: what the step costs, apart from waiting for a loaded machine's cores. */
    private static long cpu() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }
}
