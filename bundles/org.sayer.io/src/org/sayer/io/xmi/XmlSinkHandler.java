package org.sayer.io.xmi;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;

/**
 * Writes the SAX events of UIMA's {@code XmiCasSerializer} as XML text through an {@link XmlSink}:
 * the bytes UIMA's {@code XMLSerializer} writes, without the JDK's XSLT identity transform that took
 * most of the XMI export's time. Namespace declarations come first in an element's start tag, once
 * each and the element's own first, as the JDK writes them; an element with no content closes
 * itself, and no whitespace is added.
 */
final class XmlSinkHandler implements ContentHandler {

    private final XmlSink out;
    private final List<String[]> declarations = new ArrayList<>();
    private boolean startTagOpen;

    XmlSinkHandler(XmlSink out) {
        this.out = out;
    }

    @Override
    public void startDocument() throws SAXException {
        write(() -> out.put("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
    }

    @Override
    public void endDocument() throws SAXException {
        write(out::flush);
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) {
        declarations.add(new String[] { prefix, uri });
    }

    @Override
    public void endPrefixMapping(String prefix) {
        // declarations live in the start tag they were made for
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        write(() -> {
            closeStartTag();
            out.put('<');
            out.put(qName);
            // the element's own prefix is declared first, then the others in the order they were mapped
            int colon = qName.indexOf(':');
            String own = colon < 0 ? "" : qName.substring(0, colon);
            List<String> declared = declarations.isEmpty() ? List.of() : new ArrayList<>(declarations.size());
            for (String[] declaration : declarations) {
                if (declaration[0].equals(own)) {
                    declare(declaration, declared);
                }
            }
            for (String[] declaration : declarations) {
                if (!declaration[0].equals(own)) {
                    declare(declaration, declared);
                }
            }
            declarations.clear();
            for (int i = 0; i < attributes.getLength(); i++) {
                if (!declared.contains(attributes.getQName(i))) { // UIMA both maps its prefixes and lists them
                    out.attribute(attributes.getQName(i), attributes.getValue(i));
                }
            }
            startTagOpen = true;
        });
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        write(() -> {
            if (startTagOpen) {
                out.put("/>");
                startTagOpen = false;
            } else {
                out.put("</");
                out.put(qName);
                out.put('>');
            }
        });
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        write(() -> {
            closeStartTag();
            out.text(new String(ch, start, length));
        });
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        characters(ch, start, length);
    }

    @Override
    public void processingInstruction(String target, String data) {
        // UIMA writes none
    }

    @Override
    public void skippedEntity(String name) {
        // there are no entities to skip
    }

    @Override
    public void setDocumentLocator(Locator locator) {
        // nothing is read
    }

    private void declare(String[] declaration, List<String> declared) throws IOException {
        String name = declaration[0].isEmpty() ? "xmlns" : "xmlns:" + declaration[0];
        declared.add(name);
        out.attribute(name, declaration[1]);
    }

    private void closeStartTag() throws IOException {
        if (startTagOpen) {
            out.put('>');
            startTagOpen = false;
        }
    }

    private interface Output {
        void run() throws IOException;
    }

    /** Runs {@code output}, its IOException (a refused character or a full disk) carried as a SAXException. */
    private static void write(Output output) throws SAXException {
        try {
            output.run();
        } catch (IOException e) {
            throw new SAXException(e);
        }
    }
}
