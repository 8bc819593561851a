package org.sayer.io.importer;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.sayer.io.inception.WebAnnoTsv;

/** The kinds of input Sayer imports, and how one is recognised from its name and first bytes. */
public enum InputFormat {
    TEXT, HTML, JSONL, GOLD, XMI, WEBANNO_TSV, ZIP;

    /** How many leading bytes {@link #detect} wants to see. */
    public static final int HEAD_BYTES = 8192;

    private static final byte[] ZIP_MAGIC = { 'P', 'K', 3, 4 };

    /**
     * Picks the format of one input. A definite extension wins (.html, .xmi, .zip, .txt); otherwise,
     * and for the JSON extensions that may hold plain or gold documents, the content decides:
     * {@code <?xml} or an XMI namespace means XMI, {@code <html} or {@code <!doctype} means HTML, lines
     * that start with '{' are JSONL (gold when they carry "attributions" or "mentions"), anything else
     * is plain text, unless it starts with WebAnno TSV's format line. XMI with INCEpTION's layers is told
     * apart from Sayer's own XMI when it is read.
     */
    public static InputFormat detect(String fileName, byte[] head, int length) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (startsWith(head, length, ZIP_MAGIC) || name.endsWith(".zip")) {
            return ZIP;
        }
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
            return HTML;
        }
        if (name.endsWith(".xmi")) {
            return XMI;
        }
        if (name.endsWith(".txt")) {
            return TEXT;
        }
        return sniff(new String(head, 0, length, StandardCharsets.UTF_8));
    }

    static InputFormat sniff(String head) {
        String text = head.startsWith("\uFEFF") ? head.substring(1) : head;
        String start = text.stripLeading().toLowerCase(Locale.ROOT);
        if (start.startsWith("<?xml")) {
            return start.contains("<html") && !start.contains("xmi") ? HTML : XMI;
        }
        if (start.startsWith("<!doctype") || start.startsWith("<html") || start.startsWith("<!--") && start.contains("<html")) {
            return HTML;
        }
        if (start.startsWith("<") && start.contains("xmlns:xmi")) {
            return XMI;
        }
        if (WebAnnoTsv.looksLike(text)) {
            return WEBANNO_TSV;
        }
        if (start.startsWith("{")) {
            return start.contains("\"attributions\"") || start.contains("\"mentions\"") ? GOLD : JSONL;
        }
        return TEXT;
    }

    private static boolean startsWith(byte[] head, int length, byte[] magic) {
        if (length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (head[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
