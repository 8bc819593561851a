package org.sayer.pipeline.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import org.sayer.model.provenance.Provenance;

/**
 * Merges two or more annotators' versions of one document (Sayer gold JSON, FORMAT.md) into a
 * curated one. A unit is a speaker mention (its span and the name of its speaker) or a whole
 * attribution (type, content, cue, source mention and parent's content), so two versions agree on
 * a unit only where they agree on every part of it. Each unit is
 * <ul>
 * <li><b>taken</b> when every version holds it ({@link Auto#AGREE}) or more than half do
 * ({@link Auto#MAJORITY});</li>
 * <li><b>outvoted</b> (left out) under MAJORITY when fewer than half hold it;</li>
 * <li><b>open</b> otherwise: left for a person, and written to the curated document as a
 * pending annotation so that review mode walks it.</li>
 * </ul>
 * Every written unit records in {@value #CURATED_FROM} the annotators whose versions held it, and
 * keeps its maker in "annotator". Open units are listed as {@link Disagreement}s: attributions whose
 * contents overlap by half or more (of the characters of both together) are one disagreement,
 * overlapping mentions another.
 */
public final class Curation {

    /** The gold JSON key of the annotators whose versions held a curated unit. */
    public static final String CURATED_FROM = Provenance.CURATED_FROM_KEY;

    /** How units are taken without asking a person. */
    public enum Auto {
        /** a unit every version holds */
        AGREE,
        /** a unit more than half of the versions hold; one fewer than half hold is left out */
        MAJORITY
    }

    /** One way of annotating a disputed place, and the annotators who chose it ("none": made no such unit there). */
    public record Variant(String description, List<String> annotators) {
    }

    /** A place left for a person: the kind ("claim" or "speaker mention"), its code point span and text, and the variants. */
    public record Disagreement(String kind, int begin, int end, String text, List<Variant> variants) {
    }

    /**
     * The curated document, the ids of its mentions and attributions that are still open (pending), what is left
     * for a person, and how many units were taken and outvoted.
     */
    public record Result(JsonObject document, Set<String> openIds, List<Disagreement> disagreements, int taken,
            int outvoted) {
    }

    private static final String NONE = "none";
    private static final int EXCERPT = 60;

    private final List<String> annotators;
    private final Auto auto;

    public Curation(List<String> annotators, Auto auto) {
        if (annotators.size() < 2) {
            throw new IllegalArgumentException("curation needs at least two versions");
        }
        this.annotators = List.copyOf(annotators);
        this.auto = auto;
    }

    /** One unit as the versions that hold it have it: the JSON of its first holder, and every holder. */
    private static final class Unit {
        final String kind;
        final JsonObject json;
        final int holder;
        final int[] span;
        /** the content span of a claim's parent, null at top level and for mentions */
        final int[] parent;
        final List<Integer> holders = new ArrayList<>();
        String curatedId;

        Unit(String kind, JsonObject json, int holder, int[] span, int[] parent) {
            this.kind = kind;
            this.json = json;
            this.holder = holder;
            this.span = span;
            this.parent = parent;
        }
    }

    private enum Verdict {
        TAKEN, OPEN, OUTVOTED
    }

    /** Merges the versions of one document, in annotator order; all must have the same text. */
    public Result merge(List<JsonObject> versions) {
        if (versions.size() != annotators.size()) {
            throw new IllegalArgumentException("expected " + annotators.size() + " versions");
        }
        String text = Json.string(Json.get(versions.get(0), "text"));
        int[] codePoints = PythonText.codePoints(text == null ? "" : text);
        List<Map<String, JsonObject>> entities = new ArrayList<>();
        Map<String, Unit> mentions = new LinkedHashMap<>();
        Map<String, Unit> attributions = new LinkedHashMap<>();
        for (int r = 0; r < versions.size(); r++) {
            JsonObject version = versions.get(r);
            Map<String, JsonObject> entitiesById = byId(Json.objects(version, "entities"));
            entities.add(entitiesById);
            Map<String, String> mentionSignatures = new HashMap<>();
            for (JsonObject mention : Json.objects(version, "mentions")) {
                String signature = mentionSignature(mention, entitiesById);
                mentionSignatures.put(Json.key(Json.get(mention, "id")), signature);
                hold(mentions, "speaker mention", signature, mention, r, Json.span(Json.get(mention, "span")), null);
            }
            Map<String, int[]> contents = new HashMap<>();
            for (JsonObject attribution : Json.objects(version, "attributions")) {
                contents.put(Json.key(Json.get(attribution, "id")), Json.span(Json.get(attribution, "content")));
            }
            for (JsonObject attribution : Json.objects(version, "attributions")) {
                JsonElement parent = Json.get(attribution, "parent");
                hold(attributions, "claim", attributionSignature(attribution, mentionSignatures, contents), attribution, r,
                        Json.span(Json.get(attribution, "content")), parent.isJsonNull() ? null : contents.get(Json.key(parent)));
            }
        }

        Map<Unit, Verdict> verdicts = new HashMap<>();
        mentions.values().forEach(unit -> verdicts.put(unit, verdict(unit)));
        attributions.values().forEach(unit -> verdicts.put(unit, verdict(unit)));
        // A claim is taken only with its parent: a taken child of an open parent stays open with it.
        for (boolean changed = true; changed;) {
            changed = false;
            for (Unit unit : attributions.values()) {
                int[] parent = unit.parent;
                if (verdicts.get(unit) == Verdict.TAKEN && parent != null
                        && find(attributions.values(), verdicts, Verdict.TAKEN, parent, -1) == null) {
                    verdicts.put(unit, Verdict.OPEN);
                    changed = true;
                }
            }
        }

        JsonObject curated = new JsonObject();
        for (Map.Entry<String, JsonElement> entry : versions.get(0).entrySet()) {
            if (!List.of("entities", "mentions", "attributions", "done_by").contains(entry.getKey())) {
                curated.add(entry.getKey(), entry.getValue());
            }
        }
        Set<String> openIds = new LinkedHashSet<>();
        Map<String, String> entityIds = new HashMap<>();
        JsonArray curatedEntities = new JsonArray();
        JsonArray curatedMentions = new JsonArray();
        int taken = 0;
        int outvoted = 0;
        int m = 1;
        for (Unit unit : sorted(mentions.values())) {
            Verdict verdict = verdicts.get(unit);
            if (verdict == Verdict.OUTVOTED) {
                outvoted++;
                continue;
            }
            unit.curatedId = "m" + m++;
            JsonObject mention = new JsonObject();
            mention.addProperty("id", unit.curatedId);
            mention.add("span", Json.get(unit.json, "span"));
            JsonObject entity = entities.get(unit.holder).get(Json.key(Json.get(unit.json, "entity")));
            mention.add("entity", entity == null ? JsonNull.INSTANCE
                    : new JsonPrimitive(curatedEntity(entity, entityIds, curatedEntities)));
            provenance(mention, unit);
            curatedMentions.add(mention);
            if (verdict == Verdict.OPEN) {
                openIds.add(unit.curatedId);
            } else {
                taken++;
            }
        }
        JsonArray curatedAttributions = new JsonArray();
        int a = 1;
        List<Unit> written = new ArrayList<>();
        for (Unit unit : sorted(attributions.values())) {
            if (verdicts.get(unit) == Verdict.OUTVOTED) {
                outvoted++;
            } else {
                unit.curatedId = "a" + a++;
                written.add(unit);
            }
        }
        for (Unit unit : written) {
            JsonObject attribution = new JsonObject();
            attribution.addProperty("id", unit.curatedId);
            attribution.add("type", Json.get(unit.json, "type"));
            Unit source = sourceOf(unit, versions, mentions, entities);
            attribution.add("source", source == null || source.curatedId == null ? JsonNull.INSTANCE
                    : new JsonPrimitive(source.curatedId));
            attribution.add("cue", Json.get(unit.json, "cue"));
            attribution.add("content", Json.get(unit.json, "content"));
            int[] parentSpan = unit.parent;
            Unit parent = parentSpan == null ? null : find(written, verdicts, Verdict.TAKEN, parentSpan, -1);
            if (parent == null && parentSpan != null) {
                parent = find(written, verdicts, Verdict.OPEN, parentSpan, unit.holder);
            }
            attribution.add("parent", parent == null ? JsonNull.INSTANCE : new JsonPrimitive(parent.curatedId));
            provenance(attribution, unit);
            curatedAttributions.add(attribution);
            if (verdicts.get(unit) == Verdict.OPEN) {
                openIds.add(unit.curatedId);
            } else {
                taken++;
            }
        }
        curated.add("entities", curatedEntities);
        curated.add("mentions", curatedMentions);
        curated.add("attributions", curatedAttributions);

        List<Disagreement> disagreements = new ArrayList<>();
        disagreements.addAll(disagreements(open(attributions.values(), verdicts), codePoints, true, versions, entities));
        disagreements.addAll(disagreements(open(mentions.values(), verdicts), codePoints, false, versions, entities));
        disagreements.sort(Comparator.comparingInt(Disagreement::begin).thenComparing(Disagreement::kind));
        return new Result(curated, openIds, disagreements, taken, outvoted);
    }

    private Verdict verdict(Unit unit) {
        int held = unit.holders.size();
        int all = annotators.size();
        if (auto == Auto.AGREE) {
            return held == all ? Verdict.TAKEN : Verdict.OPEN;
        }
        return 2 * held > all ? Verdict.TAKEN : 2 * held < all ? Verdict.OUTVOTED : Verdict.OPEN;
    }

    private static void hold(Map<String, Unit> units, String kind, String signature, JsonObject json, int holder, int[] span,
            int[] parent) {
        if (span == null) {
            return;
        }
        Unit unit = units.computeIfAbsent(signature, s -> new Unit(kind, json, holder, span, parent));
        if (!unit.holders.contains(holder)) { // a version that holds one unit twice holds it once
            unit.holders.add(holder);
        }
    }

    private static String mentionSignature(JsonObject mention, Map<String, JsonObject> entities) {
        return spanText(Json.span(Json.get(mention, "span"))) + " " + entityName(mention, entities);
    }

    private static String attributionSignature(JsonObject attribution, Map<String, String> mentions, Map<String, int[]> contents) {
        JsonElement source = Json.get(attribution, "source");
        JsonElement parent = Json.get(attribution, "parent");
        return Json.string(Json.get(attribution, "type")) + " " + spanText(Json.span(Json.get(attribution, "content")))
                + " cue " + spanText(Json.span(Json.get(attribution, "cue")))
                + " source " + (source.isJsonNull() ? "-" : mentions.get(Json.key(source)))
                + " parent " + (parent.isJsonNull() ? "-" : spanText(contents.get(Json.key(parent))));
    }

    private static String spanText(int[] span) {
        return span == null ? "-" : span[0] + ":" + span[1];
    }

    private static String entityName(JsonObject mention, Map<String, JsonObject> entities) {
        JsonElement entity = Json.get(mention, "entity");
        JsonObject object = entity.isJsonNull() ? null : entities.get(Json.key(entity));
        return object == null ? "-" : String.valueOf(Json.string(Json.get(object, "name")));
    }

    /** The unit of {@code verdict} with content {@code span} (held by {@code holder}, unless -1), or null. */
    private static Unit find(Iterable<Unit> units, Map<Unit, Verdict> verdicts, Verdict verdict, int[] span, int holder) {
        for (Unit unit : units) {
            if (verdicts.get(unit) == verdict && unit.span[0] == span[0] && unit.span[1] == span[1]
                    && (holder < 0 || unit.holders.contains(holder))) {
                return unit;
            }
        }
        return null;
    }

    /** The mention unit that the attribution's source is, in its first holder's version. */
    private static Unit sourceOf(Unit attribution, List<JsonObject> versions, Map<String, Unit> mentions,
            List<Map<String, JsonObject>> entities) {
        JsonElement source = Json.get(attribution.json, "source");
        if (source.isJsonNull()) {
            return null;
        }
        for (JsonObject mention : Json.objects(versions.get(attribution.holder), "mentions")) {
            if (Json.key(Json.get(mention, "id")).equals(Json.key(source))) {
                return mentions.get(mentionSignature(mention, entities.get(attribution.holder)));
            }
        }
        return null;
    }

    /** The curated id of {@code entity}: its own, unless another entity of the document took it first. */
    private static String curatedEntity(JsonObject entity, Map<String, String> idsByName, JsonArray curated) {
        String name = String.valueOf(Json.string(Json.get(entity, "name")));
        String id = idsByName.get(name);
        if (id != null) {
            return id;
        }
        String own = Json.key(Json.get(entity, "id"));
        id = own;
        for (int n = 2; idsByName.containsValue(id); n++) {
            id = own + "-" + n;
        }
        idsByName.put(name, id);
        JsonObject copy = entity.deepCopy();
        copy.addProperty("id", id);
        curated.add(copy);
        return id;
    }

    /** "annotator" (the maker, else the holder's name) and {@value #CURATED_FROM} (every holder). */
    private void provenance(JsonObject curated, Unit unit) {
        JsonElement maker = Json.get(unit.json, "annotator");
        curated.add("annotator", maker.isJsonNull() ? new JsonPrimitive(annotators.get(unit.holder)) : maker);
        JsonArray from = new JsonArray();
        unit.holders.stream().sorted().forEach(holder -> from.add(annotators.get(holder)));
        curated.add(CURATED_FROM, from);
    }

    private static List<Unit> sorted(Iterable<Unit> units) {
        List<Unit> list = new ArrayList<>();
        units.forEach(list::add);
        list.sort(Comparator.comparingInt((Unit u) -> u.span[0]).thenComparingInt(u -> u.span[1]));
        return list;
    }

    private static List<Unit> open(Iterable<Unit> units, Map<Unit, Verdict> verdicts) {
        List<Unit> open = new ArrayList<>();
        for (Unit unit : sorted(units)) {
            if (verdicts.get(unit) == Verdict.OPEN) {
                open.add(unit);
            }
        }
        return open;
    }

    /** Open units grouped into places: claims whose contents overlap by half or more, mentions that overlap at all. */
    private List<Disagreement> disagreements(List<Unit> open, int[] text, boolean claims, List<JsonObject> versions,
            List<Map<String, JsonObject>> entities) {
        int[] group = new int[open.size()];
        for (int i = 0; i < group.length; i++) {
            group[i] = i;
        }
        for (int i = 0; i < open.size(); i++) {
            for (int j = i + 1; j < open.size(); j++) {
                if (claims ? overlapRatio(open.get(i).span, open.get(j).span) >= 0.5 : overlaps(open.get(i).span, open.get(j).span)) {
                    union(group, i, j);
                }
            }
        }
        Map<Integer, List<Unit>> places = new LinkedHashMap<>();
        for (int i = 0; i < open.size(); i++) {
            places.computeIfAbsent(root(group, i), g -> new ArrayList<>()).add(open.get(i));
        }
        List<Disagreement> result = new ArrayList<>();
        for (List<Unit> place : places.values()) {
            int begin = place.stream().mapToInt(u -> u.span[0]).min().orElse(0);
            int end = place.stream().mapToInt(u -> u.span[1]).max().orElse(0);
            List<Variant> variants = new ArrayList<>();
            Set<Integer> holding = new LinkedHashSet<>();
            for (Unit unit : place) {
                variants.add(new Variant(describe(unit, text, versions, entities), names(unit.holders)));
                holding.addAll(unit.holders);
            }
            List<Integer> without = new ArrayList<>();
            for (int r = 0; r < annotators.size(); r++) {
                if (!holding.contains(r)) {
                    without.add(r);
                }
            }
            if (!without.isEmpty()) {
                variants.add(new Variant(NONE, names(without)));
            }
            result.add(new Disagreement(place.get(0).kind, begin, end, excerpt(text, begin, end), variants));
        }
        return result;
    }

    private List<String> names(List<Integer> holders) {
        return holders.stream().sorted().map(annotators::get).toList();
    }

    /** What a variant says, for a person to choose: the span and, for a claim, type, cue and speaker. */
    private static String describe(Unit unit, int[] text, List<JsonObject> versions, List<Map<String, JsonObject>> entities) {
        String covered = "\"" + excerpt(text, unit.span[0], unit.span[1]) + "\" " + unit.span[0] + "-" + unit.span[1];
        if (unit.kind.equals("speaker mention")) {
            return covered + ", speaker " + entityName(unit.json, entities.get(unit.holder));
        }
        int[] cue = Json.span(Json.get(unit.json, "cue"));
        String source = "none";
        JsonElement sourceId = Json.get(unit.json, "source");
        for (JsonObject mention : Json.objects(versions.get(unit.holder), "mentions")) {
            if (!sourceId.isJsonNull() && Json.key(Json.get(mention, "id")).equals(Json.key(sourceId))) {
                int[] span = Json.span(Json.get(mention, "span"));
                source = "\"" + excerpt(text, span[0], span[1]) + "\"";
            }
        }
        return Json.string(Json.get(unit.json, "type")) + " " + covered + ", cue "
                + (cue == null ? "none" : "\"" + excerpt(text, cue[0], cue[1]) + "\"") + ", source " + source
                + (unit.parent == null ? "" : ", nested");
    }

    private static String excerpt(int[] text, int begin, int end) {
        String covered = PythonText.slice(text, begin, end).replaceAll("\\s+", " ");
        return covered.length() <= EXCERPT ? covered : covered.substring(0, EXCERPT - 1) + "\u2026";
    }

    /** Characters both spans cover over the characters either covers. */
    private static double overlapRatio(int[] a, int[] b) {
        int common = Math.min(a[1], b[1]) - Math.max(a[0], b[0]);
        int either = Math.max(a[1], b[1]) - Math.min(a[0], b[0]);
        return common <= 0 || either <= 0 ? 0 : (double) common / either;
    }

    private static boolean overlaps(int[] a, int[] b) {
        return Math.max(a[0], b[0]) < Math.min(a[1], b[1]);
    }

    private static int root(int[] group, int i) {
        while (group[i] != i) {
            i = group[i];
        }
        return i;
    }

    private static void union(int[] group, int i, int j) {
        group[root(group, i)] = root(group, j);
    }

    private static Map<String, JsonObject> byId(List<JsonObject> objects) {
        Map<String, JsonObject> byId = new HashMap<>();
        for (JsonObject object : objects) {
            byId.putIfAbsent(Json.key(Json.get(object, "id")), object);
        }
        return byId;
    }
}
