package org.sayer.pipeline;

import org.apache.uima.UIMAFramework;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.cas.CAS;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.ResourceManager;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.sayer.pipeline.engines.AttributionEngine;
import org.sayer.pipeline.engines.CoreferenceEngine;
import org.sayer.pipeline.engines.CueEngine;
import org.sayer.pipeline.engines.LinguisticEngine;
import org.sayer.pipeline.engines.MentionEngine;
import org.sayer.pipeline.engines.QuoteEngine;
import org.sayer.pipeline.engines.ScoringEngine;
import org.sayer.pipeline.types.SayerTypes;

/**
 * Builds the pre-annotation aggregate in code.
 *
 * <p>UIMA always gets an explicit ResourceManager with this bundle's class loader: its default
 * lookup does not see OSGi bundle class loaders, and would find engine classes only by luck.
 */
public final class Pipelines {

    private Pipelines() {
    }

    public static ResourceManager resourceManager() {
        ResourceManager manager = UIMAFramework.newDefaultResourceManager();
        manager.setExtensionClassLoader(Pipelines.class.getClassLoader(), true);
        return manager;
    }

    /** The whole pipeline: candidates, then the attribution model of {@code modelFile} (null: the standard one). */
    public static AnalysisEngineDescription description(String modelFile) throws ResourceInitializationException {
        TypeSystemDescription types = SayerTypes.description();
        return AnalysisEngineFactory.createEngineDescription(candidates(),
                modelFile == null ? AnalysisEngineFactory.createEngineDescription(ScoringEngine.class, types)
                        : AnalysisEngineFactory.createEngineDescription(ScoringEngine.class, types, ScoringEngine.PARAM_MODEL, modelFile));
    }

    /** The first stage only: every candidate claim the rules propose (what the model is trained on). */
    public static AnalysisEngineDescription candidates() throws ResourceInitializationException {
        TypeSystemDescription types = SayerTypes.description();
        return AnalysisEngineFactory.createEngineDescription(
                AnalysisEngineFactory.createEngineDescription(LinguisticEngine.class, types),
                AnalysisEngineFactory.createEngineDescription(QuoteEngine.class, types),
                AnalysisEngineFactory.createEngineDescription(CueEngine.class, types),
                AnalysisEngineFactory.createEngineDescription(MentionEngine.class, types),
                AnalysisEngineFactory.createEngineDescription(CoreferenceEngine.class, types),
                AnalysisEngineFactory.createEngineDescription(AttributionEngine.class, types));
    }

    public static AnalysisEngine createEngine(ResourceManager manager) throws ResourceInitializationException {
        return createEngine(manager, description(null));
    }

    public static AnalysisEngine createEngine(ResourceManager manager, AnalysisEngineDescription description)
            throws ResourceInitializationException {
        return UIMAFramework.produceAnalysisEngine(description, manager, null);
    }

    public static CAS createCas(ResourceManager manager) throws ResourceInitializationException {
        return CasCreationUtils.createCas(SayerTypes.description(), null, null, null, manager);
    }
}
