package org.sayer.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.impl.XmiCasDeserializer;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.apache.uima.util.XMLInputSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sayer.io.ProgressListener;
import org.sayer.io.export.ExportFormat;
import org.sayer.io.export.ExportOptions;
import org.sayer.io.export.Exporters;
import org.sayer.io.importer.ImportReport;
import org.sayer.io.importer.Importers;
import org.sayer.model.Annotation;
import org.sayer.model.Claim;
import org.sayer.model.Document;
import org.sayer.model.Speaker;
import org.sayer.model.SpeakerMention;
import org.sayer.model.speakers.UnresolvedSpeakers;
import org.sayer.model.store.CorpusStore;

class XmiExportTest {

    @TempDir
    Path folder;

    @Test
    void uimaLoadsTheExportWithItsOwnDescriptorAndNothingIsLost() throws Exception {
        Path out = folder.resolve("xmi");
        Exporters.export(Fixtures.corpus(folder.resolve("c")), ExportFormat.XMI, out, ExportOptions.DEFAULT.withInclude(true, true),
                ProgressListener.NONE);
        TypeSystemDescription types = UIMAFramework.getXMLParser()
                .parseTypeSystemDescription(new XMLInputSource(out.resolve("TypeSystem.xml").toFile()));
        CAS cas = CasCreationUtils.createCas(types, null, null);
        try (InputStream in = Files.newInputStream(out.resolve("news-1.xmi"))) {
            XmiCasDeserializer.deserialize(in, cas);
        }
        assertEquals(Fixtures.TEXT, cas.getDocumentText());
        Type claimType = cas.getTypeSystem().getType("org.sayer.attribution.Claim");
        int claims = 0;
        for (AnnotationFS claim : cas.getAnnotationIndex(claimType)) {
            claims++;
            if ("a5".equals(claim.getStringValue(claimType.getFeatureByBaseName("annotationId")))) {
                FeatureStructure parent = claim.getFeatureValue(claimType.getFeatureByBaseName("parent"));
                assertEquals("a4", parent.getStringValue(claimType.getFeatureByBaseName("annotationId")));
                AnnotationFS source = (AnnotationFS) claim.getFeatureValue(claimType.getFeatureByBaseName("source"));
                assertEquals("Baerbock", source.getCoveredText());
                FeatureStructure speaker = source.getFeatureValue(source.getType().getFeatureByBaseName("speaker"));
                assertEquals("Annalena Baerbock", speaker.getStringValue(speaker.getType().getFeatureByBaseName("name")));
            }
        }
        assertEquals(6, claims, "pending included on request");

        CorpusStore back = CorpusStore.create(folder.resolve("back"), "back");
        ImportReport report = Importers.importInto(back, List.of(out), ProgressListener.NONE);
        assertTrue(report.problems().isEmpty(), report.problems().toString());
        assertEquals(List.of("news-1", "world/2024 #2"), back.documentIds(), "the XMI files import by content; the other files are not documents");
        Document original = Fixtures.news("news-1");
        Document restored = back.load(back.corpus().getDocuments().get(0));
        assertSameDocument(original, restored);
        SpeakerMention rejected = (SpeakerMention) restored.getAnnotations().stream().filter(a -> "m5".equals(a.getId())).findFirst().orElseThrow();
        assertEquals("unresolved:news-1:m5", rejected.getSpeaker().getId(), "the mention without a speaker got one of its own");
        assertEquals(3, back.corpus().getSpeakers().size(), "speakers join the registry once, and the unresolved one");
    }

    static void assertSameDocument(Document expected, Document actual) {
        assertEquals(expected.getId(), actual.getId());
        assertEquals(expected.getTitle(), actual.getTitle());
        assertEquals(expected.getText(), actual.getText());
        assertEquals(expected.getUrl(), actual.getUrl());
        assertEquals(expected.getState(), actual.getState());
        assertEquals(expected.getMetadata().map(), actual.getMetadata().map());
        assertEquals(expected.getDoneBy(), actual.getDoneBy());
        // A mention without a speaker is read back with an unresolved speaker of its own (UnresolvedSpeakers).
        List<Speaker> resolved = actual.getSpeakers().stream().filter(s -> !UnresolvedSpeakers.isUnresolved(s)).toList();
        assertEquals(expected.getSpeakers().size(), resolved.size());
        for (int i = 0; i < expected.getSpeakers().size(); i++) {
            assertEquals(expected.getSpeakers().get(i).getId(), resolved.get(i).getId());
            assertEquals(expected.getSpeakers().get(i).getName(), resolved.get(i).getName());
            assertEquals(expected.getSpeakers().get(i).getAliases(), resolved.get(i).getAliases());
            assertEquals(expected.getSpeakers().get(i).getType(), resolved.get(i).getType());
        }
        assertEquals(expected.getAnnotations().size(), actual.getAnnotations().size());
        for (int i = 0; i < expected.getAnnotations().size(); i++) {
            Annotation e = expected.getAnnotations().get(i);
            Annotation a = actual.getAnnotations().get(i);
            String where = e.getId();
            assertEquals(e.eClass(), a.eClass(), where);
            assertEquals(e.getId(), a.getId(), where);
            assertEquals(e.getBegin(), a.getBegin(), where);
            assertEquals(e.getEnd(), a.getEnd(), where);
            assertEquals(e.getOrigin(), a.getOrigin(), where);
            assertEquals(e.getReview(), a.getReview(), where);
            assertEquals(e.getConfidence(), a.getConfidence(), where);
            assertEquals(e.getProducer(), a.getProducer(), where);
            assertEquals(e.getTimestamp(), a.getTimestamp(), where);
            assertEquals(e.getCreated(), a.getCreated(), where);
            assertEquals(e.getReviewer(), a.getReviewer(), where);
            assertEquals(e.getReviewed(), a.getReviewed(), where);
            if (e instanceof SpeakerMention m) {
                SpeakerMention n = (SpeakerMention) a;
                assertEquals(m.getKind(), n.getKind(), where);
                assertEquals(m.getSpeaker() == null ? null : m.getSpeaker().getId(),
                        UnresolvedSpeakers.isUnresolved(n.getSpeaker()) ? null : n.getSpeaker().getId(), where);
            }
            if (e instanceof Claim c) {
                Claim d = (Claim) a;
                assertEquals(c.getType(), d.getType(), where);
                assertEquals(c.getSource() == null ? null : c.getSource().getId(), d.getSource() == null ? null : d.getSource().getId(), where);
                assertEquals(c.getCue() == null ? null : c.getCue().getId(), d.getCue() == null ? null : d.getCue().getId(), where);
                assertEquals(c.getParent() == null ? null : c.getParent().getId(), d.getParent() == null ? null : d.getParent().getId(), where);
                assertEquals(c.getContinues() == null ? null : c.getContinues().getId(), d.getContinues() == null ? null : d.getContinues().getId(),
                        where + ": the part of a split quotation it continues");
            }
        }
        assertNotNull(actual.eResource());
        assertFalse(actual.getText().isEmpty());
    }
}
