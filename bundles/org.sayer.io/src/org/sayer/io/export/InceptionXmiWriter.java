package org.sayer.io.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.TypeSystem;
import org.sayer.io.inception.InceptionLayers;
import org.sayer.io.xmi.XmlSink;
import org.sayer.model.Claim;
import org.sayer.model.ClaimType;
import org.sayer.model.Document;
import org.sayer.model.SpeakerMention;

/**
 * Writes an {@link InceptionDocument} as UIMA CAS XMI straight to a character stream, without a CAS:
 * the same bytes that UIMA's {@code XmiCasSerializer} writes for a CAS holding that document (the
 * {@code inception} export used to build one per document, and serializing it through SAX and the
 * JDK's XML serializer took most of the export's time). The CAS it stands for:
 * <ul>
 * <li>the sofa (xmi:id 1), the document annotation that setting the text creates (2, left out of the
 * indexes and so never written), DKPro Core's document metadata as the document annotation (3);</li>
 * <li>then, each created and indexed in turn: the sentences, the tokens, the speaker mentions, cues
 * and claims (in the model's order); and last, per claim and per link feature (source, cue, parent),
 * the link when there is a target, then the array that holds it (empty when there is none).</li>
 * </ul>
 * XMI ids are those creation numbers, as UIMA 3 writes them. Elements come as UIMA writes them: the
 * NULL object; the indexed annotations type by type in the order the types were first indexed, each
 * type sorted as UIMA's annotation index sorts it (begin, then longer first, then creation); the sofa;
 * the links, in the order of their claims; the view listing the indexed ones. Link arrays are written
 * inline as the claim's attribute (the features do not allow multiple references).
 *
 * <p>Attribute values are escaped as the JDK's serializer escapes them, and a character XML 1.0
 * cannot hold fails the document with UIMA's own message ({@link XmlSink}).
 * {@code InceptionXmiWriterTest} compares the bytes with UIMA's serializer.
 */
final class InceptionXmiWriter {

    private static final String XMI_NAMESPACE = "http://www.omg.org/XMI";
    private static final String NO_NAMESPACE = "http:///uima/noNamespace.ecore";
    private static final String[] LINKS = InceptionLayers.CLAIM_LINKS;
    private static final int SOFA_ID = 1;
    /** Sofa 1 and the document annotation 2 come first; the metadata is 3. */
    private static final int METADATA_ID = 3;

    /** The begin order of UIMA's annotation index; a stable sort keeps creation order among equal spans. */
    private static final Comparator<Element> INDEX_ORDER = (a, b) -> a.span.begin() != b.span.begin()
            ? Integer.compare(a.span.begin(), b.span.begin())
            : Integer.compare(b.span.end(), a.span.end());

    /** An annotation of a custom layer, the xmi:id UIMA gives it and, for a claim, those of its links (0: none). */
    private static final class Element {
        final InceptionDocument.Span span;
        final int id;
        final int[] linkIds = new int[LINKS.length];

        Element(InceptionDocument.Span span, int id) {
            this.span = span;
            this.id = id;
        }
    }

    private final String header;
    private final String metadataTag;
    private final String sentenceTag;
    private final String tokenTag;
    private final String mentionTag;
    private final String cueTag;
    private final String claimTag;
    private final String[] linkTags = new String[LINKS.length];
    private final String sofaTag;
    private final String viewTag;

    private final XmlSink sink = new XmlSink();

    /** A writer for documents whose CAS has {@code types} (the exported {@code typesystem.xml}). */
    InceptionXmiWriter(TypeSystem types) {
        Map<String, String> prefixes = namespacePrefixes(types);
        // The JDK's serializer declares the root element's own namespace first, then the others as given.
        StringBuilder root = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><xmi:XMI xmlns:xmi=\"" + XMI_NAMESPACE + '"');
        for (Map.Entry<String, String> namespace : prefixes.entrySet()) {
            if (!namespace.getKey().equals(XMI_NAMESPACE)) {
                root.append(" xmlns:").append(namespace.getValue()).append("=\"").append(namespace.getKey()).append('"');
            }
        }
        header = root.append(" xmi:version=\"2.0\">").append('<').append(tag(prefixes, "uima.cas.NULL")).append(" xmi:id=\"0\"/>")
                .toString();
        metadataTag = tag(prefixes, InceptionLayers.DOCUMENT_META_DATA);
        sentenceTag = tag(prefixes, InceptionLayers.SENTENCE);
        tokenTag = tag(prefixes, InceptionLayers.TOKEN);
        mentionTag = tag(prefixes, InceptionLayers.SPEAKER_MENTION);
        cueTag = tag(prefixes, InceptionLayers.CUE);
        claimTag = tag(prefixes, InceptionLayers.CLAIM);
        for (int f = 0; f < LINKS.length; f++) {
            linkTags[f] = tag(prefixes, InceptionLayers.linkType(LINKS[f]));
        }
        sofaTag = tag(prefixes, CAS.TYPE_NAME_SOFA);
        viewTag = tag(prefixes, "uima.cas.View");
    }

    /**
     * The namespace of every type of the type system, with its prefix, in the order UIMA's serializer
     * gives them: it fills a HashMap, XMI's first and then type by type, and passes on the map's entries.
     */
    private static Map<String, String> namespacePrefixes(TypeSystem types) {
        Map<String, String> prefixes = new HashMap<>();
        prefixes.put(XMI_NAMESPACE, "xmi");
        Set<String> used = new HashSet<>();
        for (Iterator<Type> it = types.getTypeIterator(); it.hasNext();) {
            String name = it.next().getName();
            if (name.endsWith("[]")) {
                name = CAS.TYPE_NAME_FS_ARRAY; // array types are written as FSArray
            }
            int lastDot = name.lastIndexOf('.');
            String namespace = namespace(name);
            if (prefixes.containsKey(namespace)) {
                continue;
            }
            String prefix = lastDot < 0 ? "noNamespace" : name.substring(name.lastIndexOf('.', lastDot - 1) + 1, lastDot);
            if (used.contains(prefix)) {
                int n = 2;
                while (used.contains(prefix + n)) {
                    n++;
                }
                prefix = prefix + n;
            }
            prefixes.put(namespace, prefix);
            used.add(prefix);
        }
        return prefixes;
    }

    /** {@code uima.tcas.Annotation} is in {@code http:///uima/tcas.ecore}. */
    private static String namespace(String typeName) {
        int lastDot = typeName.lastIndexOf('.');
        return lastDot < 0 ? NO_NAMESPACE : "http:///" + typeName.substring(0, lastDot).replace('.', '/') + ".ecore";
    }

    private static String tag(Map<String, String> prefixes, String typeName) {
        String prefix = prefixes.get(namespace(typeName));
        if (prefix == null) {
            throw new IllegalArgumentException("the type system has no type in the namespace of " + typeName);
        }
        return prefix + ":" + typeName.substring(typeName.lastIndexOf('.') + 1);
    }

    /** Writes {@code document} as one XMI file to {@code file} (which it leaves open). */
    void write(InceptionDocument document, Writer file) throws IOException {
        XmlSink out = sink;
        out.to(file, document.document().getId());
        List<Tokens.Token> tokens = document.segmentation().tokens();
        int[] starts = document.segmentation().sentenceStarts();
        int sentences = starts.length - 1;

        // The xmi:ids: the order in which the CAS would create each feature structure.
        int firstSentence = METADATA_ID + 1;
        int firstToken = firstSentence + sentences;
        Map<InceptionDocument.Span, Integer> ids = new IdentityHashMap<>();
        List<Element> mentions = elements(document.mentions(), firstToken + tokens.size(), ids);
        List<Element> cues = elements(document.cues(), firstToken + tokens.size() + mentions.size(), ids);
        List<Element> claims = elements(document.claims(), firstToken + tokens.size() + mentions.size() + cues.size(), ids);
        int nextId = firstToken + tokens.size() + mentions.size() + cues.size() + claims.size();
        for (Element claim : claims) {
            for (int f = 0; f < LINKS.length; f++) {
                claim.linkIds[f] = document.link((Claim) claim.span.annotation(), LINKS[f]) == null ? 0 : nextId++;
                nextId++; // the link array
            }
        }
        mentions.sort(INDEX_ORDER);
        cues.sort(INDEX_ORDER);
        claims.sort(INDEX_ORDER);

        out.put(header);
        metadata(document, out);
        for (int s = 0; s < sentences; s++) {
            annotation(sentenceTag, firstSentence + s, tokens.get(starts[s]).begin(), tokens.get(starts[s + 1] - 1).end(), out);
            out.put("/>");
        }
        for (int t = 0; t < tokens.size(); t++) {
            annotation(tokenTag, firstToken + t, tokens.get(t).begin(), tokens.get(t).end(), out);
            out.put("/>");
        }
        for (Element mention : mentions) {
            SpeakerMention speakerMention = (SpeakerMention) mention.span.annotation();
            annotation(mentionTag, mention.id, mention.span.begin(), mention.span.end(), out);
            out.attribute(InceptionLayers.MENTION_KIND, speakerMention.getKind() == null ? null : speakerMention.getKind().getName());
            out.attribute(InceptionLayers.MENTION_SPEAKER, document.speakerId(speakerMention));
            out.attribute(InceptionLayers.MENTION_SPEAKER_NAME, InceptionDocument.speakerName(speakerMention));
            out.put("/>");
        }
        for (Element cue : cues) {
            annotation(cueTag, cue.id, cue.span.begin(), cue.span.end(), out);
            out.put("/>");
        }
        for (Element claim : claims) {
            ClaimType type = ((Claim) claim.span.annotation()).getType();
            annotation(claimTag, claim.id, claim.span.begin(), claim.span.end(), out);
            out.attribute(InceptionLayers.CLAIM_TYPE, type == null ? null : type.getName());
            for (int f = 0; f < LINKS.length; f++) {
                // The link array inline: its link's id, or nothing.
                out.put(' ');
                out.put(LINKS[f]);
                out.put("=\"");
                if (claim.linkIds[f] != 0) {
                    out.number(claim.linkIds[f]);
                }
                out.put('"');
            }
            out.put("/>");
        }

        out.put('<');
        out.put(sofaTag);
        out.put(" xmi:id=\"1\" sofaNum=\"1\" sofaID=\"_InitialView\" mimeType=\"text\"");
        out.attribute("sofaString", document.text());
        out.put("/>");

        // Not indexed, so written after the sofa, in the order the serializer reaches them from the claims.
        for (Element claim : claims) {
            for (int f = 0; f < LINKS.length; f++) {
                if (claim.linkIds[f] == 0) {
                    continue;
                }
                out.put('<');
                out.put(linkTags[f]);
                out.put(" xmi:id=\"");
                out.number(claim.linkIds[f]);
                out.put('"');
                out.attribute(InceptionLayers.LINK_ROLE, LINKS[f]);
                out.put(' ');
                out.put(InceptionLayers.LINK_TARGET);
                out.put("=\"");
                out.number(ids.get(document.link((Claim) claim.span.annotation(), LINKS[f])));
                out.put("\"/>");
            }
        }

        out.put('<');
        out.put(viewTag);
        out.put(" sofa=\"1\" members=\"");
        out.number(METADATA_ID);
        for (int id = firstSentence; id < firstToken + tokens.size(); id++) {
            out.put(' ');
            out.number(id);
        }
        for (List<Element> layer : List.of(mentions, cues, claims)) {
            for (Element element : layer) {
                out.put(' ');
                out.number(element.id);
            }
        }
        out.put("\"/></xmi:XMI>");
        out.flush();
    }

    /** The spans with the ids they get when created in turn from {@code firstId}. */
    private static List<Element> elements(List<InceptionDocument.Span> spans, int firstId, Map<InceptionDocument.Span, Integer> ids) {
        List<Element> elements = new ArrayList<>(spans.size());
        for (int i = 0; i < spans.size(); i++) {
            elements.add(new Element(spans.get(i), firstId + i));
            ids.put(spans.get(i), firstId + i);
        }
        return elements;
    }

    /** DKPro Core's document metadata: the document annotation, over the whole text. */
    private void metadata(InceptionDocument document, XmlSink out) throws IOException {
        Document model = document.document();
        annotation(metadataTag, METADATA_ID, 0, document.text().length(), out);
        String language = model.getLanguage();
        out.attribute(CAS.FEATURE_BASE_NAME_LANGUAGE, language == null || language.isBlank() ? "x-unspecified" : language);
        out.attribute("documentTitle", model.getTitle());
        out.attribute("documentId", model.getId());
        out.attribute("documentUri", model.getUrl());
        out.put(" isLastSegment=\"false\"/>");
    }

    /** The start of an annotation's element, up to its begin and end. */
    private static void annotation(String tag, int id, int begin, int end, XmlSink out) throws IOException {
        out.put('<');
        out.put(tag);
        out.put(" xmi:id=\"");
        out.number(id);
        out.put("\" sofa=\"");
        out.number(SOFA_ID);
        out.put("\" begin=\"");
        out.number(begin);
        out.put("\" end=\"");
        out.number(end);
        out.put('"');
    }
}
