package org.sayer.io.gold;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.sayer.model.Annotation;
import org.sayer.model.Document;
import org.sayer.model.Speaker;
import org.sayer.model.SpeakerMention;

/**
 * The speakers an export lists for a document: those an exported mention refers to, and those no
 * mention of the document refers to at all (a speaker entered by hand, a gold entity without a
 * mention). A speaker whose every mention is left out (a pipeline suggestion not yet accepted) is
 * left out with them, so that an export never lists speakers it shows no trace of.
 */
public final class ExportedSpeakers {

    private ExportedSpeakers() {
    }

    public static List<Speaker> of(Document document, Predicate<Annotation> exported) {
        Set<Speaker> mentioned = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Speaker> referred = new ArrayList<>();
        for (Annotation annotation : document.getAnnotations()) {
            if (annotation instanceof SpeakerMention mention && mention.getSpeaker() != null) {
                mentioned.add(mention.getSpeaker());
                if (exported.test(mention) && !referred.contains(mention.getSpeaker())) {
                    referred.add(mention.getSpeaker());
                }
            }
        }
        List<Speaker> speakers = new ArrayList<>();
        for (Speaker speaker : document.getSpeakers()) {
            if (referred.contains(speaker) || !mentioned.contains(speaker)) {
                speakers.add(speaker);
            }
        }
        for (Speaker speaker : referred) {
            if (!speakers.contains(speaker)) {
                speakers.add(speaker); // a mention's speaker the document's list lacks
            }
        }
        return speakers;
    }
}
