package org.sayer.model.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.sayer.model.Annotation;
import org.sayer.model.Claim;
import org.sayer.model.ClaimType;
import org.sayer.model.Corpus;
import org.sayer.model.Cue;
import org.sayer.model.Document;
import org.sayer.model.MentionKind;
import org.sayer.model.Origin;
import org.sayer.model.ReviewState;
import org.sayer.model.SayerFactory;
import org.sayer.model.SayerPackage.Literals;
import org.sayer.model.Speaker;
import org.sayer.model.WorkflowState;
import org.sayer.model.SpeakerMention;

/**
 * The edits of an annotation editor, as EMF commands built through the editing domain: run them
 * with {@link EditingDomainService#execute(Command)} and each one is a single step of undo and redo.
 *
 * <p>A command is built for the model as it is when the method is called; run it right away.
 * Edits that touch an annotation also stamp its timestamp, and new annotations are MANUAL and
 * ACCEPTED, made by {@code producer} (the analyst) at the time they are made. Every review decision
 * (accept, reject, or an edit of a machine suggestion) records the analyst as its reviewer, and when.
 */
public class AnnotationCommands {

    private final EditingDomain domain;
    private final String producer;
    private final LongSupplier clock;

    public AnnotationCommands(EditingDomain domain, String producer, LongSupplier clock) {
        this.domain = domain;
        this.producer = producer;
        this.clock = clock;
    }

    /** The analyst these commands act for. */
    public String analyst() {
        return producer;
    }

    /** Commands made by the current OS user, stamped with the wall clock. */
    public AnnotationCommands(EditingDomain domain) {
        this(domain, System.getProperty("user.name"), System::currentTimeMillis);
    }

    // --- creating -------------------------------------------------------------------------------

    /** Marks [begin, end) as a mention of {@code speaker} (which may be null, to be chosen later). */
    public Command createMention(Document document, int begin, int end, Speaker speaker, MentionKind kind) {
        SpeakerMention mention = SayerFactory.eINSTANCE.createSpeakerMention();
        mention.setSpeaker(speaker);
        mention.setKind(kind);
        return create(document, mention, "m", begin, end, "Mark speaker mention");
    }

    /** Marks [begin, end) as a cue (the reporting words). */
    public Command createCue(Document document, int begin, int end) {
        return create(document, SayerFactory.eINSTANCE.createCue(), "c", begin, end, "Mark cue");
    }

    /** Marks [begin, end) as the content of a claim; source, cue and parent may be null. */
    public Command createClaim(Document document, int begin, int end, ClaimType type, SpeakerMention source, Cue cue, Claim parent) {
        Claim claim = SayerFactory.eINSTANCE.createClaim();
        claim.setType(type);
        claim.setSource(source);
        claim.setCue(cue);
        claim.setParent(parent);
        return create(document, claim, "a", begin, end, "Mark claim");
    }

    /** The annotation a create command adds (e.g. to select it after the command ran). */
    public static Annotation created(Command createCommand) {
        for (Object result : createCommand.getAffectedObjects()) {
            if (result instanceof Annotation annotation) {
                return annotation;
            }
        }
        return null;
    }

    private Command create(Document document, Annotation annotation, String idPrefix, int begin, int end, String label) {
        annotation.setId(freshId(document, idPrefix));
        annotation.setBegin(begin);
        annotation.setEnd(end);
        annotation.setOrigin(Origin.MANUAL);
        annotation.setReview(ReviewState.ACCEPTED);
        annotation.setProducer(producer);
        long now = clock.getAsLong();
        annotation.setTimestamp(now);
        annotation.setCreated(now);
        return labelled(label, AddCommand.create(domain, document, Literals.DOCUMENT__ANNOTATIONS, annotation));
    }

    /**
     * An id not used by any annotation of the document: the prefix and a number above every number
     * the document's ids end in. The document keeps its counter (see {@link IdCounter}), so this is
     * O(1) after the first call instead of a scan of all annotations per new one.
     */
    private static String freshId(Document document, String prefix) {
        return prefix + IdCounter.of(document).next();
    }

    /**
     * The highest number a document's annotation ids end in, kept up to date as annotations are
     * added. It only ever grows: an id handed out and then undone is never handed out again, so a
     * redo cannot collide with a newer annotation. A document read from disk gets a fresh counter,
     * seeded once from its ids.
     */
    static final class IdCounter extends AdapterImpl {

        /** Longer digit runs (e.g. timestamps in imported ids) cannot be a counter we hand out. */
        private static final int MAX_DIGITS = 15;

        private long highest;

        static IdCounter of(Document document) {
            for (Adapter adapter : document.eAdapters()) {
                if (adapter instanceof IdCounter counter) {
                    return counter;
                }
            }
            IdCounter counter = new IdCounter();
            // Seeded with the size too, so a fresh document's ids go on from its annotation count.
            counter.highest = document.getAnnotations().size();
            for (Annotation annotation : document.getAnnotations()) {
                counter.see(annotation);
            }
            document.eAdapters().add(counter);
            return counter;
        }

        long next() {
            return ++highest;
        }

        @Override
        public boolean isAdapterForType(Object type) {
            return type == IdCounter.class;
        }

        @Override
        public void notifyChanged(Notification notification) {
            if (notification.getFeature() != Literals.DOCUMENT__ANNOTATIONS) {
                return;
            }
            if (notification.getEventType() == Notification.ADD && notification.getNewValue() instanceof Annotation added) {
                see(added);
            } else if (notification.getEventType() == Notification.ADD_MANY && notification.getNewValue() instanceof Collection<?> added) {
                for (Object object : added) {
                    if (object instanceof Annotation annotation) {
                        see(annotation);
                    }
                }
            }
        }

        private void see(Annotation annotation) {
            highest = Math.max(highest, trailingNumber(annotation.getId()));
        }

        static long trailingNumber(String id) {
            if (id == null) {
                return 0;
            }
            int start = id.length();
            while (start > 0 && Character.isDigit(id.charAt(start - 1)) && id.length() - start < MAX_DIGITS) {
                start--;
            }
            if (start == id.length() || start > 0 && Character.isDigit(id.charAt(start - 1))) {
                return 0; // no digits, or more than MAX_DIGITS of them
            }
            return Long.parseLong(id, start, id.length(), 10);
        }
    }

    // --- deleting -------------------------------------------------------------------------------

    /** Deletes annotations and clears every claim's source, cue or parent that pointed at one of them. */
    public Command delete(Collection<? extends Annotation> annotations) {
        CompoundCommand command = new CompoundCommand(annotations.size() == 1 ? "Delete annotation" : "Delete annotations");
        Set<Document> documents = documentsOf(annotations);
        if (documents.contains(null)) {
            return UnexecutableCommand.INSTANCE;
        }
        unlink(command, annotations);
        for (Document document : documents) {
            List<Annotation> inDocument = new ArrayList<>();
            for (Annotation annotation : annotations) {
                if (annotation.getDocument() == document) {
                    inDocument.add(annotation);
                }
            }
            command.append(RemoveCommand.create(domain, document, Literals.DOCUMENT__ANNOTATIONS, inDocument));
        }
        return command;
    }

    public Command delete(Annotation annotation) {
        return delete(List.of(annotation));
    }

    private static Set<Document> documentsOf(Collection<? extends Annotation> annotations) {
        Set<Document> documents = new LinkedHashSet<>();
        for (Annotation annotation : annotations) {
            documents.add(annotation.getDocument());
        }
        return documents;
    }

    /** Appends to {@code command} the clearing of every claim's source, cue or parent that is one of {@code doomed}. */
    private void unlink(CompoundCommand command, Collection<? extends Annotation> annotations) {
        Set<Annotation> doomed = new HashSet<>(annotations);
        for (Document document : documentsOf(annotations)) {
            if (document == null) {
                continue;
            }
            for (Annotation other : document.getAnnotations()) {
                if (other instanceof Claim claim && !doomed.contains(claim)) {
                    clearIfDoomed(command, claim, Literals.CLAIM__SOURCE, claim.getSource(), doomed);
                    clearIfDoomed(command, claim, Literals.CLAIM__CUE, claim.getCue(), doomed);
                    clearIfDoomed(command, claim, Literals.CLAIM__PARENT, claim.getParent(), doomed);
                    clearIfDoomed(command, claim, Literals.CLAIM__CONTINUES, claim.getContinues(), doomed);
                }
            }
        }
    }

    private void clearIfDoomed(CompoundCommand command, Claim claim, EStructuralFeature feature, Object target, Set<Annotation> doomed) {
        if (target != null && doomed.contains(target)) {
            command.append(SetCommand.create(domain, claim, feature, null));
        }
    }

    // --- changing annotations -------------------------------------------------------------------

    /** Moves the boundaries of an annotation to [begin, end). */
    public Command setBoundary(Annotation annotation, int begin, int end) {
        return touched("Change boundary", annotation, set(annotation, Literals.ANNOTATION__BEGIN, begin),
                set(annotation, Literals.ANNOTATION__END, end));
    }

    public Command setClaimType(Claim claim, ClaimType type) {
        return touched("Set claim type", claim, set(claim, Literals.CLAIM__TYPE, type));
    }

    /** Links (or, with null, unlinks) who made the claim. */
    public Command linkSource(Claim claim, SpeakerMention source) {
        return touched(source == null ? "Unlink source" : "Link source", claim, set(claim, Literals.CLAIM__SOURCE, source));
    }

    /** Links (or, with null, unlinks) the reporting words of the claim. */
    public Command linkCue(Claim claim, Cue cue) {
        return touched(cue == null ? "Unlink cue" : "Link cue", claim, set(claim, Literals.CLAIM__CUE, cue));
    }

    /** Nests a claim in {@code parent} (or, with null, makes it top level). */
    public Command setParent(Claim claim, Claim parent) {
        return touched(parent == null ? "Unnest claim" : "Nest claim", claim, set(claim, Literals.CLAIM__PARENT, parent));
    }

    /** Makes {@code claim} the second part of the quotation {@code earlier} begins (or, with null, a claim of its own). */
    public Command setContinues(Claim claim, Claim earlier) {
        return touched(earlier == null ? "Split quotation" : "Join quotation", claim, set(claim, Literals.CLAIM__CONTINUES, earlier));
    }

    /** Points a mention at another speaker of the registry. */
    public Command reassignSpeaker(SpeakerMention mention, Speaker speaker) {
        return touched("Reassign speaker", mention, set(mention, Literals.SPEAKER_MENTION__SPEAKER, speaker));
    }

    // --- reviewing ------------------------------------------------------------------------------

    /** Accepts suggestions: they stay, as ACCEPTED. */
    public Command accept(Collection<? extends Annotation> annotations) {
        return review(annotations, ReviewState.ACCEPTED, "Accept");
    }

    /**
     * Rejects suggestions: they stay in the document as REJECTED, so the rejection is remembered.
     * A rejected annotation is never part of another: every claim whose source, cue or parent it was
     * loses that link in the same step (undoing the rejection brings the link back).
     */
    public Command reject(Collection<? extends Annotation> annotations) {
        return review(annotations, ReviewState.REJECTED, "Reject");
    }

    public Command accept(Annotation annotation) {
        return accept(List.of(annotation));
    }

    public Command reject(Annotation annotation) {
        return reject(List.of(annotation));
    }

    /** Sets any review state, e.g. back to PENDING; REJECTED unlinks as {@link #reject} says. */
    public Command review(Collection<? extends Annotation> annotations, ReviewState state, String label) {
        CompoundCommand command = new CompoundCommand(label + (annotations.size() == 1 ? " suggestion" : " suggestions"));
        long now = clock.getAsLong();
        for (Annotation annotation : annotations) {
            command.append(set(annotation, Literals.ANNOTATION__REVIEW, state));
            command.append(set(annotation, Literals.ANNOTATION__TIMESTAMP, now));
            command.append(set(annotation, Literals.ANNOTATION__REVIEWER, producer));
            command.append(set(annotation, Literals.ANNOTATION__REVIEWED, now));
        }
        if (state == ReviewState.REJECTED) {
            unlink(command, annotations);
        }
        return command;
    }

    // --- done -----------------------------------------------------------------------------------

    /**
     * Marks the document done by this analyst, or with {@code done} false takes the mark back. Done
     * with no suggestion left pending, the document is REVIEWED, also when every annotation in it
     * was made by hand; taking back the last mark makes it IN_PROGRESS again. Unexecutable while
     * suggestions are pending (see {@link #pendingCount}) or when nothing would change.
     */
    public Command markDone(Document document, boolean done) {
        boolean marked = document.getDoneBy().contains(producer);
        if (done == marked || done && pendingCount(document) > 0) {
            return UnexecutableCommand.INSTANCE;
        }
        CompoundCommand command = new CompoundCommand(done ? "Mark document done" : "Mark document not done");
        if (done) {
            command.append(AddCommand.create(domain, document, Literals.DOCUMENT__DONE_BY, producer));
            command.append(set(document, Literals.DOCUMENT__STATE, WorkflowState.REVIEWED));
        } else {
            command.append(RemoveCommand.create(domain, document, Literals.DOCUMENT__DONE_BY, producer));
            if (document.getDoneBy().size() == 1 && document.getState() == WorkflowState.REVIEWED) {
                command.append(set(document, Literals.DOCUMENT__STATE, WorkflowState.IN_PROGRESS));
            }
        }
        return command;
    }

    /** The suggestions of {@code document} still waiting for a decision. */
    public static int pendingCount(Document document) {
        int pending = 0;
        for (Annotation annotation : document.getAnnotations()) {
            if (annotation.getReview() == ReviewState.PENDING) {
                pending++;
            }
        }
        return pending;
    }

    // --- the speaker registry -------------------------------------------------------------------

    /**
     * Merges {@code duplicate} into {@code kept}: every mention in the loaded documents and every
     * document's speaker list points at {@code kept} afterwards; the duplicate's name and aliases
     * become aliases of {@code kept}, its empty fields are filled from the duplicate, and the
     * duplicate leaves the registry.
     *
     * <p>Only documents loaded in the domain's resource set are re-pointed: load the documents
     * that mention the duplicate first, with
     * {@link org.sayer.model.query.SpeakerUsage#loadDocumentsMentioning SpeakerUsage.loadDocumentsMentioning}
     * (a document left unloaded keeps a dangling link, which validation reports as a mention
     * without a speaker).
     */
    public Command mergeSpeakers(Speaker kept, Speaker duplicate) {
        if (kept == duplicate || !(duplicate.eContainer() instanceof Corpus corpus)) {
            return UnexecutableCommand.INSTANCE;
        }
        CompoundCommand command = new CompoundCommand("Merge " + Labels.speaker(duplicate) + " into " + Labels.speaker(kept));
        for (Document document : loadedDocuments()) {
            int position = document.getSpeakers().indexOf(duplicate);
            if (position >= 0) {
                command.append(document.getSpeakers().contains(kept)
                        ? RemoveCommand.create(domain, document, Literals.DOCUMENT__SPEAKERS, duplicate)
                        : SetCommand.create(domain, document, Literals.DOCUMENT__SPEAKERS, kept, position));
            }
            for (Annotation annotation : document.getAnnotations()) {
                if (annotation instanceof SpeakerMention mention && mention.getSpeaker() == duplicate) {
                    command.append(set(mention, Literals.SPEAKER_MENTION__SPEAKER, kept));
                }
            }
        }
        Set<String> aliases = new LinkedHashSet<>(kept.getAliases());
        aliases.add(duplicate.getName());
        aliases.addAll(duplicate.getAliases());
        aliases.remove(kept.getName());
        aliases.remove(null);
        aliases.removeIf(String::isBlank);
        command.append(set(kept, Literals.SPEAKER__ALIASES, new ArrayList<>(aliases)));
        fillIfEmpty(command, kept, duplicate, Literals.SPEAKER__ROLE);
        fillIfEmpty(command, kept, duplicate, Literals.SPEAKER__ORGANISATION);
        fillIfEmpty(command, kept, duplicate, Literals.SPEAKER__EXTERNAL_ID);
        command.append(RemoveCommand.create(domain, corpus, Literals.CORPUS__SPEAKERS, duplicate));
        return command;
    }

    private void fillIfEmpty(CompoundCommand command, Speaker kept, Speaker duplicate, EStructuralFeature feature) {
        Object mine = kept.eGet(feature);
        Object theirs = duplicate.eGet(feature);
        if ((mine == null || mine.toString().isBlank()) && theirs != null) {
            command.append(set(kept, feature, theirs));
        }
    }

    /** Replaces the aliases of a speaker (blank and repeated ones are dropped). */
    public Command setAliases(Speaker speaker, Collection<String> aliases) {
        Set<String> cleaned = new LinkedHashSet<>();
        for (String alias : aliases) {
            if (alias != null && !alias.isBlank()) {
                cleaned.add(alias.strip());
            }
        }
        return labelled("Edit aliases", set(speaker, Literals.SPEAKER__ALIASES, new ArrayList<>(cleaned)));
    }

    public Command addAlias(Speaker speaker, String alias) {
        List<String> aliases = new ArrayList<>(speaker.getAliases());
        aliases.add(alias);
        return setAliases(speaker, aliases);
    }

    public Command removeAlias(Speaker speaker, String alias) {
        List<String> aliases = new ArrayList<>(speaker.getAliases());
        aliases.remove(alias);
        return setAliases(speaker, aliases);
    }

    public Command setRole(Speaker speaker, String role) {
        return labelled("Edit role", set(speaker, Literals.SPEAKER__ROLE, role));
    }

    // --- helpers --------------------------------------------------------------------------------

    private Command set(EObject owner, EStructuralFeature feature, Object value) {
        return SetCommand.create(domain, owner, feature, value);
    }

    /**
     * One undo step of {@code edits} that also stamps the annotation's timestamp; an edit of a
     * machine suggestion is a review decision, so it records the analyst as reviewer too.
     */
    private Command touched(String label, Annotation annotation, Command... edits) {
        CompoundCommand command = new CompoundCommand(label);
        for (Command edit : edits) {
            command.append(edit);
        }
        long now = clock.getAsLong();
        command.append(set(annotation, Literals.ANNOTATION__TIMESTAMP, now));
        if (annotation.getOrigin() == Origin.AUTOMATIC) {
            command.append(set(annotation, Literals.ANNOTATION__REVIEWER, producer));
            command.append(set(annotation, Literals.ANNOTATION__REVIEWED, now));
        }
        return command;
    }

    private static Command labelled(String label, Command command) {
        CompoundCommand compound = new CompoundCommand(label);
        compound.append(command);
        return compound;
    }

    private List<Document> loadedDocuments() {
        List<Document> documents = new ArrayList<>();
        for (Resource resource : new ArrayList<>(domain.getResourceSet().getResources())) {
            if (resource.isLoaded() && !resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Document document) {
                documents.add(document);
            }
        }
        return documents;
    }
}
