package org.sayer.ui.curation;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.sayer.model.DocumentEntry;
import org.sayer.pipeline.eval.AgreementStudy;
import org.sayer.ui.session.CorpusSession;

/**
 * The Agreement view of File › Compare Annotators: the compared documents, worst first, with their
 * αu of claims and attribution F1 (mean over pairs of annotators) and how far their curation is, and
 * a matrix of attribution F1 between every two annotators, for the corpus or the selected document.
 * Double-click or Enter opens a document in the curation editor, merging it into the curated
 * corpus the first time.
 */
public class AgreementPart implements CorpusSession.Listener {

    public static final String ID = "org.sayer.ui.part.agreement";

    @Inject
    private CorpusSession session;

    @Inject
    private EPartService parts;

    private Label summary;
    private Table table;
    private MatrixChart chart;
    private Comparison comparison;
    private AgreementJob.Figures figures;

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
                { "Curation", "90" } }) {
            TableColumn tableColumn = new TableColumn(table, column[0].equals("Document") ? SWT.LEFT : SWT.RIGHT);
            tableColumn.setText(column[0]);
            tableColumn.setWidth(Integer.parseInt(column[1]));
        }
        table.addListener(SWT.Selection, event -> showMatrix());
        table.addListener(SWT.DefaultSelection, event -> curateSelected());
        chart = new MatrixChart(sash);
        sash.setWeights(60, 40);
        session.addListener(this);
    }

    /** Compares the versions of {@code compared} in the background; the view fills when that is done. */
    public void show(Comparison compared) {
        comparison = compared;
        figures = null;
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
            item.setText(new String[] { row.title(), CurationPart.number(row.alpha()), CurationPart.number(row.f1()), curation(row.id()) });
            item.setData(row);
            if (row.id().equals(selected)) {
                table.setSelection(item);
            }
        }
    }

    /** How far the document's curation is, from the curated corpus's index. */
    private String curation(String id) {
        if (session.store() == null || !session.store().folder().toAbsolutePath().normalize().equals(comparison.curatedFolder())) {
            return "";
        }
        DocumentEntry entry = session.store().entryFor(id);
        if (entry == null) {
            return "not started";
        }
        return entry.getPendingCount() > 0 ? entry.getPendingCount() + " pending" : "curated";
    }

    private String selectedId() {
        TableItem[] selection = table.getSelection();
        return selection.length == 1 && selection[0].getData() instanceof Row row ? row.id() : null;
    }

    /** The matrix of the selected document, or of the corpus when none is selected. */
    private void showMatrix() {
        if (figures == null) {
            return;
        }
        TableItem[] selection = table.getSelection();
        Row row = selection.length == 1 ? (Row) selection[0].getData() : null;
        AgreementStudy.DocumentAgreement agreement = row == null ? figures.study().corpus() : row.agreement();
        List<String> names = figures.study().annotators();
        double[][] values = new double[names.size()][names.size()];
        for (int i = 0; i < names.size(); i++) {
            for (int j = 0; j < names.size(); j++) {
                String pair = i < j ? names.get(i) + " / " + names.get(j) : names.get(j) + " / " + names.get(i);
                AgreementStudy.PairCounts counts = agreement.pairs().get(pair);
                values[i][j] = i == j || counts == null ? Double.NaN : counts.f1("attribution");
            }
        }
        chart.show("Attribution F1 between annotators\n" + (row == null ? "the whole corpus" : row.title()), names, values);
    }

    /** Opens the selected document in the curation editor; the first time, it is merged into the curated corpus. */
    public void curateSelected() {
        String id = selectedId();
        if (id == null || comparison == null) {
            return;
        }
        try {
            if (session.store() == null || !session.store().folder().toAbsolutePath().normalize().equals(comparison.curatedFolder())) {
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

    MatrixChart chart() {
        return chart;
    }

    public String summary() {
        return summary.getText();
    }

    Map<String, String> titles() {
        return figures == null ? Map.of() : figures.titles();
    }

    @PreDestroy
    public void dispose() {
        session.removeListener(this);
    }
}
