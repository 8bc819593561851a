package org.sayer.pipeline.engines;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.fit.component.CasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.resource.ResourceInitializationException;
import org.sayer.pipeline.scoring.AttributionModel;
import org.sayer.pipeline.scoring.CandidateFeatures;
import org.sayer.pipeline.types.SayerTypes;

/**
 * The second stage of attribution: the trained {@link AttributionModel} scores every candidate
 * claim the rules proposed. A candidate's probability becomes its confidence; candidates below
 * the model's threshold are dropped, of rivals (one cue, one start, other ends) only the likeliest
 * stays, and a claim nested in a dropped one moves to the rival that beat it when that one still
 * holds it, else up to the dropped one's parent. Without a model (none shipped, none given) the
 * candidates pass as the rules scored them.
 */
public class ScoringEngine extends CasAnnotator_ImplBase {

    public static final String PRODUCER = "sayer.attribution/0.2";
    public static final String PARAM_MODEL = "model";

    @ConfigurationParameter(name = PARAM_MODEL, mandatory = false,
            description = "Path of an attribution model file; default: the system property sayer.model, else the shipped model.")
    private String modelFile;

    private AttributionModel model;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        try {
            model = modelFile == null || modelFile.isBlank() ? AttributionModel.standard() : AttributionModel.read(Path.of(modelFile));
        } catch (IOException e) {
            throw new ResourceInitializationException(e);
        }
    }

    @Override
    public void process(CAS cas) throws AnalysisEngineProcessException {
        Type type = cas.getTypeSystem().getType(SayerTypes.CLAIM);
        Feature parentFeature = type.getFeatureByBaseName(SayerTypes.CLAIM_PARENT);
        Feature confidence = type.getFeatureByBaseName(SayerTypes.CONFIDENCE);
        List<AnnotationFS> claims = new ArrayList<>();
        cas.<AnnotationFS>getAnnotationIndex(type).forEach(claims::add);
        CandidateFeatures features = model == null ? null : CandidateFeatures.of(cas);
        Map<FeatureStructure, Boolean> dropped = new IdentityHashMap<>();
        // rivals (same cue, same start, other ends): only the likeliest stays
        Map<List<Object>, AnnotationFS> likeliest = new HashMap<>();
        for (AnnotationFS claim : claims) {
            if (model != null) {
                claim.setDoubleValue(confidence, model.probability(features.of(claim)));
                claim.setStringValue(type.getFeatureByBaseName(SayerTypes.PRODUCER), PRODUCER);
            }
            if (model != null && claim.getDoubleValue(confidence) < model.threshold()) {
                dropped.put(claim, Boolean.TRUE);
                continue;
            }
            List<Object> key = CandidateFeatures.rivalKey(claim);
            AnnotationFS rival = key == null ? null : likeliest.putIfAbsent(key, claim);
            if (rival != null) {
                boolean likelier = claim.getDoubleValue(confidence) > rival.getDoubleValue(confidence);
                dropped.put(likelier ? rival : claim, Boolean.TRUE);
                likeliest.put(key, likelier ? claim : rival);
            }
        }
        for (AnnotationFS claim : claims) {
            if (dropped.containsKey(claim)) {
                cas.removeFsFromIndexes(claim);
                continue;
            }
            FeatureStructure parent = claim.getFeatureValue(parentFeature);
            while (parent != null && dropped.containsKey(parent)) {
                // a parent that lost to its rival boundary: the winner holds the claim too, unless it ends before it
                List<Object> key = CandidateFeatures.rivalKey((AnnotationFS) parent);
                AnnotationFS winner = key == null ? null : likeliest.get(key);
                parent = winner != null && !dropped.containsKey(winner) && winner.getEnd() >= claim.getEnd()
                        ? winner : parent.getFeatureValue(parentFeature);
            }
            claim.setFeatureValue(parentFeature, parent);
        }
    }
}
