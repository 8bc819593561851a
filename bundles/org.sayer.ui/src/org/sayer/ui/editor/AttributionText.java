package org.sayer.ui.editor;

import java.util.List;
import java.util.Locale;

import org.sayer.model.Annotation;
import org.sayer.model.Claim;
import org.sayer.model.Cue;
import org.sayer.model.SpeakerMention;
import org.sayer.model.edit.Labels;

/** The text of the editor's hover: the whole attribution, with who or what produced each part. */
public final class AttributionText {

    private AttributionText() {
    }

    /** The innermost annotation's attribution, then the claims that hold it. */
    public static String describe(List<Annotation> annotations) {
        StringBuilder out = new StringBuilder();
        for (Annotation annotation : annotations) {
            if (!out.isEmpty()) {
                out.append("\n\n");
            }
            if (annotation instanceof Claim claim) {
                out.append(claim.getParent() == null ? "Claim" : "Nested claim").append(" (")
                        .append(claim.getType() == null ? "untyped" : lower(claim.getType().getLiteral())).append(")\n");
                out.append("Speaker: ").append(Labels.speakerOf(claim));
                if (claim.getSource() != null) {
                    out.append("  \u2014 \u201c").append(claim.getSource().getCoveredText()).append("\u201d");
                }
                out.append("\nCue: ").append(claim.getCue() == null ? "(none)" : "\u201c" + claim.getCue().getCoveredText() + "\u201d");
                out.append("\nContent: \u201c").append(Labels.firstWords(claim.getCoveredText(), 12)).append("\u201d");
                if (claim.getContinues() != null) {
                    out.append("\nContinues: \u201c").append(Labels.firstWords(claim.getContinues().getCoveredText(), 8)).append("\u201d");
                }
            } else if (annotation instanceof SpeakerMention mention) {
                out.append("Speaker mention (").append(mention.getKind() == null ? "name" : lower(mention.getKind().getLiteral()))
                        .append(")\n").append(Labels.mention(mention));
            } else if (annotation instanceof Cue cue) {
                out.append("Cue: \u201c").append(cue.getCoveredText()).append("\u201d");
            }
            out.append("\n").append(provenance(annotation));
        }
        return out.toString();
    }

    private static String provenance(Annotation annotation) {
        return lower(annotation.getReview().getLiteral()) + ", " + lower(annotation.getOrigin().getLiteral())
                + String.format(Locale.ROOT, ", confidence %.2f", annotation.getConfidence())
                + (annotation.getProducer() == null ? "" : ", by " + annotation.getProducer());
    }

    private static String lower(String literal) {
        return literal.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
