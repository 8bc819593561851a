package org.sayer.io.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;

import org.apache.uima.cas.CAS;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.sayer.io.xmi.XmiDocuments;
import org.sayer.pipeline.types.SayerTypes;
import org.xml.sax.SAXException;

/**
 * UIMA XMI: one {@code NAME.xmi} per document and {@code TypeSystem.xml}, the descriptor of
 * {@link SayerTypes}, so that UIMA's own {@code XmiCasDeserializer} loads each file into a CAS made
 * from that descriptor. Review state, origin and confidence are features, so rejected annotations
 * (when included) keep {@code review="REJECTED"}: the negative mark.
 */
final class XmiExport extends PerDocumentFiles {

    static final String TYPE_SYSTEM = "TypeSystem.xml";

    private CAS cas;

    @Override
    protected void begin() throws IOException {
        cas = writeTypeSystem(context, TYPE_SYSTEM, SayerTypes.description());
        if (context.options().includeRejected()) {
            context.manifest().note("rejected", "written with the feature review=REJECTED");
        }
    }

    /** Writes {@code types} into the export as {@code file}, and returns a CAS of them to fill per document. */
    static CAS writeTypeSystem(ExportContext context, String file, TypeSystemDescription types) throws IOException {
        try (OutputStream out = Files.newOutputStream(context.folder().resolve(file))) {
            types.toXML(out);
            return SayerTypes.newCas(types);
        } catch (SAXException | ResourceInitializationException e) {
            throw new ExportException(file, "the type system could not be written: " + e.getMessage(), e);
        }
    }

    @Override
    public void write(DocumentView view) throws IOException {
        view.annotations().forEach(context.manifest()::wrote);
        String name = names.nameFor(view.document().getId());
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(context.folder().resolve(name + ".xmi")))) {
            XmiDocuments.write(view.document(), view::isIncluded, cas, out);
        }
    }
}
