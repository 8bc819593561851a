package org.sayer.io.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.sayer.model.Annotation;
import org.sayer.model.Claim;
import org.sayer.model.Cue;
import org.sayer.model.ReviewState;
import org.sayer.model.SpeakerMention;

/**
 * brat standoff: per document {@code NAME.txt} (the text, byte for byte) and {@code NAME.ann}, plus
 * {@code annotation.conf} declaring every type, and {@code documents.tsv} mapping names to ids.
 *
 * <ul>
 * <li>T lines: {@code Speaker}, {@code Cue} and {@code Claim} spans. Offsets count code points, as
 * brat does. A span that crosses a line break is written as fragments {@code "b e;b e"} (brat
 * cannot show one across lines), and the text field equals the fragments' slices joined by one
 * space, which is what brat checks.</li>
 * <li>R lines: {@code HasSource} (claim to speaker mention), {@code HasCue} (claim to cue),
 * {@code Parent} (nested claim to the claim that holds it).</li>
 * <li>A lines: {@code ClaimType} (DIRECT, INDIRECT, MIXED); {@code Negative} on rejected
 * annotations; {@code Pending} on unreviewed suggestions.</li>
 * <li>AnnotatorNotes carry each mention's speaker id and name, which is the coreference.</li>
 * </ul>
 */
final class BratExport extends PerDocumentFiles {

    static final String CONF = """
            [entities]
            Speaker
            Cue
            Claim

            [relations]
            HasSource\tArg1:Claim, Arg2:Speaker
            HasCue\tArg1:Claim, Arg2:Cue
            Parent\tArg1:Claim, Arg2:Claim
            <OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>

            [events]

            [attributes]
            ClaimType\tArg:Claim, Value:DIRECT|INDIRECT|MIXED
            Negative\tArg:<ENTITY>
            Pending\tArg:<ENTITY>
            """;

    @Override
    protected void begin() throws IOException {
        Files.writeString(context.folder().resolve("annotation.conf"), CONF, StandardCharsets.UTF_8);
        context.manifest().note("offsets", "code points; spans across line breaks are written as fragments");
        if (context.options().includeRejected()) {
            context.manifest().note("rejected", "written with the binary attribute Negative");
        }
    }

    @Override
    public void write(DocumentView view) throws IOException {
        String name = names.nameFor(view.document().getId());
        String text = view.text();
        Files.writeString(context.folder().resolve(name + ".txt"), text, StandardCharsets.UTF_8);
        StringBuilder ann = new StringBuilder();
        Map<Annotation, String> ids = new IdentityHashMap<>();
        int t = 0;
        int a = 0;
        int notes = 0;
        for (Annotation annotation : view.annotations()) {
            List<int[]> fragments = fragments(text, annotation.getBegin(), annotation.getEnd());
            if (fragments.isEmpty()) {
                context.manifest().add("brat.skippedEmptySpans", 1);
                continue;
            }
            context.manifest().wrote(annotation);
            String id = "T" + (++t);
            ids.put(annotation, id);
            String type = annotation instanceof SpeakerMention ? "Speaker" : annotation instanceof Cue ? "Cue" : "Claim";
            ann.append(id).append('\t').append(type).append(' ');
            List<String> slices = new ArrayList<>();
            for (int f = 0; f < fragments.size(); f++) {
                int[] fragment = fragments.get(f);
                ann.append(f == 0 ? "" : ";").append(view.codePoint(fragment[0])).append(' ').append(view.codePoint(fragment[1]));
                slices.add(text.substring(fragment[0], fragment[1]));
            }
            ann.append('\t').append(String.join(" ", slices)).append('\n');
            if (annotation instanceof Claim claim && claim.getType() != null) {
                ann.append('A').append(++a).append("\tClaimType ").append(id).append(' ').append(claim.getType().getName()).append('\n');
            }
            if (DocumentView.isNegative(annotation)) {
                ann.append('A').append(++a).append("\tNegative ").append(id).append('\n');
            } else if (annotation.getReview() == ReviewState.PENDING) {
                ann.append('A').append(++a).append("\tPending ").append(id).append('\n');
            }
            if (annotation instanceof SpeakerMention mention && mention.getSpeaker() != null) {
                ann.append('#').append(++notes).append("\tAnnotatorNotes ").append(id).append("\tspeaker=")
                        .append(mention.getSpeaker().getId()).append(" (").append(oneLine(mention.getSpeaker().getName())).append(")\n");
            }
        }
        int r = 0;
        for (Claim claim : view.claims()) {
            String claimId = ids.get(claim);
            if (claimId == null) {
                continue;
            }
            r = relation(ann, r, "HasSource", claimId, ids.get(view.source(claim)));
            r = relation(ann, r, "HasCue", claimId, ids.get(view.cue(claim)));
            r = relation(ann, r, "Parent", claimId, ids.get(view.parent(claim)));
        }
        Files.writeString(context.folder().resolve(name + ".ann"), ann, StandardCharsets.UTF_8);
    }

    private static int relation(StringBuilder ann, int r, String type, String from, String to) {
        if (to == null) {
            return r;
        }
        ann.append('R').append(r + 1).append('\t').append(type).append(" Arg1:").append(from).append(" Arg2:").append(to).append('\n');
        return r + 1;
    }

    /** The parts of [begin, end) between line breaks, without empty parts. */
    static List<int[]> fragments(String text, int begin, int end) {
        List<int[]> fragments = new ArrayList<>(1);
        int start = Math.max(0, begin);
        int stop = Math.min(text.length(), end);
        for (int i = start; i <= stop; i++) {
            if (i == stop || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                if (i > start) {
                    fragments.add(new int[] { start, i });
                }
                start = i + 1;
            }
        }
        return fragments;
    }

    private static String oneLine(String value) {
        return value == null ? "" : value.replace('\n', ' ').replace('\t', ' ');
    }
}
