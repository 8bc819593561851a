package org.sayer.io.importer;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;
import org.sayer.model.Document;
import org.sayer.model.validation.Validation;

/**
 * What import demands of every document a reader made, whatever its format: text an XML file can
 * store ({@link StorableText}), and the model's rules, the very ones {@code ./sayer check} applies to
 * a corpus ({@link Validation}): spans inside the text, a parent claim that contains its child, no
 * cycle of parents, and the rest. A document that breaks one is refused, naming the input and the
 * problem, so no import ever leaves a corpus that {@code check} calls invalid.
 */
public final class Admission {

    private Admission() {
    }

    /** Refuses {@code document}, read from {@code where}, when import may not add it to a corpus. */
    public static void check(Document document, String where) throws ImportException {
        if (document.getId() == null || document.getId().isEmpty()) {
            // a zip entry named "" gave one (found by fuzzing): the store names files by id
            throw new ImportException(where, "a document without an id; document refused");
        }
        StorableText.check(document, where);
        List<Diagnostic> problems = Validation.problems(Validation.validate(document));
        if (!problems.isEmpty()) {
            throw new ImportException(where, "document " + document.getId() + " is not valid: "
                    + problems.stream().map(Diagnostic::getMessage).collect(Collectors.joining("; ")) + "; document refused");
        }
    }
}
