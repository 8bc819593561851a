package org.sayer.io.inception;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.apache.uima.cas.ArrayFS;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.TypeSystem;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.resource.ResourceInitializationException;
import org.sayer.io.importer.ImportException;
import org.sayer.io.xmi.XmiDocuments;
import org.sayer.model.Document;
import org.sayer.pipeline.types.SayerTypes;

/**
 * Reads UIMA CAS XMI that INCEpTION exports from a project with Sayer's layers ({@link InceptionLayers}):
 * the document text, DKPro Core's document metadata (its id and title), and the speaker mentions,
 * cues and claims with their links. Everything else in the file (tokens, INCEpTION's own layers) is
 * read past.
 */
public final class InceptionXmi {

    private static final ThreadLocal<CAS> READING_CAS = new ThreadLocal<>();

    private InceptionXmi() {
    }

    /** Whether an XMI file (its first bytes) uses INCEpTION's custom layers or DKPro Core types rather than Sayer's own. */
    public static boolean looksLike(byte[] xml) {
        String head = XmiDocuments.head(xml);
        return !head.contains("http:///org/sayer/attribution.ecore")
                && (head.contains("http:///webanno/custom.ecore") || head.contains("http:///de/tudarmstadt/ukp/dkpro/core/"));
    }

    /** Reads one XMI file; {@code fileId} is the document id when the file's metadata names none. */
    public static Document read(byte[] xml, String fileId, String where) throws ImportException {
        CAS cas = READING_CAS.get();
        if (cas == null) {
            try {
                cas = SayerTypes.newCas(InceptionLayers.description());
            } catch (ResourceInitializationException e) {
                throw new ImportException(where, "the INCEpTION layers could not be set up: " + e.getMessage(), e);
            }
            READING_CAS.set(cas);
        }
        XmiDocuments.deserialize(xml, cas, where);
        TypeSystem types = cas.getTypeSystem();
        String text = cas.getDocumentText() == null ? "" : cas.getDocumentText();

        String id = fileId;
        String title = null;
        Type metadataType = types.getType(InceptionLayers.DOCUMENT_META_DATA);
        for (AnnotationFS metadata : cas.getAnnotationIndex(metadataType)) {
            String documentId = metadata.getStringValue(metadataType.getFeatureByBaseName("documentId"));
            if (documentId != null && !documentId.isBlank()) {
                id = InceptionDocuments.idFrom(documentId);
            }
            title = metadata.getStringValue(metadataType.getFeatureByBaseName("documentTitle"));
        }

        Map<FeatureStructure, LayerAnnotation> found = new IdentityHashMap<>();
        List<LayerAnnotation> annotations = new ArrayList<>();
        for (String layer : new String[] { InceptionLayers.SPEAKER_MENTION, InceptionLayers.CUE, InceptionLayers.CLAIM }) {
            Type type = types.getType(layer);
            for (AnnotationFS fs : cas.getAnnotationIndex(type)) {
                LayerAnnotation annotation = new LayerAnnotation(layer, fs.getBegin(), fs.getEnd());
                for (Feature feature : type.getFeatures()) {
                    if (feature.getRange().getName().equals(CAS.TYPE_NAME_STRING) && feature.getDomain().equals(type)) {
                        String value = fs.getStringValue(feature);
                        if (value != null) {
                            annotation.values.put(feature.getShortName(), value);
                        }
                    }
                }
                found.put(fs, annotation);
                annotations.add(annotation);
            }
        }
        Type claimType = types.getType(InceptionLayers.CLAIM);
        for (AnnotationFS fs : cas.<AnnotationFS>getAnnotationIndex(claimType)) {
            for (String feature : InceptionLayers.CLAIM_LINKS) {
                links(fs, claimType.getFeatureByBaseName(feature), feature, found, where);
            }
        }
        return InceptionDocuments.toDocument(id, title, text, annotations, where);
    }

    private static void links(AnnotationFS claim, Feature feature, String name, Map<FeatureStructure, LayerAnnotation> found,
            String where) throws ImportException {
        @SuppressWarnings("unchecked")
        ArrayFS<FeatureStructure> links = (ArrayFS<FeatureStructure>) claim.getFeatureValue(feature);
        if (links == null || links.size() == 0) {
            return;
        }
        if (links.size() > 1) {
            throw new ImportException(where, "the claim at " + claim.getBegin() + "-" + claim.getEnd() + " links its " + name
                    + " to " + links.size() + " annotations; one is allowed");
        }
        FeatureStructure link = links.get(0);
        Feature targetFeature = link == null ? null : link.getType().getFeatureByBaseName(InceptionLayers.LINK_TARGET);
        if (link != null && targetFeature == null) {
            throw new ImportException(where, "the claim at " + claim.getBegin() + "-" + claim.getEnd() + " links its " + name
                    + " through a " + link.getType().getShortName() + ", which is not a link (it has no target)");
        }
        FeatureStructure target = link == null ? null : link.getFeatureValue(targetFeature);
        if (target != null) {
            found.get(claim).links.put(name, found.get(target));
        }
    }
}
