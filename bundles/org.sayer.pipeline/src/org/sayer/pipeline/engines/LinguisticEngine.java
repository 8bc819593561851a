package org.sayer.pipeline.engines;

import java.io.IOException;

import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.fit.component.CasAnnotator_ImplBase;
import org.apache.uima.resource.ResourceInitializationException;
import org.sayer.pipeline.types.SayerTypes;

/** Sentences, tokens, universal POS tags and lemmas, with the OpenNLP English models. */
public class LinguisticEngine extends CasAnnotator_ImplBase {

    public static final String PRODUCER = "sayer.linguistic/0.1";

    private SentenceDetectorME sentences;
    private TokenizerME tokenizer;
    private POSTaggerME tagger;
    private LemmatizerME lemmatizer;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        try {
            // The ME classes are not thread-safe; each engine instance gets its own, the models are shared.
            sentences = new SentenceDetectorME(OpenNlpModels.sentences());
            tokenizer = new TokenizerME(OpenNlpModels.tokens());
            tagger = new POSTaggerME(OpenNlpModels.pos());
            lemmatizer = new LemmatizerME(OpenNlpModels.lemmas());
        } catch (IOException e) {
            throw new ResourceInitializationException(e);
        }
    }

    @Override
    public void process(CAS cas) throws AnalysisEngineProcessException {
        String text = cas.getDocumentText();
        if (text == null || text.isEmpty()) {
            return;
        }
        Type sentenceType = cas.getTypeSystem().getType(SayerTypes.SENTENCE);
        Type tokenType = cas.getTypeSystem().getType(SayerTypes.TOKEN);
        Feature pos = tokenType.getFeatureByBaseName(SayerTypes.TOKEN_POS);
        Feature lemma = tokenType.getFeatureByBaseName(SayerTypes.TOKEN_LEMMA);
        for (Span paragraph : paragraphs(text)) {
            String paragraphText = text.substring(paragraph.getStart(), paragraph.getEnd());
            for (Span sentenceSpan : sentences.sentPosDetect(paragraphText)) {
                int sentenceBegin = paragraph.getStart() + sentenceSpan.getStart();
                int sentenceEnd = paragraph.getStart() + sentenceSpan.getEnd();
                cas.addFsToIndexes(cas.createAnnotation(sentenceType, sentenceBegin, sentenceEnd));
                String sentenceText = text.substring(sentenceBegin, sentenceEnd);
                Span[] tokenSpans = tokenizer.tokenizePos(sentenceText);
                String[] words = Span.spansToStrings(tokenSpans, sentenceText);
                String[] tags = tagger.tag(words);
                String[] lemmas = lemmatizer.lemmatize(words, tags);
                for (int i = 0; i < tokenSpans.length; i++) {
                    AnnotationFS token = cas.createAnnotation(tokenType,
                            sentenceBegin + tokenSpans[i].getStart(), sentenceBegin + tokenSpans[i].getEnd());
                    token.setStringValue(pos, tags[i]);
                    token.setStringValue(lemma, lemmas[i]);
                    cas.addFsToIndexes(token);
                }
            }
        }
    }

    /** News text puts one paragraph per line; a sentence never crosses a line break. */
    static Span[] paragraphs(String text) {
        java.util.List<Span> result = new java.util.ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            if (end > start && !text.substring(start, end).isBlank()) {
                result.add(new Span(start, end));
            }
            start = end + 1;
        }
        return result.toArray(new Span[0]);
    }
}
