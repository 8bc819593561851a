package org.sayer.fuzz;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * The documents the oracle has already found valid and read back unchanged, by a SHA-256 of their
 * whole object graph: every feature that is not derived of the document, of everything it contains
 * and of everything it links to (its speakers), links by position. Two documents with the same
 * fingerprint are equal in all that validation and a save and load look at, and the checks are
 * deterministic, so a document seen before needs no second check. Most fuzz inputs that a reader
 * accepts give a document seen before (a mutation in a page's script or menu, a JSONL key the
 * reader ignores), and the round trip is most of an input's time.
 */
final class Fingerprints {

    /** Enough for a long fuzz run's distinct documents; the oldest are forgotten first (32 bytes each). */
    private static final int REMEMBERED = 1 << 18;

    private static final Map<ByteBuffer, Boolean> CHECKED = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ByteBuffer, Boolean> eldest) {
            return size() > REMEMBERED;
        }
    };

    private static long asked;
    private static long known;
    /** The fuzz test that asked first (a fuzzing JVM runs one), for bench/fuzz.sh. */
    private static String test;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (asked > 0) {
                System.err.printf("Oracle (%s): %d accepted documents, %d of them checked before%n", test, asked, known);
            }
        }));
    }

    private Fingerprints() {
    }

    /** The fingerprint of {@code root}'s graph. */
    static ByteBuffer of(EObject root) {
        MessageDigest digest = sha256();
        Map<EObject, Integer> numbers = new IdentityHashMap<>();
        Deque<EObject> next = new ArrayDeque<>();
        number(root, numbers, next);
        while (!next.isEmpty()) {
            EObject object = next.poll();
            text(digest, object.eClass().getName());
            for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
                if (feature.isDerived()) {
                    continue;
                }
                Object value = object.eGet(feature, false);
                Collection<?> values = feature.isMany() ? (Collection<?>) value : Collections.singletonList(value);
                integer(digest, values.size());
                for (Object one : values) {
                    if (feature instanceof EAttribute) {
                        text(digest, one == null ? null : one.toString());
                    } else if (feature instanceof EReference) {
                        integer(digest, one == null ? -1 : number((EObject) one, numbers, next));
                    }
                }
            }
        }
        return ByteBuffer.wrap(digest.digest());
    }

    /** True if a document with this fingerprint passed the checks before. */
    static synchronized boolean checked(ByteBuffer fingerprint) {
        if (test == null) {
            test = StackWalker.getInstance().walk(frames -> frames.map(StackWalker.StackFrame::getClassName)
                    .filter(name -> name.endsWith("FuzzTest")).findFirst().map(name -> name.substring(name.lastIndexOf('.') + 1)).orElse("?"));
        }
        asked++;
        boolean seen = CHECKED.get(fingerprint) != null;
        if (seen) {
            known++;
        }
        return seen;
    }

    /** Records that the document of this fingerprint passed the checks. */
    static synchronized void passed(ByteBuffer fingerprint) {
        CHECKED.put(fingerprint, Boolean.TRUE);
    }

    private static int number(EObject object, Map<EObject, Integer> numbers, Deque<EObject> next) {
        Integer number = numbers.get(object);
        if (number == null) {
            number = numbers.size();
            numbers.put(object, number);
            next.add(object);
        }
        return number;
    }

    private static void text(MessageDigest digest, String text) {
        if (text == null) {
            integer(digest, -1);
            return;
        }
        // UTF-16 units as they are: an encoder would turn a lone surrogate into '?' like a real '?'.
        byte[] bytes = new byte[text.length() * 2];
        for (int i = 0; i < text.length(); i++) {
            bytes[2 * i] = (byte) (text.charAt(i) >>> 8);
            bytes[2 * i + 1] = (byte) text.charAt(i);
        }
        integer(digest, text.length());
        digest.update(bytes);
    }

    private static void integer(MessageDigest digest, int value) {
        digest.update((byte) (value >>> 24));
        digest.update((byte) (value >>> 16));
        digest.update((byte) (value >>> 8));
        digest.update((byte) value);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
