package org.sayer.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Command-line words split into positional values and {@code --options}. An option takes the
 * next word as its value unless it is declared a flag; a repeated option keeps every value.
 */
public final class Arguments {

    private final List<String> positional = new ArrayList<>();
    private final Map<String, List<String>> options = new LinkedHashMap<>();

    private Arguments() {
    }

    /** Parses {@code words}; {@code flags} are the options that take no value (without "--"). */
    public static Arguments parse(String[] words, String... flags) throws UsageException {
        List<String> flagList = List.of(flags);
        Arguments result = new Arguments();
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            if (word.startsWith("--") && word.length() > 2) {
                String name = word.substring(2);
                String value = "true";
                int equals = name.indexOf('=');
                if (equals >= 0) {
                    value = name.substring(equals + 1);
                    name = name.substring(0, equals);
                } else if (!flagList.contains(name)) {
                    if (i + 1 >= words.length) {
                        throw new UsageException("--" + name + " needs a value");
                    }
                    value = words[++i];
                }
                result.options.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            } else {
                result.positional.add(word);
            }
        }
        return result;
    }

    public List<String> positional() {
        return Collections.unmodifiableList(positional);
    }

    public boolean has(String option) {
        return options.containsKey(option);
    }

    /** The last value of {@code option}, or {@code fallback}. */
    public String value(String option, String fallback) {
        List<String> values = options.get(option);
        return values == null ? fallback : values.get(values.size() - 1);
    }

    /** The value of a required option. */
    public String required(String option) throws UsageException {
        String value = value(option, null);
        if (value == null) {
            throw new UsageException("--" + option + " is required");
        }
        return value;
    }

    /** Every value of {@code option}, also comma-separated ones: {@code --include a,b --include c}. */
    public List<String> values(String option) {
        List<String> result = new ArrayList<>();
        for (String value : options.getOrDefault(option, List.of())) {
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    result.add(part.strip());
                }
            }
        }
        return result;
    }

    /** The options given, to report ones a command does not know. */
    public java.util.Set<String> optionNames() {
        return options.keySet();
    }
}
