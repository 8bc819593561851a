package org.sayer.ui.session;

import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.jface.bindings.keys.KeyStroke;
import org.eclipse.jface.bindings.keys.formatting.IKeyFormatter;
import org.eclipse.jface.bindings.keys.formatting.KeyFormatterFactory;

/**
 * The platform's key names, with the arrow keys written as words ("Alt+Right", not "Alt+→"). SWT on
 * GTK reads the key a menu item shows from its text and knows no arrow glyphs: with them, Annotate ›
 * Extend and Shrink showed no keys at all. Installed as JFace's default formatter once the workbench is up.
 */
public final class WordKeyFormatter implements IKeyFormatter {

    private static final String[][] ARROWS = { { "\u2190", "Left" }, { "\u2192", "Right" }, { "\u2191", "Up" }, { "\u2193", "Down" } };

    private final IKeyFormatter platform;

    WordKeyFormatter(IKeyFormatter platform) {
        this.platform = platform;
    }

    /** Makes this JFace's default formatter, around the one in place (once). */
    static void install() {
        if (!(KeyFormatterFactory.getDefault() instanceof WordKeyFormatter)) {
            KeyFormatterFactory.setDefault(new WordKeyFormatter(KeyFormatterFactory.getDefault()));
        }
    }

    @Override
    public String format(int key) {
        return words(platform.format(key));
    }

    @Override
    public String format(KeySequence sequence) {
        return words(platform.format(sequence));
    }

    @Override
    public String format(KeyStroke stroke) {
        return words(platform.format(stroke));
    }

    static String words(String formatted) {
        String result = formatted;
        for (String[] arrow : ARROWS) {
            result = result.replace(arrow[0], arrow[1]);
        }
        return result;
    }
}
