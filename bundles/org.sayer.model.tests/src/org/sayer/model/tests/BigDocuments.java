package org.sayer.model.tests;

import java.util.List;

import org.sayer.model.Claim;
import org.sayer.model.ClaimType;
import org.sayer.model.Corpus;
import org.sayer.model.Cue;
import org.sayer.model.Document;
import org.sayer.model.MentionKind;
import org.sayer.model.Speaker;

/** Documents big enough that saving one takes a while: groups of mention, cue and claim over repeated text. */
final class BigDocuments {

    private static final String SENTENCE = "Lavrov said that the talks would continue on Friday. ";

    private BigDocuments() {
    }

    static Document create(Corpus corpus, int annotations) {
        Speaker lavrov = Fixtures.speaker(corpus, "lavrov", "Sergey Lavrov", "Lavrov");
        int groups = annotations / 3;
        Document document = org.sayer.model.SayerFactory.eINSTANCE.createDocument();
        document.setId("big");
        document.setText(SENTENCE.repeat(groups));
        document.getSpeakers().add(lavrov);
        for (int g = 0; g < groups; g++) {
            int at = g * SENTENCE.length();
            var mention = Fixtures.mention("m" + g, at, at + 6, lavrov, MentionKind.NAME);
            Cue cue = Fixtures.cue("c" + g, at + 7, at + 11);
            Claim claim = Fixtures.claim("a" + g, at + 17, at + 51, ClaimType.INDIRECT, mention, cue, null);
            document.getAnnotations().addAll(List.of(mention, cue, claim));
        }
        return document;
    }
}
