package org.sayer.io.importer;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EcorePackage;
import org.sayer.model.Document;

/**
 * Characters an XML 1.0 file cannot hold: a control character other than tab and line breaks, an
 * unpaired surrogate, U+FFFE and U+FFFF. Stored as they are, they make a document file (or, in a
 * speaker's name, the corpus index) that no XML parser reads, so every reader refuses an input that
 * brings one, naming it and the character by code, never raw.
 */
public final class StorableText {

    private StorableText() {
    }

    /** The index of the first character of {@code value} that XML cannot store, or -1. */
    static int unstorableAt(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean control = c < 0x20 && c != '\t' && c != '\n' && c != '\r';
            boolean unpaired = Character.isHighSurrogate(c) ? i + 1 == value.length() || !Character.isLowSurrogate(value.charAt(i + 1))
                    : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(value.charAt(i - 1)));
            if (control || unpaired || c == 0xFFFE || c == 0xFFFF) {
                return i;
            }
        }
        return -1;
    }

    /** Refuses {@code value} (what {@code what} names, e.g. "\"text\"") when it holds a character XML cannot store. */
    static void check(String value, String what, String where) throws ImportException {
        int at = value == null ? -1 : unstorableAt(value);
        if (at >= 0) {
            throw new ImportException(where, what + " holds the character U+" + String.format("%04X", (int) value.charAt(at))
                    + " at position " + at + ", which an XML file cannot store; remove it or replace it with a space");
        }
    }

    /**
     * Refuses a document any of whose texts (its own, its annotations', its metadata's and its
     * speakers') holds a character XML cannot store.
     */
    public static void check(Document document, String where) throws ImportException {
        List<EObject> objects = new ArrayList<>();
        objects.add(document);
        document.eAllContents().forEachRemaining(objects::add);
        objects.addAll(document.getSpeakers());
        for (EObject object : objects) {
            for (EAttribute attribute : object.eClass().getEAllAttributes()) {
                if (attribute.getEAttributeType() != EcorePackage.Literals.ESTRING) {
                    continue;
                }
                String what = "the " + object.eClass().getName() + "'s " + attribute.getName();
                if (attribute.isMany()) {
                    for (Object value : (List<?>) object.eGet(attribute)) {
                        check((String) value, what, where);
                    }
                } else {
                    check((String) object.eGet(attribute), what, where);
                }
            }
        }
    }
}
