package org.sayer.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.junit.jupiter.api.Test;
import org.sayer.model.Claim;
import org.sayer.model.ClaimType;
import org.sayer.model.Corpus;
import org.sayer.model.Document;
import org.sayer.model.SayerFactory;
import org.sayer.model.SayerPackage;
import org.sayer.model.edit.EditingDomainService;
import org.sayer.model.store.SayerResources;

class EditingDomainServiceTest {

    @Test
    void changingAClaimTypeCanBeUndoneAndRedoneAndTracksDirtyState() {
        Corpus corpus = SayerFactory.eINSTANCE.createCorpus();
        Document document = Fixtures.nestedAttribution(Fixtures.speaker(corpus, "p", "Ned Price"),
                Fixtures.speaker(corpus, "b", "Antony Blinken"));
        EditingDomainService editing = new EditingDomainService(SayerResources.newResourceSet());
        List<Boolean> dirtyEvents = new ArrayList<>();
        editing.addDirtyListener(dirtyEvents::add);
        Claim outer = (Claim) document.getAnnotations().get(2);

        assertTrue(editing.execute(SetCommand.create(editing.domain(), outer, SayerPackage.Literals.CLAIM__TYPE, ClaimType.INDIRECT)));
        assertEquals(ClaimType.INDIRECT, outer.getType());
        assertTrue(editing.isDirty());

        assertTrue(editing.undo());
        assertEquals(ClaimType.MIXED, outer.getType());
        assertFalse(editing.isDirty());

        assertTrue(editing.redo());
        assertEquals(ClaimType.INDIRECT, outer.getType());
        editing.markSaved();
        assertFalse(editing.isDirty());
        assertEquals(List.of(true, false, true, false), dirtyEvents);
    }

    @Test
    void claimLabelShowsSpeakerAndFirstWords() {
        Corpus corpus = SayerFactory.eINSTANCE.createCorpus();
        Document document = Fixtures.nestedAttribution(Fixtures.speaker(corpus, "p", "Ned Price"),
                Fixtures.speaker(corpus, "b", "Antony Blinken"));
        EditingDomainService editing = new EditingDomainService(SayerResources.newResourceSet());
        Claim inner = (Claim) document.getAnnotations().get(5);
        IItemLabelProvider labels = (IItemLabelProvider) editing.adapterFactory().adapt(inner, IItemLabelProvider.class);
        assertEquals("Antony Blinken: \u201cthe importance of diplomacy.\u201d", labels.getText(inner));
    }
}
