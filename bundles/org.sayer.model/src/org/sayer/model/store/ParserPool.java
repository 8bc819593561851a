package org.sayer.model.store;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;

import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;

import org.eclipse.emf.ecore.xmi.XMLDefaultHandler;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;
import org.xml.sax.SAXException;

/**
 * EMF's parser and handler pool, keyed by the identity of Sayer's option maps instead of their
 * contents. EMF's pool copies the parser features and properties into a new map on every get and
 * release of a parser and hashes the whole load options for every handler, under one lock: that was
 * a twentieth of reading a document (IoBench profile of an export). Sayer's load options always hold
 * the same two maps, so their identity is key enough; other maps go to EMF's own pool as before.
 */
final class ParserPool extends XMLParserPoolImpl {

    /** As EMF's pool: never more kept than this, so options made anew for every load cannot pile up. */
    private static final int MOST = 200;

    private final Map<String, Boolean> features;
    private final Map<String, ?> properties;
    /** Parsers made with {@link #features} and {@link #properties}, without and with a lexical handler. */
    private final Deque<SAXParser> plain = new ConcurrentLinkedDeque<>();
    private final Deque<SAXParser> lexical = new ConcurrentLinkedDeque<>();
    /** Handlers by the load options they were made for (identity). */
    private final Map<Map<?, ?>, Deque<XMLDefaultHandler>> handlers = new IdentityHashMap<>();

    ParserPool(Map<String, Boolean> features, Map<String, ?> properties) {
        super(MOST, true);
        this.features = features;
        this.properties = properties;
    }

    private Deque<SAXParser> parsersFor(Map<String, Boolean> wantedFeatures, Map<String, ?> wantedProperties, boolean useLexicalHandler) {
        if (wantedFeatures != features || wantedProperties != properties) {
            return null;
        }
        return useLexicalHandler ? lexical : plain;
    }

    @Override
    public SAXParser get(Map<String, Boolean> wantedFeatures, Map<String, ?> wantedProperties, boolean useLexicalHandler)
            throws ParserConfigurationException, SAXException {
        Deque<SAXParser> parsers = parsersFor(wantedFeatures, wantedProperties, useLexicalHandler);
        if (parsers == null) {
            return super.get(wantedFeatures, wantedProperties, useLexicalHandler);
        }
        SAXParser parser = parsers.pollLast();
        return parser != null ? parser : makeParser(wantedFeatures, wantedProperties);
    }

    @Override
    public void release(SAXParser parser, Map<String, Boolean> wantedFeatures, Map<String, ?> wantedProperties, boolean useLexicalHandler) {
        Deque<SAXParser> parsers = parsersFor(wantedFeatures, wantedProperties, useLexicalHandler);
        if (parsers == null) {
            super.release(parser, wantedFeatures, wantedProperties, useLexicalHandler);
        } else if (parsers.size() < MOST) {
            parsers.addLast(parser);
        }
    }

    @Override
    public XMLDefaultHandler getDefaultHandler(XMLResource resource, XMLLoad xmlLoad, XMLHelper helper, Map<?, ?> options) {
        XMLDefaultHandler handler;
        synchronized (handlers) {
            Deque<XMLDefaultHandler> kept = handlers.get(options);
            handler = kept == null ? null : kept.pollLast();
        }
        if (handler == null) {
            return xmlLoad.createDefaultHandler();
        }
        handler.prepare(resource, helper, options);
        return handler;
    }

    @Override
    public void releaseDefaultHandler(XMLDefaultHandler handler, Map<?, ?> options) {
        handler.reset();
        synchronized (handlers) {
            if (handlers.size() > MOST) {
                handlers.clear();
            }
            Deque<XMLDefaultHandler> kept = handlers.computeIfAbsent(options, o -> new ArrayDeque<>());
            if (kept.size() < MOST) {
                kept.addLast(handler);
            }
        }
    }
}
