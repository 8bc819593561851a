package org.sayer.pipeline.engines;

import java.util.ArrayList;
import java.util.List;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.text.AnnotationFS;
import org.sayer.pipeline.types.SayerTypes;

/** The quotations the QuoteEngine found, as the engines after it read them. */
final class Quotations {

    private Quotations() {
    }

    /** The quotations that no other holds, in text order; they cover every nested one. */
    static List<AnnotationFS> outermost(CAS cas) {
        Type quoteType = cas.getTypeSystem().getType(SayerTypes.QUOTE);
        List<AnnotationFS> outermost = new ArrayList<>();
        for (AnnotationFS q : cas.<AnnotationFS>getAnnotationIndex(quoteType)) {
            if (q.getIntValue(quoteType.getFeatureByBaseName(SayerTypes.QUOTE_DEPTH)) == 0) {
                outermost.add(q);
            }
        }
        return outermost;
    }

    /** Which tokens stand inside one of {@code quotations}. */
    static boolean[] quotedTokens(List<AnnotationFS> quotations, Tokens tokens) {
        boolean[] quoted = new boolean[tokens.size];
        for (AnnotationFS q : quotations) {
            for (int k = tokens.tokenAtOrAfter(q.getBegin()); k < tokens.size && tokens.begin[k] < q.getEnd(); k++) {
                quoted[k] = true;
            }
        }
        return quoted;
    }
}
