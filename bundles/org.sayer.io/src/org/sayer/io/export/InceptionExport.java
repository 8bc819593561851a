package org.sayer.io.export;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.sayer.io.inception.InceptionLayers;

/**
 * UIMA CAS XMI for INCEpTION: one {@code NAME.xmi} (XML 1.0) per document and {@code typesystem.xml},
 * the layer definitions of {@link InceptionLayers}. In INCEpTION, import {@code typesystem.xml} as
 * the project's layers, then the {@code .xmi} files as documents in the "UIMA CAS XMI (XML 1.0)"
 * format. Sentences and tokens are DKPro Core's; no sentence breaks inside an annotation. Each file
 * is what UIMA's serializer writes for the document's CAS, written by {@link InceptionXmiWriter}.
 */
final class InceptionExport extends PerDocumentFiles {

    static final String TYPE_SYSTEM = "typesystem.xml";

    private InceptionXmiWriter writer;

    @Override
    protected void begin() throws IOException {
        writer = new InceptionXmiWriter(XmiExport.writeTypeSystem(context, TYPE_SYSTEM, InceptionLayers.description()).getTypeSystem());
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
        try (Writer out = new OutputStreamWriter(Files.newOutputStream(context.folder().resolve(name + ".xmi")), StandardCharsets.UTF_8)) {
            writer.write(document, out);
        }
    }
}
