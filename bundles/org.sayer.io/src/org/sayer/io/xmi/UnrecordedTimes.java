package org.sayer.io.xmi;

import java.util.Set;

import org.sayer.pipeline.types.SayerTypes;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Leaves a time Sayer never recorded out of a Sayer annotation's XMI element. The model keeps an
 * unknown {@code created}, {@code reviewed} or {@code timestamp} as 0, and UIMA writes every long
 * feature, so without this an annotation imported from gold JSONL (which carries no time) would say
 * it was made on 1 January 1970. An absent feature reads back as 0 again: the same unknown time.
 */
final class UnrecordedTimes extends XMLFilterImpl {

    private static final Set<String> TIMES = Set.of("created", "reviewed", "timestamp");
    /** The XML namespace UIMA gives the types of {@link SayerTypes#NAMESPACE}. */
    private static final String SAYER_URI = "http:///" + SayerTypes.NAMESPACE.substring(0, SayerTypes.NAMESPACE.length() - 1).replace('.', '/')
            + ".ecore";

    UnrecordedTimes(ContentHandler target) {
        setContentHandler(target);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        super.startElement(uri, localName, qName, SAYER_URI.equals(uri) ? withoutUnrecordedTimes(attributes) : attributes);
    }

    private static Attributes withoutUnrecordedTimes(Attributes attributes) {
        AttributesImpl kept = null;
        for (int i = attributes.getLength() - 1; i >= 0; i--) {
            if (TIMES.contains(attributes.getQName(i)) && "0".equals(attributes.getValue(i))) {
                if (kept == null) {
                    kept = new AttributesImpl(attributes);
                }
                kept.removeAttribute(i);
            }
        }
        return kept == null ? attributes : kept;
    }
}
