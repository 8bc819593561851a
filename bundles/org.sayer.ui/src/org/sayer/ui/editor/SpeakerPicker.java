package org.sayer.ui.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.sayer.model.Speaker;

/**
 * Shift+L: chooses the speaker a mention refers to. Typing filters the registry by name, alias and
 * role (every typed word must occur); the arrow keys move in the list and Enter assigns. When what
 * is typed names no speaker exactly, the last row offers a new speaker of that name.
 */
public final class SpeakerPicker extends Dialog {

    public static final String TITLE = "Pick Speaker";

    /** The choice: an existing speaker, or the name of a new one. */
    public record Choice(Speaker speaker, String newName) {
    }

    /** Enough to scroll through; typing narrows a large registry down. */
    private static final int MAX_ROWS = 300;

    private final List<Speaker> speakers;
    private final String question;
    private Text filter;
    private Table table;
    private final List<Choice> shown = new ArrayList<>();
    private Choice chosen;

    /** {@code speakers} in the order to offer them (the document's own first). */
    SpeakerPicker(Shell parent, List<Speaker> speakers, String question) {
        super(parent);
        this.speakers = speakers;
        this.question = question;
    }

    /** Opens the picker; the choice, or null when the analyst cancelled. */
    Choice choose() {
        return open() == OK ? chosen : null;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(TITLE);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(1, false));
        Label label = new Label(area, SWT.WRAP);
        label.setText(question);
        label.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        filter = new Text(area, SWT.SINGLE | SWT.BORDER);
        filter.setMessage("Type a name, alias or role");
        filter.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        table = new Table(area, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
        GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true);
        tableData.widthHint = 420;
        tableData.heightHint = table.getItemHeight() * 12;
        table.setLayoutData(tableData);
        filter.addListener(SWT.Modify, event -> refill());
        // The list follows the arrow keys while the typing stays in the filter.
        filter.addListener(SWT.KeyDown, event -> {
            if (event.keyCode == SWT.ARROW_DOWN || event.keyCode == SWT.ARROW_UP) {
                int next = table.getSelectionIndex() + (event.keyCode == SWT.ARROW_DOWN ? 1 : -1);
                if (next >= 0 && next < table.getItemCount()) {
                    table.setSelection(next);
                }
                event.doit = false;
            }
        });
        filter.addListener(SWT.DefaultSelection, event -> okPressed());
        table.addListener(SWT.DefaultSelection, event -> okPressed());
        refill();
        return area;
    }

    private void refill() {
        String typed = filter.getText().strip();
        String[] words = typed.toLowerCase(Locale.ROOT).split("\\s+");
        shown.clear();
        boolean exact = false;
        for (Speaker speaker : speakers) {
            if (shown.size() < MAX_ROWS && (typed.isEmpty() || matches(speaker, words))) {
                shown.add(new Choice(speaker, null));
                exact |= typed.equalsIgnoreCase(speaker.getName());
            }
        }
        if (!typed.isEmpty() && !exact) {
            shown.add(new Choice(null, typed));
        }
        table.removeAll();
        for (Choice choice : shown) {
            new TableItem(table, SWT.NONE).setText(describe(choice));
        }
        if (table.getItemCount() > 0) {
            table.setSelection(0);
        }
    }

    private static boolean matches(Speaker speaker, String[] words) {
        String haystack = ((speaker.getName() == null ? "" : speaker.getName()) + " " + String.join(" ", speaker.getAliases()) + " "
                + (speaker.getRole() == null ? "" : speaker.getRole())).toLowerCase(Locale.ROOT);
        return Arrays.stream(words).allMatch(haystack::contains);
    }

    private static String describe(Choice choice) {
        if (choice.speaker() == null) {
            return "New speaker \u201c" + choice.newName() + "\u201d";
        }
        Speaker speaker = choice.speaker();
        StringBuilder out = new StringBuilder(speaker.getName() == null ? speaker.getId() : speaker.getName());
        if (speaker.getRole() != null && !speaker.getRole().isBlank()) {
            out.append(" \u2014 ").append(speaker.getRole());
        }
        if (speaker.getType() != null) {
            out.append(" (").append(speaker.getType().getLiteral().toLowerCase(Locale.ROOT)).append(')');
        }
        if (!speaker.getAliases().isEmpty()) {
            out.append("  aka ").append(String.join(", ", speaker.getAliases()));
        }
        return out.toString();
    }

    @Override
    protected void okPressed() {
        if (table.isDisposed()) {
            return;
        }
        int selected = table.getSelectionIndex();
        if (selected < 0 || selected >= shown.size()) {
            return;
        }
        chosen = shown.get(selected);
        super.okPressed();
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "Assign", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }
}
