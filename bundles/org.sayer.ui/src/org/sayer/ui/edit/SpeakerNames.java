package org.sayer.ui.edit;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The name a registry speaker gets from the text an analyst marked: editorial brackets dropped
 * ("[Wendy] Sherman" is Wendy Sherman), a leading title kept apart as the role ("Dr. Hannah Becker"
 * is Hannah Becker, Dr.), a possessive and surrounding punctuation gone.
 */
public record SpeakerNames(String name, String title) {

    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame",
            "rev", "reverend", "sen", "senator", "rep", "gov", "gen", "col", "capt", "lt", "sgt", "judge", "justice");
    private static final Pattern POSSESSIVE = Pattern.compile("['\u2019]s?$");
    private static final String OUTER_PUNCTUATION = " \t\n\"'\u201c\u201d\u2018\u2019.,;:!?()";

    /** Splits marked text into name and title (null when there is none). */
    public static SpeakerNames of(String marked) {
        String text = marked.replace("[", "").replace("]", "").replaceAll("\\s+", " ").strip();
        text = POSSESSIVE.matcher(text).replaceFirst("");
        text = strip(text);
        String title = null;
        String[] words = text.split(" ");
        if (words.length > 1 && TITLES.contains(words[0].replace(".", "").toLowerCase(Locale.ROOT))) {
            title = words[0];
            text = text.substring(words[0].length()).strip();
        }
        return new SpeakerNames(text.isEmpty() ? marked.strip() : text, title);
    }

    /** True when the name is a single capitalised word, as a surname on its own is. */
    public boolean isSingleName() {
        return !name.contains(" ") && !name.isEmpty() && Character.isUpperCase(name.charAt(0));
    }

    /** The last word of {@code fullName}, lower-cased, or null for a one-word name. */
    public static String surnameOf(String fullName) {
        if (fullName == null) {
            return null;
        }
        String[] words = of(fullName).name().split(" ");
        return words.length > 1 ? words[words.length - 1].toLowerCase(Locale.ROOT) : null;
    }

    private static String strip(String text) {
        int begin = 0;
        int end = text.length();
        while (begin < end && OUTER_PUNCTUATION.indexOf(text.charAt(begin)) >= 0) {
            begin++;
        }
        while (end > begin && OUTER_PUNCTUATION.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return text.substring(begin, end);
    }
}
