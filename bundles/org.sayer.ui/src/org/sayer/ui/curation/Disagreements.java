package org.sayer.ui.curation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.sayer.model.Annotation;
import org.sayer.model.Claim;
import org.sayer.model.Document;
import org.sayer.model.ReviewState;
import org.sayer.model.SpeakerMention;
import org.sayer.model.WorkflowState;
import org.sayer.pipeline.eval.Curation;
import org.sayer.ui.edit.AnnotationEdits;

/**
 * The places of a curated document where the annotators disagreed ({@link Curation.Disagreement}),
 * each with the curated document's annotations that stand for its variants, and the decisions a
 * curator takes there as one undoable command each: take one annotator's version, take neither, or
 * take a variant with new boundaries. Found again from the annotations' {@code curatedFrom} when a
 * curated document is reopened, decided or not.
 */
public final class Disagreements {

    /** One place: what curate listed, its UTF-16 span, and its variants' annotations (claims or mentions) in the curated document. */
    public record Place(Curation.Disagreement listed, int begin, int end, List<Annotation> variants) {

        /** True while any variant still waits for a decision. */
        public boolean isOpen() {
            return variants.stream().anyMatch(AnnotationEdits::isPending);
        }

        /** The variant that {@code annotators} (a variant's list) chose, or null ("none"). */
        public Annotation variantOf(List<String> annotators) {
            for (Annotation variant : variants) {
                if (variant.getCuratedFrom().equals(annotators)) {
                    return variant;
                }
            }
            return null;
        }
    }

    private final List<String> annotators;
    private final List<Place> places;

    private Disagreements(List<String> annotators, List<Place> places) {
        this.annotators = annotators;
        this.places = places;
    }

    /**
     * The places of {@code listed} (code-point spans, as curate lists them) in {@code document}: an
     * annotation that not every annotator held belongs to the smallest place of its kind that
     * holds it.
     */
    public static Disagreements of(Document document, List<String> annotators, List<Curation.Disagreement> listed) {
        String text = document.getText() == null ? "" : document.getText();
        int[] offsets = utf16Offsets(text);
        List<Place> places = new ArrayList<>();
        for (Curation.Disagreement disagreement : listed) {
            places.add(new Place(disagreement, offsets[Math.min(disagreement.begin(), offsets.length - 1)],
                    offsets[Math.min(disagreement.end(), offsets.length - 1)], new ArrayList<>()));
        }
        for (Annotation annotation : document.getAnnotations()) {
            int holders = annotation.getCuratedFrom().size();
            if (holders == 0 || holders == annotators.size() || !(annotation instanceof Claim || annotation instanceof SpeakerMention)) {
                continue;
            }
            String kind = annotation instanceof Claim ? "claim" : "speaker mention";
            Place smallest = null;
            for (Place place : places) {
                if (place.listed().kind().equals(kind) && place.begin() <= annotation.getBegin() && annotation.getEnd() <= place.end()
                        && (smallest == null || place.end() - place.begin() < smallest.end() - smallest.begin())) {
                    smallest = place;
                }
            }
            if (smallest != null) {
                smallest.variants().add(annotation);
            }
        }
        return new Disagreements(List.copyOf(annotators), places);
    }

    /** For each code point index (and the end), its UTF-16 offset. */
    static int[] utf16Offsets(String text) {
        int[] offsets = new int[text.codePointCount(0, text.length()) + 1];
        int at = 0;
        for (int i = 0; i < offsets.length - 1; i++) {
            offsets[i] = at;
            at += Character.charCount(text.codePointAt(at));
        }
        offsets[offsets.length - 1] = text.length();
        return offsets;
    }

    public List<Place> places() {
        return places;
    }

    public List<String> annotators() {
        return annotators;
    }

    public long openCount() {
        return places.stream().filter(Place::isOpen).count();
    }

    /** Takes annotator {@code annotator}'s version at {@code place} (their variant, or nothing when they marked nothing there). */
    public Command take(AnnotationEdits edits, Document document, Place place, int annotator) {
        String name = annotators.get(annotator);
        List<Annotation> taken = new ArrayList<>();
        List<Annotation> left = new ArrayList<>();
        for (Annotation variant : place.variants()) {
            (variant.getCuratedFrom().contains(name) ? taken : left).add(variant);
        }
        return decide(edits, document, new CompoundCommand("Take " + name + "'s version"), withCues(taken), withCues(left));
    }

    /** Takes none of the variants at {@code place}. */
    public Command takeNeither(AnnotationEdits edits, Document document, Place place) {
        return decide(edits, document, new CompoundCommand("Take neither version"), List.of(), withCues(place.variants()));
    }

    /** Takes {@code variant} (with its cue) with the boundaries {@code begin}–{@code end}, and none of the others. */
    public Command takeEdited(AnnotationEdits edits, Document document, Place place, Annotation variant, int begin, int end) {
        CompoundCommand command = new CompoundCommand("Take an edited version");
        command.append(edits.acceptWithBounds(document, variant, begin, end));
        List<Annotation> left = new ArrayList<>(place.variants());
        left.remove(variant);
        return decide(edits, document, command, withCues(List.of(variant)), withCues(left));
    }

    private static Command decide(AnnotationEdits edits, Document document, CompoundCommand command, List<Annotation> accepting,
            List<Annotation> rejecting) {
        boolean changes = !command.isEmpty();
        if (accepting.stream().anyMatch(a -> a.getReview() != ReviewState.ACCEPTED)) {
            command.append(edits.review(document, accepting, ReviewState.ACCEPTED));
            changes = true;
        }
        if (rejecting.stream().anyMatch(a -> a.getReview() != ReviewState.REJECTED)) {
            command.append(edits.review(document, rejecting, ReviewState.REJECTED));
            changes = true;
        }
        if (!changes) {
            return null; // the place is decided so already
        }
        // The last open place decided makes the document reviewed, as review mode's last decision does.
        boolean othersPending = document.getAnnotations().stream()
                .anyMatch(a -> AnnotationEdits.isPending(a) && !accepting.contains(a) && !rejecting.contains(a));
        if (!othersPending && document.getState() != WorkflowState.REVIEWED) {
            command.append(edits.setState(document, WorkflowState.REVIEWED));
        }
        return command;
    }

    /** The variants and the cues of claims among them: a claim and its cue are decided together. */
    private static List<Annotation> withCues(List<Annotation> variants) {
        List<Annotation> all = new ArrayList<>(variants);
        for (Annotation variant : variants) {
            if (variant instanceof Claim claim && claim.getCue() != null && !all.contains(claim.getCue())) {
                all.add(claim.getCue());
            }
        }
        return all;
    }
}
