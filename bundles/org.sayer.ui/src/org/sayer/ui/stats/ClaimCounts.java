package org.sayer.ui.stats;

import java.util.HashMap;
import java.util.Map;

import org.sayer.model.Annotation;
import org.sayer.model.Claim;
import org.sayer.model.ClaimType;
import org.sayer.model.Document;
import org.sayer.model.Origin;
import org.sayer.model.ReviewState;
import org.sayer.model.Speaker;

/**
 * How many confirmed claims (made by hand, or accepted suggestions) a document (or a corpus, once
 * added up) has per speaker id and per type, and how many suggested claims still wait for review.
 * Pending suggestions are counted apart, never mixed in; rejected ones do not count at all (they
 * are kept only as negatives).
 */
public final class ClaimCounts {

    /** Claims whose source has no registry speaker. */
    public static final String NO_SPEAKER = "";

    private final Map<String, Integer> bySpeaker = new HashMap<>();
    private final Map<ClaimType, Integer> byType = new HashMap<>();
    private final Map<String, Integer> pendingBySpeaker = new HashMap<>();

    public static ClaimCounts of(Document document) {
        ClaimCounts counts = new ClaimCounts();
        for (Annotation annotation : document.getAnnotations()) {
            if (annotation instanceof Claim claim && claim.getReview() == ReviewState.PENDING && claim.getOrigin() != Origin.MANUAL) {
                counts.pendingBySpeaker.merge(speakerId(claim), 1, Integer::sum);
            } else if (annotation instanceof Claim claim && claim.getReview() != ReviewState.REJECTED) {
                counts.bySpeaker.merge(speakerId(claim), 1, Integer::sum);
                counts.byType.merge(claim.getType() == null ? ClaimType.DIRECT : claim.getType(), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** The id of the registry speaker a claim's source mention names, or {@link #NO_SPEAKER}. */
    public static String speakerId(Claim claim) {
        Speaker speaker = claim.getSource() == null ? null : claim.getSource().getSpeaker();
        return speaker == null || speaker.getId() == null ? NO_SPEAKER : speaker.getId();
    }

    public void add(ClaimCounts other) {
        other.bySpeaker.forEach((k, v) -> bySpeaker.merge(k, v, Integer::sum));
        other.pendingBySpeaker.forEach((k, v) -> pendingBySpeaker.merge(k, v, Integer::sum));
        other.byType.forEach((k, v) -> byType.merge(k, v, Integer::sum));
    }

    /** Suggested claims not reviewed yet; they are in none of the other counts. */
    public int pending() {
        return pendingBySpeaker.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Claims per speaker id ({@link #NO_SPEAKER} for unattributed ones). */
    public Map<String, Integer> bySpeaker() {
        return bySpeaker;
    }

    /** Suggested claims not reviewed yet per speaker id, apart from {@link #bySpeaker()}. */
    public Map<String, Integer> pendingBySpeaker() {
        return pendingBySpeaker;
    }

    /**
     * A speaker's confirmed claims, then those waiting for review: "4", or "4 (+2)". Right after
     * pre-annotation every claim is pending, and a bare "0" read as if the speaker had said nothing.
     */
    public String speakerLabel(String speakerId) {
        int waiting = pendingBySpeaker.getOrDefault(speakerId, 0);
        String confirmed = Integer.toString(bySpeaker.getOrDefault(speakerId, 0));
        return waiting == 0 ? confirmed : confirmed + " (+" + waiting + ")";
    }

    public Map<ClaimType, Integer> byType() {
        return byType;
    }
}
