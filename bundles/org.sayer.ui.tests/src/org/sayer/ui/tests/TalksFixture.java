package org.sayer.ui.tests;

/**
 * The three analysts' versions of one sentence that the curation tests share: all agree on Lavrov's
 * claim; Baerbock's claim is INDIRECT or DIRECT; Price and his claim are marked or not.
 */
final class TalksFixture {

    // Lavrov 0-6, said 7-11, "talks would go on" 12-29; Baerbock 31-39, said 40-44, "no" 45-47;
    // Price 49-54, added 55-60, "it was over" 66-77
    static final String TEXT = "Lavrov said talks would go on. Baerbock said no. Price added that it was over.";

    private TalksFixture() {
    }

    /** One gold JSONL line (with its newline) of the sentence as one analyst marked it. */
    static String line(String id, String title, String baerbockType, boolean price) {
        return "{\"id\": \"" + id + "\", \"title\": \"" + title + "\", \"text\": \"" + TEXT + "\", \"entities\": ["
                + "{\"id\": \"l\", \"name\": \"Sergey Lavrov\", \"type\": \"PERSON\"}, {\"id\": \"b\", \"name\": \"Annalena Baerbock\", \"type\": \"PERSON\"},"
                + " {\"id\": \"p\", \"name\": \"Ned Price\", \"type\": \"PERSON\"}], \"mentions\": ["
                + "{\"id\": \"m1\", \"span\": [0, 6], \"entity\": \"l\"}, {\"id\": \"m2\", \"span\": [31, 39], \"entity\": \"b\"}"
                + (price ? ", {\"id\": \"m3\", \"span\": [49, 54], \"entity\": \"p\"}" : "") + "], \"attributions\": ["
                + "{\"id\": \"a1\", \"type\": \"INDIRECT\", \"source\": \"m1\", \"cue\": [7, 11], \"content\": [12, 29], \"parent\": null},"
                + " {\"id\": \"a2\", \"type\": \"" + baerbockType + "\", \"source\": \"m2\", \"cue\": [40, 44], \"content\": [45, 47], \"parent\": null}"
                + (price ? ", {\"id\": \"a3\", \"type\": \"INDIRECT\", \"source\": \"m3\", \"cue\": [55, 60], \"content\": [66, 77], \"parent\": null}" : "")
                + "]}\n";
    }
}
