package org.sayer.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sayer.model.Document;
import org.sayer.model.DocumentEntry;
import org.sayer.model.SayerFactory;
import org.sayer.model.store.CorpusStore;
import org.sayer.model.store.SayerResources;

/**
 * Sayer's resource sets find a resource by URI through a map kept in step with the resource list
 * (see {@code UriIndexedResourceSet}); these cases pin that it answers as EMF's walk of the list does.
 */
class ResourceLookupTest {

    @TempDir
    Path folder;

    private static URI uri(String name) {
        return URI.createFileURI("/corpus/documents/" + name + ".xmi");
    }

    @Test
    void aResourceIsFoundByItsUriUntilItLeavesTheSetOrItsUriChanges() {
        ResourceSet resources = SayerResources.newResourceSet();
        Resource first = resources.createResource(uri("a"));
        Resource second = resources.createResource(uri("b"));
        assertSame(first, resources.getResource(uri("a"), false));
        assertSame(second, resources.getResource(uri("b"), false));
        assertNull(resources.getResource(uri("c"), false));

        second.setURI(uri("c"));
        assertNull(resources.getResource(uri("b"), false), "its old URI no longer finds it");
        assertSame(second, resources.getResource(uri("c"), false));

        resources.getResources().remove(first);
        assertNull(resources.getResource(uri("a"), false));
        first.setURI(uri("d"));
        assertNull(resources.getResource(uri("d"), false), "a resource that left the set is not followed any more");

        resources.getResources().clear();
        assertNull(resources.getResource(uri("c"), false));
        resources.getResources().add(second);
        assertSame(second, resources.getResource(uri("c"), false), "added back");
    }

    @Test
    void ofTwoResourcesWithOneUriTheFirstIsFoundAndTheOtherTakesItsPlaceWhenItLeaves() {
        ResourceSet resources = SayerResources.newResourceSet();
        Resource first = resources.createResource(uri("a"));
        Resource twin = resources.createResource(uri("a"));
        assertSame(first, resources.getResource(uri("a"), false));
        resources.getResources().remove(first);
        assertSame(twin, resources.getResource(uri("a"), false));
    }

    @Test
    void aResourceTakenIntoAnotherSetIsNoLongerFoundInItsOldOne() {
        ResourceSet from = SayerResources.newResourceSet();
        ResourceSet to = new ResourceSetImpl();
        Resource resource = from.createResource(uri("a"));
        to.getResources().add(resource);
        assertNull(from.getResource(uri("a"), false));
        assertSame(resource, to.getResource(uri("a"), false));
    }

    @Test
    void theStoreTellsLoadedFromUnloadedDocumentsAmongMany() throws Exception {
        List<DocumentEntry> entries = new ArrayList<>();
        try (CorpusStore store = CorpusStore.create(folder, "many")) {
            for (int i = 0; i < 50; i++) {
                Document document = SayerFactory.eINSTANCE.createDocument();
                document.setId("d" + i);
                document.setText("text " + i);
                entries.add(store.add(document));
                store.save(document);
            }
            store.saveIndex();
            for (int i = 0; i < 50; i += 2) {
                store.unload(store.load(entries.get(i)));
            }
            for (int i = 0; i < 50; i++) {
                assertEquals(i % 2 == 1, store.isLoaded(entries.get(i)), "d" + i);
            }
            Document again = store.load(entries.get(10));
            assertTrue(store.isLoaded(entries.get(10)));
            assertEquals("text 10", again.getText());
            assertSame(again, store.load(entries.get(10)), "a loaded document is not read twice");
            Document loaded = store.load(entries.get(11));
            store.unload(loaded);
            assertFalse(store.isLoaded(entries.get(11)));
            assertNotSame(loaded, store.load(entries.get(11)), "read again after it was unloaded");
        }
    }
}
