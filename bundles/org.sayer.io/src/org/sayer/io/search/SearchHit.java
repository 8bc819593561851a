package org.sayer.io.search;

/**
 * One answer to a search: a span of a document, with a snippet of the text around it.
 *
 * @param documentId the document's id
 * @param title      the document's title (its id when it has none)
 * @param kind       {@link SearchFields#CLAIM} (the span is the claim) or {@link SearchFields#ARTICLE}
 *                   (the span is the first word of the text that matched, or the start)
 * @param begin      the span's start in the document's text (UTF-16 offset)
 * @param end        the span's end
 * @param snippet    the span with some text around it, on one line
 * @param type       the claim's type in lower case ({@code direct}, {@code indirect}, {@code mixed}), or null
 * @param speaker    the claim's speaker (registry name, else the mention's text), or null
 * @param cue        the claim's cue as written, or null
 * @param review     the claim's review state in lower case, or null
 */
public record SearchHit(String documentId, String title, String kind, int begin, int end, String snippet,
        String type, String speaker, String cue, String review) {

    public boolean isClaim() {
        return SearchFields.CLAIM.equals(kind);
    }

    /** What matched, for people: "pending indirect claim by Sergey Lavrov, cue 'warned'", or "text". */
    public String describe() {
        if (!isClaim()) {
            return "text";
        }
        StringBuilder what = new StringBuilder();
        if ("rejected".equals(review) || "pending".equals(review)) {
            what.append(review).append(' ');
        }
        what.append(type == null ? "claim" : type + " claim");
        if (speaker != null) {
            what.append(" by ").append(speaker);
        }
        if (cue != null) {
            what.append(", cue '").append(cue).append('\'');
        }
        return what.toString();
    }
}
