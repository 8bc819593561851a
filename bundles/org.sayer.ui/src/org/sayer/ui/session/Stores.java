package org.sayer.ui.session;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.sayer.model.store.CorpusStore;
import org.sayer.model.store.SayerResources;

/**
 * Opens corpus stores whose document resources are {@link SayerResources.SayerResource}s, which keep
 * an id-to-object map. Claims refer to their speaker mentions, cues and parents by id, and without
 * the map EMF finds each one by walking the whole document: a document with 20,000 annotations took
 * 30 s to load instead of under one.
 * Documents read from disk also track their modification (it is cleared when they are saved), so
 * the {@link RecoveryJournal} leaves alone the ones that did not change.
 */
public final class Stores {

    private Stores() {
    }

    public static CorpusStore open(Path folder) throws IOException {
        return indexed(CorpusStore.open(folder));
    }

    public static CorpusStore create(Path folder, String name) throws IOException {
        return indexed(CorpusStore.create(folder, name));
    }

    private static CorpusStore indexed(CorpusStore store) {
        store.resourceSet().getResourceFactoryRegistry().getExtensionToFactoryMap().put(SayerResources.EXTENSION, new XMIResourceFactoryImpl() {
            @Override
            public Resource createResource(URI uri) {
                return new SayerResources.SayerResource(uri) {
                    @Override
                    public void load(Map<?, ?> options) throws IOException {
                        super.load(options);
                        // Tracked from here on, so the recovery journal copies only what changed since the last save.
                        setTrackingModification(true);
                    }
                };
            }
        });
        return store;
    }
}
