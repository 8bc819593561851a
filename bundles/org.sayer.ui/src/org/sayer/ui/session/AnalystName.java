package org.sayer.ui.session;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;
import org.sayer.model.provenance.Provenance;

/**
 * The workbench's analyst name, kept in the workbench preferences (File › Analyst Name…); without
 * one, {@code -Dsayer.annotator} or the OS user (see {@link Provenance#defaultAnalyst()}).
 */
public final class AnalystName {

    private static final String NODE = "org.sayer.ui";
    private static final String KEY = "annotator";

    private AnalystName() {
    }

    public static String get() {
        IEclipsePreferences preferences = preferences();
        return Provenance.analystOrDefault(preferences == null ? null : preferences.get(KEY, null));
    }

    /** Keeps {@code name} for this and later sessions; a blank name goes back to the default. */
    public static void set(String name) {
        IEclipsePreferences preferences = preferences();
        if (preferences == null) {
            return;
        }
        if (name == null || name.isBlank()) {
            preferences.remove(KEY);
        } else {
            preferences.put(KEY, name.strip());
        }
        try {
            preferences.flush();
        } catch (BackingStoreException e) {
            // kept for this session; the next start falls back to the default
        }
    }

    /** The workbench preferences; null outside a running platform (the benchmarks build parts on a plain class path). */
    private static IEclipsePreferences preferences() {
        return Platform.isRunning() ? InstanceScope.INSTANCE.getNode(NODE) : null;
    }
}
