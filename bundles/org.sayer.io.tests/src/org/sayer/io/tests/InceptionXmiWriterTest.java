package org.sayer.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.apache.uima.util.CasCreationUtils;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sayer.io.ProgressListener;
import org.sayer.io.export.ExportFormat;
import org.sayer.io.export.ExportOptions;
import org.sayer.io.export.Exporters;
import org.sayer.io.export.InceptionDocument;
import org.sayer.io.export.Tokens;
import org.sayer.io.inception.InceptionLayers;
import org.sayer.model.Claim;
import org.sayer.model.ClaimType;
import org.sayer.model.Cue;
import org.sayer.model.Document;
import org.sayer.model.DocumentEntry;
import org.sayer.model.MentionKind;
import org.sayer.model.Origin;
import org.sayer.model.ReviewState;
import org.sayer.model.SayerFactory;
import org.sayer.model.Speaker;
import org.sayer.model.SpeakerMention;
import org.sayer.model.WorkflowState;
import org.sayer.model.store.CorpusStore;
import org.xml.sax.SAXException;

/**
 * The {@code inception} export writes its XMI itself, without a CAS. UIMA's own serializer is the
 * oracle: for every document, the exported file must be byte for byte what {@code XmiCasSerializer}
 * writes for the CAS of that document, built here as the export built it before it had a writer of
 * its own. On the repository's gold corpus, on hostile texts, and on characters XML cannot hold.
 */
class InceptionXmiWriterTest {

    private static final ExportOptions EVERYTHING = ExportOptions.DEFAULT.withInclude(true, true);

    private static CAS cas;

    @TempDir
    Path folder;

    @BeforeAll
    static void casOfTheExportedTypeSystem() throws Exception {
        cas = CasCreationUtils.createCas(InceptionLayers.description(), null, null);
    }

    @Test
    void theGoldCorpusIsWrittenAsUimaWritesIt() throws Exception {
        CorpusStore store = Fixtures.goldCorpus(folder.resolve("gold"), "dev.jsonl", "blind.jsonl", "fresh.jsonl", "heldout.jsonl",
                "realnews/realnews-train.jsonl", "realnews/realnews-dev.jsonl", "realnews/realnews-test.jsonl");
        int documents = store.corpus().getDocuments().size();
        assertTrue(documents > 100, "the gold corpus has more than 100 documents: " + documents);
        assertEquals(documents, sameAsUima(store, ExportOptions.DEFAULT));
        assertEquals(documents, sameAsUima(store, EVERYTHING));
    }

    @Test
    void hostileTextsAreWrittenAsUimaWritesThem() throws Exception {
        CorpusStore store = CorpusStore.create(folder.resolve("hostile"), "hostile");
        String[] texts = {
                "He said \"it's <b>5 > 3</b> & that's that\".\r\nShe said 'no'.\r\n",
                "Tab\there, CR alone\rthen a line\nand U+2028\u2028U+0085\u0085NEL, \u007F DEL and \u0080\u009F C1.",
                "\uD83D\uDE42 starts; \uD83D\uDE00\uD83D\uDE00 twice; \uDBFF\uDFFF the last, \uD800\uDC00 the first, U+FFFD \uFFFD.",
                "Ünïcödé «quotes» “curly” ‘single’ — dash … ellipsis €100 ¥5 日本語の引用 \"said\" עברית",
                "&amp; &#10; &lt;not markup&gt; ]]> <![CDATA[ x ]]> <!-- comment --> <?pi ?>",
                "",
                "   \n\t  \n",
        };
        for (int i = 0; i < texts.length; i++) {
            store.add(hostile("hostile-" + i, texts[i]));
        }
        Document odd = hostile("id with \"quotes\" & <angles>", texts[0]);
        odd.setTitle("Title \"quoted\" & <tagged>\r\n\uD83D\uDE42");
        odd.setUrl("https://example.org/?a=1&b=\"2\"");
        odd.setLanguage("<en>");
        store.add(odd);
        Document bare = hostile("bare", texts[2]);
        bare.setTitle(null);
        bare.setLanguage(null);
        store.add(bare);
        Document sameSpans = sameSpans("same-spans");
        store.add(sameSpans);
        assertEquals(texts.length + 3, sameAsUima(store, EVERYTHING));
        assertEquals(texts.length + 3, sameAsUima(store, ExportOptions.DEFAULT));
    }

    @Test
    void aCharacterXmlCannotHoldFailsTheExportWithUimasMessage() throws Exception {
        String[][] cases = {
                { "a control character in the text", "Before\u0001after said he." },
                { "an unpaired high surrogate", "Broken \uD83D here said he." },
                { "an unpaired low surrogate at the start", "\uDE42 low said he." },
                { "a high surrogate at the very end", "Ends badly \uD83D" },
                { "U+FFFE", "Not a \uFFFE character said he." },
        };
        for (String[] c : cases) {
            CorpusStore store = CorpusStore.create(folder.resolve("bad-" + c[0].hashCode()), "bad");
            Document document = hostile("bad", c[1]);
            store.add(document);
            IOException failure = assertThrows(IOException.class,
                    () -> Exporters.export(store, ExportFormat.INCEPTION, folder.resolve("bad-out"), ExportOptions.DEFAULT, ProgressListener.NONE),
                    c[0]);
            SAXException uima = assertThrows(SAXException.class, () -> uimaBytes(InceptionDocument.of(document, ExportOptions.DEFAULT)), c[0]);
            assertEquals("Document bad could not be written as XMI: " + uima.getMessage(), failure.getMessage(), c[0]);
        }
        // The speaker's name is checked too, where UIMA checks it: as the mention is written.
        CorpusStore store = CorpusStore.create(folder.resolve("bad-name"), "bad");
        Document document = hostile("bad-name", "Anna said so.");
        document.getSpeakers().get(0).setName("Anna\uFFFF");
        store.add(document);
        IOException failure = assertThrows(IOException.class,
                () -> Exporters.export(store, ExportFormat.INCEPTION, folder.resolve("bad-out"), ExportOptions.DEFAULT, ProgressListener.NONE));
        SAXException uima = assertThrows(SAXException.class, () -> uimaBytes(InceptionDocument.of(document, ExportOptions.DEFAULT)));
        assertEquals("Document bad-name could not be written as XMI: " + uima.getMessage(), failure.getMessage());
    }

    /**
     * Exports {@code store} and compares every file with UIMA's bytes for the same document; returns
     * how many documents it compared.
     */
    private int sameAsUima(CorpusStore store, ExportOptions options) throws Exception {
        Path out = folder.resolve("out-" + System.nanoTime());
        Exporters.export(store, ExportFormat.INCEPTION, out, options, ProgressListener.NONE);
        Map<String, String> fileOfId = new HashMap<>();
        List<String> index = Files.readAllLines(out.resolve("documents.tsv"), StandardCharsets.UTF_8);
        for (String line : index.subList(1, index.size())) {
            String[] parts = line.split("\t", 2);
            fileOfId.put(parts[1], parts[0] + ".xmi");
        }
        int compared = 0;
        for (DocumentEntry entry : List.copyOf(store.corpus().getDocuments())) {
            Document document = store.load(entry);
            String expected = new String(uimaBytes(InceptionDocument.of(document, options)), StandardCharsets.UTF_8);
            String actual = Files.readString(out.resolve(fileOfId.get(document.getId())), StandardCharsets.UTF_8);
            assertEquals(expected, actual, "document " + document.getId() + " with " + options);
            compared++;
        }
        return compared;
    }

    /**
     * UIMA's XMI of the document: a CAS filled as the export filled one before (feature structures
     * created in this order decide the xmi:ids), written by {@code XmiCasSerializer}.
     */
    private static byte[] uimaBytes(InceptionDocument document) throws SAXException {
        cas.reset();
        TypeSystem types = cas.getTypeSystem();
        String text = document.text();
        cas.setDocumentText(text);
        metadata(document, types.getType(InceptionLayers.DOCUMENT_META_DATA));

        List<Tokens.Token> tokens = document.segmentation().tokens();
        int[] starts = document.segmentation().sentenceStarts();
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
        for (InceptionDocument.Span span : document.mentions()) {
            SpeakerMention mention = (SpeakerMention) span.annotation();
            AnnotationFS fs = annotation(mentionType, span, created);
            fs.setStringValue(mentionType.getFeatureByBaseName(InceptionLayers.MENTION_KIND),
                    mention.getKind() == null ? null : mention.getKind().getName());
            fs.setStringValue(mentionType.getFeatureByBaseName(InceptionLayers.MENTION_SPEAKER), document.speakerId(mention));
            fs.setStringValue(mentionType.getFeatureByBaseName(InceptionLayers.MENTION_SPEAKER_NAME), InceptionDocument.speakerName(mention));
        }
        Type cueType = types.getType(InceptionLayers.CUE);
        for (InceptionDocument.Span span : document.cues()) {
            annotation(cueType, span, created);
        }
        Type claimType = types.getType(InceptionLayers.CLAIM);
        for (InceptionDocument.Span span : document.claims()) {
            Claim claim = (Claim) span.annotation();
            AnnotationFS fs = annotation(claimType, span, created);
            fs.setStringValue(claimType.getFeatureByBaseName(InceptionLayers.CLAIM_TYPE), claim.getType() == null ? null : claim.getType().getName());
        }
        for (InceptionDocument.Span span : document.claims()) {
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
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XmiCasSerializer.serialize(cas, out);
        return out.toByteArray();
    }

    private static void metadata(InceptionDocument document, Type type) {
        List<AnnotationFS> existing = new ArrayList<>();
        cas.getAnnotationIndex(cas.getTypeSystem().getType(CAS.TYPE_NAME_DOCUMENT_ANNOTATION)).forEach(existing::add);
        existing.forEach(cas::removeFsFromIndexes);
        AnnotationFS metadata = cas.createAnnotation(type, 0, document.text().length());
        String language = document.document().getLanguage();
        metadata.setStringValue(type.getFeatureByBaseName(CAS.FEATURE_BASE_NAME_LANGUAGE),
                language == null || language.isBlank() ? "x-unspecified" : language);
        metadata.setStringValue(type.getFeatureByBaseName("documentId"), document.document().getId());
        metadata.setStringValue(type.getFeatureByBaseName("documentTitle"), document.document().getTitle());
        metadata.setStringValue(type.getFeatureByBaseName("documentUri"), document.document().getUrl());
        cas.addFsToIndexes(metadata);
    }

    private static AnnotationFS annotation(Type type, InceptionDocument.Span span, Map<InceptionDocument.Span, AnnotationFS> created) {
        AnnotationFS fs = cas.createAnnotation(type, span.begin(), span.end());
        cas.addFsToIndexes(fs);
        created.put(span, fs);
        return fs;
    }

    /**
     * A document over {@code text} with hostile names: for each sentence-like piece of the text a
     * mention, a cue and a claim, added in reverse order of their spans (so the export must sort them
     * as UIMA's index does), one pending and one rejected, a claim without a type and one nested in
     * another; the speaker's name and id carry markup.
     */
    private static Document hostile(String id, String text) {
        SayerFactory factory = SayerFactory.eINSTANCE;
        Document document = factory.createDocument();
        document.setId(id);
        document.setTitle("Hostile " + id);
        document.setText(text);
        document.setLanguage("en");
        document.setState(WorkflowState.IN_PROGRESS);
        Speaker speaker = factory.createSpeaker();
        speaker.setId("s<1>&\"");
        speaker.setName("O'Neil \"the <Boss>\" & co\t\uD83D\uDE42");
        document.getSpeakers().add(speaker);
        List<int[]> words = words(text);
        List<org.sayer.model.Annotation> annotations = new ArrayList<>();
        Claim outer = null;
        for (int w = words.size() - 3; w >= 0; w -= 3) {
            SpeakerMention mention = factory.createSpeakerMention();
            span(mention, "m" + w, words.get(w));
            mention.setSpeaker(w % 2 == 0 ? speaker : null);
            mention.setKind(w % 2 == 0 ? MentionKind.NAME : null);
            Cue cue = factory.createCue();
            span(cue, "c" + w, words.get(w + 1));
            Claim claim = factory.createClaim();
            span(claim, "a" + w, new int[] { words.get(w + 2)[0], words.get(words.size() - 1)[1] });
            claim.setType(w % 3 == 0 ? ClaimType.DIRECT : null);
            claim.setSource(mention);
            claim.setCue(w % 2 == 0 ? cue : null);
            claim.setParent(outer);
            outer = claim;
            if (w == 3) {
                claim.setOrigin(Origin.AUTOMATIC);
                claim.setReview(ReviewState.PENDING);
            } else if (w == 6) {
                cue.setReview(ReviewState.REJECTED);
            }
            annotations.add(claim);
            annotations.add(mention);
            annotations.add(cue);
        }
        document.getAnnotations().addAll(annotations);
        return document;
    }

    /**
     * Two mentions, cues and claims over the very same spans, and a claim over the same start as a
     * longer one: UIMA orders them by creation, and the longer first.
     */
    private static Document sameSpans(String id) {
        SayerFactory factory = SayerFactory.eINSTANCE;
        Document document = hostile(id, "Anna said this and that, Omar said so.");
        List<org.sayer.model.Annotation> more = new ArrayList<>();
        for (org.sayer.model.Annotation a : List.copyOf(document.getAnnotations())) {
            org.sayer.model.Annotation twin = a instanceof SpeakerMention ? factory.createSpeakerMention()
                    : a instanceof Cue ? factory.createCue() : factory.createClaim();
            span(twin, a.getId() + "-twin", new int[] { a.getBegin(), a.getEnd() });
            if (twin instanceof Claim claim) {
                claim.setSource(((Claim) a).getSource());
                Claim shorter = factory.createClaim();
                span(shorter, a.getId() + "-short", new int[] { a.getBegin(), a.getBegin() + 3 });
                shorter.setParent(claim);
                more.add(shorter);
            }
            more.add(twin);
        }
        document.getAnnotations().addAll(more);
        return document;
    }

    /** The {begin, end} of every run of non-space characters; none when there are fewer than three. */
    private static List<int[]> words(String text) {
        List<int[]> words = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                words.add(new int[] { start, i });
            }
        }
        return words.size() < 3 ? List.of() : words;
    }

    private static void span(org.sayer.model.Annotation annotation, String id, int[] span) {
        annotation.setId(id);
        annotation.setBegin(span[0]);
        annotation.setEnd(span[1]);
        annotation.setOrigin(Origin.MANUAL);
        annotation.setReview(ReviewState.ACCEPTED);
    }
}
