package org.sayer.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MTrimmedWindow;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.sayer.model.Document;
import org.sayer.model.SayerFactory;
import org.sayer.ui.parts.CorpusNavigatorPart;
import org.sayer.ui.session.CorpusSession;

/**
 * Drives the running workbench the way a user does: real key and mouse events through
 * {@link Display#post}, and reads back what the widgets and the model show.
 */
final class WorkbenchDriver {

    final IWorkbench workbench;
    final MApplication application;
    final EModelService models;
    final Display display;
    final Shell shell;

    private WorkbenchDriver(IWorkbench workbench, Display display, Shell shell) {
        this.workbench = workbench;
        this.application = workbench.getApplication();
        this.models = application.getContext().get(EModelService.class);
        this.display = display;
        this.shell = shell;
    }

    /** Waits for the workbench to be up, with its main window visible. */
    static WorkbenchDriver start() throws InterruptedException {
        BundleContext context = FrameworkUtil.getBundle(WorkbenchDriver.class).getBundleContext();
        ServiceTracker<IWorkbench, IWorkbench> tracker = new ServiceTracker<>(context, IWorkbench.class, null);
        tracker.open();
        IWorkbench workbench;
        try {
            workbench = tracker.waitForService(TimeUnit.SECONDS.toMillis(60));
            assertNotNull(workbench, "the workbench started within 60 s");
        } finally {
            tracker.close();
        }
        Display display = waitFor("the display", () -> Display.findDisplay(uiThread()));
        MTrimmedWindow window = (MTrimmedWindow) workbench.getApplication().getContext().get(EModelService.class)
                .find("org.sayer.ui.window.main", workbench.getApplication());
        Shell shell = waitFor("the main shell to be visible", () -> onUi(display,
                () -> window.getWidget() instanceof Shell s && s.isVisible() ? s : null));
        return new WorkbenchDriver(workbench, display, shell);
    }

    CorpusSession session() {
        return application.getContext().get(CorpusSession.class);
    }

    MPart part(String id) {
        return (MPart) models.find(id, application);
    }

    /** The part's object once the part is rendered. */
    <T> T partObject(String id, Class<T> type) throws InterruptedException {
        MPart part = part(id);
        assertNotNull(part, id + " is in the model");
        return waitFor(id + " to be created", () -> onUi(display, () -> type.isInstance(part.getObject()) ? type.cast(part.getObject()) : null));
    }

    /** Opens a document the way a user does: select its row in the navigator and press Enter. */
    void openDocument(String titleStart) throws InterruptedException {
        CorpusNavigatorPart navigator = partObject("org.sayer.ui.part.navigator", CorpusNavigatorPart.class);
        int row = onUi(display, () -> {
            var table = navigator.viewer().getTable();
            int found = -1;
            for (int i = 0; i < table.getItemCount(); i++) {
                if (found < 0 && table.getItem(i).getText(0).startsWith(titleStart)) {
                    found = i;
                }
            }
            table.setSelection(found);
            shell.forceActive();
            table.setFocus();
            return found;
        });
        assertTrue(row >= 0, "the navigator lists " + titleStart);
        key(SWT.CR);
        waitFor("the document to open", () -> onUi(display, () -> session().currentDocument() != null
                && session().currentDocument().getTitle().startsWith(titleStart) ? Boolean.TRUE : null));
        settle();
    }

    /**
     * Selects {@code [begin, end)} of a StyledText from the keyboard: the caret goes to
     * {@code begin} (as a click would put it; on GTK a posted button press reports position 0,0,
     * so clicks cannot place it), then Ctrl+Shift+Right selects word by word and Shift+Left trims.
     */
    void keySelect(StyledText text, int begin, int end) {
        onUi(() -> {
            shell.forceActive();
            text.setFocus();
            text.setSelection(begin);
            return null;
        });
        for (int i = 0; i < 200 && onUi(() -> text.getSelection().y) < end; i++) {
            key(SWT.ARROW_RIGHT, SWT.CTRL, SWT.SHIFT);
        }
        for (int i = 0; i < 200 && onUi(() -> text.getSelection().y) > end; i++) {
            key(SWT.ARROW_LEFT, SWT.SHIFT);
        }
    }

    /** Rests the mouse pointer over {@code offset} of a StyledText (real pointer motion). */
    void hover(StyledText text, int offset) {
        Point at = onUi(display, () -> {
            Rectangle bounds = text.getTextBounds(offset, offset);
            return text.toDisplay(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2);
        });
        mouseMove(new Point(at.x - 3, at.y));
        mouseMove(at);
    }

    /**
     * Gives the main window and {@code control} the keyboard again (after a dialog or a hover). The
     * pointer is parked over the window's menu bar first: without a window manager, X sends keys
     * to the window under the pointer, and a hover's tooltip window would catch them.
     */
    void focus(org.eclipse.swt.widgets.Control control) {
        Point park = onUi(() -> shell.toDisplay(shell.getClientArea().width / 2, 2));
        mouseMove(park);
        sleep(300);
        onUi(() -> {
            shell.forceActive();
            return control.setFocus();
        });
        settle();
    }

    /** The open shell (dialog) with this title, or null. */
    Shell shellTitled(String title) {
        return onUi(() -> {
            for (Shell candidate : display.getShells()) {
                if (!candidate.isDisposed() && candidate.isVisible() && title.equals(candidate.getText())) {
                    return candidate;
                }
            }
            return null;
        });
    }

    private void mouseMove(Point at) {
        // On GTK a posted MouseMove must come from the UI thread.
        onUi(display, () -> {
            Event move = new Event();
            move.type = SWT.MouseMove;
            move.x = at.x;
            move.y = at.y;
            return display.post(move);
        });
        sleep(60);
    }

    /** Types one key: a letter (by character) or a special key (SWT key code), with modifiers. */
    void key(int key, int... modifiers) {
        for (int modifier : modifiers) {
            post(SWT.KeyDown, modifier, (char) 0);
        }
        boolean letter = key < 0x10000 && Character.isLetterOrDigit(key) || key == '.';
        post(SWT.KeyDown, letter ? 0 : key, letter ? (char) key : (char) (key == SWT.CR ? '\r' : key == SWT.ESC ? 0x1b : 0));
        post(SWT.KeyUp, letter ? 0 : key, letter ? (char) key : (char) (key == SWT.CR ? '\r' : key == SWT.ESC ? 0x1b : 0));
        for (int i = modifiers.length - 1; i >= 0; i--) {
            post(SWT.KeyUp, modifiers[i], (char) 0);
        }
        settle();
    }

    /** Types {@code text} into the focused control, character by character; Shift is held for ':', '"' and capitals (a US keymap). */
    void type(String text) {
        for (char c : text.toCharArray()) {
            boolean shifted = Character.isUpperCase(c) || ":\"*".indexOf(c) >= 0;
            if (shifted) {
                post(SWT.KeyDown, SWT.SHIFT, (char) 0);
            }
            post(SWT.KeyDown, 0, c);
            post(SWT.KeyUp, 0, c);
            if (shifted) {
                post(SWT.KeyUp, SWT.SHIFT, (char) 0);
            }
        }
        settle();
    }

    private void post(int type, int keyCode, char character) {
        Event event = new Event();
        event.type = type;
        event.keyCode = keyCode;
        event.character = character;
        // On the UI thread: posting looks up the keymap through GDK and talks to the X server
        // through Xlib, neither of them thread-safe. Posting from the test thread while the UI
        // thread paints can corrupt GLib's allocator (seen as a SIGSEGV in pango layout).
        display.syncExec(() -> display.post(event));
    }

    /** Lets the UI thread handle what was posted. */
    void settle() {
        sleep(80);
        onUi(display, () -> null);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Thread uiThread() {
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (Display.findDisplay(thread) != null) {
                return thread;
            }
        }
        return null;
    }

    <T> T onUi(Supplier<T> work) {
        return onUi(display, work);
    }

    static <T> T onUi(Display display, Supplier<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        display.syncExec(() -> {
            try {
                result.set(work.get());
            } catch (RuntimeException | AssertionError e) {
                failure.set(e instanceof RuntimeException r ? r : new IllegalStateException(e));
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }

    static <T> T waitFor(String what, Supplier<T> probe) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            T value = probe.get();
            if (value != null) {
                return value;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("Timed out waiting for " + what);
    }

    /** On the UI thread: the text of a visible tooltip window that contains {@code marker}, or null. */
    String tooltipText(String marker) {
        for (Shell other : display.getShells()) {
            if (other != shell && other.isVisible()) {
                String found = textIn(other, marker);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static String textIn(org.eclipse.swt.widgets.Composite composite, String marker) {
        for (org.eclipse.swt.widgets.Control child : composite.getChildren()) {
            String text = child instanceof org.eclipse.swt.custom.CLabel c ? c.getText()
                    : child instanceof org.eclipse.swt.widgets.Label l ? l.getText() : null;
            if (text != null && text.contains(marker)) {
                return text;
            }
            if (child instanceof org.eclipse.swt.widgets.Composite inner) {
                String found = textIn(inner, marker);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Test fixture: adds a plain document to the corpus (on disk at once, as an import does). */
    void addDocument(String id, String title, String text) {
        String problem = onUi(() -> {
            Document document = SayerFactory.eINSTANCE.createDocument();
            document.setId(id);
            document.setTitle(title);
            document.setText(text);
            String failed = session().addImported(document);
            session().importFinished();
            return failed;
        });
        assertNull(problem, "the fixture document was added");
    }

    /** Saves a PNG of the main window under -Dsayer.screenshots, when that is set. */
    void screenshot(String name) throws Exception {
        String folder = System.getProperty("sayer.screenshots");
        if (folder == null) {
            return;
        }
        Path target = Files.createDirectories(Path.of(folder)).resolve(name);
        settle();
        onUi(() -> {
            Rectangle bounds = shell.getBounds();
            Image image = new Image(display, bounds.width, bounds.height);
            GC gc = new GC(display);
            gc.copyArea(image, bounds.x, bounds.y);
            gc.dispose();
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { image.getImageData() };
            loader.save(target.toString(), SWT.IMAGE_PNG);
            image.dispose();
            return target;
        });
        assertTrue(Files.size(target) > 1000, "screenshot written: " + target);
    }
}
