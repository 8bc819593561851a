package org.sayer.io.xmi;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.uima.cas.ArrayFS;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.cas.StringArrayFS;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.TypeSystem;
import org.apache.uima.cas.impl.XmiCasDeserializer;
import org.apache.uima.cas.impl.XmiCasSerializer;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.util.XMLSerializer;
import org.sayer.io.gold.ExportedSpeakers;
import org.sayer.io.importer.ImportException;
import org.sayer.model.Annotation;
import org.sayer.model.Claim;
import org.sayer.model.ClaimType;
import org.sayer.model.Cue;
import org.sayer.model.Document;
import org.sayer.model.MentionKind;
import org.sayer.model.Origin;
import org.sayer.model.ReviewState;
import org.sayer.model.SayerFactory;
import org.sayer.model.Speaker;
import org.sayer.model.SpeakerMention;
import org.sayer.model.SpeakerType;
import org.sayer.model.WorkflowState;
import org.sayer.model.store.SayerResources;
import org.sayer.model.speakers.UnresolvedSpeakers;
import org.sayer.pipeline.types.SayerTypes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/** Maps a Sayer document to a CAS of {@link SayerTypes} and back, and reads and writes it as UIMA XMI. */
public final class XmiDocuments {

    private static final ThreadLocal<CAS> READING_CAS = new ThreadLocal<>();
    /** One buffer per writing thread, not a new one per document of an export. */
    private static final ThreadLocal<XmlSink> WRITING_SINK = ThreadLocal.withInitial(XmlSink::new);

    private XmiDocuments() {
    }

    /** Writes {@code document}, keeping the annotations {@code include} accepts, as XMI through {@code cas}. */
    public static void write(Document document, Predicate<Annotation> include, CAS cas, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        XmlSink sink = WRITING_SINK.get();
        sink.to(writer, document.getId());
        try {
            // UIMA's own XMLSerializer gives the same bytes through an XSLT identity transform, several times slower
            write(document, include, cas, new XmlSinkHandler(sink));
            writer.flush();
        } catch (SAXException e) {
            if (e.getException() instanceof IOException refused) {
                throw refused; // a character XML cannot hold, named as UIMA names it, or the disk
            }
            throw new IOException("Document " + document.getId() + " could not be written as XMI: " + e.getMessage(), e);
        }
    }

    /** Sends {@code document}'s XMI, as {@link #write(Document, Predicate, CAS, OutputStream)} writes it, to any SAX handler. */
    public static void write(Document document, Predicate<Annotation> include, CAS cas, ContentHandler handler) throws SAXException {
        cas.reset();
        fill(cas, document, include);
        new XmiCasSerializer(cas.getTypeSystem()).serialize(cas, new UnrecordedTimes(handler));
    }

    /**
     * Reads a Sayer XMI file. DOCTYPE declarations are refused outright, so external entities and
     * entity expansion (billion laughs) never reach the parser's resolver.
     */
    public static Document read(byte[] xml, String where) throws ImportException {
        CAS cas = readingCas(where);
        deserialize(xml, cas, where);
        try {
            return toDocument(cas, where);
        } catch (RuntimeException e) {
            // UIMA reads leniently: a crafted file can hold a missing speaker or an object of another
            // type where Sayer's types put one, which only shows as an exception here.
            throw new ImportException(where, "its feature structures do not have the shape Sayer writes ("
                    + e.getClass().getSimpleName() + "); not a Sayer XMI document");
        }
    }

    /**
     * Reads UIMA XMI into {@code cas} (reset first) with UIMA's own deserializer, leniently: types and
     * features {@code cas} does not know are skipped. DOCTYPE declarations are refused outright.
     */
    public static void deserialize(byte[] xml, CAS cas, String where) throws ImportException {
        if (hasDoctype(xml)) {
            throw new ImportException(where, "XML with a DOCTYPE declaration is refused (external entities and entity expansion are not allowed)");
        }
        cas.reset();
        try {
            XMLReader reader = SayerResources.newSecureParser().getXMLReader();
            reader.setContentHandler(new XmiCasDeserializer(cas.getTypeSystem()).getXmiCasHandler(cas, true));
            reader.parse(new org.xml.sax.InputSource(new ByteArrayInputStream(xml)));
        } catch (SAXException | ParserConfigurationException | IOException | RuntimeException e) {
            throw new ImportException(where, "not readable as UIMA XMI: " + e.getMessage(), e);
        }
    }

    private static boolean hasDoctype(byte[] xml) {
        String head = head(xml);
        return head.contains("<!DOCTYPE") || head.contains("<!ENTITY");
    }

    /** The first 64 KB of an XML file, where its declarations and the root element's namespaces are. */
    public static String head(byte[] xml) {
        return new String(xml, 0, Math.min(xml.length, 1 << 16), StandardCharsets.UTF_8);
    }

    private static CAS readingCas(String where) throws ImportException {
        CAS cas = READING_CAS.get();
        if (cas == null) {
            try {
                cas = SayerTypes.newCas();
            } catch (ResourceInitializationException e) {
                throw new ImportException(where, "the XMI type system could not be set up: " + e.getMessage(), e);
            }
            READING_CAS.set(cas);
        }
        return cas;
    }

    private static void fill(CAS cas, Document document, Predicate<Annotation> include) {
        TypeSystem types = cas.getTypeSystem();
        cas.setDocumentText(document.getText());
        Type infoType = types.getType(SayerTypes.DOCUMENT_INFO);
        FeatureStructure info = cas.createFS(infoType);
        set(info, "id", document.getId());
        set(info, "title", document.getTitle());
        set(info, "source", document.getSource());
        set(info, "url", document.getUrl());
        set(info, "published", document.getPublished());
        set(info, "language", document.getLanguage());
        set(info, "state", document.getState() == null ? null : document.getState().getName());
        List<String> keys = new ArrayList<>(document.getMetadata().keySet());
        StringArrayFS keyArray = cas.createStringArrayFS(keys.size());
        StringArrayFS valueArray = cas.createStringArrayFS(keys.size());
        for (int i = 0; i < keys.size(); i++) {
            keyArray.set(i, keys.get(i));
            valueArray.set(i, document.getMetadata().get(keys.get(i)));
        }
        info.setFeatureValue(infoType.getFeatureByBaseName("metadataKeys"), keyArray);
        info.setFeatureValue(infoType.getFeatureByBaseName("metadataValues"), valueArray);
        info.setFeatureValue(infoType.getFeatureByBaseName("doneBy"), strings(cas, document.getDoneBy()));

        Map<Speaker, FeatureStructure> speakers = new HashMap<>();
        List<Speaker> exported = ExportedSpeakers.of(document, include);
        ArrayFS speakerArray = cas.createArrayFS(exported.size());
        for (int i = 0; i < exported.size(); i++) {
            FeatureStructure speaker = speaker(cas, exported.get(i));
            speakers.put(exported.get(i), speaker);
            speakerArray.set(i, speaker);
        }
        info.setFeatureValue(infoType.getFeatureByBaseName("speakers"), speakerArray);
        cas.addFsToIndexes(info);

        Map<Annotation, AnnotationFS> created = new HashMap<>();
        List<Annotation> annotations = document.getAnnotations();
        for (int i = 0; i < annotations.size(); i++) {
            Annotation annotation = annotations.get(i);
            if (!include.test(annotation)) {
                continue;
            }
            String typeName = annotation instanceof SpeakerMention ? SayerTypes.SPEAKER_MENTION
                    : annotation instanceof Cue ? SayerTypes.CUE : SayerTypes.CLAIM;
            AnnotationFS fs = cas.createAnnotation(types.getType(typeName), annotation.getBegin(), annotation.getEnd());
            set(fs, "annotationId", annotation.getId());
            fs.setIntValue(feature(fs, "order"), i);
            set(fs, "origin", annotation.getOrigin().getName());
            set(fs, "review", annotation.getReview().getName());
            fs.setDoubleValue(feature(fs, "confidence"), annotation.getConfidence());
            set(fs, "producer", annotation.getProducer());
            fs.setLongValue(feature(fs, "timestamp"), annotation.getTimestamp());
            fs.setLongValue(feature(fs, "created"), annotation.getCreated());
            set(fs, "reviewer", annotation.getReviewer());
            fs.setLongValue(feature(fs, "reviewed"), annotation.getReviewed());
            if (!annotation.getCuratedFrom().isEmpty()) {
                fs.setFeatureValue(feature(fs, "curatedFrom"), strings(cas, annotation.getCuratedFrom()));
            }
            if (annotation instanceof SpeakerMention mention) {
                set(fs, "kind", mention.getKind() == null ? null : mention.getKind().getName());
                if (mention.getSpeaker() != null) {
                    fs.setFeatureValue(feature(fs, "speaker"),
                            speakers.computeIfAbsent(mention.getSpeaker(), s -> indexed(cas, speaker(cas, s))));
                }
            }
            created.put(annotation, fs);
            cas.addFsToIndexes(fs);
        }
        for (Map.Entry<Annotation, AnnotationFS> entry : created.entrySet()) {
            if (entry.getKey() instanceof Claim claim) {
                AnnotationFS fs = entry.getValue();
                set(fs, "claimType", claim.getType() == null ? null : claim.getType().getName());
                fs.setFeatureValue(feature(fs, "source"), created.get(claim.getSource()));
                fs.setFeatureValue(feature(fs, "cue"), created.get(claim.getCue()));
                fs.setFeatureValue(feature(fs, "parent"), created.get(claim.getParent()));
                fs.setFeatureValue(feature(fs, SayerTypes.CLAIM_CONTINUES), created.get(claim.getContinues()));
            }
        }
    }

    private static FeatureStructure indexed(CAS cas, FeatureStructure fs) {
        cas.addFsToIndexes(fs);
        return fs;
    }

    private static FeatureStructure speaker(CAS cas, Speaker speaker) {
        FeatureStructure fs = cas.createFS(cas.getTypeSystem().getType(SayerTypes.SPEAKER));
        set(fs, "id", speaker.getId());
        set(fs, "name", speaker.getName());
        set(fs, "role", speaker.getRole());
        set(fs, "organisation", speaker.getOrganisation());
        set(fs, "speakerType", speaker.getType() == null ? null : speaker.getType().getName());
        set(fs, "externalId", speaker.getExternalId());
        StringArrayFS aliases = cas.createStringArrayFS(speaker.getAliases().size());
        for (int i = 0; i < speaker.getAliases().size(); i++) {
            aliases.set(i, speaker.getAliases().get(i));
        }
        fs.setFeatureValue(feature(fs, "aliases"), aliases);
        return fs;
    }

    private static Document toDocument(CAS cas, String where) throws ImportException {
        TypeSystem types = cas.getTypeSystem();
        org.apache.uima.cas.FSIterator<FeatureStructure> infos = cas.getIndexRepository().getAllIndexedFS(types.getType(SayerTypes.DOCUMENT_INFO));
        FeatureStructure info = infos.hasNext() ? infos.next() : null;
        if (info == null || get(info, "id") == null) {
            throw new ImportException(where, "not a Sayer XMI export (no " + SayerTypes.DOCUMENT_INFO + " with an id)");
        }
        SayerFactory factory = SayerFactory.eINSTANCE;
        Document document = factory.createDocument();
        document.setId(get(info, "id"));
        document.setText(cas.getDocumentText());
        document.setTitle(get(info, "title"));
        document.setSource(get(info, "source"));
        document.setUrl(get(info, "url"));
        document.setPublished(get(info, "published"));
        document.setLanguage(get(info, "language"));
        String state = get(info, "state");
        document.setState(state == null ? WorkflowState.NEW : WorkflowState.get(state));
        StringArrayFS keys = (StringArrayFS) info.getFeatureValue(feature(info, "metadataKeys"));
        StringArrayFS values = (StringArrayFS) info.getFeatureValue(feature(info, "metadataValues"));
        for (int i = 0; keys != null && i < keys.size(); i++) {
            document.getMetadata().put(keys.get(i), values.get(i));
        }
        addStrings(info, "doneBy", document.getDoneBy());
        Map<FeatureStructure, Speaker> speakers = new HashMap<>();
        ArrayFS speakerArray = (ArrayFS) info.getFeatureValue(feature(info, "speakers"));
        for (int i = 0; speakerArray != null && i < speakerArray.size(); i++) {
            document.getSpeakers().add(speakers.computeIfAbsent(speakerArray.get(i), XmiDocuments::toSpeaker));
        }

        Map<FeatureStructure, Annotation> created = new HashMap<>();
        List<AnnotationFS> ordered = new ArrayList<>();
        for (AnnotationFS fs : cas.getAnnotationIndex(types.getType(SayerTypes.ANNOTATION))) {
            ordered.add(fs);
        }
        ordered.sort((a, b) -> Integer.compare(a.getIntValue(feature(a, "order")), b.getIntValue(feature(b, "order"))));
        for (AnnotationFS fs : ordered) {
            String typeName = fs.getType().getName();
            Annotation annotation;
            if (typeName.equals(SayerTypes.SPEAKER_MENTION)) {
                SpeakerMention mention = factory.createSpeakerMention();
                String kind = get(fs, "kind");
                if (kind != null) {
                    mention.setKind(MentionKind.get(kind));
                }
                FeatureStructure speaker = fs.getFeatureValue(feature(fs, "speaker"));
                if (speaker != null) {
                    mention.setSpeaker(speakers.computeIfAbsent(speaker, XmiDocuments::toSpeaker));
                    // A speaker the document's list leaves out still speaks here: it joins the registry with the list.
                    if (!document.getSpeakers().contains(mention.getSpeaker())) {
                        document.getSpeakers().add(mention.getSpeaker());
                    }
                }
                annotation = mention;
            } else if (typeName.equals(SayerTypes.CUE)) {
                annotation = factory.createCue();
            } else if (typeName.equals(SayerTypes.CLAIM)) {
                Claim claim = factory.createClaim();
                String type = get(fs, "claimType");
                if (type != null) {
                    claim.setType(ClaimType.get(type));
                }
                annotation = claim;
            } else {
                continue;
            }
            annotation.setId(get(fs, "annotationId"));
            annotation.setBegin(fs.getBegin());
            annotation.setEnd(fs.getEnd());
            annotation.setOrigin(Origin.get(get(fs, "origin")));
            annotation.setReview(ReviewState.get(get(fs, "review")));
            annotation.setConfidence(fs.getDoubleValue(feature(fs, "confidence")));
            annotation.setProducer(get(fs, "producer"));
            annotation.setTimestamp(fs.getLongValue(feature(fs, "timestamp")));
            annotation.setCreated(fs.getLongValue(feature(fs, "created")));
            annotation.setReviewer(get(fs, "reviewer"));
            annotation.setReviewed(fs.getLongValue(feature(fs, "reviewed")));
            addStrings(fs, "curatedFrom", annotation.getCuratedFrom());
            if (annotation.getOrigin() == null || annotation.getReview() == null || annotation.getBegin() < 0
                    || annotation.getEnd() > document.getText().length() || annotation.getBegin() > annotation.getEnd()) {
                throw new ImportException(where, "annotation " + annotation.getId() + " has an unknown origin or review, or a span outside the text");
            }
            created.put(fs, annotation);
            document.getAnnotations().add(annotation);
        }
        for (Map.Entry<FeatureStructure, Annotation> entry : created.entrySet()) {
            if (entry.getValue() instanceof Claim claim) {
                FeatureStructure fs = entry.getKey();
                claim.setSource((SpeakerMention) created.get(fs.getFeatureValue(feature(fs, "source"))));
                claim.setCue((Cue) created.get(fs.getFeatureValue(feature(fs, "cue"))));
                claim.setParent((Claim) created.get(fs.getFeatureValue(feature(fs, "parent"))));
                // Exports written before split quotations were joined have no such feature.
                Feature continues = feature(fs, SayerTypes.CLAIM_CONTINUES);
                if (continues != null) {
                    claim.setContinues((Claim) created.get(fs.getFeatureValue(continues)));
                }
            }
        }
        // A mention without a speaker (a pending pronoun exported with --include pending) stays valid.
        UnresolvedSpeakers.assign(document);
        return document;
    }

    private static Speaker toSpeaker(FeatureStructure fs) {
        Speaker speaker = SayerFactory.eINSTANCE.createSpeaker();
        speaker.setId(get(fs, "id"));
        speaker.setName(get(fs, "name"));
        speaker.setRole(get(fs, "role"));
        speaker.setOrganisation(get(fs, "organisation"));
        String type = get(fs, "speakerType");
        if (type != null) {
            speaker.setType(SpeakerType.get(type));
        }
        speaker.setExternalId(get(fs, "externalId"));
        StringArrayFS aliases = (StringArrayFS) fs.getFeatureValue(feature(fs, "aliases"));
        for (int i = 0; aliases != null && i < aliases.size(); i++) {
            speaker.getAliases().add(aliases.get(i));
        }
        return speaker;
    }

    private static StringArrayFS strings(CAS cas, List<String> values) {
        StringArrayFS array = cas.createStringArrayFS(values.size());
        for (int i = 0; i < values.size(); i++) {
            array.set(i, values.get(i));
        }
        return array;
    }

    /** Adds each string of the array feature {@code name} to {@code values} once; an XMI from before the feature has none. */
    private static void addStrings(FeatureStructure fs, String name, List<String> values) {
        Feature feature = feature(fs, name);
        StringArrayFS array = feature == null ? null : (StringArrayFS) fs.getFeatureValue(feature);
        for (int i = 0; array != null && i < array.size(); i++) {
            if (array.get(i) != null && !values.contains(array.get(i))) {
                values.add(array.get(i));
            }
        }
    }

    private static Feature feature(FeatureStructure fs, String name) {
        return fs.getType().getFeatureByBaseName(name);
    }

    private static void set(FeatureStructure fs, String name, String value) {
        fs.setStringValue(feature(fs, name), value);
    }

    private static String get(FeatureStructure fs, String name) {
        return fs.getStringValue(feature(fs, name));
    }
}
