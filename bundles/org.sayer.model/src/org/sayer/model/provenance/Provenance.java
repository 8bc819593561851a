package org.sayer.model.provenance;

import java.util.Collection;
import java.util.Set;

import org.sayer.model.Annotation;
import org.sayer.model.Document;
import org.sayer.model.Origin;

/**
 * Who did what: the analyst name Sayer records, and who answers for an annotation. An analyst
 * name comes from {@code --annotator NAME} (commands) or the workbench preference; without one it
 * is {@code -Dsayer.annotator}, else the OS user.
 */
public final class Provenance {

    /**
     * The gold JSON key (on a mention or attribution) of the annotators whose versions held an
     * annotation of a curated corpus ({@code Annotation.curatedFrom}).
     */
    public static final String CURATED_FROM_KEY = "curated_from";

    private Provenance() {
    }

    /** The analyst name when none was given: {@code -Dsayer.annotator}, else the OS user, else "analyst". */
    public static String defaultAnalyst() {
        String configured = System.getProperty("sayer.annotator");
        if (configured != null && !configured.isBlank()) {
            return configured.strip();
        }
        String user = System.getProperty("user.name");
        return user == null || user.isBlank() ? "analyst" : user.strip();
    }

    /** {@code name} stripped, or the default analyst when it is null or blank. */
    public static String analystOrDefault(String name) {
        return name == null || name.isBlank() ? defaultAnalyst() : name.strip();
    }

    /**
     * The analyst who answers for an annotation: its maker when it was made by hand, the reviewer
     * of a machine suggestion once someone decided on it; null for an undecided suggestion.
     */
    public static String analyst(Annotation annotation) {
        return annotation.getOrigin() == Origin.AUTOMATIC ? annotation.getReviewer() : annotation.getProducer();
    }

    /** Credits every hand annotation of {@code document} that names no maker to {@code analyst}. */
    public static void credit(Document document, String analyst) {
        for (Annotation annotation : document.getAnnotations()) {
            if (annotation.getOrigin() == Origin.MANUAL && (annotation.getProducer() == null || annotation.getProducer().isBlank())) {
                annotation.setProducer(analyst);
            }
        }
    }

    /** Adds every analyst named in {@code document} (makers, reviewers, done marks) to {@code names}. */
    public static void collectAnalysts(Document document, Collection<String> names) {
        for (Annotation annotation : document.getAnnotations()) {
            addIfSet(names, analyst(annotation));
            addIfSet(names, annotation.getReviewer());
        }
        document.getDoneBy().forEach(name -> addIfSet(names, name));
    }

    private static void addIfSet(Collection<String> names, String name) {
        if (name != null && !name.isBlank() && !(names instanceof Set<String> set && set.contains(name))) {
            names.add(name);
        }
    }
}
