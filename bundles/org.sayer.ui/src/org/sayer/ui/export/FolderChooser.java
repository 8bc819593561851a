package org.sayer.ui.export;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

/**
 * Chooses a folder from a tree of folders, read as they are opened. Sayer's own, because the
 * desktop's folder dialog opened taller than a small screen, its buttons out of reach; this one is
 * sized to the screen it opens on. A new folder is typed into the calling dialog's field.
 */
public final class FolderChooser extends Dialog {

    private final Path start;
    private final String note;
    private Tree tree;
    private Path chosen;

    /** {@code note} says above the tree what the folder is for. */
    public FolderChooser(Shell parent, Path start, String note) {
        super(parent);
        this.start = start;
        this.note = note;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    /** The folder chosen, or null when cancelled. */
    public Path choose() {
        return open() == OK ? chosen : null;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Choose a Folder");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        new Label(area, SWT.WRAP).setText(note);
        tree = new Tree(area, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        tree.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        tree.addListener(SWT.Expand, event -> fill((TreeItem) event.item));
        tree.addListener(SWT.DefaultSelection, event -> okPressed());
        Path home = Path.of(System.getProperty("user.home"));
        for (Path root : List.of(home, Path.of("/"))) {
            item(null, root, root.toString());
        }
        reveal(start);
        return area;
    }

    /** Opens the tree down to {@code folder} (or its nearest existing parent) and selects it. */
    private void reveal(Path folder) {
        if (folder == null) {
            tree.select(tree.getItem(0));
            return;
        }
        TreeItem at = tree.getItem(1); // from the file-system root
        for (Path part : folder.toAbsolutePath().normalize()) {
            fill(at);
            at.setExpanded(true);
            TreeItem next = null;
            for (TreeItem child : at.getItems()) {
                if (part.toString().equals(child.getText())) {
                    next = child;
                }
            }
            if (next == null) {
                break;
            }
            at = next;
        }
        tree.setSelection(at);
        tree.showSelection();
    }

    private void item(TreeItem parent, Path folder, String name) {
        TreeItem item = parent == null ? new TreeItem(tree, SWT.NONE) : new TreeItem(parent, SWT.NONE);
        item.setText(name);
        item.setData(folder);
        new TreeItem(item, SWT.NONE); // a placeholder child, so the item can be opened
    }

    /** Replaces the placeholder with the folder's subfolders, once. */
    private void fill(TreeItem item) {
        if (item.getItemCount() != 1 || item.getItem(0).getData() != null) {
            return;
        }
        item.getItem(0).dispose();
        List<Path> children = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream((Path) item.getData(), Files::isDirectory)) {
            entries.forEach(children::add);
        } catch (IOException | SecurityException e) {
            return; // unreadable: shown without subfolders
        }
        children.sort(null);
        for (Path child : children) {
            if (!child.getFileName().toString().startsWith(".")) {
                item(item, child, child.getFileName().toString());
            }
        }
    }

    @Override
    protected void okPressed() {
        TreeItem[] selected = tree.getSelection();
        chosen = selected.length == 1 ? (Path) selected[0].getData() : null;
        super.okPressed();
    }

    @Override
    protected Point getInitialSize() {
        Rectangle screen = getShell().getMonitor().getClientArea();
        return new Point(Math.min(520, screen.width - 40), Math.min(480, screen.height - 40));
    }
}
