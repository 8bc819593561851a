package org.sayer.io.export;

import java.nio.file.Path;
import java.util.List;

/**
 * What a writer is given: the folder to write into (a temp folder, moved into place at the end), the
 * options, the ids of every document to come (in order; small even for large corpora), and the
 * manifest to add its own notes to.
 */
record ExportContext(Path folder, ExportOptions options, List<String> documentIds, Manifest manifest) {
}
