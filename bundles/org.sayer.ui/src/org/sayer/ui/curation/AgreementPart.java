package org.sayer.ui.curation;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import com.google.gson.JsonObject;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.sayer.io.gold.ModelToGold;
import org.sayer.model.Document;
import org.sayer.model.DocumentEntry;
import org.sayer.model.ReviewState;
import org.sayer.pipeline.eval.AgreementStudy;
import org.sayer.ui.session.CorpusSession;

/**
 * The Agreement view of File › Compare Annotators: the compared documents, worst first, with their
 * αu of claims and attribution F1 (mean over pairs of annotators), how far their curation is and how
 * well the versions agree with the curated one (following every decision in the curation editor),
 * and a matrix of attribution F1 between every two annotators, for the corpus or the selected
 * document (with its curated version as one more row). Double-click or Enter opens a document in
 * the curation editor, merging it into the curated corpus the first time.
 */
public class AgreementPart implements CorpusSession.Listener {

    public static final String ID = "org.sayer.ui.part.agreement";
    /** The table's column of the versions' agreement with the curated version. */
    public static final int CURATED_COLUMN = 4;

    @Inject
    private CorpusSession session;

    @Inject
    private EPartService parts;

    private Label summary;
    private Table table;
    private MatrixChart chart;
    private Comparison comparison;
    private AgreementJob.Figures figures;
    /** Each curated document's versions against its curated version, in annotator order: as saved, then as the curator goes. */
    private final Map<String, List<AgreementStudy.DocumentAgreement>> againstCurated = new HashMap<>();
    private final BiConsumer<String, List<AgreementStudy.DocumentAgreement>> curatedListener = this::curatedChanged;

    /** One compared document. */
    record Row(String id, String title, double alpha, double f1, AgreementStudy.DocumentAgreement agreement) {
    }

    private final List<Row> rows = new ArrayList<>();

    @PostConstruct
    public void createControls(Composite parent) {
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        parent.setLayout(layout);
        summary = new Label(parent, SWT.WRAP);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        summary.setText(" File \u203a Compare Annotators\u2026 compares annotators' corpora here.");
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        table = new Table(sash, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
        table.setHeaderVisible(true);
        for (String[] column : new String[][] { { "Document", "170" }, { "\u03b1u claims", "80" }, { "Attribution F1", "110" },
                { "Curation", "90" }, { "F1 to curated", "100" } }) {
            TableColumn tableColumn = new TableColumn(table, column[0].equals("Document") ? SWT.LEFT : SWT.RIGHT);
            tableColumn.setText(column[0]);
            tableColumn.setWidth(Integer.parseInt(column[1]));
        }
        table.getColumn(CURATED_COLUMN).setToolTipText("Attribution F1 of each annotator's version against the curated one, the mean over annotators;"
                + " it follows every decision in the curation editor");
        table.addListener(SWT.Selection, event -> showMatrix());
        table.addListener(SWT.DefaultSelection, event -> curateSelected());
        chart = new MatrixChart(sash);
        sash.setWeights(60, 40);
        session.addListener(this);
    }

    /** Compares the versions of {@code compared} in the background; the view fills when that is done. */
    public void show(Comparison compared) {
        if (comparison != null) {
            comparison.removeCuratedListener(curatedListener);
        }
        comparison = compared;
        comparison.addCuratedListener(curatedListener);
        figures = null;
        againstCurated.clear();
        rows.clear();
        table.removeAll();
        chart.show("", List.of(), new double[0][0]);
        summary.setText(" Comparing " + String.join(", ", compared.annotators()) + "\u2026");
        new AgreementJob(table.getDisplay(), compared, this::showFigures).schedule();
    }

    private void showFigures(AgreementJob.Figures computed) {
        if (table.isDisposed() || computed == null) {
            return;
        }
        figures = computed;
        // the curation editor's figures, when it was quicker than this job, are newer than the saved ones
        computed.againstCurated().forEach(againstCurated::putIfAbsent);
        AgreementStudy study = computed.study();
        rows.clear();
        for (AgreementStudy.DocumentAgreement document : study.documents()) {
            rows.add(new Row(document.id(), computed.titles().getOrDefault(document.id(), document.id()),
                    document.alpha().get(AgreementStudy.CLAIM), document.meanF1("attribution"), document));
        }
        // Worst first: the lower of the two figures decides; a document with nothing to agree on goes last.
        rows.sort(Comparator.comparingDouble((Row row) -> worst(row)).thenComparing(Row::id));
        AgreementStudy.DocumentAgreement corpus = study.corpus();
        StringBuilder text = new StringBuilder(" " + study.annotators().size() + " annotators (" + String.join(", ", study.annotators())
                + "), " + rows.size() + " documents compared: \u03b1u claims " + CurationPart.number(corpus.alpha().get(AgreementStudy.CLAIM))
                + ", attribution F1 " + CurationPart.number(corpus.meanF1("attribution")) + " (mean over pairs). Curated into "
                + comparison.curatedFolder() + "; Enter or double-click curates a document.");
        for (AgreementStudy.Missing missing : study.missing()) {
            text.append(" Not compared: ").append(missing.id()).append(" (missing from ").append(String.join(", ", missing.missingFrom())).append(").");
        }
        for (String id : study.textDiffers()) {
            text.append(" Not compared: ").append(id).append(" (the versions' texts differ).");
        }
        for (String damaged : computed.damaged()) {
            text.append(" Damaged: ").append(damaged).append('.');
        }
        summary.setText(text.toString());
        summary.getParent().layout(true, true);
        fillTable();
        showMatrix();
    }

    private static double worst(Row row) {
        double worst = Math.min(Double.isNaN(row.alpha()) ? 2 : row.alpha(), Double.isNaN(row.f1()) ? 2 : row.f1());
        return worst;
    }

    private void fillTable() {
        String selected = selectedId();
        table.removeAll();
        for (Row row : rows) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] { row.title(), CurationPart.number(row.alpha()), CurationPart.number(row.f1()), curation(row.id()),
                    toCurated(row.id()) });
            item.setData(row);
            if (row.id().equals(selected)) {
                table.setSelection(item);
            }
        }
    }

    /** Whether the workbench's open corpus is the compared versions' curated corpus. */
    private boolean curatedCorpusOpen() {
        return session.store() != null && session.store().folder().toAbsolutePath().normalize().equals(comparison.curatedFolder());
    }

    /** How far the document's curation is, from the curated corpus's index. */
    private String curation(String id) {
        if (!curatedCorpusOpen()) {
            return "";
        }
        DocumentEntry entry = session.store().entryFor(id);
        if (entry == null) {
            return "not started";
        }
        return entry.getPendingCount() > 0 ? entry.getPendingCount() + " pending" : "curated";
    }

    /** The mean over annotators of their attribution F1 against the curated version; blank before it exists. */
    private String toCurated(String id) {
        List<AgreementStudy.DocumentAgreement> figures = againstCurated.get(id);
        if (figures == null) {
            return "";
        }
        double sum = 0;
        for (AgreementStudy.DocumentAgreement figure : figures) {
            sum += figure.meanF1("attribution");
        }
        return CurationPart.number(sum / figures.size());
    }

    /** The curation editor brought a document's figures against its curated version up to date. */
    private void curatedChanged(String id, List<AgreementStudy.DocumentAgreement> figures) {
        if (figures == null) {
            againstCurated.remove(id);
        } else {
            againstCurated.put(id, figures);
        }
        if (table.isDisposed() || this.figures == null) {
            return;
        }
        for (TableItem item : table.getItems()) {
            if (((Row) item.getData()).id().equals(id)) {
                item.setText(CURATED_COLUMN, toCurated(id));
                if (id.equals(selectedId())) {
                    showMatrix();
                }
            }
        }
    }

    private String selectedId() {
        TableItem[] selection = table.getSelection();
        return selection.length == 1 && selection[0].getData() instanceof Row row ? row.id() : null;
    }

    /**
     * The matrix of the selected document, or of the corpus when none is selected; a document in the
     * curated corpus has its curated version as the last row and column.
     */
    private void showMatrix() {
        if (figures == null) {
            return;
        }
        TableItem[] selection = table.getSelection();
        Row row = selection.length == 1 ? (Row) selection[0].getData() : null;
        AgreementStudy.DocumentAgreement agreement = row == null ? figures.study().corpus() : row.agreement();
        List<String> annotators = figures.study().annotators();
        List<AgreementStudy.DocumentAgreement> curated = row == null ? null : againstCurated.get(row.id());
        List<String> names = new ArrayList<>(annotators);
        if (curated != null) {
            names.add(Comparison.CURATED);
        }
        double[][] values = new double[names.size()][names.size()];
        for (int i = 0; i < annotators.size(); i++) {
            for (int j = 0; j < annotators.size(); j++) {
                String pair = i < j ? annotators.get(i) + " / " + annotators.get(j) : annotators.get(j) + " / " + annotators.get(i);
                AgreementStudy.PairCounts counts = agreement.pairs().get(pair);
                values[i][j] = i == j || counts == null ? Double.NaN : counts.f1("attribution");
            }
            if (curated != null) {
                values[i][annotators.size()] = values[annotators.size()][i] = curated.get(i).meanF1("attribution");
            }
        }
        if (curated != null) {
            values[annotators.size()][annotators.size()] = Double.NaN;
        }
        chart.show("Attribution F1 between annotators" + (curated == null ? "" : " and the curated version") + "\n"
                + (row == null ? "the whole corpus" : row.title()), names, values);
    }

    /** Opens the selected document in the curation editor; the first time, it is merged into the curated corpus. */
    public void curateSelected() {
        String id = selectedId();
        if (id == null || comparison == null) {
            return;
        }
        try {
            if (!curatedCorpusOpen()) {
                throw new IOException("The curated corpus " + comparison.curatedFolder() + " is no longer open; compare the annotators again.");
            }
            DocumentEntry entry = session.store().entryFor(id);
            if (entry == null) {
                entry = merge(id);
            }
            parts.showPart(CurationPart.ID, PartState.ACTIVATE);
            session.openDocument(entry);
        } catch (IOException e) {
            MessageDialog.openError(table.getShell(), "Cannot curate " + id, e.getMessage());
        }
    }

    /** What every version holds, taken; the rest pending for the curator; written to the curated corpus at once. */
    private DocumentEntry merge(String id) throws IOException {
        String problem = session.addImported(comparison.curatedDocument(id, session.store().corpus()));
        if (problem != null) {
            throw new IOException(problem);
        }
        session.importFinished();
        return session.store().entryFor(id);
    }

    /**
     * The curator dropped unsaved decisions on a compared document (Don't Save when closing it, or the
     * curation editor closed unsaved): its figures against the curated version go back to those of the
     * version as saved, computed in the background as the editor computes its own.
     */
    @Override
    public void documentDiscarded(CorpusSession changed, Document document) {
        String id = document.getId();
        if (comparison == null || !curatedCorpusOpen() || !comparison.ids().contains(id) || changed.store().entryFor(id) == null) {
            return;
        }
        Comparison compared = comparison;
        List<JsonObject> copies;
        JsonObject saved;
        try {
            copies = compared.merged(id).copies();
            // in memory as saved again, or read from disk when undo could not reach the saved state
            saved = ModelToGold.toJson(changed.store().load(changed.store().entryFor(id)), EnumSet.of(ReviewState.ACCEPTED));
        } catch (IOException e) {
            curatedChanged(id, null); // no figure rather than that of the dropped decisions
            return;
        }
        Display display = table.getDisplay();
        Job job = Job.create("Curation figures as saved", monitor -> {
            List<AgreementStudy.DocumentAgreement> figures = compared.againstCurated(id, copies, saved);
            display.asyncExec(() -> compared.curatedChanged(id, figures));
        });
        job.setSystem(true);
        job.schedule();
    }

    @Override
    public void entriesChanged(CorpusSession changed) {
        if (!table.isDisposed() && figures != null) {
            for (TableItem item : table.getItems()) {
                item.setText(3, curation(((Row) item.getData()).id()));
            }
        }
    }

    @Override
    public void corpusChanged(CorpusSession changed) {
        entriesChanged(changed);
    }

    /** For tests: the rows as shown, and the chart. */
    public Table table() {
        return table;
    }

    /** For tests: the matrix chart's rows (and columns), its title, and one cell. */
    public List<String> matrixNames() {
        return chart.names();
    }

    public String matrixTitle() {
        return chart.title();
    }

    public double matrixValue(int row, int column) {
        return chart.value(row, column);
    }

    public String summary() {
        return summary.getText();
    }

    Map<String, String> titles() {
        return figures == null ? Map.of() : figures.titles();
    }

    @PreDestroy
    public void dispose() {
        if (comparison != null) {
            comparison.removeCuratedListener(curatedListener);
        }
        session.removeListener(this);
    }
}
