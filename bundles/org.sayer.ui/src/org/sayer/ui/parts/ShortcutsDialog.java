package org.sayer.ui.parts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.commands.MBindingTable;
import org.eclipse.e4.ui.model.application.commands.MKeyBinding;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.jface.bindings.keys.ParseException;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

/**
 * Help › Keyboard Shortcuts: every key binding of the application model, where it works, its keys
 * and what it does. Read from the model itself, so the list is never out of date.
 */
public final class ShortcutsDialog extends Dialog {

    public static final String TITLE = "Keyboard Shortcuts";

    /** One binding: where it works, its keys as the platform writes them, and what it does. */
    public record Shortcut(String context, String keys, String action) {
    }

    private final List<Shortcut> shortcuts;
    private TableViewer viewer;

    public ShortcutsDialog(Shell parent, MApplication application) {
        super(parent);
        this.shortcuts = of(application);
    }

    /** Every binding of the application, grouped by where it works, then by action. */
    public static List<Shortcut> of(MApplication application) {
        List<Shortcut> found = new ArrayList<>();
        for (MBindingTable table : application.getBindingTables()) {
            String context = table.getBindingContext() == null ? "" : table.getBindingContext().getName();
            for (MKeyBinding binding : table.getBindings()) {
                found.add(new Shortcut(context, keys(binding.getKeySequence()), action(binding)));
            }
        }
        found.sort(Comparator.comparing(Shortcut::context).thenComparing(Shortcut::action).thenComparing(Shortcut::keys));
        return found;
    }

    private static String keys(String sequence) {
        try {
            return KeySequence.getInstance(sequence).format();
        } catch (ParseException e) {
            return sequence; // shown as the model writes it rather than left out
        }
    }

    private static String action(MKeyBinding binding) {
        String command = binding.getCommand() == null ? "(no command)" : binding.getCommand().getCommandName();
        // A flag parameter ("exact" = true) reads better by its name than by its value.
        String parameters = binding.getParameters().stream()
                .map(p -> "true".equals(p.getValue()) ? p.getName().substring(p.getName().lastIndexOf('.') + 1) : p.getValue())
                .collect(Collectors.joining(", "));
        return parameters.isEmpty() ? command : command + ": " + parameters;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(TITLE);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        viewer = new TableViewer(area, SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.BORDER);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.heightHint = 420;
        viewer.getTable().setLayoutData(data);
        Columns.add(viewer, Shortcut.class, "Keys", 140, Shortcut::keys);
        Columns.add(viewer, Shortcut.class, "Action", 300, Shortcut::action);
        Columns.add(viewer, Shortcut.class, "Where", 190, Shortcut::context);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setInput(shortcuts);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        close();
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    /** The table, for tests. */
    public TableViewer viewer() {
        return viewer;
    }
}
