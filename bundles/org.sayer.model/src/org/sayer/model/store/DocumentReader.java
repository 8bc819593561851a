package org.sayer.model.store;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.sayer.model.Document;
import org.sayer.model.DocumentEntry;

/**
 * Reads a store's documents on a thread other than the store's, for read-only work such as an
 * export, so that several documents are parsed at once. EMF resource sets are not thread-safe, so
 * each reader has its own; it finds the store's speaker registry (corpus.xmi) through a URI map
 * instead of loading a copy, so a document's speakers are the store's own objects.
 *
 * <p>A document read here is not part of the store: the store does not list it as loaded and never
 * saves it, and nothing needs unloading, since no resource set keeps it. Rules: one reader per
 * thread; the document is not changed; the store's registry does not change while readers are in
 * use (they look speakers up by id, reading the index resource without locks).
 */
public final class DocumentReader {

    private final CorpusStore store;
    private final ResourceSetImpl resources;
    private DocumentEntry reading;

    DocumentReader(CorpusStore store, Resource index) {
        this.store = store;
        this.resources = (ResourceSetImpl) SayerResources.newResourceSet();
        HashMap<URI, Resource> known = new HashMap<>();
        known.put(index.getURI(), index);
        resources.setURIResourceMap(known);
        // Packed documents are read through the entry being read: the store's own lookup is not for other threads.
        Path documents = store.folder().resolve(CorpusStore.DOCUMENTS_FOLDER);
        resources.getURIConverter().getURIHandlers().add(0,
                new DocumentPacks(documents, name -> reading != null && name.equals(CorpusStore.fileNameOf(reading)) ? reading : null,
                        store::writtenAfterIndex));
    }

    /**
     * Per class, its references that can hold a proxy: what {@code EcoreUtil.resolveAll} resolves.
     * Found once instead of on every object of every document (its iterator over every feature was
     * a twelfth of reading a document, IoBench profile).
     */
    private static final Map<EClass, EReference[]> CROSS_REFERENCES = new ConcurrentHashMap<>();

    /** Resolves every proxy that a reference of an object of {@code resource} holds, as {@code EcoreUtil.resolveAll} does. */
    static void resolveCrossReferences(Resource resource) {
        for (TreeIterator<EObject> all = resource.getAllContents(); all.hasNext();) {
            EObject object = all.next();
            for (EReference reference : CROSS_REFERENCES.computeIfAbsent(object.eClass(), DocumentReader::crossReferencesOf)) {
                if (!object.eIsSet(reference)) {
                    continue;
                }
                if (reference.isMany()) {
                    List<?> values = (List<?>) object.eGet(reference);
                    for (int i = 0; i < values.size(); i++) {
                        values.get(i); // a resolving list resolves a proxy as it hands it out, in place
                    }
                } else {
                    object.eGet(reference, true);
                }
            }
        }
    }

    private static EReference[] crossReferencesOf(EClass type) {
        return type.getEAllReferences().stream()
                .filter(reference -> !reference.isContainment() && !reference.isContainer() && reference.isResolveProxies())
                .toArray(EReference[]::new);
    }

    /** Reads the document of {@code entry} from its file, with every reference resolved. */
    public Document read(DocumentEntry entry) throws StoreException {
        store.requireId(entry);
        reading = entry;
        try {
            Path file = store.fileOf(entry);
            Resource resource = CorpusStore.load(resources, file, () -> store.whereIs(entry));
            try {
                Document document = CorpusStore.documentIn(resource, file);
                // Resolved here, on the reader's thread: resolving later would need this resource set.
                resolveCrossReferences(resource);
                return document;
            } finally {
                resources.getResources().remove(resource);
            }
        } finally {
            reading = null;
        }
    }
}
