package org.sayer.io.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** The export formats, by the name {@code ./sayer export --format} takes. */
public enum ExportFormat {
    JSONL("Sayer gold JSONL", GoldJsonlExport::new),
    XMI("UIMA XMI with its type-system descriptor", XmiExport::new),
    CONLL("CoNLL-U Plus style BIO tokens (SPEAKER, CUE, and CLAIM columns per nesting depth)", ConllExport::new),
    BRAT("brat standoff: .txt + .ann per document, annotation.conf", BratExport::new),
    CITRON("Citron's JSON data format, one file per document in citron/", CitronExport::new),
    HF("Hugging Face datasets JSONL splits with dataset_info.json", HfExport::new),
    SPACY("spaCy DocBin files per split (span groups, relations) for spacy train, and the same as Doc JSON lines", SpacyExport::new),
    INCEPTION("UIMA CAS XMI for INCEpTION: DKPro Core tokens, custom layers defined in typesystem.xml", InceptionExport::new),
    WEBANNO("WebAnno TSV 3.3 (INCEpTION's text format), one .tsv per document, the layers of the inception export", WebAnnoTsvExport::new);

    private final String description;
    private final Supplier<FormatWriter> writers;

    ExportFormat(String description, Supplier<FormatWriter> writers) {
        this.description = description;
        this.writers = writers;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String description() {
        return description;
    }

    /** Whether the format writes train/validation/test splits (seed and ratios apply). */
    public boolean splits() {
        return this == HF || this == SPACY;
    }

    FormatWriter newWriter() {
        return writers.get();
    }

    public static ExportFormat parse(String name) {
        for (ExportFormat format : values()) {
            if (format.id().equals(name.toLowerCase(Locale.ROOT))) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown export format '" + name + "' (one of " + names() + ")");
    }

    public static String names() {
        return Arrays.stream(values()).map(ExportFormat::id).collect(Collectors.joining(", "));
    }
}
