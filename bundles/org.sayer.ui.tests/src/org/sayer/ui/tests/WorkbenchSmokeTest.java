package org.sayer.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MTrimmedWindow;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.sayer.ui.parts.CorpusNavigatorPart;
import org.sayer.ui.parts.DocumentEditorPart;

/** Starts the real workbench on the sample corpus and checks what a user sees first. */
class WorkbenchSmokeTest {

    private static final List<String> PARTS = List.of("org.sayer.ui.part.navigator", "org.sayer.ui.part.editor",
            "org.sayer.ui.part.attributions", "org.sayer.ui.part.speakers");

    @Test
    void mainWindowShowsItsPartsAndOpensTheSeedArticle() throws Exception {
        IWorkbench workbench = waitForWorkbench();
        MApplication application = workbench.getApplication();
        EModelService models = application.getContext().get(EModelService.class);
        Display display = waitFor("the display", () -> Display.findDisplay(uiThread()));

        MTrimmedWindow window = (MTrimmedWindow) models.find("org.sayer.ui.window.main", application);
        assertNotNull(window, "the main window is in the application model");
        for (String id : PARTS) {
            MPart part = (MPart) models.find(id, application);
            assertNotNull(part, id + " is in the model");
            waitFor(id + " to be created", () -> onUi(display, () -> part.getObject()));
        }
        Shell shell = waitFor("the main shell to be visible", () -> onUi(display,
                () -> window.getWidget() instanceof Shell s && s.isVisible() ? s : null));
        assertEquals("Sayer", onUi(display, shell::getText));

        MPart navigatorPart = (MPart) models.find("org.sayer.ui.part.navigator", application);
        CorpusNavigatorPart navigator = (CorpusNavigatorPart) navigatorPart.getObject();
        int rows = onUi(display, () -> navigator.viewer().getTable().getItemCount());
        assertEquals(4, rows, "the four sample articles are listed");

        // Open the seed article the way a user would: select it, press Enter.
        onUi(display, () -> {
            var table = navigator.viewer().getTable();
            for (int i = 0; i < table.getItemCount(); i++) {
                if (table.getItem(i).getText(0).startsWith("Blinken: Russia rejects")) {
                    table.setSelection(i);
                }
            }
            table.setFocus();
            shell.forceActive();
            return table.getSelectionIndex();
        });
        postKey(display, SWT.CR);
        DocumentEditorPart editor = (DocumentEditorPart) ((MPart) models.find("org.sayer.ui.part.editor", application)).getObject();
        String text = waitFor("the seed article in the editor", () -> onUi(display, () -> {
            String shown = editor.textWidget().getText();
            return shown.startsWith("Blinken: Russia rejects") ? shown : null;
        }));
        assertTrue(text.contains("State Department Spokesperson Ned Price said"));
        screenshot(display, shell, "workbench.png");
    }

    private static IWorkbench waitForWorkbench() throws InterruptedException {
        BundleContext context = FrameworkUtil.getBundle(WorkbenchSmokeTest.class).getBundleContext();
        ServiceTracker<IWorkbench, IWorkbench> tracker = new ServiceTracker<>(context, IWorkbench.class, null);
        tracker.open();
        try {
            IWorkbench workbench = tracker.waitForService(TimeUnit.SECONDS.toMillis(60));
            assertNotNull(workbench, "the workbench started within 60 s");
            return workbench;
        } finally {
            tracker.close();
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

    static <T> T onUi(Display display, Supplier<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        display.syncExec(() -> result.set(work.get()));
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

    static void postKey(Display display, int key) {
        Event down = new Event();
        down.type = SWT.KeyDown;
        down.keyCode = key;
        down.character = (char) key;
        display.post(down);
        Event up = new Event();
        up.type = SWT.KeyUp;
        up.keyCode = key;
        up.character = (char) key;
        display.post(up);
    }

    static void screenshot(Display display, Shell shell, String name) throws Exception {
        String folder = System.getProperty("sayer.screenshots");
        if (folder == null) {
            return;
        }
        Path target = Files.createDirectories(Path.of(folder)).resolve(name);
        onUi(display, () -> {
            Rectangle bounds = shell.getBounds();
            Image image = new Image(display, bounds.width, bounds.height);
            GC gc = new GC(display);
            gc.copyArea(image, bounds.x, bounds.y);
            gc.dispose();
            ImageLoader loader = new ImageLoader();
            loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
            loader.save(target.toString(), SWT.IMAGE_PNG);
            image.dispose();
            return target;
        });
        assertTrue(Files.size(target) > 1000, "screenshot written: " + target);
    }
}
