package org.sayer.ui.session;

import java.nio.file.Path;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;

/**
 * Opens the corpus named by the launcher ({@code -Dsayer.corpus=DIR}, optionally seeded from
 * {@code -Dsayer.seed=DIR}) before any part is created, and puts the session in the context.
 */
public class LifeCycle {

    public static final String CORPUS_PROPERTY = "sayer.corpus";
    public static final String SEED_PROPERTY = "sayer.seed";

    @PostContextCreate
    void postContextCreate(IEclipseContext context) {
        CorpusSession session = new CorpusSession();
        String corpus = System.getProperty(CORPUS_PROPERTY);
        if (corpus != null && !corpus.isBlank()) {
            String seed = System.getProperty(SEED_PROPERTY);
            session.open(Path.of(corpus), seed == null || seed.isBlank() ? null : Path.of(seed));
        }
        context.set(CorpusSession.class, session);
    }
}
