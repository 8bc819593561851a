package org.sayer.io.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.apache.uima.cas.ArrayFS;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.TypeSystem;
import org.apache.uima.cas.impl.XmiCasSerializer;
import org.apache.uima.cas.text.AnnotationFS;
import org.sayer.io.inception.InceptionLayers;
import org.sayer.model.Claim;
import org.sayer.model.SpeakerMention;
import org.xml.sax.SAXException;

/**
 * UIMA CAS XMI for INCEpTION: one {@code NAME.xmi} (XML 1.0) per document and {@code typesystem.xml},
 * the layer definitions of {@link InceptionLayers}. In INCEpTION, import {@code typesystem.xml} as
 * the project's layers, then the {@code .xmi} files as documents in the "UIMA CAS XMI (XML 1.0)"
 * format. Sentences and tokens are DKPro Core's; no sentence breaks inside an annotation.
 */
final class InceptionExport extends PerDocumentFiles {

    static final String TYPE_SYSTEM = "typesystem.xml";

    private CAS cas;

    @Override
    protected void begin() throws IOException {
        cas = XmiExport.writeTypeSystem(context, TYPE_SYSTEM, InceptionLayers.description());
        context.manifest().note("layout", "in INCEpTION: import " + TYPE_SYSTEM + " as the project's layers, then the .xmi files"
                + " as documents in the format UIMA CAS XMI (XML 1.0)");
        context.manifest().note("layers", InceptionLayers.SPEAKER_MENTION + " (kind, speaker: the speaker's id, speakerName), "
                + InceptionLayers.CUE + ", " + InceptionLayers.CLAIM + " (type; links source, cue, parent)");
        if (context.options().includeRejected()) {
            context.manifest().note("rejected", "not written: INCEpTION's layers cannot mark a negative");
        }
    }

    @Override
    public void write(DocumentView view) throws IOException {
        InceptionDocument document = InceptionDocument.of(view, context.manifest());
        String name = names.nameFor(view.document().getId());
        cas.reset();
        fill(document);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(context.folder().resolve(name + ".xmi")))) {
            XmiCasSerializer.serialize(cas, out);
        } catch (SAXException e) {
            throw new IOException("Document " + view.document().getId() + " could not be written as XMI: " + e.getMessage(), e);
        }
    }

    private void fill(InceptionDocument document) {
        TypeSystem types = cas.getTypeSystem();
        String text = document.view.text();
        cas.setDocumentText(text);
        metadata(document, types.getType(InceptionLayers.DOCUMENT_META_DATA));

        List<Tokens.Token> tokens = document.segmentation.tokens();
        int[] starts = document.segmentation.sentenceStarts();
        Type sentence = types.getType(InceptionLayers.SENTENCE);
        for (int s = 0; s + 1 < starts.length; s++) {
            cas.addFsToIndexes(cas.createAnnotation(sentence, tokens.get(starts[s]).begin(), tokens.get(starts[s + 1] - 1).end()));
        }
        Type token = types.getType(InceptionLayers.TOKEN);
        for (Tokens.Token t : tokens) {
            cas.addFsToIndexes(cas.createAnnotation(token, t.begin(), t.end()));
        }

        Map<InceptionDocument.Span, AnnotationFS> created = new IdentityHashMap<>();
        Type mentionType = types.getType(InceptionLayers.SPEAKER_MENTION);
        for (InceptionDocument.Span span : document.mentions) {
            SpeakerMention mention = (SpeakerMention) span.annotation();
            AnnotationFS fs = annotation(mentionType, span, created);
            fs.setStringValue(mentionType.getFeatureByBaseName(InceptionLayers.MENTION_KIND),
                    mention.getKind() == null ? null : mention.getKind().getName());
            fs.setStringValue(mentionType.getFeatureByBaseName(InceptionLayers.MENTION_SPEAKER), document.speakerId(mention));
            fs.setStringValue(mentionType.getFeatureByBaseName(InceptionLayers.MENTION_SPEAKER_NAME), InceptionDocument.speakerName(mention));
        }
        Type cueType = types.getType(InceptionLayers.CUE);
        for (InceptionDocument.Span span : document.cues) {
            annotation(cueType, span, created);
        }
        Type claimType = types.getType(InceptionLayers.CLAIM);
        for (InceptionDocument.Span span : document.claims) {
            Claim claim = (Claim) span.annotation();
            AnnotationFS fs = annotation(claimType, span, created);
            fs.setStringValue(claimType.getFeatureByBaseName(InceptionLayers.CLAIM_TYPE), claim.getType() == null ? null : claim.getType().getName());
        }
        // Links last: a claim's parent may come later in the document.
        for (InceptionDocument.Span span : document.claims) {
            AnnotationFS fs = created.get(span);
            for (String feature : InceptionLayers.CLAIM_LINKS) {
                InceptionDocument.Span target = document.link((Claim) span.annotation(), feature);
                List<FeatureStructure> links = new ArrayList<>(1);
                if (target != null) {
                    Type linkType = types.getType(InceptionLayers.linkType(feature));
                    FeatureStructure link = cas.createFS(linkType);
                    link.setStringValue(linkType.getFeatureByBaseName(InceptionLayers.LINK_ROLE), feature);
                    link.setFeatureValue(linkType.getFeatureByBaseName(InceptionLayers.LINK_TARGET), created.get(target));
                    links.add(link);
                }
                ArrayFS<FeatureStructure> array = cas.createArrayFS(links.size());
                for (int i = 0; i < links.size(); i++) {
                    array.set(i, links.get(i));
                }
                fs.setFeatureValue(claimType.getFeatureByBaseName(feature), array);
            }
        }
    }

    /** DKPro Core's document metadata, which INCEpTION reads the document's name from, as the CAS's document annotation. */
    private void metadata(InceptionDocument document, Type type) {
        List<AnnotationFS> existing = new ArrayList<>();
        cas.getAnnotationIndex(cas.getTypeSystem().getType(CAS.TYPE_NAME_DOCUMENT_ANNOTATION)).forEach(existing::add);
        existing.forEach(cas::removeFsFromIndexes);
        AnnotationFS metadata = cas.createAnnotation(type, 0, document.view.text().length());
        String language = document.view.document().getLanguage();
        metadata.setStringValue(type.getFeatureByBaseName(CAS.FEATURE_BASE_NAME_LANGUAGE),
                language == null || language.isBlank() ? "x-unspecified" : language);
        metadata.setStringValue(type.getFeatureByBaseName("documentId"), document.view.document().getId());
        metadata.setStringValue(type.getFeatureByBaseName("documentTitle"), document.view.document().getTitle());
        metadata.setStringValue(type.getFeatureByBaseName("documentUri"), document.view.document().getUrl());
        cas.addFsToIndexes(metadata);
    }

    private AnnotationFS annotation(Type type, InceptionDocument.Span span, Map<InceptionDocument.Span, AnnotationFS> created) {
        AnnotationFS fs = cas.createAnnotation(type, span.begin(), span.end());
        cas.addFsToIndexes(fs);
        created.put(span, fs);
        return fs;
    }
}
