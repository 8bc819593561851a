package org.sayer.model.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;

import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.FileURIHandlerImpl;
import org.eclipse.emf.ecore.resource.impl.URIHandlerImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLParserPool;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.sayer.model.Annotation;
import org.sayer.model.Corpus;
import org.sayer.model.Document;
import org.sayer.model.DocumentEntry;
import org.sayer.model.SayerPackage;
import org.sayer.model.Speaker;
import org.xml.sax.SAXException;

/**
 * Resource sets and XMI options for Sayer files, identical in and outside OSGi.
 *
 * <p>Outside OSGi no extension registry announces the package or the XMI factory, so both are
 * registered on every resource set made here rather than relying on global registries.
 */
public final class SayerResources {

    /** The file extension of corpus and document files. */
    public static final String EXTENSION = "xmi";

    /** The parser features and limits of every load: one pair of maps, so that the parser pool knows them by identity. */
    private static final Map<String, Boolean> PARSER_FEATURES = Collections.unmodifiableMap(secureParserFeatures());
    private static final Map<String, Object> PARSER_LIMITS = Collections.unmodifiableMap(parserLimits());

    /** Parsers are costly to make and safe to reuse; the pool is thread-safe. */
    private static final XMLParserPool PARSER_POOL = new ParserPool(PARSER_FEATURES, PARSER_LIMITS);

    private SayerResources() {
    }

    /**
     * XMI resources that find objects by id through a map. Without it EMF looks every id up by
     * walking the whole resource, which makes a document of 20,000 annotations with links between
     * them load in tens of seconds instead of milliseconds (and so every speaker lookup in a big
     * corpus.xmi).
     */
    public static final class Factory extends XMIResourceFactoryImpl {
        @Override
        public Resource createResource(URI uri) {
            return new SayerResource(uri);
        }
    }

    /**
     * A Sayer file: a corpus index or one document. Document, speaker, index entry and annotation
     * ids are the users' own (a speaker may well be called like a document), but XMI has one id
     * space per file, so ids are looked up by what links to them: a link to a corpus index means a
     * speaker, a link into a document an annotation (index entries are never linked to). The
     * document itself is linked to as the file's root ({@code #/}), which no id can shadow; links
     * written before, by its id ({@code #ID}), still find it when no annotation has that id. In
     * links, ids are written by {@link LinkIds}, so that any id reads back as it was.
     *
     * <p>While a file loads, objects are not put in the id map one by one: the whole map is filled
     * in one walk at the first id that is not there, which is cheaper than a put per object (a
     * corpus index has 100,000 entries, most of which nobody looks up by id).
     */
    public static class SayerResource extends XMIResourceImpl {

        public SayerResource(URI uri) {
            super(uri);
            setIntrinsicIDToEObjectMap(new HashMap<>());
        }

        /** Whether links reach {@code object} by its id: speakers and annotations. */
        private static boolean linkedById(EObject object) {
            return object instanceof Speaker || object instanceof Annotation;
        }

        @Override
        public String getURIFragment(EObject eObject) {
            if (eObject instanceof Document && eObject.eContainer() == null && eObject.eResource() == this) {
                return "/";
            }
            String id = linkedById(eObject) ? EcoreUtil.getID(eObject) : null;
            return id != null ? LinkIds.encode(id) : super.getURIFragment(eObject);
        }

        @Override
        public void doLoad(InputStream inputStream, Map<?, ?> options) throws IOException {
            super.doLoad(inputStream, options);
            if (!getContents().isEmpty() && getContents().get(0) instanceof Corpus corpus) {
                linkDocumentsAsRoots(corpus);
            }
        }

        /**
         * An index written before documents were linked to as {@code #/} links to each by its id,
         * which an annotation of the same id shadows; the document is its file's root either way.
         */
        private static void linkDocumentsAsRoots(Corpus corpus) {
            for (DocumentEntry entry : corpus.getDocuments()) {
                if (entry.eGet(SayerPackage.Literals.DOCUMENT_ENTRY__DOCUMENT, false) instanceof InternalEObject document
                        && document.eIsProxy() && !"/".equals(document.eProxyURI().fragment())) {
                    document.eSetProxyURI(document.eProxyURI().trimFragment().appendFragment("/"));
                }
            }
        }

        @Override
        protected EObject getEObjectByID(String link) {
            EObject found = link.indexOf('%') >= 0 ? objectWithId(LinkIds.decode(link)) : null;
            // an id that has a '%' of its own, written as it was before ids were encoded in links
            return found != null ? found : objectWithId(link);
        }

        private EObject objectWithId(String id) {
            Map<String, EObject> ids = getIntrinsicIDToEObjectMap();
            EObject found = ids.get(id);
            if (found == null) {
                for (TreeIterator<EObject> all = getAllProperContents(getContents()); all.hasNext();) {
                    EObject object = all.next();
                    String objectId = linkedById(object) ? EcoreUtil.getID(object) : null;
                    if (objectId != null) {
                        ids.put(objectId, object);
                        if (found == null && objectId.equals(id)) {
                            found = object;
                        }
                    }
                }
            }
            if (found == null && !getContents().isEmpty() && getContents().get(0) instanceof Document document
                    && id.equals(document.getId())) {
                found = document; // a link written before documents were linked to as #/
            }
            return found;
        }

        @Override
        protected void attachedHelper(EObject eObject) {
            if (isLoading()) {
                return;
            }
            Map<String, EObject> ids = getIntrinsicIDToEObjectMap();
            String id = linkedById(eObject) ? null : EcoreUtil.getID(eObject);
            EObject shadowed = id == null ? null : ids.get(id);
            super.attachedHelper(eObject);
            if (id != null) {
                // EMF maps every id; an object nothing links to by id must not take another's place.
                if (shadowed != null) {
                    ids.put(id, shadowed);
                } else {
                    ids.remove(id, eObject);
                }
            }
        }

        @Override
        protected void detachedHelper(EObject eObject) {
            Map<String, EObject> ids = getIntrinsicIDToEObjectMap();
            String id = EcoreUtil.getID(eObject);
            EObject mapped = id == null ? null : ids.get(id);
            super.detachedHelper(eObject);
            if (mapped != null && mapped != eObject) {
                ids.put(id, mapped); // EMF unmaps the id, whoever it maps to
            }
        }
    }

    /** A resource set for Sayer files; it finds a resource by URI through a map (see {@link UriIndexedResourceSet}). */
    public static ResourceSet newResourceSet() {
        ResourceSet set = new UriIndexedResourceSet();
        // Local files only: EMF fetches the namespace URI of an element it does not know (a crafted
        // xmlns="http://host/...") to find its package, i.e. it would connect wherever a file says.
        set.getURIConverter().getURIHandlers().removeIf(handler -> !(handler instanceof FileURIHandlerImpl));
        set.getURIConverter().getURIHandlers().add(new LocalFilesOnly());
        set.getPackageRegistry().put(SayerPackage.eNS_URI, SayerPackage.eINSTANCE);
        set.getResourceFactoryRegistry().getExtensionToFactoryMap().put(EXTENSION, new Factory());
        set.getLoadOptions().putAll(loadOptions());
        return set;
    }

    /** The last URI handler of Sayer's resource sets: whatever is not a local file is refused, never fetched. */
    private static final class LocalFilesOnly extends URIHandlerImpl {

        @Override
        public boolean canHandle(URI uri) {
            return true;
        }

        @Override
        public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
            throw new IOException(uri + " is not a local file; Sayer reads local files only");
        }

        @Override
        public OutputStream createOutputStream(URI uri, Map<?, ?> options) throws IOException {
            throw new IOException(uri + " is not a local file; Sayer writes local files only");
        }

        @Override
        public boolean exists(URI uri, Map<?, ?> options) {
            return false;
        }

        @Override
        public Map<String, ?> getAttributes(URI uri, Map<?, ?> options) {
            return Map.of();
        }
    }

    /**
     * Parser settings that never fetch anything: no DOCTYPE at all (which also stops entity
     * expansion bombs), no external entities, no external DTDs.
     */
    public static Map<String, Boolean> secureParserFeatures() {
        Map<String, Boolean> features = new HashMap<>();
        features.put("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE);
        features.put("http://xml.org/sax/features/external-general-entities", Boolean.FALSE);
        features.put("http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE);
        features.put("http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE);
        return features;
    }

    /**
     * The parser's limits, set explicitly so that what Sayer writes loads again whatever the JDK's
     * defaults (JDK 25 counts every {@code &quot;} of a long text towards a 100,000 limit and refused
     * corpora that Sayer had just written). With DOCTYPEs refused, no file can declare an entity, so
     * the entity limits guard nothing and are off; the structural ones stay, well above what Sayer
     * writes (its XMI is a few levels deep, with a dozen attributes an element).
     */
    public static Map<String, Object> parserLimits() {
        Map<String, Object> limits = new LinkedHashMap<>();
        limits.put("jdk.xml.entityExpansionLimit", "0");
        limits.put("jdk.xml.totalEntitySizeLimit", "0");
        limits.put("jdk.xml.maxGeneralEntitySizeLimit", "0");
        limits.put("jdk.xml.maxParameterEntitySizeLimit", "0");
        limits.put("jdk.xml.entityReplacementLimit", "0");
        limits.put("jdk.xml.elementAttributeLimit", String.valueOf(MAX_ATTRIBUTES));
        limits.put("jdk.xml.maxElementDepth", String.valueOf(MAX_DEPTH));
        limits.put("jdk.xml.maxXMLNameLimit", "1000");
        return limits;
    }

    /** Most attributes an element may have, and deepest nesting, in a file Sayer reads. */
    public static final int MAX_ATTRIBUTES = 1_000;
    public static final int MAX_DEPTH = 500;

    /** A SAX parser with {@link #secureParserFeatures()} and {@link #parserLimits()}, for Sayer's other XML readers. */
    public static SAXParser newSecureParser() throws ParserConfigurationException, SAXException {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setXIncludeAware(false);
        for (Map.Entry<String, Boolean> feature : secureParserFeatures().entrySet()) {
            factory.setFeature(feature.getKey(), feature.getValue());
        }
        SAXParser parser = factory.newSAXParser();
        for (Map.Entry<String, Object> limit : parserLimits().entrySet()) {
            parser.setProperty(limit.getKey(), limit.getValue());
        }
        return parser;
    }

    public static Map<Object, Object> loadOptions() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_PARSER_FEATURES, PARSER_FEATURES);
        options.put(XMLResource.OPTION_PARSER_PROPERTIES, PARSER_LIMITS);
        options.put(XMLResource.OPTION_USE_PARSER_POOL, PARSER_POOL);
        // Links to annotations later in the file are resolved once at the end, by id.
        options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        // One map per resource set (these are used by one thread at a time): element names to features.
        options.put(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, new NameToFeatureMap());
        options.put(XMLResource.OPTION_USE_DEPRECATED_METHODS, Boolean.FALSE);
        // Objects join the resource once the file is read, not one by one while it is parsed.
        options.put(XMLResource.OPTION_DEFER_ATTACHMENT, Boolean.TRUE);
        options.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.FALSE);
        return options;
    }

    /**
     * The element-name-to-feature map of one set of load options. EMF's parser pool keys its pooled
     * handlers by the load options, so every load hashed (and compared) this whole map, which also
     * changes as it fills; it is one map for the options' life, so it stands for itself by identity.
     */
    private static final class NameToFeatureMap extends HashMap<Object, Object> {
        private static final long serialVersionUID = 1L;

        @Override
        public boolean equals(Object other) {
            return this == other;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    /** Options for saving documents. */
    public static Map<Object, Object> saveOptions() {
        Map<Object, Object> options = indexSaveOptions();
        options.put(XMLResource.OPTION_CONFIGURATION_CACHE, Boolean.TRUE);
        return options;
    }

    /**
     * Options for saving a corpus index: without EMF's configuration cache, which hands the text
     * buffer of every save to the next one. After the index of a big corpus (100,000 entries) had
     * been saved with it, every later document save in the JVM dragged that buffer along, and an
     * import after an export ran at half its speed.
     */
    public static Map<Object, Object> indexSaveOptions() {
        Map<Object, Object> options = new HashMap<>();
        // The default writes ASCII with character references; UTF-8 keeps files readable and small.
        options.put(XMLResource.OPTION_ENCODING, "UTF-8");
        options.put(XMLResource.OPTION_USE_CACHED_LOOKUP_TABLE, new ArrayList<>());
        options.put(XMLResource.OPTION_LINE_DELIMITER, "\n");
        return options;
    }

    /**
     * Texts above this many characters are saved without EMF's configuration cache, like an index:
     * the cache keeps the buffer of the last save, which holds a document's whole XML, and after a
     * 5 MB text that buffer (about 70 MB) stayed in the heap while the next document was annotated.
     */
    public static final int CACHED_SAVE_MAX_CHARS = 1 << 20;

    /** The save options for {@code resource}: an index, a large document or another document. */
    public static Map<Object, Object> saveOptionsFor(Resource resource) {
        EObject root = resource.getContents().isEmpty() ? null : resource.getContents().get(0);
        return root instanceof Corpus || root instanceof Document document && isLarge(document) ? indexSaveOptions()
                : saveOptions();
    }

    /** Whether {@code document} is saved without the configuration cache (see {@link #CACHED_SAVE_MAX_CHARS}). */
    public static boolean isLarge(Document document) {
        return document.getText() != null && document.getText().length() > CACHED_SAVE_MAX_CHARS;
    }
}
