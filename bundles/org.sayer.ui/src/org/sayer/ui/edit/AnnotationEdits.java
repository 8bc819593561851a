package org.sayer.ui.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.sayer.model.query.AnnotationIndex;
import org.sayer.model.edit.AnnotationCommands;
import org.sayer.model.Annotation;
import org.sayer.model.Claim;
import org.sayer.model.ClaimType;
import org.sayer.model.Corpus;
import org.sayer.model.Cue;
import org.sayer.model.Document;
import org.sayer.model.MentionKind;
import org.sayer.model.ReviewState;
import org.sayer.model.SayerFactory;
import org.sayer.model.SayerPackage;
import org.sayer.model.Speaker;
import org.sayer.model.SpeakerMention;
import org.sayer.model.SpeakerType;
import org.sayer.model.WorkflowState;

/**
 * The undoable commands behind every annotation edit the workbench makes: the model's
 * {@link AnnotationCommands}, plus what an editor adds on top (the registry speaker a new mention
 * refers to, the claim a new claim nests in, the document's workflow state). Nothing here changes
 * the model: callers run the commands on the editing domain's stack, so every edit can be undone.
 */
public final class AnnotationEdits {

    private static final SayerPackage P = SayerPackage.eINSTANCE;
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "him", "her", "them", "we", "i",
            "you", "his", "hers", "their");
    private static final AtomicLong SEQUENCE = new AtomicLong();

    private final EditingDomain domain;
    private final AnnotationCommands commands;

    public AnnotationEdits(EditingDomain domain, String user) {
        this.domain = domain;
        this.commands = new AnnotationCommands(domain, user, System::currentTimeMillis);
    }

    /** What a key marks in the text. */
    public enum Mark {
        SPEAKER, CUE, DIRECT, INDIRECT, MIXED;

        public ClaimType claimType() {
            return switch (this) {
                case DIRECT -> ClaimType.DIRECT;
                case INDIRECT -> ClaimType.INDIRECT;
                case MIXED -> ClaimType.MIXED;
                default -> null;
            };
        }
    }

    /**
     * Marks {@code [begin, end)} of {@code document} as a manual, accepted annotation. A speaker
     * mention is tied to the registry speaker of that name or alias (see {@link SpeakerNames}: no
     * brackets, no title), a surname alone to the nearest earlier speaker of the document with that
     * surname, a pronoun to the speaker of the nearest mention before it; a new registry speaker is
     * made only when none fits. A claim gets as parent the innermost claim that holds it.
     */
    public Command mark(Corpus corpus, Document document, AnnotationIndex index, Mark mark, int begin, int end) {
        CompoundCommand command = new CompoundCommand("Mark " + mark.name().toLowerCase(Locale.ROOT));
        String covered = document.getText().substring(begin, end).strip();
        switch (mark) {
            case SPEAKER -> {
                Speaker speaker;
                MentionKind kind;
                if (PRONOUNS.contains(covered.toLowerCase(Locale.ROOT))) {
                    kind = MentionKind.PRONOUN;
                    speaker = nearestSpeakerBefore(index, begin);
                } else {
                    kind = !covered.isEmpty() && Character.isLowerCase(covered.charAt(0)) ? MentionKind.NOMINAL : MentionKind.NAME;
                    speaker = registrySpeaker(command, corpus, document, index, begin, covered);
                }
                command.append(commands.createMention(document, begin, end, speaker, kind));
            }
            case CUE -> command.append(commands.createCue(document, begin, end));
            default -> command.append(commands.createClaim(document, begin, end, mark.claimType(), null, null,
                    innermostClaimHolding(index, begin, end, null)));
        }
        touch(command, document);
        return command;
    }

    /** The registry speaker that {@code marked} names; a new one (added to the registry) when there is none. */
    private Speaker registrySpeaker(CompoundCommand command, Corpus corpus, Document document, AnnotationIndex index, int begin,
            String marked) {
        SpeakerNames names = SpeakerNames.of(marked);
        Speaker speaker = findSpeaker(corpus, names.name());
        if (speaker == null) {
            speaker = findSpeaker(corpus, marked);
        }
        if (speaker == null && names.isSingleName()) {
            speaker = nearestWithSurname(index, begin, document, names.name().toLowerCase(Locale.ROOT));
        }
        if (speaker == null) {
            speaker = newSpeaker(command, corpus, names);
        }
        takePart(command, document, speaker);
        return speaker;
    }

    /** A new registry speaker of that name (and title as role), added to the corpus by {@code command}. */
    private Speaker newSpeaker(CompoundCommand command, Corpus corpus, SpeakerNames names) {
        Speaker speaker = SayerFactory.eINSTANCE.createSpeaker();
        speaker.setId("s-" + newId());
        speaker.setName(names.name());
        speaker.setRole(names.title());
        speaker.setType(SpeakerType.PERSON);
        if (corpus != null) {
            command.append(new AddCommand(domain, corpus, P.getCorpus_Speakers(), speaker));
        }
        return speaker;
    }

    private void takePart(CompoundCommand command, Document document, Speaker speaker) {
        if (!document.getSpeakers().contains(speaker)) {
            command.append(new AddCommand(domain, document, P.getDocument_Speakers(), speaker));
        }
    }

    /**
     * Assigns a speaker mention to another registry speaker, or (with {@code speaker} null) to a new
     * one named {@code newName}. The new speaker joins the registry in the same step, so undoing the
     * edit in the document takes it out again; the old speaker stops taking part in the document
     * when no other mention there refers to it.
     */
    public Command reassign(Corpus corpus, Document document, SpeakerMention mention, Speaker speaker, String newName) {
        CompoundCommand command = new CompoundCommand("Reassign speaker");
        Speaker target = speaker != null ? speaker : newSpeaker(command, corpus, SpeakerNames.of(newName));
        takePart(command, document, target);
        command.append(commands.reassignSpeaker(mention, target));
        Speaker old = mention.getSpeaker();
        if (old != null && old != target && document.getSpeakers().contains(old) && document.getAnnotations().stream()
                .noneMatch(a -> a != mention && a instanceof SpeakerMention m && m.getSpeaker() == old)) {
            command.append(new RemoveCommand(domain, document, P.getDocument_Speakers(), old));
        }
        touch(command, document);
        return command;
    }

    /** The registry speaker whose name or one of whose aliases is {@code name}, ignoring case. */
    public static Speaker findSpeaker(Corpus corpus, String name) {
        if (corpus == null) {
            return null;
        }
        for (Speaker speaker : corpus.getSpeakers()) {
            if (name.equalsIgnoreCase(speaker.getName())) {
                return speaker;
            }
            for (String alias : speaker.getAliases()) {
                if (name.equalsIgnoreCase(alias)) {
                    return speaker;
                }
            }
        }
        return null;
    }

    /** The speaker of the nearest earlier mention whose surname is {@code surname}, else one of the document's speakers that has it. */
    private static Speaker nearestWithSurname(AnnotationIndex index, int offset, Document document, String surname) {
        Speaker found = null;
        for (Annotation annotation : index.all()) {
            if (annotation.getBegin() >= offset) {
                break;
            }
            if (annotation instanceof SpeakerMention m && m.getSpeaker() != null && m.getReview() != ReviewState.REJECTED
                    && surname.equals(SpeakerNames.surnameOf(m.getSpeaker().getName()))) {
                found = m.getSpeaker();
            }
        }
        if (found == null) {
            for (Speaker speaker : document.getSpeakers()) {
                if (surname.equals(SpeakerNames.surnameOf(speaker.getName()))) {
                    return speaker;
                }
            }
        }
        return found;
    }

    private static Speaker nearestSpeakerBefore(AnnotationIndex index, int offset) {
        Speaker found = null;
        for (Annotation annotation : index.all()) {
            if (annotation.getBegin() >= offset) {
                break;
            }
            if (annotation instanceof SpeakerMention m && m.getSpeaker() != null && m.getReview() != ReviewState.REJECTED) {
                found = m.getSpeaker();
            }
        }
        return found;
    }

    /** The innermost live claim that holds {@code [begin, end)} and is larger than it, other than {@code except}. */
    public static Claim innermostClaimHolding(AnnotationIndex index, int begin, int end, Claim except) {
        Claim best = null;
        for (Annotation annotation : index.overlapping(begin, end)) {
            if (annotation instanceof Claim c && c != except && c.getReview() != ReviewState.REJECTED
                    && c.getBegin() <= begin && c.getEnd() >= end && c.getEnd() - c.getBegin() > end - begin
                    && (best == null || c.getEnd() - c.getBegin() < best.getEnd() - best.getBegin())) {
                best = c;
            }
        }
        return best;
    }

    /** Sets a claim's source speaker mention or cue (the feature says which). */
    public Command link(Document document, Claim claim, EStructuralFeature feature, Annotation target) {
        CompoundCommand command = new CompoundCommand(feature == P.getClaim_Source() ? "Link speaker" : "Link cue");
        command.append(feature == P.getClaim_Source() ? commands.linkSource(claim, (SpeakerMention) target)
                : commands.linkCue(claim, (Cue) target));
        touch(command, document);
        return command;
    }

    public static EStructuralFeature sourceFeature() {
        return P.getClaim_Source();
    }

    public static EStructuralFeature cueFeature() {
        return P.getClaim_Cue();
    }

    /** Removes an annotation, and every reference the document's claims hold to it. */
    public Command delete(Document document, Annotation annotation) {
        CompoundCommand command = new CompoundCommand("Delete annotation");
        command.append(commands.delete(annotation));
        touch(command, document);
        return command;
    }

    /** Moves an annotation's boundaries. */
    public Command setBounds(Document document, Annotation annotation, int begin, int end) {
        CompoundCommand command = new CompoundCommand("Change boundaries");
        command.append(commands.setBoundary(annotation, begin, end));
        touch(command, document);
        return command;
    }

    /**
     * Accepts or rejects suggestions, or (PENDING) restores rejected ones to the queue; rejected ones
     * stay in the document, marked REJECTED.
     */
    public Command review(Document document, Collection<? extends Annotation> annotations, ReviewState state) {
        String verb = verb(state);
        CompoundCommand command = new CompoundCommand(verb);
        List<Annotation> changing = new ArrayList<>();
        for (Annotation annotation : annotations) {
            if (annotation.getReview() != state) {
                changing.add(annotation);
            }
        }
        command.append(commands.review(changing, state, verb));
        touch(command, document);
        return command;
    }

    /**
     * {@link #review} and the document's state with it, as one step: the document is reviewed once
     * no suggestion is left pending, and a suggestion restored to pending makes a reviewed document
     * in progress again. Null when there is nothing to decide.
     */
    public Command decide(Document document, Collection<? extends Annotation> annotations, ReviewState state) {
        if (annotations.isEmpty()) {
            return null;
        }
        CompoundCommand command = new CompoundCommand(verb(state) + " " + annotations.size()
                + (annotations.size() == 1 ? " suggestion" : " suggestions"));
        command.append(review(document, annotations, state));
        Set<Annotation> deciding = Collections.newSetFromMap(new IdentityHashMap<>()); // a bulk decision may take thousands
        deciding.addAll(annotations);
        if (state == ReviewState.PENDING) {
            if (document.getState() == WorkflowState.REVIEWED) {
                command.append(setState(document, WorkflowState.IN_PROGRESS));
            }
        } else if (document.getAnnotations().stream().noneMatch(a -> isPending(a) && !deciding.contains(a))) {
            command.append(setState(document, WorkflowState.REVIEWED));
        }
        return command;
    }

    private static String verb(ReviewState state) {
        return switch (state) {
            case ACCEPTED -> "Accept";
            case REJECTED -> "Reject";
            case PENDING -> "Restore";
        };
    }

    /** Accepts a suggestion with new boundaries (review mode's E). */
    public Command acceptWithBounds(Document document, Annotation annotation, int begin, int end) {
        CompoundCommand command = new CompoundCommand("Edit and accept");
        command.append(setBounds(document, annotation, begin, end));
        command.append(commands.accept(annotation));
        return command;
    }

    /** Gives a claim another type; every part of a split quotation gets it, as the parts are one claim. */
    public Command setClaimType(Document document, Claim claim, ClaimType type) {
        CompoundCommand command = new CompoundCommand("Change claim type");
        for (Claim part : quotationParts(document, claim)) {
            if (part.getType() != type) {
                command.append(commands.setClaimType(part, type));
            }
        }
        touch(command, document);
        return command;
    }

    /**
     * Joins {@code later} to {@code earlier} as the two parts of one quotation that a reporting clause
     * splits: the later part continues the earlier one, says it through the same source and has no
     * cue of its own (a cue it had goes to the earlier part when that has none), and takes its type.
     */
    public Command joinQuotation(Document document, Claim earlier, Claim later) {
        CompoundCommand command = new CompoundCommand("Join quotation parts");
        command.append(commands.setContinues(later, earlier));
        if (later.getSource() != earlier.getSource()) {
            command.append(commands.linkSource(later, earlier.getSource()));
        }
        if (later.getCue() != null) {
            if (earlier.getCue() == null) {
                command.append(commands.linkCue(earlier, later.getCue()));
            }
            command.append(commands.linkCue(later, null));
        }
        if (later.getType() != earlier.getType()) {
            command.append(commands.setClaimType(later, earlier.getType()));
        }
        touch(command, document);
        return command;
    }

    /** Splits a joined quotation again: {@code later} becomes a claim of its own (keeping its source). */
    public Command splitQuotation(Document document, Claim later) {
        CompoundCommand command = new CompoundCommand("Split quotation parts");
        command.append(commands.setContinues(later, null));
        touch(command, document);
        return command;
    }

    /** The parts of the quotation {@code claim} belongs to, in order (just the claim when it stands alone). */
    public static List<Claim> quotationParts(Document document, Claim claim) {
        Claim first = claim;
        // A cycle is invalid model data; the bound keeps this safe anyway.
        for (int i = 0; first.getContinues() != null && i < 32; i++) {
            first = first.getContinues();
        }
        List<Claim> parts = new ArrayList<>(List.of(first));
        for (Claim next = laterPart(document, first); next != null && !parts.contains(next) && parts.size() < 32; next = laterPart(document, next)) {
            parts.add(next);
        }
        return parts;
    }

    /** The claim that continues {@code claim}, or null. */
    public static Claim laterPart(Document document, Claim claim) {
        for (Annotation annotation : document.getAnnotations()) {
            if (annotation instanceof Claim other && other.getContinues() == claim && other.getReview() != ReviewState.REJECTED) {
                return other;
            }
        }
        return null;
    }

    /** The analyst these edits are recorded under. */
    public String analyst() {
        return commands.analyst();
    }

    /** Marks the document done by this analyst, or takes the mark back (see {@link AnnotationCommands#markDone}). */
    public Command markDone(Document document, boolean done) {
        return commands.markDone(document, done);
    }

    public Command setState(Document document, WorkflowState state) {
        return new SetCommand(domain, document, P.getDocument_State(), state);
    }

    /** Sets a plain attribute of a speaker (name, role, organisation). */
    public Command setSpeakerAttribute(Speaker speaker, EStructuralFeature feature, Object value) {
        return new SetCommand(domain, speaker, feature, value);
    }

    public Command setAliases(Speaker speaker, List<String> aliases) {
        return commands.setAliases(speaker, aliases);
    }

    /**
     * Merges {@code dropped} into {@code kept}: mentions move to {@code kept} in every loaded
     * document (callers load all documents first), names become aliases, the dropped one leaves.
     */
    public Command mergeSpeakers(Speaker kept, Speaker dropped) {
        return commands.mergeSpeakers(kept, dropped);
    }

    /** A document an analyst edits is in progress, unless it was already reviewed. */
    private void touch(CompoundCommand command, Document document) {
        WorkflowState state = document.getState();
        if (state == null || state == WorkflowState.NEW || state == WorkflowState.PRE_ANNOTATED) {
            command.append(new SetCommand(domain, document, P.getDocument_State(), WorkflowState.IN_PROGRESS));
        }
    }

    private static String newId() {
        return "m" + Long.toString(System.currentTimeMillis(), 36) + "-" + SEQUENCE.incrementAndGet();
    }

    /** True for the claims, mentions and cues an analyst still has to review. */
    public static boolean isPending(EObject object) {
        return object instanceof Annotation a && a.getReview() == ReviewState.PENDING;
    }
}
