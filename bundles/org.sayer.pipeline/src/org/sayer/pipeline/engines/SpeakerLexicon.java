package org.sayer.pipeline.engines;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Word lists that help find speakers: titles, role nouns, groups, organisations, places. */
public final class SpeakerLexicon {

    public static final String RESOURCE = "/org/sayer/pipeline/resources/speakers.txt";

    private static volatile SpeakerLexicon instance;
    /** Every country's English name from the JDK's ISO 3166 list ("mozambique", "papua-new-guinea"). */
    private static final Set<String> COUNTRIES = countries();

    private final Map<String, Set<String>> sections = new HashMap<>();

    private SpeakerLexicon() {
    }

    public static SpeakerLexicon get() throws IOException {
        if (instance == null) {
            synchronized (SpeakerLexicon.class) {
                if (instance == null) {
                    instance = load();
                }
            }
        }
        return instance;
    }

    private static SpeakerLexicon load() throws IOException {
        SpeakerLexicon lexicon = new SpeakerLexicon();
        try (InputStream in = SpeakerLexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("the speaker lexicon " + RESOURCE + " is missing from the pipeline bundle");
            }
            Map<String, Set<String>> sections = lexicon.sections;
            String[] current = { null };
            LexiconLines.read(new InputStreamReader(in, StandardCharsets.UTF_8), (line, number) -> {
                if (line.startsWith("[") && line.endsWith("]")) {
                    current[0] = line.substring(1, line.length() - 1);
                    sections.computeIfAbsent(current[0], k -> new HashSet<>());
                } else if (current[0] == null) {
                    throw new IOException(RESOURCE + ":" + number + ": words before the first [section]");
                } else {
                    for (String word : line.toLowerCase(Locale.ROOT).split("\\s+")) {
                        sections.get(current[0]).add(word);
                    }
                }
            });
        }
        return lexicon;
    }

    private boolean in(String section, String word) {
        Set<String> words = sections.get(section);
        return words != null && words.contains(word.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
    }

    public boolean isTitle(String word) {
        return in("titles", word);
    }

    public boolean isRole(String word) {
        return in("roles", word);
    }

    public boolean isGroup(String word) {
        return in("groups", word);
    }

    public boolean isOrganisationWord(String word) {
        return in("organisations", word);
    }

    /** Places are checked with their words joined by '-' ("united-states"). */
    public boolean isPlace(String words) {
        return in("places", words.replace(' ', '-'));
    }

    /** Whether the words name a country ("Mozambique", "SOMALIA", "Papua New Guinea"). */
    public static boolean isCountry(String words) {
        return COUNTRIES.contains(words.toLowerCase(Locale.ROOT).replace(' ', '-'));
    }

    private static Set<String> countries() {
        Set<String> names = new HashSet<>();
        for (String code : Locale.getISOCountries()) {
            names.add(Locale.of("", code).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT).replace(' ', '-'));
        }
        return Set.copyOf(names);
    }
}
