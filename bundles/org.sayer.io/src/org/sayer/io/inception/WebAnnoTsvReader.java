package org.sayer.io.inception;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sayer.io.importer.ImportException;
import org.sayer.model.Document;

/** The strict reader of {@link WebAnnoTsv}; one instance reads one file. */
final class WebAnnoTsvReader {

    private static final Pattern UNIT_ID = Pattern.compile("(\\d+)-(\\d+)(?:\\.(\\d+))?");
    private static final Pattern OFFSETS = Pattern.compile("(\\d+)-(\\d+)");
    private static final Pattern REFERENCE = Pattern.compile("(\\d+-\\d+(?:\\.\\d+)?)(?:\\[(\\d+)\\])?");
    /** A value's disambiguation id, {@code [N]} at its end. */
    private static final Pattern DISAMBIGUATION = Pattern.compile("^(.*?)\\[(\\d+)\\]$", Pattern.DOTALL);

    private enum Kind { PRIMITIVE, PLACEHOLDER, SLOT_ROLE, SLOT_TARGET, OTHER }

    /** One column of the body after the token text: the layer it belongs to and what it holds. */
    private record Column(String layer, String feature, Kind kind) {
    }

    /** A token or sub-token line. */
    private record Unit(String id, int begin, int end) {
    }

    /** A slot link read from a host's role and target cells, resolved once every annotation is known. */
    private record Link(LayerAnnotation host, String feature, String targetLayer, String unit, Integer disambiguation, int line) {
    }

    private final String[] lines;
    private final String where;
    /** The file's length: no gap between two sentences' texts can be longer (every token of the text has a line). */
    private final int fileLength;
    private final List<Column> columns = new ArrayList<>();
    private final List<LayerAnnotation> annotations = new ArrayList<>();
    /** Annotations with a disambiguation id, by layer and id. */
    private final Map<String, LayerAnnotation> byId = new HashMap<>();
    /** Annotations by layer and unit, in stacking order. */
    private final Map<String, List<LayerAnnotation>> byUnit = new HashMap<>();
    private final List<Link> links = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private int at;

    WebAnnoTsvReader(String tsv, String where) {
        String content = tsv.startsWith("\uFEFF") ? tsv.substring(1) : tsv;
        this.lines = content.split("\r?\n", -1);
        this.where = where;
        this.fileLength = content.length();
    }

    private ImportException error(String message) {
        return new ImportException(where, "line " + (at + 1) + ": " + message);
    }

    Document read(String id) throws ImportException {
        if (lines.length == 0 || !lines[0].matches("#FORMAT=WebAnno TSV 3\\.\\d+")) {
            throw new ImportException(where, "not WebAnno TSV 3 (the first line must be \"" + WebAnnoTsv.FORMAT_LINE + "\")");
        }
        at = 1;
        readHeader();
        readBody();
        for (Link link : links) {
            resolve(link);
        }
        // Every #Text= line ends in a line break; the last one is the format's, not the document's.
        if (!text.isEmpty()) {
            text.setLength(text.length() - 1);
        }
        return InceptionDocuments.toDocument(id, null, text.toString(), annotations, where);
    }

    private void readHeader() throws ImportException {
        for (; at < lines.length && !lines[at].isEmpty(); at++) {
            String line = lines[at];
            if (line.startsWith(WebAnnoTsv.SPAN_LAYER)) {
                spanLayer(WebAnnoTsv.split(line.substring(WebAnnoTsv.SPAN_LAYER.length()), '|'));
            } else if (line.startsWith(WebAnnoTsv.CHAIN_LAYER)) {
                otherLayer(2);
            } else if (line.startsWith(WebAnnoTsv.RELATION_LAYER)) {
                // a column per feature, and one for the BT_ entry: where the relation comes from
                otherLayer(WebAnnoTsv.split(line.substring(WebAnnoTsv.RELATION_LAYER.length()), '|').size() - 1);
            } else {
                throw error("expected a layer declaration (#T_SP=, #T_CH=, #T_RL=) or the empty lines that end the header");
            }
        }
        if (at + 1 >= lines.length || !lines[at + 1].isEmpty()) {
            throw error("the header must end with two empty lines");
        }
        at += 2;
    }

    private void spanLayer(List<String> fields) throws ImportException {
        String layer = fields.get(0);
        boolean ours = layer.equals(InceptionLayers.SPEAKER_MENTION) || layer.equals(InceptionLayers.CUE) || layer.equals(InceptionLayers.CLAIM);
        if (fields.size() == 1 || fields.size() == 2 && fields.get(1).isEmpty()) {
            columns.add(new Column(layer, null, ours ? Kind.PLACEHOLDER : Kind.OTHER));
            return;
        }
        for (int i = 1; i < fields.size(); i++) {
            String field = fields.get(i);
            if (field.startsWith(WebAnnoTsv.ROLE_PREFIX)) {
                // ROLE_<layer>:<feature>_<link type>, then a column that names the target layer
                String roleAndLink = field.substring(WebAnnoTsv.ROLE_PREFIX.length());
                int colon = roleAndLink.indexOf(':');
                int underscore = roleAndLink.indexOf('_', colon + 1);
                if (colon < 0 || underscore < 0 || i + 1 >= fields.size()) {
                    throw error("slot column \"" + field + "\" must read ROLE_LAYER:FEATURE_LINKTYPE followed by the target layer");
                }
                String feature = roleAndLink.substring(colon + 1, underscore);
                String target = fields.get(++i);
                columns.add(new Column(layer, feature, ours ? Kind.SLOT_ROLE : Kind.OTHER));
                columns.add(new Column(target, feature, ours ? Kind.SLOT_TARGET : Kind.OTHER));
            } else if (field.isEmpty()) {
                throw error("layer " + layer + " declares an empty feature name");
            } else {
                columns.add(new Column(layer, field, ours ? Kind.PRIMITIVE : Kind.OTHER));
            }
        }
    }

    private void otherLayer(int count) {
        for (int i = 0; i < count; i++) {
            columns.add(new Column(null, null, Kind.OTHER));
        }
    }

    private void readBody() throws ImportException {
        int sentence = 0;
        while (at < lines.length) {
            if (lines[at].isEmpty() && at == lines.length - 1) {
                return; // the final line break of the file
            }
            if (sentence > 0) {
                if (!lines[at].isEmpty()) {
                    throw error("expected an empty line between sentences");
                }
                at++;
            }
            sentence++;
            readSentence(sentence);
        }
    }

    private void readSentence(int number) throws ImportException {
        StringBuilder sentenceText = new StringBuilder();
        boolean sawText = false;
        for (; at < lines.length && lines[at].startsWith("#"); at++) {
            if (lines[at].startsWith(WebAnnoTsv.TEXT)) {
                sentenceText.append(WebAnnoTsv.unescape(lines[at].substring(WebAnnoTsv.TEXT.length()))).append('\n');
                sawText = true;
            } else if (!lines[at].startsWith(WebAnnoTsv.SENTENCE_ID)) {
                throw error("expected #Text= or #Sentence.id= in a sentence's header");
            }
        }
        if (!sawText) {
            throw error("sentence " + number + " has no #Text= line");
        }
        int expectedToken = 1;
        boolean first = true;
        Unit token = null;
        for (; at < lines.length && !lines[at].isEmpty(); at++) {
            List<String> fields = fields(lines[at]);
            Matcher id = UNIT_ID.matcher(fields.get(0));
            Matcher offsets = OFFSETS.matcher(fields.get(1));
            if (!id.matches() || !offsets.matches()) {
                throw error("expected SENTENCE-TOKEN and BEGIN-END in the first two columns");
            }
            if (number(id.group(1)) != number) {
                throw error("token " + fields.get(0) + " is numbered for another sentence than " + number);
            }
            int begin = number(offsets.group(1));
            int end = number(offsets.group(2));
            boolean subToken = id.group(3) != null;
            if (!subToken) {
                if (number(id.group(2)) != expectedToken++) {
                    throw error("token " + fields.get(0) + " is out of sequence");
                }
                if (first) {
                    startSentence(begin, sentenceText);
                    first = false;
                }
            } else if (token == null) {
                throw error("sub-token " + fields.get(0) + " comes before any token");
            }
            if (begin > end || end > text.length() - 1) {
                throw error("offsets " + begin + "-" + end + " lie outside the sentence's text");
            }
            String tokenText = WebAnnoTsv.unescape(fields.get(2));
            if (!text.substring(begin, end).equals(tokenText)) {
                throw error("token text \"" + tokenText + "\" differs from the text at " + begin + "-" + end + " (\""
                        + text.substring(begin, end) + "\")");
            }
            Unit unit = new Unit(fields.get(0), begin, end);
            if (!subToken) {
                token = unit;
            }
            cells(unit, fields);
        }
        if (first) {
            throw error("sentence " + number + " has no token");
        }
    }

    /** The line's fields; the trailing tab INCEpTION writes after the last column is allowed. */
    private List<String> fields(String line) throws ImportException {
        List<String> fields = new ArrayList<>(List.of(line.split("\t", -1)));
        int expected = 3 + columns.size();
        if (fields.size() == expected + 1 && fields.get(expected).isEmpty()) {
            fields.remove(expected);
        }
        if (fields.size() != expected) {
            throw error("expected " + expected + " tab-separated columns (3 + " + columns.size() + " declared), found " + fields.size());
        }
        return fields;
    }

    /** A sentence's text goes where its first token says: spaces fill a gap, and the line break of the previous #Text= goes if the sentences touch. */
    private void startSentence(int begin, StringBuilder sentenceText) throws ImportException {
        if (text.length() == begin + 1 && text.charAt(begin) == '\n') {
            text.setLength(begin);
        }
        if (text.length() > begin) {
            throw error("the sentence starts at " + begin + ", inside the text of the sentences before it");
        }
        if (begin - text.length() > fileLength) {
            // the gap is whitespace no #Text= line holds; one longer than the file is no text INCEpTION wrote
            throw error("the sentence starts at " + begin + ", " + (begin - text.length())
                    + " characters after the text before it, more than the whole file holds");
        }
        text.append(" ".repeat(begin - text.length()));
        text.append(sentenceText);
    }

    private void cells(Unit unit, List<String> fields) throws ImportException {
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            String cell = fields.get(3 + c);
            if (cell.isEmpty()) {
                throw error("column " + (4 + c) + " is empty; a cell holds _ when nothing is annotated there");
            }
            if (column.kind == Kind.OTHER || column.kind == Kind.SLOT_TARGET || cell.equals("_")) {
                continue;
            }
            List<String> stacked = WebAnnoTsv.split(cell, '|');
            List<String> targets = column.kind == Kind.SLOT_ROLE ? WebAnnoTsv.split(fields.get(4 + c), '|') : null;
            for (int s = 0; s < stacked.size(); s++) {
                String value = stacked.get(s);
                Integer disambiguation = null;
                Matcher suffix = DISAMBIGUATION.matcher(value);
                if (suffix.matches() && !value.endsWith("\\]")) {
                    value = suffix.group(1);
                    disambiguation = number(suffix.group(2));
                }
                LayerAnnotation annotation = annotation(column.layer, unit, s, disambiguation);
                switch (column.kind) {
                    case PRIMITIVE -> {
                        if (!value.equals("*")) {
                            annotation.values.put(column.feature, WebAnnoTsv.unescape(value));
                        }
                    }
                    case SLOT_ROLE -> slots(annotation, column, value, targets, s);
                    default -> {
                        // placeholder of a layer without features: the annotation is all
                    }
                }
            }
        }
    }

    private void slots(LayerAnnotation host, Column role, String roles, List<String> targets, int stack) throws ImportException {
        if (roles.equals("*")) {
            return;
        }
        if (stack >= targets.size()) {
            throw error("the slot " + role.feature + " has roles but no target for stacked annotation " + (stack + 1));
        }
        List<String> targetRefs = WebAnnoTsv.split(targets.get(stack), ';');
        List<String> roleValues = WebAnnoTsv.split(roles, ';');
        if (targetRefs.size() != roleValues.size()) {
            throw error("the slot " + role.feature + " has " + roleValues.size() + " roles and " + targetRefs.size() + " targets");
        }
        if (targetRefs.size() > 1) {
            throw error("the slot " + role.feature + " links a " + shortName(host.layer) + " to more than one annotation");
        }
        Matcher reference = REFERENCE.matcher(targetRefs.get(0));
        if (!reference.matches()) {
            throw error("slot target \"" + targetRefs.get(0) + "\" is not SENTENCE-TOKEN with an optional [ID]");
        }
        Column target = columns.get(columns.indexOf(role) + 1);
        links.add(new Link(host, role.feature, target.layer, reference.group(1),
                reference.group(2) == null ? null : number(reference.group(2)), at));
    }

    /** A token number, offset or id of the file: one too large for an int is refused with the line, not a crash. */
    private int number(String digits) throws ImportException {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw error("the number " + (digits.length() > 20 ? digits.substring(0, 20) + "\u2026" : digits) + " is too large");
        }
    }

    /** The annotation a cell value belongs to: by its disambiguation id, else the one at this unit and stacking index. */
    private LayerAnnotation annotation(String layer, Unit unit, int stack, Integer disambiguation) throws ImportException {
        List<LayerAnnotation> here = byUnit.computeIfAbsent(layer + "@" + unit.id, k -> new ArrayList<>(1));
        if (disambiguation != null) {
            LayerAnnotation known = byId.get(layer + "#" + disambiguation);
            if (known != null) {
                known.begin = Math.min(known.begin, unit.begin);
                known.end = Math.max(known.end, unit.end);
                if (!here.contains(known)) {
                    here.add(known);
                }
                return known;
            }
        } else if (stack < here.size()) {
            return here.get(stack);
        } else if (stack > here.size()) {
            throw error("stacked annotation " + (stack + 1) + " of " + shortName(layer) + " without a disambiguation id");
        }
        LayerAnnotation created = new LayerAnnotation(layer, unit.begin, unit.end);
        annotations.add(created);
        here.add(created);
        if (disambiguation != null) {
            byId.put(layer + "#" + disambiguation, created);
        }
        return created;
    }

    private void resolve(Link link) throws ImportException {
        LayerAnnotation target;
        if (link.disambiguation != null) {
            target = byId.get(link.targetLayer + "#" + link.disambiguation);
        } else {
            List<LayerAnnotation> here = byUnit.get(link.targetLayer + "@" + link.unit);
            if (here != null && here.size() > 1) {
                at = link.line;
                throw error("slot target " + link.unit + " is ambiguous: several " + shortName(link.targetLayer) + " annotations there and no [ID]");
            }
            target = here == null || here.isEmpty() ? null : here.get(0);
        }
        if (target == null) {
            at = link.line;
            throw error("slot " + link.feature + " points to " + link.unit + (link.disambiguation == null ? "" : "[" + link.disambiguation + "]")
                    + ", where there is no " + shortName(link.targetLayer));
        }
        LayerAnnotation earlier = link.host.links.put(link.feature, target);
        if (earlier != null && earlier != target) {
            at = link.line;
            throw error("a " + shortName(link.host.layer) + " links its " + link.feature + " to two different annotations");
        }
    }

    private static String shortName(String layer) {
        return layer.substring(layer.lastIndexOf('.') + 1);
    }
}
