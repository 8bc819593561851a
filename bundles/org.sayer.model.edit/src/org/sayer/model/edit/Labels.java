package org.sayer.model.edit;

import org.sayer.model.Annotation;
import org.sayer.model.Claim;
import org.sayer.model.Speaker;
import org.sayer.model.SpeakerMention;
import org.sayer.model.speakers.UnresolvedSpeakers;

/** Short texts that name model objects for people: in trees, tables, hovers and messages. */
public final class Labels {

    private static final int FIRST_WORDS = 8;

    private Labels() {
    }

    /** "Sergey Lavrov: “is now waiting for answers to these proposals, as…”" */
    public static String claim(Claim claim) {
        return speakerOf(claim) + ": \u201c" + firstWords(claim.getCoveredText(), FIRST_WORDS) + "\u201d";
    }

    /** The speaker a claim is attributed to, or "(no source)". */
    public static String speakerOf(Claim claim) {
        SpeakerMention source = claim.getSource();
        if (source == null) {
            return "(no source)";
        }
        return source.getSpeaker() != null ? speaker(source.getSpeaker()) : source.getCoveredText();
    }

    /** The speaker's name; "he (unresolved)" for a mention's speaker of its own, which the Speakers view's filter finds by that word. */
    public static String speaker(Speaker speaker) {
        if (speaker.getName() != null && !speaker.getName().isBlank()) {
            return UnresolvedSpeakers.isUnresolved(speaker) ? speaker.getName() + " (unresolved)" : speaker.getName();
        }
        return speaker.getId() != null ? speaker.getId() : "(unnamed speaker)";
    }

    public static String mention(SpeakerMention mention) {
        String text = mention.getCoveredText();
        return mention.getSpeaker() == null ? text + " \u2192 ?" : text + " \u2192 " + speaker(mention.getSpeaker());
    }

    public static String span(Annotation annotation) {
        return "[" + annotation.getBegin() + ", " + annotation.getEnd() + ")";
    }

    /** The first {@code count} words of {@code text}, with an ellipsis when there are more. */
    public static String firstWords(String text, int count) {
        if (text == null) {
            return "";
        }
        String[] words = text.strip().split("\\s+");
        if (words.length <= count) {
            return String.join(" ", words);
        }
        return String.join(" ", java.util.Arrays.copyOf(words, count)) + "\u2026";
    }
}
