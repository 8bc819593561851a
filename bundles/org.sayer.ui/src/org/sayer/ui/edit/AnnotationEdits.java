package org.sayer.ui.edit;

import java.util.ArrayList;
import java.util.Collection;
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
import org.sayer.model.SayerPackage;
import org.sayer.model.Speaker;
import org.sayer.model.SpeakerMention;
import org.sayer.model.SpeakerType;
import org.sayer.model.WorkflowState;

/**
 * Builds the undoable commands behind every annotation edit the workbench makes, from EMF's generic
 * Add/Remove/Set commands. Nothing here changes the model: callers run the commands on the editing
 * domain's stack, so every edit can be undone and redone.
 */
public final class AnnotationEdits {

    private static final SayerPackage P = SayerPackage.eINSTANCE;
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "him", "her", "them", "we", "i",
            "you", "his", "hers", "their");
    private static final AtomicLong SEQUENCE = new AtomicLong();

    private final EditingDomain domain;
    private final String user;

    public AnnotationEdits(EditingDomain domain, String user) {
        this.domain = domain;
        this.user = user;
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
     * mention is tied to the registry speaker of that name or alias (a new one when there is none;
     * a pronoun to the speaker of the nearest mention before it). A claim gets as parent the
     * innermost claim that holds it.
     */
    public Command mark(Corpus corpus, Document document, AnnotationIndex index, Mark mark, int begin, int end) {
        Annotation annotation = switch (mark) {
            case SPEAKER -> SayerFactory.eINSTANCE.createSpeakerMention();
            case CUE -> SayerFactory.eINSTANCE.createCue();
            default -> SayerFactory.eINSTANCE.createClaim();
        };
        annotation.setId(newId());
        annotation.setBegin(begin);
        annotation.setEnd(end);
        annotation.setOrigin(Origin.MANUAL);
        annotation.setReview(ReviewState.ACCEPTED);
        annotation.setConfidence(1.0);
        annotation.setProducer(user);
        annotation.setTimestamp(System.currentTimeMillis());
        CompoundCommand command = new CompoundCommand("Mark " + mark.name().toLowerCase(Locale.ROOT));
        String covered = document.getText().substring(begin, end).strip();
        if (annotation instanceof SpeakerMention mention) {
            speakerFor(command, corpus, document, index, mention, covered, begin);
        } else if (annotation instanceof Claim claim) {
            claim.setType(mark.claimType());
            claim.setParent(innermostClaimHolding(index, begin, end, null));
        }
        command.append(new AddCommand(domain, document, P.getDocument_Annotations(), annotation));
        touch(command, document);
        return command;
    }

    private void speakerFor(CompoundCommand command, Corpus corpus, Document document, AnnotationIndex index,
            SpeakerMention mention, String covered, int begin) {
        if (PRONOUNS.contains(covered.toLowerCase(Locale.ROOT))) {
            mention.setKind(MentionKind.PRONOUN);
            mention.setSpeaker(nearestSpeakerBefore(index, begin));
            return;
        }
        mention.setKind(!covered.isEmpty() && Character.isLowerCase(covered.charAt(0)) ? MentionKind.NOMINAL : MentionKind.NAME);
        Speaker speaker = findSpeaker(corpus, covered);
        if (speaker == null) {
            speaker = SayerFactory.eINSTANCE.createSpeaker();
            speaker.setId("s-" + newId());
            speaker.setName(covered);
            speaker.setType(SpeakerType.PERSON);
            if (corpus != null) {
                command.append(new AddCommand(domain, corpus, P.getCorpus_Speakers(), speaker));
            }
        }
        mention.setSpeaker(speaker);
        if (!document.getSpeakers().contains(speaker)) {
            command.append(new AddCommand(domain, document, P.getDocument_Speakers(), speaker));
        }
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

    private static Speaker nearestSpeakerBefore(AnnotationIndex index, int offset) {
        Speaker found = null;
        for (Annotation annotation : index.inOrder()) {
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
        command.append(new SetCommand(domain, claim, feature, target));
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
        for (Annotation other : document.getAnnotations()) {
            if (other instanceof Claim claim) {
                if (claim.getSource() == annotation) {
                    command.append(new SetCommand(domain, claim, P.getClaim_Source(), SetCommand.UNSET_VALUE));
                }
                if (claim.getCue() == annotation) {
                    command.append(new SetCommand(domain, claim, P.getClaim_Cue(), SetCommand.UNSET_VALUE));
                }
                if (claim.getParent() == annotation) {
                    Claim grandParent = ((Claim) annotation).getParent();
                    command.append(new SetCommand(domain, claim, P.getClaim_Parent(),
                            grandParent == null ? SetCommand.UNSET_VALUE : grandParent));
                }
            }
        }
        command.append(new RemoveCommand(domain, document, P.getDocument_Annotations(), annotation));
        touch(command, document);
        return command;
    }

    /** Moves an annotation's boundaries. */
    public Command setBounds(Document document, Annotation annotation, int begin, int end) {
        CompoundCommand command = new CompoundCommand("Change boundaries");
        if (annotation.getBegin() != begin) {
            command.append(new SetCommand(domain, annotation, P.getAnnotation_Begin(), begin));
        }
        if (annotation.getEnd() != end) {
            command.append(new SetCommand(domain, annotation, P.getAnnotation_End(), end));
        }
        touch(command, document);
        return command;
    }

    /** Accepts or rejects suggestions; rejected ones stay in the document, marked REJECTED. */
    public Command review(Document document, Collection<? extends Annotation> annotations, ReviewState state) {
        CompoundCommand command = new CompoundCommand(state == ReviewState.ACCEPTED ? "Accept" : "Reject");
        for (Annotation annotation : annotations) {
            if (annotation.getReview() != state) {
                command.append(new SetCommand(domain, annotation, P.getAnnotation_Review(), state));
            }
        }
        touch(command, document);
        return command;
    }

    /** Accepts a suggestion with new boundaries (review mode's E). */
    public Command acceptWithBounds(Document document, Annotation annotation, int begin, int end) {
        CompoundCommand command = new CompoundCommand("Edit and accept");
        command.append(setBounds(document, annotation, begin, end));
        command.append(new SetCommand(domain, annotation, P.getAnnotation_Review(), ReviewState.ACCEPTED));
        return command;
    }

    public Command setClaimType(Document document, Claim claim, ClaimType type) {
        CompoundCommand command = new CompoundCommand("Change claim type");
        command.append(new SetCommand(domain, claim, P.getClaim_Type(), type));
        touch(command, document);
        return command;
    }

    public Command setState(Document document, WorkflowState state) {
        return new SetCommand(domain, document, P.getDocument_State(), state);
    }

    /** Sets a plain attribute of a speaker (name, role, organisation). */
    public Command setSpeakerAttribute(Speaker speaker, EStructuralFeature feature, Object value) {
        return new SetCommand(domain, speaker, feature, value);
    }

    public Command setAliases(Speaker speaker, List<String> aliases) {
        return new SetCommand(domain, speaker, P.getSpeaker_Aliases(), new ArrayList<>(aliases));
    }

    /**
     * Merges {@code dropped} into {@code kept}: every mention in {@code documents} (which must be
     * all documents of the corpus, loaded) points to {@code kept}, the dropped speaker's name and
     * aliases become aliases of the kept one, and the dropped speaker leaves the registry.
     */
    public Command mergeSpeakers(Corpus corpus, Collection<Document> documents, Speaker kept, Speaker dropped) {
        CompoundCommand command = new CompoundCommand("Merge speakers");
        for (Document document : documents) {
            for (Annotation annotation : document.getAnnotations()) {
                if (annotation instanceof SpeakerMention mention && mention.getSpeaker() == dropped) {
                    command.append(new SetCommand(domain, mention, P.getSpeakerMention_Speaker(), kept));
                }
            }
            if (document.getSpeakers().contains(dropped)) {
                command.append(new RemoveCommand(domain, document, P.getDocument_Speakers(), dropped));
                if (!document.getSpeakers().contains(kept)) {
                    command.append(new AddCommand(domain, document, P.getDocument_Speakers(), kept));
                }
            }
        }
        List<String> aliases = new ArrayList<>(kept.getAliases());
        for (String name : concat(dropped.getName(), dropped.getAliases())) {
            if (name != null && !name.isBlank() && !name.equalsIgnoreCase(kept.getName()) && !aliases.contains(name)) {
                aliases.add(name);
            }
        }
        command.append(setAliases(kept, aliases));
        command.append(new RemoveCommand(domain, corpus, P.getCorpus_Speakers(), dropped));
        return command;
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
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
