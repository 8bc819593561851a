package org.sayer.io.inception;

import java.util.HashMap;
import java.util.Map;

/**
 * An annotation of one of Sayer's INCEpTION layers as a reader (XMI or WebAnno TSV) found it: its
 * layer, span, feature values and links, before it becomes part of a Sayer document.
 */
final class LayerAnnotation {

    final String layer;
    int begin;
    int end;
    final Map<String, String> values = new HashMap<>();
    /** By link feature (source, cue, parent): the annotation linked to. */
    final Map<String, LayerAnnotation> links = new HashMap<>();

    LayerAnnotation(String layer, int begin, int end) {
        this.layer = layer;
        this.begin = begin;
        this.end = end;
    }
}
