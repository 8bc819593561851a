package org.sayer.model.query;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.sayer.model.Annotation;
import org.sayer.model.Document;
import org.sayer.model.DocumentEntry;
import org.sayer.model.Speaker;
import org.sayer.model.SpeakerMention;
import org.sayer.model.store.CorpusStore;
import org.sayer.model.store.StoreException;

/**
 * Which documents mention a speaker, for edits that must reach all of them (merging two speakers
 * of the registry re-points the mentions of every loaded document, so load these first).
 */
public final class SpeakerUsage {

    /** Ids that appear verbatim in a file's speaker links (no escaping in XML or URIs). */
    private static final Pattern PLAIN_ID = Pattern.compile("[A-Za-z0-9._-]+");

    private SpeakerUsage() {
    }

    /**
     * Loads every document of the store that mentions {@code speaker} and leaves it loaded;
     * documents that are not loaded are first searched as text for a link to the speaker, so only
     * the likely ones are parsed, and dropped again when they do not mention it after all.
     *
     * @return the documents that could not be read; the search goes on past them
     */
    public static List<StoreException> loadDocumentsMentioning(Speaker speaker, CorpusStore store) {
        List<StoreException> failures = new ArrayList<>();
        String link = speaker.getId() != null && PLAIN_ID.matcher(speaker.getId()).matches()
                ? CorpusStore.INDEX_FILE + "#" + speaker.getId() + "\""
                : null;
        for (DocumentEntry entry : new ArrayList<>(store.corpus().getDocuments())) {
            boolean wasLoaded = store.isLoaded(entry);
            try {
                if (!wasLoaded && link != null && !documentContains(store, entry, link)) {
                    continue;
                }
                Document document = store.load(entry);
                if (!wasLoaded && !mentions(document, speaker)) {
                    store.unload(document);
                }
            } catch (StoreException e) {
                failures.add(e);
            }
        }
        return failures;
    }

    /** Whether a mention of {@code document} refers to {@code speaker}. */
    public static boolean mentions(Document document, Speaker speaker) {
        for (Annotation annotation : document.getAnnotations()) {
            if (annotation instanceof SpeakerMention mention && mention.getSpeaker() == speaker) {
                return true;
            }
        }
        return false;
    }

    private static boolean documentContains(CorpusStore store, DocumentEntry entry, String text) throws StoreException {
        return new String(store.bytesOf(entry), StandardCharsets.UTF_8).contains(text);
    }
}
