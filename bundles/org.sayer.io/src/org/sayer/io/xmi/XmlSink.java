package org.sayer.io.xmi;

import java.io.IOException;
import java.io.Writer;

/**
 * A character buffer in front of a file's writer that writes XML the way UIMA's {@code XMLSerializer}
 * (the JDK's serializer behind it) does, so that Sayer's own XMI writers give UIMA's bytes: values
 * escaped as {@code & < > "}, tab, line feed and carriage return as references, supplementary
 * characters as numeric references. A character XML 1.0 cannot hold (most control characters, an
 * unpaired surrogate, U+FFFE, U+FFFF) fails the document with UIMA's own message.
 *
 * <p>XMI is written in many small pieces, and a plain array takes them faster than the JDK's
 * buffered writer, which locks on every call.
 */
public final class XmlSink {

    private final char[] buffer = new char[1 << 14];
    private int length;
    private Writer writer;
    private String documentId;

    /** Starts a document: what follows goes to {@code target}, and a refusal names {@code id}. */
    public void to(Writer target, String id) {
        writer = target;
        documentId = id;
        length = 0;
    }

    public void put(char c) throws IOException {
        if (length == buffer.length) {
            flush();
        }
        buffer[length++] = c;
    }

    public void put(String s) throws IOException {
        put(s, 0, s.length());
    }

    public void put(String s, int from, int count) throws IOException {
        while (count > 0) {
            if (length == buffer.length) {
                flush();
            }
            int n = Math.min(count, buffer.length - length);
            s.getChars(from, from + n, buffer, length);
            length += n;
            from += n;
            count -= n;
        }
    }

    /** A non-negative number in decimal. */
    public void number(int value) throws IOException {
        if (buffer.length - length < 10) {
            flush();
        }
        int digits = 1;
        for (int rest = value; rest >= 10; rest /= 10) {
            digits++;
        }
        int at = length + digits;
        do {
            buffer[--at] = (char) ('0' + value % 10);
            value /= 10;
        } while (value != 0);
        length += digits;
    }

    /** {@code name="value"} after a space, the value escaped, or nothing when the value is null (UIMA writes no null). */
    public void attribute(String name, String value) throws IOException {
        if (value == null) {
            return;
        }
        put(' ');
        put(name);
        put("=\"");
        escaped(value, true);
        put('"');
    }

    /** Element content, escaped as the JDK's serializer escapes text. */
    public void text(String value) throws IOException {
        escaped(value, false);
    }

    private void escaped(String value, boolean inAttribute) throws IOException {
        checkXmlCharacters(value);
        int run = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            String escape = switch (c) {
                case '"' -> inAttribute ? "&quot;" : null;
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '\t' -> inAttribute ? "&#9;" : null;
                case '\n' -> inAttribute ? "&#10;" : null;
                case '\r' -> "&#13;";
                default -> null;
            };
            if (escape == null && !Character.isHighSurrogate(c)) {
                continue;
            }
            put(value, run, i - run);
            if (escape != null) {
                put(escape);
            } else {
                // A pair (checkXmlCharacters let it through): one numeric reference, as the JDK writes it.
                put("&#");
                number(Character.toCodePoint(c, value.charAt(++i)));
                put(';');
            }
            run = i + 1;
        }
        put(value, run, value.length() - run);
    }

    /**
     * Refuses a value with a character XML 1.0 cannot hold, with the message UIMA's serializer gives
     * (its {@code XMLSerializer} checks every value before it is written).
     */
    private void checkXmlCharacters(String value) throws IOException {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= 0x20 && c < 0xD800 || c >= 0xE000 && c <= 0xFFFD || c == '\t' || c == '\n' || c == '\r') {
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
                continue;
            }
            String start = i == 0 ? "[The Very First Character]" : value.substring(0, Math.min(i, Math.min(100, value.length())));
            throw new IOException("Document " + documentId + " could not be written as XMI: "
                    + String.format("Trying to serialize non-XML 1.0 character: 0x%x at offset %,d in string starting with %s", (int) c, i, start));
        }
    }

    public void flush() throws IOException {
        writer.write(buffer, 0, length);
        length = 0;
    }
}
