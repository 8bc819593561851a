package org.sayer.model.query;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.sayer.model.Annotation;
import org.sayer.model.Claim;
import org.sayer.model.Document;
import org.sayer.model.DocumentEntry;
import org.sayer.model.Speaker;
import org.sayer.model.SpeakerMention;
import org.sayer.model.store.CorpusStore;
import org.sayer.model.store.StoreException;

/** The claims a speaker made, across the documents of a corpus. */
public final class SpeakerClaims {

    private SpeakerClaims() {
    }

    /** The claims of {@code speaker} in the documents loaded in {@code resources}, each document in document order. */
    public static List<Claim> inLoadedDocuments(Speaker speaker, ResourceSet resources) {
        List<Claim> claims = new ArrayList<>();
        for (Resource resource : new ArrayList<>(resources.getResources())) {
            if (resource.isLoaded() && !resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Document document) {
                claims.addAll(in(speaker, document));
            }
        }
        return claims;
    }

    /** The claims of {@code speaker} in one document, in document order. */
    public static List<Claim> in(Speaker speaker, Document document) {
        List<Claim> claims = new ArrayList<>();
        for (Annotation annotation : AnnotationIndex.of(document).all()) {
            if (annotation instanceof Claim claim && saidBy(claim, speaker)) {
                claims.add(claim);
            }
        }
        return claims;
    }

    /**
     * Visits the claims of {@code speaker} in every document of the store, in index order. Documents
     * that were not loaded are read one at a time and dropped again after their visit, so memory
     * stays bounded; the visitor must copy what it needs from those claims before it returns.
     *
     * @return the documents that could not be read; the walk goes on past them
     */
    public static List<StoreException> inAllDocuments(Speaker speaker, CorpusStore store, BiConsumer<DocumentEntry, Claim> visitor) {
        List<StoreException> failures = new ArrayList<>();
        for (DocumentEntry entry : new ArrayList<>(store.corpus().getDocuments())) {
            boolean wasLoaded = store.isLoaded(entry);
            Document document;
            try {
                document = store.load(entry);
            } catch (StoreException e) {
                failures.add(e);
                continue;
            }
            for (Claim claim : in(speaker, document)) {
                visitor.accept(entry, claim);
            }
            if (!wasLoaded) {
                store.unload(document);
            }
        }
        return failures;
    }

    private static boolean saidBy(Claim claim, Speaker speaker) {
        SpeakerMention source = claim.getSource();
        return source != null && source.getSpeaker() == speaker;
    }
}
