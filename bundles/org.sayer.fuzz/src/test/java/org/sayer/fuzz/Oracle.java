package org.sayer.fuzz;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.sayer.io.importer.Admission;
import org.sayer.io.importer.ImportException;
import org.sayer.model.Corpus;
import org.sayer.model.Document;
import org.sayer.model.SayerFactory;
import org.sayer.model.store.SayerResources;
import org.sayer.model.validation.Validation;

/**
 * What every reader promises, checked on each fuzz input: a refusal is the reader's own exception
 * and names the input, and a document it accepts is valid and is written and read back by the
 * store's XMI unchanged ("every file Sayer writes loads again"). Anything else, an unexpected
 * exception type included, is a finding.
 */
public final class Oracle {

    private Oracle() {
    }

    /** A refusal names the input it refuses, first. */
    public static void namesInput(IOException refusal, String input) {
        if (refusal.getMessage() == null || !refusal.getMessage().startsWith(input)) {
            throw new AssertionError("a refusal that does not name " + input + ": " + refusal.getMessage(), refusal);
        }
    }

    /** A reader of one input, refusing it with an {@link ImportException}; any other exception is a finding. */
    @FunctionalInterface
    public interface Reader {
        Document read() throws IOException;
    }

    /** Runs {@code reader} on {@code input}: refused by name, or what it made is {@link #imported}. */
    public static void readOrRefused(String input, Reader reader) throws IOException {
        Document document;
        try {
            document = reader.read();
        } catch (ImportException refused) {
            namesInput(refused, input);
            return;
        }
        imported(document, input);
    }

    /**
     * What a reader made of {@code where}, as import takes it: refused by name when import's
     * {@link Admission} refuses it (text an XML file cannot store, a document {@code check} would
     * call invalid), else valid and read back unchanged.
     */
    public static void imported(Document document, String where) {
        try {
            Admission.check(document, where);
        } catch (ImportException refused) {
            namesInput(refused, where);
            return;
        }
        validAndReadsBack(document);
    }

    /**
     * The document validates, and saving and loading it gives the same document. A document equal to
     * one that passed before passes again without a second look ({@link Fingerprints}).
     */
    public static void validAndReadsBack(Document document) {
        ByteBuffer fingerprint = Fingerprints.of(document);
        if (Fingerprints.checked(fingerprint)) {
            return;
        }
        List<Diagnostic> problems = Validation.problems(Validation.validate(document));
        if (!problems.isEmpty()) {
            throw new AssertionError("a reader accepted an invalid document: " + problems.get(0).getMessage());
        }
        ResourceSet writing = SayerResources.newResourceSet();
        // The document's speakers go to a registry of their own, saved as a corpus index, as an
        // import's would; without speakers that index would be the same empty one every time.
        Resource index = null;
        if (!document.getSpeakers().isEmpty()) {
            index = writing.createResource(URI.createURI("fuzz:/corpus.xmi"));
            Corpus corpus = SayerFactory.eINSTANCE.createCorpus();
            index.getContents().add(corpus);
            corpus.getSpeakers().addAll(List.copyOf(document.getSpeakers()));
        }
        Resource resource = writing.createResource(URI.createURI("fuzz:/document.xmi"));
        resource.getContents().add(document);
        try {
            byte[] indexBytes = index == null ? null : save(index);
            byte[] documentBytes = save(resource);
            ResourceSet reading = SayerResources.newResourceSet();
            if (index != null) {
                reading.createResource(index.getURI()).load(new ByteArrayInputStream(indexBytes), reading.getLoadOptions());
            }
            Resource back = reading.createResource(resource.getURI());
            back.load(new ByteArrayInputStream(documentBytes), reading.getLoadOptions());
            Document read = (Document) back.getContents().get(0);
            EcoreUtil.resolveAll(read);
            if (!EcoreUtil.equals(document, read)) {
                throw new AssertionError("a document differs after saving and loading it: " + document.getId());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("a document Sayer wrote does not load again", e);
        }
        Fingerprints.passed(fingerprint);
    }

    private static byte[] save(Resource resource) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        resource.save(out, SayerResources.saveOptions());
        return out.toByteArray();
    }
}
