package org.sayer.pipeline.eval;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Writes nested maps and lists as Python's {@code json.dumps(value, indent=2, ensure_ascii=False)}
 * does, so that {@code sayer eval --json} prints the same text as score.py: floats as Python
 * prints them, only the characters JSON requires escaped.
 */
final class PythonJson {

    private PythonJson() {
    }

    static void write(Object value, int depth, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            string(s, out);
        } else if (value instanceof Double d) {
            out.append(PythonNumbers.repr(d));
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Map<?, ?> map) {
            container(map.entrySet().iterator(), '{', '}', depth, out);
        } else if (value instanceof List<?> list) {
            container(list.iterator(), '[', ']', depth, out);
        } else {
            throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
        }
    }

    private static void container(Iterator<?> items, char open, char close, int depth, StringBuilder out) {
        out.append(open);
        if (!items.hasNext()) {
            out.append(close);
            return;
        }
        String inner = "\n" + "  ".repeat(depth + 1);
        boolean first = true;
        while (items.hasNext()) {
            out.append(first ? "" : ",").append(inner);
            first = false;
            Object item = items.next();
            if (item instanceof Map.Entry<?, ?> entry) {
                string(String.valueOf(entry.getKey()), out);
                out.append(": ");
                write(entry.getValue(), depth + 1, out);
            } else {
                write(item, depth + 1, out);
            }
        }
        out.append('\n').append("  ".repeat(depth)).append(close);
    }

    private static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
