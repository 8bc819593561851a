package org.sayer.io.gold;

import java.util.Locale;
import java.util.Set;

import org.sayer.model.MentionKind;

/**
 * Guesses the kind of a speaker mention from its text, for formats that do not record it: a
 * pronoun ("she"), a nominal ("the Russian Minister", "officials") or a name ("Sergey Lavrov").
 */
public final class MentionKinds {

    private static final Set<String> PRONOUNS = Set.of("i", "me", "my", "mine", "we", "us", "our", "ours", "you",
            "your", "yours", "he", "him", "his", "she", "her", "hers", "it", "its", "they", "them", "their", "theirs",
            "himself", "herself", "itself", "themselves", "ourselves", "myself", "yourself", "who", "whom", "whose");

    private static final Set<String> ARTICLES = Set.of("the", "a", "an");

    private MentionKinds() {
    }

    public static MentionKind guess(String mentionText) {
        String text = mentionText == null ? "" : mentionText.strip();
        if (text.isEmpty()) {
            return MentionKind.NAME;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (PRONOUNS.contains(lower)) {
            return MentionKind.PRONOUN;
        }
        int space = lower.indexOf(' ');
        String first = space < 0 ? lower : lower.substring(0, space);
        if (ARTICLES.contains(first) || Character.isLowerCase(text.codePointAt(0))) {
            return MentionKind.NOMINAL;
        }
        return MentionKind.NAME;
    }
}
