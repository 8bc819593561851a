package org.sayer.ui.session;

import java.io.IOException;
import java.nio.file.Path;
import java.text.DateFormat;
import java.util.Date;
import java.util.Optional;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.sayer.ui.stats.CorpusCounter;

/**
 * Opens the corpus named by the launcher ({@code -Dsayer.corpus=DIR}, optionally seeded from
 * {@code -Dsayer.seed=DIR}) before any part is created, and puts the session, the claim counter and
 * the recovery journal and the corpus search in the context. When the last run left unsaved work in the recovery journal,
 * it offers to restore it first ({@code -Dsayer.recovery=restore|discard} answers without asking).
 */
public class LifeCycle {

    public static final String CORPUS_PROPERTY = "sayer.corpus";
    public static final String SEED_PROPERTY = "sayer.seed";
    public static final String RECOVERY_PROPERTY = "sayer.recovery";

    @PostContextCreate
    void postContextCreate(IEclipseContext context) {
        Display display = Display.getCurrent();
        // The rendering engine installs the platform's key formatter as it starts; ours wraps that one.
        context.get(IEventBroker.class).subscribe(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE, event -> WordKeyFormatter.install());
        CorpusSession session = new CorpusSession();
        context.set(CorpusSession.class, session);
        context.set(CorpusCounter.class, new CorpusCounter(session, display));
        context.set(RecoveryJournal.class, new RecoveryJournal(session, display));
        context.set(CorpusSearch.class, new CorpusSearch(session, display));
        String corpus = System.getProperty(CORPUS_PROPERTY);
        if (corpus != null && !corpus.isBlank()) {
            offerRestore(Path.of(corpus));
            String seed = System.getProperty(SEED_PROPERTY);
            session.open(Path.of(corpus), seed == null || seed.isBlank() ? null : Path.of(seed));
        }
    }

    /** Also called when the analyst opens another corpus. */
    public static void offerRestore(Path corpusFolder) {
        try {
            Optional<Path> left = RecoveryJournal.latest(corpusFolder);
            if (left.isEmpty()) {
                return;
            }
            String answer = System.getProperty(RECOVERY_PROPERTY, "ask");
            boolean restore = switch (answer) {
                case "restore" -> true;
                case "discard" -> false;
                default -> MessageDialog.openQuestion(null, "Restore unsaved work?",
                        "Sayer did not close normally. Unsaved work from "
                                + DateFormat.getDateTimeInstance().format(new Date(left.get().toFile().lastModified()))
                                + " was kept in " + left.get() + ".\n\nRestore it into the corpus now?");
            };
            if (restore) {
                RecoveryJournal.restore(corpusFolder, left.get());
            } else {
                RecoveryJournal.discard(corpusFolder);
            }
        } catch (IOException e) {
            MessageDialog.openError(null, "Recovery", "The recovery journal in " + corpusFolder.resolve(RecoveryJournal.FOLDER)
                    + " could not be read: " + e.getMessage() + "\nThe corpus opens as it was last saved.");
        }
    }
}
