/**
 * Questions an annotation editor asks of the model, answered fast: annotations overlapping a
 * range ({@link org.sayer.model.query.AnnotationIndex}), the claims of a speaker
 * ({@link org.sayer.model.query.SpeakerClaims}), the documents that mention one
 * ({@link org.sayer.model.query.SpeakerUsage}), pending suggestions in document order
 * ({@link org.sayer.model.query.PendingSuggestions}) and nested claims as a tree
 * ({@link org.sayer.model.query.ClaimTree}).
 */
package org.sayer.model.query;
