package org.sayer.model.store;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;

/**
 * A resource set that finds a resource by its URI through a map instead of EMF's walk of every
 * resource (which normalizes each one's URI on the way). A store with thousands of documents in
 * memory asks for one on every load and every {@code isLoaded}, and the walk made that quadratic in
 * the number loaded. The map follows the resource list (adds, removes, moves to another set) and
 * each resource's URI; an unloaded resource stays in the list and so in the map, as EMF finds it too.
 * A resource added to another set leaves this one's list without a word to the list (EMF removes it
 * there with {@code basicRemove}), so a resource the map holds is checked to be still here.
 *
 * <p>EMF's own {@link #setURIResourceMap} map (resources known to the set without being in its list,
 * as {@link DocumentReader} uses it) is still asked first. It is not kept in step with the list:
 * EMF's removal walks all of it, which is why this set has a map of its own.
 */
final class UriIndexedResourceSet extends ResourceSetImpl {

    /** The resources of the list by normalized URI; of two with one URI, the one listed first, as EMF's walk finds. */
    private final Map<URI, Resource> byUri = new HashMap<>();
    /** Moves a resource in the map when its URI changes. */
    private final AdapterImpl uriTracker = new AdapterImpl() {
        @Override
        public void notifyChanged(Notification notification) {
            if (notification.getFeatureID(Resource.class) == Resource.RESOURCE__URI
                    && notification.getNotifier() instanceof Resource resource) {
                forget(resource, (URI) notification.getOldValue());
                if (isMine(resource)) {
                    remember(resource);
                }
            }
        }
    };

    @Override
    public EList<Resource> getResources() {
        if (resources == null) {
            resources = new IndexedResources();
        }
        return resources;
    }

    /** EMF's resource list, telling the map about every resource that joins or leaves it. */
    private final class IndexedResources extends ResourcesEList<Resource> {
        private static final long serialVersionUID = 1L;

        @Override
        protected NotificationChain inverseAdd(Resource resource, NotificationChain notifications) {
            NotificationChain chain = super.inverseAdd(resource, notifications);
            remember(resource);
            resource.eAdapters().add(uriTracker);
            return chain;
        }

        @Override
        protected NotificationChain inverseRemove(Resource resource, NotificationChain notifications) {
            resource.eAdapters().remove(uriTracker);
            forget(resource, resource.getURI());
            return super.inverseRemove(resource, notifications);
        }
    }

    /** Whether {@code resource} is still in this set; if not, it is let go from the map. */
    private boolean isMine(Resource resource) {
        if (resource.getResourceSet() == this) {
            return true;
        }
        resource.eAdapters().remove(uriTracker);
        forget(resource, resource.getURI());
        return false;
    }

    private URI keyOf(URI uri) {
        return uri == null ? null : getURIConverter().normalize(uri);
    }

    private void remember(Resource resource) {
        URI key = keyOf(resource.getURI());
        if (key != null) {
            byUri.putIfAbsent(key, resource);
        }
    }

    /** Takes {@code resource} out of the map under {@code uri}; another listed resource of that URI takes its place. */
    private void forget(Resource resource, URI uri) {
        URI key = keyOf(uri);
        if (key == null || !byUri.remove(key, resource)) {
            return;
        }
        for (Resource other : getResources()) {
            if (other != resource && key.equals(keyOf(other.getURI()))) {
                byUri.put(key, other);
                return;
            }
        }
    }

    /** As EMF's, but the set's own resources are found through the map, and one that is not there costs no walk. */
    @Override
    public Resource getResource(URI uri, boolean loadOnDemand) {
        Map<URI, Resource> given = getURIResourceMap();
        Resource resource = given == null ? null : given.get(uri);
        if (resource == null) {
            resource = byUri.get(keyOf(uri));
            if (resource != null && !isMine(resource)) {
                resource = byUri.get(keyOf(uri)); // a twin that is still here, or none
            }
        }
        if (resource != null) {
            if (loadOnDemand && !resource.isLoaded()) {
                demandLoadHelper(resource);
            }
            return resource;
        }
        // What EMF does when its walk finds nothing.
        Resource delegated = delegatedGetResource(uri, loadOnDemand);
        if (delegated != null || !loadOnDemand) {
            return delegated;
        }
        resource = demandCreateResource(uri);
        if (resource == null) {
            throw new RuntimeException("Cannot create a resource for '" + uri + "'; a registered resource factory is needed");
        }
        demandLoadHelper(resource);
        return resource;
    }
}
