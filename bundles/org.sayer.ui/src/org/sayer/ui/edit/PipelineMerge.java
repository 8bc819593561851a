package org.sayer.ui.edit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.sayer.model.Annotation;
import org.sayer.model.Corpus;
import org.sayer.model.Document;
import org.sayer.model.ReviewState;
import org.sayer.model.SayerFactory;
import org.sayer.model.SayerPackage;
import org.sayer.model.Speaker;
import org.sayer.model.WorkflowState;

/**
 * Lets the pipeline run off the UI thread without touching the live model: the pipeline annotates
 * a private copy of a document and of the speaker registry, and what it added comes back as one
 * undoable command. Copy on the UI thread, annotate anywhere, build the command on the UI thread.
 */
public final class PipelineMerge {

    private static final SayerPackage P = SayerPackage.eINSTANCE;

    private final Corpus corpus;
    private final Document original;
    private final Document copy;
    private final Corpus registryCopy;
    private final Map<EObject, EObject> originalOf = new HashMap<>();

    private PipelineMerge(Corpus corpus, Document original) {
        this.corpus = corpus;
        this.original = original;
        EcoreUtil.Copier copier = new EcoreUtil.Copier();
        copy = (Document) copier.copy(original);
        registryCopy = SayerFactory.eINSTANCE.createCorpus();
        registryCopy.setName(corpus.getName());
        registryCopy.getSpeakers().addAll(copier.copyAll(corpus.getSpeakers()));
        copier.copyReferences();
        copier.forEach((from, to) -> originalOf.put(to, from));
    }

    /** Copies {@code document} and the registry of {@code corpus}; call on the UI thread. */
    public static PipelineMerge prepare(Corpus corpus, Document document) {
        return new PipelineMerge(corpus, document);
    }

    /** The copy the pipeline may change. */
    public Document document() {
        return copy;
    }

    /** The registry copy the pipeline may add speakers to. */
    public Corpus registry() {
        return registryCopy;
    }

    /**
     * What the pipeline changed, as one command: its new annotations and speakers are added, the
     * pending suggestions it dropped are removed, and a new document becomes pre-annotated.
     * Returns null when nothing changed. Call on the UI thread.
     */
    public Command command(EditingDomain domain) {
        CompoundCommand command = new CompoundCommand("Pre-annotate " + original.getId());
        for (Speaker speaker : new ArrayList<>(registryCopy.getSpeakers())) {
            if (!originalOf.containsKey(speaker)) {
                command.append(new AddCommand(domain, corpus, P.getCorpus_Speakers(), speaker));
            }
        }
        List<Annotation> added = new ArrayList<>();
        for (Annotation annotation : copy.getAnnotations()) {
            if (!originalOf.containsKey(annotation)) {
                added.add(annotation);
            }
        }
        for (Annotation annotation : added) {
            pointAtOriginals(annotation);
        }
        if (!added.isEmpty()) {
            command.append(new AddCommand(domain, original, P.getDocument_Annotations(), added));
        }
        List<EObject> kept = new ArrayList<>();
        for (Annotation annotation : copy.getAnnotations()) {
            kept.add(originalOf.get(annotation));
        }
        for (Annotation annotation : original.getAnnotations()) {
            if (annotation.getReview() == ReviewState.PENDING && !kept.contains(annotation)) {
                command.append(new RemoveCommand(domain, original, P.getDocument_Annotations(), annotation));
            }
        }
        for (Speaker speaker : copy.getSpeakers()) {
            Speaker live = (Speaker) originalOf.getOrDefault(speaker, speaker);
            if (!original.getSpeakers().contains(live)) {
                command.append(new AddCommand(domain, original, P.getDocument_Speakers(), live));
            }
        }
        if (original.getState() == null || original.getState() == WorkflowState.NEW) {
            command.append(new SetCommand(domain, original, P.getDocument_State(), WorkflowState.PRE_ANNOTATED));
        }
        return command.isEmpty() ? null : command;
    }

    /** A new annotation's references to copies of live objects are turned to the live ones. */
    private void pointAtOriginals(Annotation annotation) {
        for (EReference reference : annotation.eClass().getEAllReferences()) {
            if (!reference.isContainment() && !reference.isMany() && !reference.isDerived() && reference.isChangeable()) {
                Object target = annotation.eGet(reference);
                EObject live = target == null ? null : originalOf.get(target);
                if (live != null) {
                    // The annotation is still the pipeline's private copy; this is not a model edit.
                    annotation.eSet(reference, live);
                }
            }
        }
    }
}
