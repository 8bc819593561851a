package org.sayer.io.inception;

import java.util.ArrayList;
import java.util.List;

import org.sayer.io.importer.ImportException;
import org.sayer.model.Document;

/**
 * WebAnno TSV 3.3 as INCEpTION's user guide specifies it ("WebAnno TSV 3.3 File format"), read
 * strictly: the format line, the layer declarations ({@code #T_SP=}, {@code #T_CH=}, {@code #T_RL=})
 * and two empty lines, then sentence blocks of {@code #Text=} lines and token lines
 * {@code SENT-TOKEN BEGIN-END TOKEN COLUMNS...}, sentences apart by one empty line. Cells hold
 * {@code _} (no annotation), {@code *} (no value), stacked values apart by {@code |}, disambiguation
 * ids {@code [N]}, and slot links apart by {@code ;}; reserved characters are escaped with a
 * backslash. Offsets are UTF-16. Each token's text must be the text at its offsets.
 *
 * <p>Only Sayer's layers ({@link InceptionLayers}) become annotations; the columns of any other
 * layer of the project are read past. The text comes back as INCEpTION rebuilds it: the sentences'
 * text; where a gap lies between two sentences that no {@code #Text=} line holds, the line break
 * that ends the earlier sentence's last {@code #Text=} line, then spaces. The line break that ends
 * the last {@code #Text=} line of the file is not part of the text.
 */
public final class WebAnnoTsv {

    public static final String FORMAT_LINE = "#FORMAT=WebAnno TSV 3.3";
    public static final String FORMAT_PREFIX = "#FORMAT=WebAnno TSV 3";
    public static final String SPAN_LAYER = "#T_SP=";
    public static final String CHAIN_LAYER = "#T_CH=";
    public static final String RELATION_LAYER = "#T_RL=";
    public static final String ROLE_PREFIX = "ROLE_";
    public static final String TEXT = "#Text=";
    public static final String SENTENCE_ID = "#Sentence.id=";

    private WebAnnoTsv() {
    }

    /** Escapes a feature value: {@code \ [ ] | _ -> ; * } tab and line breaks. */
    public static String escapeValue(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\', '[', ']', '|', '_', ';', '*' -> out.append('\\').append(c);
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '-' -> out.append(i + 1 < value.length() && value.charAt(i + 1) == '>' ? "\\-" : "-");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Appends {@code text} from {@code begin} to {@code end} to {@code out}, escaped as text of a
     * {@code #Text=} line or a token: the backslash, tab, carriage return and line feed.
     */
    public static StringBuilder appendEscapedText(StringBuilder out, String text, int begin, int end) {
        int run = begin;
        for (int i = begin; i < end; i++) {
            char c = text.charAt(i);
            String escape = switch (c) {
                case '\\' -> "\\\\";
                case '\t' -> "\\t";
                case '\r' -> "\\r";
                case '\n' -> "\\n";
                default -> null;
            };
            if (escape != null) {
                out.append(text, run, i).append(escape);
                run = i + 1;
            }
        }
        return out.append(text, run, end);
    }

    /** Undoes either escaping: a backslash makes the next character (or {@code ->}) literal; \t \n \r are control characters. */
    static String unescape(String value) {
        if (value.indexOf('\\') < 0) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c != '\\' || i + 1 == value.length()) {
                out.append(c);
                continue;
            }
            char next = value.charAt(++i);
            switch (next) {
                case 't' -> out.append('\t');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                default -> out.append(next);
            }
        }
        return out.toString();
    }

    /** Splits at every {@code separator} that no backslash escapes. */
    static List<String> split(String value, char separator) {
        List<String> parts = new ArrayList<>(2);
        int start = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == separator) {
                parts.add(value.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(value.substring(start));
        return parts;
    }

    /** Reads one WebAnno TSV 3.x file into a Sayer document called {@code id}; {@code where} names the file in errors. */
    public static Document read(String tsv, String id, String where) throws ImportException {
        return new WebAnnoTsvReader(tsv, where).read(id);
    }

    /** Whether {@code head} (a file's first characters) is WebAnno TSV 3. */
    public static boolean looksLike(String head) {
        String text = head.startsWith("\uFEFF") ? head.substring(1) : head;
        return text.startsWith(FORMAT_PREFIX);
    }

}
