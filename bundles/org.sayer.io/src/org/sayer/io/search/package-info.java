/**
 * Corpus search with Apache Lucene: an index in the corpus folder ({@code search-index/}) of every
 * document's text and speakers, and of every claim with its speaker, cue, type and review state;
 * kept up to date by comparing each document's checksum with the one it was indexed at. Plain Java:
 * the CLI and the workbench share it.
 */
package org.sayer.io.search;
