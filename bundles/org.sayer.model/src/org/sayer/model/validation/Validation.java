package org.sayer.model.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.sayer.model.Corpus;
import org.sayer.model.Document;
import org.sayer.model.DocumentEntry;
import org.sayer.model.SayerPackage;

/** Checks documents and corpora against {@link SayerValidator}'s rules. */
public final class Validation {

    static {
        SayerValidator.register();
    }

    private Validation() {
    }

    /** Every problem of the document and its annotations. */
    public static Diagnostic validate(Document document) {
        return Diagnostician.INSTANCE.validate(document);
    }

    /** Every problem of the registry and the index, and of each document that is loaded (unloaded ones are not read). */
    public static Diagnostic validate(Corpus corpus) {
        BasicDiagnostic result = new BasicDiagnostic(SayerValidator.DIAGNOSTIC_SOURCE, 0, "Corpus " + corpus.getName(), new Object[] { corpus });
        result.add(Diagnostician.INSTANCE.validate(corpus));
        for (DocumentEntry entry : corpus.getDocuments()) {
            Object document = entry.eGet(SayerPackage.Literals.DOCUMENT_ENTRY__DOCUMENT, false);
            if (document instanceof Document loaded && !loaded.eIsProxy()) {
                result.add(validate(loaded));
            }
        }
        return result;
    }

    /** The individual problems in a result, for a list or a log. */
    public static List<Diagnostic> problems(Diagnostic diagnostic) {
        List<Diagnostic> problems = new ArrayList<>();
        collect(diagnostic, problems);
        return problems;
    }

    private static void collect(Diagnostic diagnostic, List<Diagnostic> problems) {
        if (diagnostic.getChildren().isEmpty()) {
            if (diagnostic.getSeverity() != Diagnostic.OK) {
                problems.add(diagnostic);
            }
            return;
        }
        for (Diagnostic child : diagnostic.getChildren()) {
            collect(child, problems);
        }
    }

    /** The object a problem is about (an annotation, speaker or document entry). */
    public static EObject subject(Diagnostic problem) {
        return problem.getData().isEmpty() || !(problem.getData().get(0) instanceof EObject object) ? null : object;
    }
}
