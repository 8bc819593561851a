package org.sayer.model.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.sayer.model.Annotation;
import org.sayer.model.Claim;
import org.sayer.model.Corpus;
import org.sayer.model.Document;
import org.sayer.model.DocumentEntry;
import org.sayer.model.SayerPackage;
import org.sayer.model.Speaker;
import org.sayer.model.SpeakerMention;

/**
 * The rules a Sayer model must keep, beyond EMF's own (multiplicities, resolvable references),
 * with messages that say where the problem is and what to do about it.
 */
public class SayerValidator extends EObjectValidator {

    public static final String DIAGNOSTIC_SOURCE = "org.sayer.model";

    public static final int SPAN_OUT_OF_RANGE = 1;
    public static final int SPAN_INVERTED = 2;
    public static final int LINK_TO_OTHER_DOCUMENT = 3;
    public static final int PARENT_DOES_NOT_CONTAIN_CHILD = 4;
    public static final int PARENT_CYCLE = 5;
    public static final int MENTION_WITHOUT_SPEAKER = 6;
    public static final int DUPLICATE_DOCUMENT_ID = 7;
    public static final int DUPLICATE_SPEAKER_ID = 8;
    public static final int DUPLICATE_ANNOTATION_ID = 9;
    public static final int CONTINUED_PART_NOT_BEFORE = 10;

    public static final SayerValidator INSTANCE = new SayerValidator();

    /** Registers the validator for the Sayer package in EMF's global registry (once). */
    public static void register() {
        EValidator.Registry.INSTANCE.putIfAbsent(SayerPackage.eINSTANCE, INSTANCE);
    }

    @Override
    public boolean validate(EClass eClass, EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
        // EMF's own constraints first (multiplicities, dangling or unresolved references), as generated validators do.
        boolean valid = validate_EveryDefaultConstraint(object, diagnostics, context);
        if (!valid && diagnostics == null) {
            return false;
        }
        if (object instanceof Annotation annotation) {
            valid &= validateSpan(annotation, diagnostics);
        }
        if (object instanceof Claim claim) {
            valid &= validateClaimLinks(claim, diagnostics);
        }
        if (object instanceof SpeakerMention mention) {
            valid &= validateSpeaker(mention, diagnostics);
        }
        if (object instanceof Document document) {
            valid &= validateAnnotationIds(document, diagnostics);
            valid &= validateSpeakerIds(document, diagnostics);
        }
        if (object instanceof Corpus corpus) {
            valid &= validateIds(corpus, diagnostics);
        }
        return valid;
    }

    /** Ids of entries, speakers and annotations are checked below, with messages that say which objects clash. */
    @Override
    public boolean validate_UniqueID(EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return object.eClass().getEPackage() == SayerPackage.eINSTANCE || super.validate_UniqueID(object, diagnostics, context);
    }

    private boolean validateSpan(Annotation annotation, DiagnosticChain diagnostics) {
        Document document = annotation.getDocument();
        int length = document == null || document.getText() == null ? 0 : document.getText().length();
        if (annotation.getBegin() > annotation.getEnd()) {
            return report(diagnostics, SPAN_INVERTED, annotation, describe(annotation) + " ends before it begins; swap or fix its boundaries");
        }
        if (annotation.getBegin() < 0 || annotation.getEnd() > length) {
            return report(diagnostics, SPAN_OUT_OF_RANGE, annotation,
                    describe(annotation) + " lies outside the text (length " + length + "); move its boundaries into [0, " + length + "]");
        }
        return true;
    }

    private boolean validateClaimLinks(Claim claim, DiagnosticChain diagnostics) {
        boolean valid = sameDocument(claim, claim.getSource(), "source", diagnostics);
        valid &= sameDocument(claim, claim.getCue(), "cue", diagnostics);
        Claim earlier = claim.getContinues();
        if (earlier != null && sameDocument(claim, earlier, "earlier part", diagnostics) && earlier.getEnd() > claim.getBegin()) {
            // Also rules out a cycle: every part ends before the next begins.
            valid &= report(diagnostics, CONTINUED_PART_NOT_BEFORE, claim, describe(claim) + " continues " + describe(earlier)
                    + ", which does not end before it begins; split them (Shift+J in the editor)");
        }
        Claim parent = claim.getParent();
        if (parent == null || !sameDocument(claim, parent, "parent", diagnostics)) {
            return parent == null && valid;
        }
        if (parent.getBegin() > claim.getBegin() || claim.getEnd() > parent.getEnd()) {
            valid &= report(diagnostics, PARENT_DOES_NOT_CONTAIN_CHILD, claim, describe(claim) + " is nested in " + describe(parent)
                    + ", which does not contain it; widen the parent or unnest the claim");
        }
        List<Claim> cycle = parentCycle(claim);
        if (cycle != null) {
            StringBuilder path = new StringBuilder();
            for (Claim member : cycle) {
                path.append(member.getId()).append(" \u2192 ");
            }
            path.append(claim.getId());
            valid &= report(diagnostics, PARENT_CYCLE, claim, describe(claim) + " is its own ancestor (" + path + "); unnest one of these claims");
        }
        return valid;
    }

    /** The chain of parents that leads from {@code claim} back to itself, or null when it does not. */
    private static List<Claim> parentCycle(Claim claim) {
        Set<Claim> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Claim> chain = new ArrayList<>();
        for (Claim current = claim; current != null && seen.add(current); current = current.getParent()) {
            chain.add(current);
            if (current.getParent() == claim) {
                return chain;
            }
        }
        return null;
    }

    private boolean sameDocument(Claim claim, Annotation linked, String role, DiagnosticChain diagnostics) {
        if (linked == null || linked.getDocument() == claim.getDocument()) {
            return true;
        }
        Document other = linked.getDocument();
        return report(diagnostics, LINK_TO_OTHER_DOCUMENT, claim, describe(claim) + " has its " + role + " " + linked.getId()
                + " in " + (other == null ? "no document" : "document " + other.getId()) + "; link one from the same document");
    }

    private boolean validateSpeaker(SpeakerMention mention, DiagnosticChain diagnostics) {
        Speaker speaker = mention.getSpeaker();
        if (speaker == null) {
            return report(diagnostics, MENTION_WITHOUT_SPEAKER, mention, describe(mention) + " has no speaker; choose one from the registry");
        }
        if (speaker.eIsProxy()) {
            return report(diagnostics, MENTION_WITHOUT_SPEAKER, mention, describe(mention) + " refers to speaker "
                    + ((InternalEObject) speaker).eProxyURI().fragment() + ", which is not in the registry; choose another speaker");
        }
        return true;
    }

    private boolean validateAnnotationIds(Document document, DiagnosticChain diagnostics) {
        return reportDuplicateIds(document.getAnnotations(), Annotation::getId, DUPLICATE_ANNOTATION_ID, diagnostics,
                (annotation, first) -> describe(annotation) + " has the same id as " + describe(first) + "; give it its own id");
    }

    /** Links name a speaker by id, so two of a document's speakers with one id would load back as one (found by fuzzing). */
    private boolean validateSpeakerIds(Document document, DiagnosticChain diagnostics) {
        return reportDuplicateIds(document.getSpeakers(), Speaker::getId, DUPLICATE_SPEAKER_ID, diagnostics,
                (speaker, first) -> "Two speakers of document " + document.getId() + " have the id "
                        + speaker.getId() + " (" + speaker.getName() + " and " + first.getName() + "); merge them or rename one");
    }

    private boolean validateIds(Corpus corpus, DiagnosticChain diagnostics) {
        boolean valid = reportDuplicateIds(corpus.getDocuments(), DocumentEntry::getId, DUPLICATE_DOCUMENT_ID, diagnostics,
                (entry, first) -> "Two documents have the id " + entry.getId() + " (\"" + entry.getTitle() + "\" and \""
                        + first.getTitle() + "\"); rename one of them");
        return valid & reportDuplicateIds(corpus.getSpeakers(), Speaker::getId, DUPLICATE_SPEAKER_ID, diagnostics,
                (speaker, first) -> "Two speakers have the id " + speaker.getId() + " (" + speaker.getName() + " and "
                        + first.getName() + "); merge them or rename one");
    }

    /** Reports every object whose id an earlier one already has, with {@code message(object, earlier)}. */
    private static <T extends EObject> boolean reportDuplicateIds(List<T> objects, Function<T, String> id, int code, DiagnosticChain diagnostics,
            BiFunction<T, T, String> message) {
        boolean valid = true;
        Map<String, T> byId = new HashMap<>();
        for (T object : objects) {
            T first = id.apply(object) == null ? null : byId.putIfAbsent(id.apply(object), object);
            if (first != null && first != object) {
                valid &= report(diagnostics, code, object, message.apply(object, first));
            }
        }
        return valid;
    }

    /** E.g. {@code Claim a2 [29, 57) "the importance of…" in document doc-1}. */
    static String describe(Annotation annotation) {
        String text = annotation.getCoveredText();
        if (text.length() > 40) {
            text = text.substring(0, 40) + "\u2026";
        }
        Document document = annotation.getDocument();
        return annotation.eClass().getName() + " " + annotation.getId() + " [" + annotation.getBegin() + ", " + annotation.getEnd() + ")"
                + (text.isEmpty() ? "" : " \"" + text + "\"") + (document == null ? "" : " in document " + document.getId());
    }

    private static boolean report(DiagnosticChain diagnostics, int code, EObject object, String message) {
        if (diagnostics != null) {
            diagnostics.add(new BasicDiagnostic(Diagnostic.ERROR, DIAGNOSTIC_SOURCE, code, message, new Object[] { object }));
        }
        return false;
    }
}
