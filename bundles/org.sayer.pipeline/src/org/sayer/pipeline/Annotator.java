package org.sayer.pipeline;

import org.apache.uima.UIMAException;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.cas.CAS;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.ResourceManager;
import org.sayer.model.Corpus;
import org.sayer.model.Document;
import org.sayer.pipeline.engines.Tokens;

/**
 * Pre-annotates documents: runs the pipeline over a document's text and adds what it finds to the
 * document as AUTOMATIC, PENDING suggestions. MANUAL and reviewed annotations are never touched.
 *
 * <p>One Annotator holds one engine instance and is not thread-safe: give each thread its own.
 * Creating one costs the engine start-up; reuse it for many documents.
 */
public final class Annotator implements AutoCloseable {

    private final AnalysisEngine engine;
    private final CAS cas;

    private Annotator(AnalysisEngine engine, CAS cas) {
        this.engine = engine;
        this.cas = cas;
    }

    /** An annotator with the standard attribution model (the system property sayer.model, else the shipped one). */
    public static Annotator create() throws ResourceInitializationException {
        return create(null);
    }

    /** An annotator with the attribution model in {@code model} (null: the standard one). */
    public static Annotator create(java.nio.file.Path model) throws ResourceInitializationException {
        ResourceManager manager = Pipelines.resourceManager();
        return new Annotator(Pipelines.createEngine(manager, Pipelines.description(model == null ? null : model.toString())),
                Pipelines.createCas(manager));
    }

    /**
     * Annotates {@code document}. Speakers found are looked up in, and added to, {@code registry}
     * (the corpus speaker registry); it may be null when there is no corpus.
     */
    public void annotate(Document document, Corpus registry) throws UIMAException {
        cas.reset();
        try {
            ModelToCas.fill(document, registry, cas);
            engine.process(cas);
            Tokens.forget(); // the engines' token view is not needed to write the model: free it first
            CasToModel.apply(cas, document, registry);
        } finally {
            Tokens.forget();
            cas.reset();
        }
    }

    /**
     * An annotator that keeps every candidate the rules propose, unscored (the first stage alone):
     * for testing the rules, and for whoever wants recall above all.
     */
    public static Annotator candidatesOnly() throws ResourceInitializationException {
        ResourceManager manager = Pipelines.resourceManager();
        return new Annotator(Pipelines.createEngine(manager, Pipelines.candidates()), Pipelines.createCas(manager));
    }

    @Override
    public void close() {
        engine.destroy();
    }
}
