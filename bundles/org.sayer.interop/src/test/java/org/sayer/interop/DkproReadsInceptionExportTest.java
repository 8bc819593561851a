package org.sayer.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.apache.uima.cas.ArrayFS;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.collection.CollectionReader;
import org.apache.uima.fit.factory.CollectionReaderFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.factory.TypeSystemDescriptionFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.dkpro.core.io.xmi.XmiReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sayer.io.ProgressListener;
import org.sayer.io.export.ExportFormat;
import org.sayer.io.export.ExportOptions;
import org.sayer.io.export.Exporters;
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
import org.sayer.model.WorkflowState;
import org.sayer.model.store.CorpusStore;

import de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;

/** DKPro Core (what INCEpTION is built on) reads the {@code inception} export as it comes. */
class DkproReadsInceptionExportTest {

    static final String TEXT = "Dr. Ho said the plan works. She added that \"Ho said it\".";

    @TempDir
    Path folder;

    @Test
    void dkproXmiReaderLoadsTheExportIntoDkproCoreTypes() throws Exception {
        Path out = folder.resolve("inception");
        Exporters.export(corpus(), ExportFormat.INCEPTION, out, ExportOptions.DEFAULT, ProgressListener.NONE);

        // DKPro Core's types as uimaFIT finds them on the class path, and Sayer's layers: merging fails
        // if a type or feature both declare differs in supertype or range.
        TypeSystemDescription dkpro = TypeSystemDescriptionFactory.createTypeSystemDescription();
        TypeSystemDescription layers = TypeSystemDescriptionFactory.createTypeSystemDescriptionFromPath(
                out.resolve("typesystem.xml").toUri().toString());
        TypeSystemDescription merged = CasCreationUtils.mergeTypeSystems(List.of(dkpro, layers));

        CollectionReader reader = CollectionReaderFactory.createReader(XmiReader.class, merged,
                XmiReader.PARAM_SOURCE_LOCATION, out.toString(), XmiReader.PARAM_PATTERNS, "*.xmi",
                XmiReader.PARAM_LENIENT, false);
        JCas jcas = JCasFactory.createJCas(merged);
        assertTrue(reader.hasNext());
        reader.getNext(jcas.getCas());

        assertEquals(TEXT, jcas.getDocumentText());
        assertEquals("story-1", DocumentMetaData.get(jcas).getDocumentId());
        List<String> tokens = JCasUtil.select(jcas, Token.class).stream().map(Token::getCoveredText).toList();
        assertEquals(List.of("Dr", ".", "Ho", "said", "the", "plan", "works", "."), tokens.subList(0, 8));
        List<String> sentences = JCasUtil.select(jcas, Sentence.class).stream().map(Sentence::getCoveredText).toList();
        assertEquals(List.of("Dr. Ho said the plan works.", "She added that \"Ho said it\"."), sentences,
                "no sentence ends after Dr.");

        Type claim = jcas.getTypeSystem().getType("webanno.custom.Claim");
        AnnotationFS nested = jcas.getCas().<AnnotationFS>getAnnotationIndex(claim).stream()
                .filter(c -> c.getCoveredText().equals("it")).findFirst().orElseThrow();
        FeatureStructure parentLink = ((ArrayFS<?>) nested.getFeatureValue(claim.getFeatureByBaseName("parent"))).get(0);
        AnnotationFS parent = (AnnotationFS) parentLink.getFeatureValue(parentLink.getType().getFeatureByBaseName("target"));
        assertEquals("Ho said it", parent.getCoveredText());
        FeatureStructure sourceLink = ((ArrayFS<?>) nested.getFeatureValue(claim.getFeatureByBaseName("source"))).get(0);
        AnnotationFS source = (AnnotationFS) sourceLink.getFeatureValue(sourceLink.getType().getFeatureByBaseName("target"));
        assertEquals("Ho", source.getCoveredText());
        assertEquals("ho", source.getStringValue(source.getType().getFeatureByBaseName("speaker")));
        assertTrue(reader.hasNext() == false);
    }

    private CorpusStore corpus() throws Exception {
        SayerFactory f = SayerFactory.eINSTANCE;
        Document d = f.createDocument();
        d.setId("story-1");
        d.setTitle("Plan");
        d.setText(TEXT);
        d.setState(WorkflowState.IN_PROGRESS);
        Speaker ho = f.createSpeaker();
        ho.setId("ho");
        ho.setName("Dr. Ho");
        d.getSpeakers().add(ho);
        SpeakerMention drHo = place(d, f.createSpeakerMention(), "Dr. Ho", 0);
        drHo.setSpeaker(ho);
        drHo.setKind(MentionKind.NAME);
        SpeakerMention she = place(d, f.createSpeakerMention(), "She", 0);
        she.setSpeaker(ho);
        she.setKind(MentionKind.PRONOUN);
        SpeakerMention innerHo = place(d, f.createSpeakerMention(), "Ho", 1);
        innerHo.setSpeaker(ho);
        innerHo.setKind(MentionKind.NAME);
        Cue said = place(d, f.createCue(), "said", 0);
        Cue added = place(d, f.createCue(), "added", 0);
        Cue innerSaid = place(d, f.createCue(), "said", 1);
        claim(d, "the plan works", ClaimType.INDIRECT, drHo, said, null);
        Claim outer = claim(d, "Ho said it", ClaimType.DIRECT, she, added, null);
        claim(d, "it", ClaimType.INDIRECT, innerHo, innerSaid, outer);

        CorpusStore store = CorpusStore.create(folder.resolve("corpus"), "interop");
        store.corpus().getSpeakers().add(ho);
        store.add(d);
        store.save(d);
        store.saveIndex();
        return store;
    }

    private static Claim claim(Document d, String what, ClaimType type, SpeakerMention source, Cue cue, Claim parent) {
        Claim claim = place(d, SayerFactory.eINSTANCE.createClaim(), what, 0);
        claim.setType(type);
        claim.setSource(source);
        claim.setCue(cue);
        claim.setParent(parent);
        return claim;
    }

    private static <T extends org.sayer.model.Annotation> T place(Document d, T annotation, String what, int occurrence) {
        int at = -1;
        for (int i = 0; i <= occurrence; i++) {
            at = d.getText().indexOf(what, at + 1);
        }
        annotation.setBegin(at);
        annotation.setEnd(at + what.length());
        annotation.setOrigin(Origin.MANUAL);
        annotation.setReview(ReviewState.ACCEPTED);
        d.getAnnotations().add(annotation);
        return annotation;
    }
}
