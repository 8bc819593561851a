/**
 */
package org.sayer.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Annotated news documents: who (speaker) said (cue) what (claim).
 * <!-- end-model-doc -->
 * @see org.sayer.model.SayerFactory
 * @model kind="package"
 * @generated
 */
public interface SayerPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://sayer.org/model/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "sayer";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	SayerPackage eINSTANCE = org.sayer.model.impl.SayerPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.sayer.model.impl.CorpusImpl <em>Corpus</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sayer.model.impl.CorpusImpl
	 * @see org.sayer.model.impl.SayerPackageImpl#getCorpus()
	 * @generated
	 */
	int CORPUS = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPUS__NAME = 0;

	/**
	 * The feature id for the '<em><b>Speakers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPUS__SPEAKERS = 1;

	/**
	 * The feature id for the '<em><b>Documents</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPUS__DOCUMENTS = 2;

	/**
	 * The number of structural features of the '<em>Corpus</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPUS_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Corpus</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPUS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.sayer.model.impl.DocumentEntryImpl <em>Document Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sayer.model.impl.DocumentEntryImpl
	 * @see org.sayer.model.impl.SayerPackageImpl#getDocumentEntry()
	 * @generated
	 */
	int DOCUMENT_ENTRY = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_ENTRY__ID = 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_ENTRY__TITLE = 1;

	/**
	 * The feature id for the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_ENTRY__STATE = 2;

	/**
	 * The feature id for the '<em><b>Claim Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_ENTRY__CLAIM_COUNT = 3;

	/**
	 * The feature id for the '<em><b>Pending Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_ENTRY__PENDING_COUNT = 4;

	/**
	 * The feature id for the '<em><b>Document</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_ENTRY__DOCUMENT = 5;

	/**
	 * The feature id for the '<em><b>Pack</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_ENTRY__PACK = 6;

	/**
	 * The feature id for the '<em><b>Pack Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_ENTRY__PACK_OFFSET = 7;

	/**
	 * The feature id for the '<em><b>Pack Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_ENTRY__PACK_LENGTH = 8;

	/**
	 * The feature id for the '<em><b>Checksum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_ENTRY__CHECKSUM = 9;

	/**
	 * The number of structural features of the '<em>Document Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_ENTRY_FEATURE_COUNT = 10;

	/**
	 * The number of operations of the '<em>Document Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_ENTRY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.sayer.model.impl.DocumentImpl <em>Document</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sayer.model.impl.DocumentImpl
	 * @see org.sayer.model.impl.SayerPackageImpl#getDocument()
	 * @generated
	 */
	int DOCUMENT = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__ID = 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__TITLE = 1;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__TEXT = 2;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__SOURCE = 3;

	/**
	 * The feature id for the '<em><b>Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__URL = 4;

	/**
	 * The feature id for the '<em><b>Published</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__PUBLISHED = 5;

	/**
	 * The feature id for the '<em><b>Language</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__LANGUAGE = 6;

	/**
	 * The feature id for the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__STATE = 7;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__METADATA = 8;

	/**
	 * The feature id for the '<em><b>Speakers</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__SPEAKERS = 9;

	/**
	 * The feature id for the '<em><b>Done By</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__DONE_BY = 10;

	/**
	 * The feature id for the '<em><b>Annotations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__ANNOTATIONS = 11;

	/**
	 * The number of structural features of the '<em>Document</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_FEATURE_COUNT = 12;

	/**
	 * The number of operations of the '<em>Document</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.sayer.model.impl.MetadataEntryImpl <em>Metadata Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sayer.model.impl.MetadataEntryImpl
	 * @see org.sayer.model.impl.SayerPackageImpl#getMetadataEntry()
	 * @generated
	 */
	int METADATA_ENTRY = 3;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METADATA_ENTRY__KEY = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METADATA_ENTRY__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Metadata Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METADATA_ENTRY_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Metadata Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METADATA_ENTRY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.sayer.model.impl.AnnotationImpl <em>Annotation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sayer.model.impl.AnnotationImpl
	 * @see org.sayer.model.impl.SayerPackageImpl#getAnnotation()
	 * @generated
	 */
	int ANNOTATION = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__ID = 0;

	/**
	 * The feature id for the '<em><b>Begin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__BEGIN = 1;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__END = 2;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__ORIGIN = 3;

	/**
	 * The feature id for the '<em><b>Review</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__REVIEW = 4;

	/**
	 * The feature id for the '<em><b>Confidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__CONFIDENCE = 5;

	/**
	 * The feature id for the '<em><b>Producer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__PRODUCER = 6;

	/**
	 * The feature id for the '<em><b>Timestamp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__TIMESTAMP = 7;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__CREATED = 8;

	/**
	 * The feature id for the '<em><b>Reviewer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__REVIEWER = 9;

	/**
	 * The feature id for the '<em><b>Reviewed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__REVIEWED = 10;

	/**
	 * The feature id for the '<em><b>Curated From</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__CURATED_FROM = 11;

	/**
	 * The number of structural features of the '<em>Annotation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_FEATURE_COUNT = 12;

	/**
	 * The operation id for the '<em>Get Document</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION___GET_DOCUMENT = 0;

	/**
	 * The operation id for the '<em>Get Covered Text</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION___GET_COVERED_TEXT = 1;

	/**
	 * The number of operations of the '<em>Annotation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_OPERATION_COUNT = 2;

	/**
	 * The meta object id for the '{@link org.sayer.model.impl.SpeakerMentionImpl <em>Speaker Mention</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sayer.model.impl.SpeakerMentionImpl
	 * @see org.sayer.model.impl.SayerPackageImpl#getSpeakerMention()
	 * @generated
	 */
	int SPEAKER_MENTION = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPEAKER_MENTION__ID = ANNOTATION__ID;

	/**
	 * The feature id for the '<em><b>Begin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPEAKER_MENTION__BEGIN = ANNOTATION__BEGIN;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPEAKER_MENTION__END = ANNOTATION__END;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPEAKER_MENTION__ORIGIN = ANNOTATION__ORIGIN;

	/**
	 * The feature id for the '<em><b>Review</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPEAKER_MENTION__REVIEW = ANNOTATION__REVIEW;

	/**
	 * The feature id for the '<em><b>Confidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPEAKER_MENTION__CONFIDENCE = ANNOTATION__CONFIDENCE;

	/**
	 * The feature id for the '<em><b>Producer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPEAKER_MENTION__PRODUCER = ANNOTATION__PRODUCER;

	/**
	 * The feature id for the '<em><b>Timestamp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPEAKER_MENTION__TIMESTAMP = ANNOTATION__TIMESTAMP;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPEAKER_MENTION__CREATED = ANNOTATION__CREATED;

	/**
	 * The feature id for the '<em><b>Reviewer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPEAKER_MENTION__REVIEWER = ANNOTATION__REVIEWER;

	/**
	 * The feature id for the '<em><b>Reviewed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPEAKER_MENTION__REVIEWED = ANNOTATION__REVIEWED;

	/**
	 * The feature id for the '<em><b>Curated From</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPEAKER_MENTION__CURATED_FROM = ANNOTATION__CURATED_FROM;

	/**
	 * The feature id for the '<em><b>Speaker</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPEAKER_MENTION__SPEAKER = ANNOTATION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPEAKER_MENTION__KIND = ANNOTATION_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Speaker Mention</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPEAKER_MENTION_FEATURE_COUNT = ANNOTATION_FEATURE_COUNT + 2;

	/**
	 * The operation id for the '<em>Get Document</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPEAKER_MENTION___GET_DOCUMENT = ANNOTATION___GET_DOCUMENT;

	/**
	 * The operation id for the '<em>Get Covered Text</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPEAKER_MENTION___GET_COVERED_TEXT = ANNOTATION___GET_COVERED_TEXT;

	/**
	 * The number of operations of the '<em>Speaker Mention</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPEAKER_MENTION_OPERATION_COUNT = ANNOTATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.sayer.model.impl.CueImpl <em>Cue</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sayer.model.impl.CueImpl
	 * @see org.sayer.model.impl.SayerPackageImpl#getCue()
	 * @generated
	 */
	int CUE = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUE__ID = ANNOTATION__ID;

	/**
	 * The feature id for the '<em><b>Begin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUE__BEGIN = ANNOTATION__BEGIN;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUE__END = ANNOTATION__END;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUE__ORIGIN = ANNOTATION__ORIGIN;

	/**
	 * The feature id for the '<em><b>Review</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUE__REVIEW = ANNOTATION__REVIEW;

	/**
	 * The feature id for the '<em><b>Confidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUE__CONFIDENCE = ANNOTATION__CONFIDENCE;

	/**
	 * The feature id for the '<em><b>Producer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUE__PRODUCER = ANNOTATION__PRODUCER;

	/**
	 * The feature id for the '<em><b>Timestamp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUE__TIMESTAMP = ANNOTATION__TIMESTAMP;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUE__CREATED = ANNOTATION__CREATED;

	/**
	 * The feature id for the '<em><b>Reviewer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUE__REVIEWER = ANNOTATION__REVIEWER;

	/**
	 * The feature id for the '<em><b>Reviewed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUE__REVIEWED = ANNOTATION__REVIEWED;

	/**
	 * The feature id for the '<em><b>Curated From</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUE__CURATED_FROM = ANNOTATION__CURATED_FROM;

	/**
	 * The number of structural features of the '<em>Cue</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUE_FEATURE_COUNT = ANNOTATION_FEATURE_COUNT + 0;

	/**
	 * The operation id for the '<em>Get Document</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUE___GET_DOCUMENT = ANNOTATION___GET_DOCUMENT;

	/**
	 * The operation id for the '<em>Get Covered Text</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUE___GET_COVERED_TEXT = ANNOTATION___GET_COVERED_TEXT;

	/**
	 * The number of operations of the '<em>Cue</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUE_OPERATION_COUNT = ANNOTATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.sayer.model.impl.ClaimImpl <em>Claim</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sayer.model.impl.ClaimImpl
	 * @see org.sayer.model.impl.SayerPackageImpl#getClaim()
	 * @generated
	 */
	int CLAIM = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__ID = ANNOTATION__ID;

	/**
	 * The feature id for the '<em><b>Begin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__BEGIN = ANNOTATION__BEGIN;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__END = ANNOTATION__END;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__ORIGIN = ANNOTATION__ORIGIN;

	/**
	 * The feature id for the '<em><b>Review</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__REVIEW = ANNOTATION__REVIEW;

	/**
	 * The feature id for the '<em><b>Confidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__CONFIDENCE = ANNOTATION__CONFIDENCE;

	/**
	 * The feature id for the '<em><b>Producer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__PRODUCER = ANNOTATION__PRODUCER;

	/**
	 * The feature id for the '<em><b>Timestamp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__TIMESTAMP = ANNOTATION__TIMESTAMP;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__CREATED = ANNOTATION__CREATED;

	/**
	 * The feature id for the '<em><b>Reviewer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__REVIEWER = ANNOTATION__REVIEWER;

	/**
	 * The feature id for the '<em><b>Reviewed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__REVIEWED = ANNOTATION__REVIEWED;

	/**
	 * The feature id for the '<em><b>Curated From</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__CURATED_FROM = ANNOTATION__CURATED_FROM;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__TYPE = ANNOTATION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__SOURCE = ANNOTATION_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Cue</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__CUE = ANNOTATION_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Parent</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__PARENT = ANNOTATION_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Continues</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__CONTINUES = ANNOTATION_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Claim</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM_FEATURE_COUNT = ANNOTATION_FEATURE_COUNT + 5;

	/**
	 * The operation id for the '<em>Get Document</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM___GET_DOCUMENT = ANNOTATION___GET_DOCUMENT;

	/**
	 * The operation id for the '<em>Get Covered Text</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM___GET_COVERED_TEXT = ANNOTATION___GET_COVERED_TEXT;

	/**
	 * The number of operations of the '<em>Claim</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM_OPERATION_COUNT = ANNOTATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.sayer.model.impl.SpeakerImpl <em>Speaker</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sayer.model.impl.SpeakerImpl
	 * @see org.sayer.model.impl.SayerPackageImpl#getSpeaker()
	 * @generated
	 */
	int SPEAKER = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPEAKER__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPEAKER__NAME = 1;

	/**
	 * The feature id for the '<em><b>Aliases</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPEAKER__ALIASES = 2;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPEAKER__ROLE = 3;

	/**
	 * The feature id for the '<em><b>Organisation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPEAKER__ORGANISATION = 4;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPEAKER__TYPE = 5;

	/**
	 * The feature id for the '<em><b>External Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPEAKER__EXTERNAL_ID = 6;

	/**
	 * The number of structural features of the '<em>Speaker</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPEAKER_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Speaker</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPEAKER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.sayer.model.WorkflowState <em>Workflow State</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sayer.model.WorkflowState
	 * @see org.sayer.model.impl.SayerPackageImpl#getWorkflowState()
	 * @generated
	 */
	int WORKFLOW_STATE = 9;

	/**
	 * The meta object id for the '{@link org.sayer.model.Origin <em>Origin</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sayer.model.Origin
	 * @see org.sayer.model.impl.SayerPackageImpl#getOrigin()
	 * @generated
	 */
	int ORIGIN = 10;

	/**
	 * The meta object id for the '{@link org.sayer.model.ReviewState <em>Review State</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sayer.model.ReviewState
	 * @see org.sayer.model.impl.SayerPackageImpl#getReviewState()
	 * @generated
	 */
	int REVIEW_STATE = 11;

	/**
	 * The meta object id for the '{@link org.sayer.model.MentionKind <em>Mention Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sayer.model.MentionKind
	 * @see org.sayer.model.impl.SayerPackageImpl#getMentionKind()
	 * @generated
	 */
	int MENTION_KIND = 12;

	/**
	 * The meta object id for the '{@link org.sayer.model.ClaimType <em>Claim Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sayer.model.ClaimType
	 * @see org.sayer.model.impl.SayerPackageImpl#getClaimType()
	 * @generated
	 */
	int CLAIM_TYPE = 13;

	/**
	 * The meta object id for the '{@link org.sayer.model.SpeakerType <em>Speaker Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sayer.model.SpeakerType
	 * @see org.sayer.model.impl.SayerPackageImpl#getSpeakerType()
	 * @generated
	 */
	int SPEAKER_TYPE = 14;


	/**
	 * Returns the meta object for class '{@link org.sayer.model.Corpus <em>Corpus</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Corpus</em>'.
	 * @see org.sayer.model.Corpus
	 * @generated
	 */
	EClass getCorpus();

	/**
	 * Returns the meta object for the attribute '{@link org.sayer.model.Corpus#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.sayer.model.Corpus#getName()
	 * @see #getCorpus()
	 * @generated
	 */
	EAttribute getCorpus_Name();

	/**
	 * Returns the meta object for the containment reference list '{@link org.sayer.model.Corpus#getSpeakers <em>Speakers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Speakers</em>'.
	 * @see org.sayer.model.Corpus#getSpeakers()
	 * @see #getCorpus()
	 * @generated
	 */
	EReference getCorpus_Speakers();

	/**
	 * Returns the meta object for the containment reference list '{@link org.sayer.model.Corpus#getDocuments <em>Documents</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Documents</em>'.
	 * @see org.sayer.model.Corpus#getDocuments()
	 * @see #getCorpus()
	 * @generated
	 */
	EReference getCorpus_Documents();

	/**
	 * Returns the meta object for class '{@link org.sayer.model.DocumentEntry <em>Document Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Document Entry</em>'.
	 * @see org.sayer.model.DocumentEntry
	 * @generated
	 */
	EClass getDocumentEntry();

	/**
	 * Returns the meta object for the attribute '{@link org.sayer.model.DocumentEntry#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.sayer.model.DocumentEntry#getId()
	 * @see #getDocumentEntry()
	 * @generated
	 */
	EAttribute getDocumentEntry_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.sayer.model.DocumentEntry#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.sayer.model.DocumentEntry#getTitle()
	 * @see #getDocumentEntry()
	 * @generated
	 */
	EAttribute getDocumentEntry_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.sayer.model.DocumentEntry#getState <em>State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State</em>'.
	 * @see org.sayer.model.DocumentEntry#getState()
	 * @see #getDocumentEntry()
	 * @generated
	 */
	EAttribute getDocumentEntry_State();

	/**
	 * Returns the meta object for the attribute '{@link org.sayer.model.DocumentEntry#getClaimCount <em>Claim Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Claim Count</em>'.
	 * @see org.sayer.model.DocumentEntry#getClaimCount()
	 * @see #getDocumentEntry()
	 * @generated
	 */
	EAttribute getDocumentEntry_ClaimCount();

	/**
	 * Returns the meta object for the attribute '{@link org.sayer.model.DocumentEntry#getPendingCount <em>Pending Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pending Count</em>'.
	 * @see org.sayer.model.DocumentEntry#getPendingCount()
	 * @see #getDocumentEntry()
	 * @generated
	 */
	EAttribute getDocumentEntry_PendingCount();

	/**
	 * Returns the meta object for the reference '{@link org.sayer.model.DocumentEntry#getDocument <em>Document</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Document</em>'.
	 * @see org.sayer.model.DocumentEntry#getDocument()
	 * @see #getDocumentEntry()
	 * @generated
	 */
	EReference getDocumentEntry_Document();

	/**
	 * Returns the meta object for the attribute '{@link org.sayer.model.DocumentEntry#getPack <em>Pack</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pack</em>'.
	 * @see org.sayer.model.DocumentEntry#getPack()
	 * @see #getDocumentEntry()
	 * @generated
	 */
	EAttribute getDocumentEntry_Pack();

	/**
	 * Returns the meta object for the attribute '{@link org.sayer.model.DocumentEntry#getPackOffset <em>Pack Offset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pack Offset</em>'.
	 * @see org.sayer.model.DocumentEntry#getPackOffset()
	 * @see #getDocumentEntry()
	 * @generated
	 */
	EAttribute getDocumentEntry_PackOffset();

	/**
	 * Returns the meta object for the attribute '{@link org.sayer.model.DocumentEntry#getPackLength <em>Pack Length</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pack Length</em>'.
	 * @see org.sayer.model.DocumentEntry#getPackLength()
	 * @see #getDocumentEntry()
	 * @generated
	 */
	EAttribute getDocumentEntry_PackLength();

	/**
	 * Returns the meta object for the attribute '{@link org.sayer.model.DocumentEntry#getChecksum <em>Checksum</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Checksum</em>'.
	 * @see org.sayer.model.DocumentEntry#getChecksum()
	 * @see #getDocumentEntry()
	 * @generated
	 */
	EAttribute getDocumentEntry_Checksum();

	/**
	 * Returns the meta object for class '{@link org.sayer.model.Document <em>Document</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Document</em>'.
	 * @see org.sayer.model.Document
	 * @generated
	 */
	EClass getDocument();

	/**
	 * Returns the meta object for the attribute '{@link org.sayer.model.Document#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.sayer.model.Document#getId()
	 * @see #getDocument()
	 * @generated
	 */
	EAttribute getDocument_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.sayer.model.Document#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.sayer.model.Document#getTitle()
	 * @see #getDocument()
	 * @generated
	 */
	EAttribute getDocument_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.sayer.model.Document#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.sayer.model.Document#getText()
	 * @see #getDocument()
	 * @generated
	 */
	EAttribute getDocument_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.sayer.model.Document#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.sayer.model.Document#getSource()
	 * @see #getDocument()
	 * @generated
	 */
	EAttribute getDocument_Source();

	/**
	 * Returns the meta object for the attribute '{@link org.sayer.model.Document#getUrl <em>Url</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Url</em>'.
	 * @see org.sayer.model.Document#getUrl()
	 * @see #getDocument()
	 * @generated
	 */
	EAttribute getDocument_Url();

	/**
	 * Returns the meta object for the attribute '{@link org.sayer.model.Document#getPublished <em>Published</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Published</em>'.
	 * @see org.sayer.model.Document#getPublished()
	 * @see #getDocument()
	 * @generated
	 */
	EAttribute getDocument_Published();

	/**
	 * Returns the meta object for the attribute '{@link org.sayer.model.Document#getLanguage <em>Language</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Language</em>'.
	 * @see org.sayer.model.Document#getLanguage()
	 * @see #getDocument()
	 * @generated
	 */
	EAttribute getDocument_Language();

	/**
	 * Returns the meta object for the attribute '{@link org.sayer.model.Document#getState <em>State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State</em>'.
	 * @see org.sayer.model.Document#getState()
	 * @see #getDocument()
	 * @generated
	 */
	EAttribute getDocument_State();

	/**
	 * Returns the meta object for the map '{@link org.sayer.model.Document#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the map '<em>Metadata</em>'.
	 * @see org.sayer.model.Document#getMetadata()
	 * @see #getDocument()
	 * @generated
	 */
	EReference getDocument_Metadata();

	/**
	 * Returns the meta object for the reference list '{@link org.sayer.model.Document#getSpeakers <em>Speakers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Speakers</em>'.
	 * @see org.sayer.model.Document#getSpeakers()
	 * @see #getDocument()
	 * @generated
	 */
	EReference getDocument_Speakers();

	/**
	 * Returns the meta object for the attribute list '{@link org.sayer.model.Document#getDoneBy <em>Done By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Done By</em>'.
	 * @see org.sayer.model.Document#getDoneBy()
	 * @see #getDocument()
	 * @generated
	 */
	EAttribute getDocument_DoneBy();

	/**
	 * Returns the meta object for the containment reference list '{@link org.sayer.model.Document#getAnnotations <em>Annotations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Annotations</em>'.
	 * @see org.sayer.model.Document#getAnnotations()
	 * @see #getDocument()
	 * @generated
	 */
	EReference getDocument_Annotations();

	/**
	 * Returns the meta object for class '{@link java.util.Map.Entry <em>Metadata Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Metadata Entry</em>'.
	 * @see java.util.Map.Entry
	 * @model keyDataType="org.eclipse.emf.ecore.EString"
	 *        valueDataType="org.eclipse.emf.ecore.EString"
	 * @generated
	 */
	EClass getMetadataEntry();

	/**
	 * Returns the meta object for the attribute '{@link java.util.Map.Entry <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see java.util.Map.Entry
	 * @see #getMetadataEntry()
	 * @generated
	 */
	EAttribute getMetadataEntry_Key();

	/**
	 * Returns the meta object for the attribute '{@link java.util.Map.Entry <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see java.util.Map.Entry
	 * @see #getMetadataEntry()
	 * @generated
	 */
	EAttribute getMetadataEntry_Value();

	/**
	 * Returns the meta object for class '{@link org.sayer.model.Annotation <em>Annotation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Annotation</em>'.
	 * @see org.sayer.model.Annotation
	 * @generated
	 */
	EClass getAnnotation();

	/**
	 * Returns the meta object for the attribute '{@link org.sayer.model.Annotation#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.sayer.model.Annotation#getId()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.sayer.model.Annotation#getBegin <em>Begin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Begin</em>'.
	 * @see org.sayer.model.Annotation#getBegin()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_Begin();

	/**
	 * Returns the meta object for the attribute '{@link org.sayer.model.Annotation#getEnd <em>End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End</em>'.
	 * @see org.sayer.model.Annotation#getEnd()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_End();

	/**
	 * Returns the meta object for the attribute '{@link org.sayer.model.Annotation#getOrigin <em>Origin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Origin</em>'.
	 * @see org.sayer.model.Annotation#getOrigin()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_Origin();

	/**
	 * Returns the meta object for the attribute '{@link org.sayer.model.Annotation#getReview <em>Review</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Review</em>'.
	 * @see org.sayer.model.Annotation#getReview()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_Review();

	/**
	 * Returns the meta object for the attribute '{@link org.sayer.model.Annotation#getConfidence <em>Confidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Confidence</em>'.
	 * @see org.sayer.model.Annotation#getConfidence()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_Confidence();

	/**
	 * Returns the meta object for the attribute '{@link org.sayer.model.Annotation#getProducer <em>Producer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Producer</em>'.
	 * @see org.sayer.model.Annotation#getProducer()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_Producer();

	/**
	 * Returns the meta object for the attribute '{@link org.sayer.model.Annotation#getTimestamp <em>Timestamp</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Timestamp</em>'.
	 * @see org.sayer.model.Annotation#getTimestamp()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_Timestamp();

	/**
	 * Returns the meta object for the attribute '{@link org.sayer.model.Annotation#getCreated <em>Created</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created</em>'.
	 * @see org.sayer.model.Annotation#getCreated()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_Created();

	/**
	 * Returns the meta object for the attribute '{@link org.sayer.model.Annotation#getReviewer <em>Reviewer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reviewer</em>'.
	 * @see org.sayer.model.Annotation#getReviewer()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_Reviewer();

	/**
	 * Returns the meta object for the attribute '{@link org.sayer.model.Annotation#getReviewed <em>Reviewed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reviewed</em>'.
	 * @see org.sayer.model.Annotation#getReviewed()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_Reviewed();

	/**
	 * Returns the meta object for the attribute list '{@link org.sayer.model.Annotation#getCuratedFrom <em>Curated From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Curated From</em>'.
	 * @see org.sayer.model.Annotation#getCuratedFrom()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_CuratedFrom();

	/**
	 * Returns the meta object for the '{@link org.sayer.model.Annotation#getDocument() <em>Get Document</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Get Document</em>' operation.
	 * @see org.sayer.model.Annotation#getDocument()
	 * @generated
	 */
	EOperation getAnnotation__GetDocument();

	/**
	 * Returns the meta object for the '{@link org.sayer.model.Annotation#getCoveredText() <em>Get Covered Text</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Get Covered Text</em>' operation.
	 * @see org.sayer.model.Annotation#getCoveredText()
	 * @generated
	 */
	EOperation getAnnotation__GetCoveredText();

	/**
	 * Returns the meta object for class '{@link org.sayer.model.SpeakerMention <em>Speaker Mention</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Speaker Mention</em>'.
	 * @see org.sayer.model.SpeakerMention
	 * @generated
	 */
	EClass getSpeakerMention();

	/**
	 * Returns the meta object for the reference '{@link org.sayer.model.SpeakerMention#getSpeaker <em>Speaker</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Speaker</em>'.
	 * @see org.sayer.model.SpeakerMention#getSpeaker()
	 * @see #getSpeakerMention()
	 * @generated
	 */
	EReference getSpeakerMention_Speaker();

	/**
	 * Returns the meta object for the attribute '{@link org.sayer.model.SpeakerMention#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.sayer.model.SpeakerMention#getKind()
	 * @see #getSpeakerMention()
	 * @generated
	 */
	EAttribute getSpeakerMention_Kind();

	/**
	 * Returns the meta object for class '{@link org.sayer.model.Cue <em>Cue</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cue</em>'.
	 * @see org.sayer.model.Cue
	 * @generated
	 */
	EClass getCue();

	/**
	 * Returns the meta object for class '{@link org.sayer.model.Claim <em>Claim</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Claim</em>'.
	 * @see org.sayer.model.Claim
	 * @generated
	 */
	EClass getClaim();

	/**
	 * Returns the meta object for the attribute '{@link org.sayer.model.Claim#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.sayer.model.Claim#getType()
	 * @see #getClaim()
	 * @generated
	 */
	EAttribute getClaim_Type();

	/**
	 * Returns the meta object for the reference '{@link org.sayer.model.Claim#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source</em>'.
	 * @see org.sayer.model.Claim#getSource()
	 * @see #getClaim()
	 * @generated
	 */
	EReference getClaim_Source();

	/**
	 * Returns the meta object for the reference '{@link org.sayer.model.Claim#getCue <em>Cue</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Cue</em>'.
	 * @see org.sayer.model.Claim#getCue()
	 * @see #getClaim()
	 * @generated
	 */
	EReference getClaim_Cue();

	/**
	 * Returns the meta object for the reference '{@link org.sayer.model.Claim#getParent <em>Parent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Parent</em>'.
	 * @see org.sayer.model.Claim#getParent()
	 * @see #getClaim()
	 * @generated
	 */
	EReference getClaim_Parent();

	/**
	 * Returns the meta object for the reference '{@link org.sayer.model.Claim#getContinues <em>Continues</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Continues</em>'.
	 * @see org.sayer.model.Claim#getContinues()
	 * @see #getClaim()
	 * @generated
	 */
	EReference getClaim_Continues();

	/**
	 * Returns the meta object for class '{@link org.sayer.model.Speaker <em>Speaker</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Speaker</em>'.
	 * @see org.sayer.model.Speaker
	 * @generated
	 */
	EClass getSpeaker();

	/**
	 * Returns the meta object for the attribute '{@link org.sayer.model.Speaker#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.sayer.model.Speaker#getId()
	 * @see #getSpeaker()
	 * @generated
	 */
	EAttribute getSpeaker_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.sayer.model.Speaker#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.sayer.model.Speaker#getName()
	 * @see #getSpeaker()
	 * @generated
	 */
	EAttribute getSpeaker_Name();

	/**
	 * Returns the meta object for the attribute list '{@link org.sayer.model.Speaker#getAliases <em>Aliases</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Aliases</em>'.
	 * @see org.sayer.model.Speaker#getAliases()
	 * @see #getSpeaker()
	 * @generated
	 */
	EAttribute getSpeaker_Aliases();

	/**
	 * Returns the meta object for the attribute '{@link org.sayer.model.Speaker#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see org.sayer.model.Speaker#getRole()
	 * @see #getSpeaker()
	 * @generated
	 */
	EAttribute getSpeaker_Role();

	/**
	 * Returns the meta object for the attribute '{@link org.sayer.model.Speaker#getOrganisation <em>Organisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Organisation</em>'.
	 * @see org.sayer.model.Speaker#getOrganisation()
	 * @see #getSpeaker()
	 * @generated
	 */
	EAttribute getSpeaker_Organisation();

	/**
	 * Returns the meta object for the attribute '{@link org.sayer.model.Speaker#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.sayer.model.Speaker#getType()
	 * @see #getSpeaker()
	 * @generated
	 */
	EAttribute getSpeaker_Type();

	/**
	 * Returns the meta object for the attribute '{@link org.sayer.model.Speaker#getExternalId <em>External Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>External Id</em>'.
	 * @see org.sayer.model.Speaker#getExternalId()
	 * @see #getSpeaker()
	 * @generated
	 */
	EAttribute getSpeaker_ExternalId();

	/**
	 * Returns the meta object for enum '{@link org.sayer.model.WorkflowState <em>Workflow State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Workflow State</em>'.
	 * @see org.sayer.model.WorkflowState
	 * @generated
	 */
	EEnum getWorkflowState();

	/**
	 * Returns the meta object for enum '{@link org.sayer.model.Origin <em>Origin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Origin</em>'.
	 * @see org.sayer.model.Origin
	 * @generated
	 */
	EEnum getOrigin();

	/**
	 * Returns the meta object for enum '{@link org.sayer.model.ReviewState <em>Review State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Review State</em>'.
	 * @see org.sayer.model.ReviewState
	 * @generated
	 */
	EEnum getReviewState();

	/**
	 * Returns the meta object for enum '{@link org.sayer.model.MentionKind <em>Mention Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Mention Kind</em>'.
	 * @see org.sayer.model.MentionKind
	 * @generated
	 */
	EEnum getMentionKind();

	/**
	 * Returns the meta object for enum '{@link org.sayer.model.ClaimType <em>Claim Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Claim Type</em>'.
	 * @see org.sayer.model.ClaimType
	 * @generated
	 */
	EEnum getClaimType();

	/**
	 * Returns the meta object for enum '{@link org.sayer.model.SpeakerType <em>Speaker Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Speaker Type</em>'.
	 * @see org.sayer.model.SpeakerType
	 * @generated
	 */
	EEnum getSpeakerType();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	SayerFactory getSayerFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.sayer.model.impl.CorpusImpl <em>Corpus</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sayer.model.impl.CorpusImpl
		 * @see org.sayer.model.impl.SayerPackageImpl#getCorpus()
		 * @generated
		 */
		EClass CORPUS = eINSTANCE.getCorpus();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CORPUS__NAME = eINSTANCE.getCorpus_Name();

		/**
		 * The meta object literal for the '<em><b>Speakers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CORPUS__SPEAKERS = eINSTANCE.getCorpus_Speakers();

		/**
		 * The meta object literal for the '<em><b>Documents</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CORPUS__DOCUMENTS = eINSTANCE.getCorpus_Documents();

		/**
		 * The meta object literal for the '{@link org.sayer.model.impl.DocumentEntryImpl <em>Document Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sayer.model.impl.DocumentEntryImpl
		 * @see org.sayer.model.impl.SayerPackageImpl#getDocumentEntry()
		 * @generated
		 */
		EClass DOCUMENT_ENTRY = eINSTANCE.getDocumentEntry();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT_ENTRY__ID = eINSTANCE.getDocumentEntry_Id();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT_ENTRY__TITLE = eINSTANCE.getDocumentEntry_Title();

		/**
		 * The meta object literal for the '<em><b>State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT_ENTRY__STATE = eINSTANCE.getDocumentEntry_State();

		/**
		 * The meta object literal for the '<em><b>Claim Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT_ENTRY__CLAIM_COUNT = eINSTANCE.getDocumentEntry_ClaimCount();

		/**
		 * The meta object literal for the '<em><b>Pending Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT_ENTRY__PENDING_COUNT = eINSTANCE.getDocumentEntry_PendingCount();

		/**
		 * The meta object literal for the '<em><b>Document</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOCUMENT_ENTRY__DOCUMENT = eINSTANCE.getDocumentEntry_Document();

		/**
		 * The meta object literal for the '<em><b>Pack</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT_ENTRY__PACK = eINSTANCE.getDocumentEntry_Pack();

		/**
		 * The meta object literal for the '<em><b>Pack Offset</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT_ENTRY__PACK_OFFSET = eINSTANCE.getDocumentEntry_PackOffset();

		/**
		 * The meta object literal for the '<em><b>Pack Length</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT_ENTRY__PACK_LENGTH = eINSTANCE.getDocumentEntry_PackLength();

		/**
		 * The meta object literal for the '<em><b>Checksum</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT_ENTRY__CHECKSUM = eINSTANCE.getDocumentEntry_Checksum();

		/**
		 * The meta object literal for the '{@link org.sayer.model.impl.DocumentImpl <em>Document</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sayer.model.impl.DocumentImpl
		 * @see org.sayer.model.impl.SayerPackageImpl#getDocument()
		 * @generated
		 */
		EClass DOCUMENT = eINSTANCE.getDocument();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT__ID = eINSTANCE.getDocument_Id();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT__TITLE = eINSTANCE.getDocument_Title();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT__TEXT = eINSTANCE.getDocument_Text();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT__SOURCE = eINSTANCE.getDocument_Source();

		/**
		 * The meta object literal for the '<em><b>Url</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT__URL = eINSTANCE.getDocument_Url();

		/**
		 * The meta object literal for the '<em><b>Published</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT__PUBLISHED = eINSTANCE.getDocument_Published();

		/**
		 * The meta object literal for the '<em><b>Language</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT__LANGUAGE = eINSTANCE.getDocument_Language();

		/**
		 * The meta object literal for the '<em><b>State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT__STATE = eINSTANCE.getDocument_State();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' map feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOCUMENT__METADATA = eINSTANCE.getDocument_Metadata();

		/**
		 * The meta object literal for the '<em><b>Speakers</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOCUMENT__SPEAKERS = eINSTANCE.getDocument_Speakers();

		/**
		 * The meta object literal for the '<em><b>Done By</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT__DONE_BY = eINSTANCE.getDocument_DoneBy();

		/**
		 * The meta object literal for the '<em><b>Annotations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOCUMENT__ANNOTATIONS = eINSTANCE.getDocument_Annotations();

		/**
		 * The meta object literal for the '{@link org.sayer.model.impl.MetadataEntryImpl <em>Metadata Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sayer.model.impl.MetadataEntryImpl
		 * @see org.sayer.model.impl.SayerPackageImpl#getMetadataEntry()
		 * @generated
		 */
		EClass METADATA_ENTRY = eINSTANCE.getMetadataEntry();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METADATA_ENTRY__KEY = eINSTANCE.getMetadataEntry_Key();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METADATA_ENTRY__VALUE = eINSTANCE.getMetadataEntry_Value();

		/**
		 * The meta object literal for the '{@link org.sayer.model.impl.AnnotationImpl <em>Annotation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sayer.model.impl.AnnotationImpl
		 * @see org.sayer.model.impl.SayerPackageImpl#getAnnotation()
		 * @generated
		 */
		EClass ANNOTATION = eINSTANCE.getAnnotation();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__ID = eINSTANCE.getAnnotation_Id();

		/**
		 * The meta object literal for the '<em><b>Begin</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__BEGIN = eINSTANCE.getAnnotation_Begin();

		/**
		 * The meta object literal for the '<em><b>End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__END = eINSTANCE.getAnnotation_End();

		/**
		 * The meta object literal for the '<em><b>Origin</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__ORIGIN = eINSTANCE.getAnnotation_Origin();

		/**
		 * The meta object literal for the '<em><b>Review</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__REVIEW = eINSTANCE.getAnnotation_Review();

		/**
		 * The meta object literal for the '<em><b>Confidence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__CONFIDENCE = eINSTANCE.getAnnotation_Confidence();

		/**
		 * The meta object literal for the '<em><b>Producer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__PRODUCER = eINSTANCE.getAnnotation_Producer();

		/**
		 * The meta object literal for the '<em><b>Timestamp</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__TIMESTAMP = eINSTANCE.getAnnotation_Timestamp();

		/**
		 * The meta object literal for the '<em><b>Created</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__CREATED = eINSTANCE.getAnnotation_Created();

		/**
		 * The meta object literal for the '<em><b>Reviewer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__REVIEWER = eINSTANCE.getAnnotation_Reviewer();

		/**
		 * The meta object literal for the '<em><b>Reviewed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__REVIEWED = eINSTANCE.getAnnotation_Reviewed();

		/**
		 * The meta object literal for the '<em><b>Curated From</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__CURATED_FROM = eINSTANCE.getAnnotation_CuratedFrom();

		/**
		 * The meta object literal for the '<em><b>Get Document</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation ANNOTATION___GET_DOCUMENT = eINSTANCE.getAnnotation__GetDocument();

		/**
		 * The meta object literal for the '<em><b>Get Covered Text</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation ANNOTATION___GET_COVERED_TEXT = eINSTANCE.getAnnotation__GetCoveredText();

		/**
		 * The meta object literal for the '{@link org.sayer.model.impl.SpeakerMentionImpl <em>Speaker Mention</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sayer.model.impl.SpeakerMentionImpl
		 * @see org.sayer.model.impl.SayerPackageImpl#getSpeakerMention()
		 * @generated
		 */
		EClass SPEAKER_MENTION = eINSTANCE.getSpeakerMention();

		/**
		 * The meta object literal for the '<em><b>Speaker</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SPEAKER_MENTION__SPEAKER = eINSTANCE.getSpeakerMention_Speaker();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPEAKER_MENTION__KIND = eINSTANCE.getSpeakerMention_Kind();

		/**
		 * The meta object literal for the '{@link org.sayer.model.impl.CueImpl <em>Cue</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sayer.model.impl.CueImpl
		 * @see org.sayer.model.impl.SayerPackageImpl#getCue()
		 * @generated
		 */
		EClass CUE = eINSTANCE.getCue();

		/**
		 * The meta object literal for the '{@link org.sayer.model.impl.ClaimImpl <em>Claim</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sayer.model.impl.ClaimImpl
		 * @see org.sayer.model.impl.SayerPackageImpl#getClaim()
		 * @generated
		 */
		EClass CLAIM = eINSTANCE.getClaim();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLAIM__TYPE = eINSTANCE.getClaim_Type();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLAIM__SOURCE = eINSTANCE.getClaim_Source();

		/**
		 * The meta object literal for the '<em><b>Cue</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLAIM__CUE = eINSTANCE.getClaim_Cue();

		/**
		 * The meta object literal for the '<em><b>Parent</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLAIM__PARENT = eINSTANCE.getClaim_Parent();

		/**
		 * The meta object literal for the '<em><b>Continues</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLAIM__CONTINUES = eINSTANCE.getClaim_Continues();

		/**
		 * The meta object literal for the '{@link org.sayer.model.impl.SpeakerImpl <em>Speaker</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sayer.model.impl.SpeakerImpl
		 * @see org.sayer.model.impl.SayerPackageImpl#getSpeaker()
		 * @generated
		 */
		EClass SPEAKER = eINSTANCE.getSpeaker();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPEAKER__ID = eINSTANCE.getSpeaker_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPEAKER__NAME = eINSTANCE.getSpeaker_Name();

		/**
		 * The meta object literal for the '<em><b>Aliases</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPEAKER__ALIASES = eINSTANCE.getSpeaker_Aliases();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPEAKER__ROLE = eINSTANCE.getSpeaker_Role();

		/**
		 * The meta object literal for the '<em><b>Organisation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPEAKER__ORGANISATION = eINSTANCE.getSpeaker_Organisation();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPEAKER__TYPE = eINSTANCE.getSpeaker_Type();

		/**
		 * The meta object literal for the '<em><b>External Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPEAKER__EXTERNAL_ID = eINSTANCE.getSpeaker_ExternalId();

		/**
		 * The meta object literal for the '{@link org.sayer.model.WorkflowState <em>Workflow State</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sayer.model.WorkflowState
		 * @see org.sayer.model.impl.SayerPackageImpl#getWorkflowState()
		 * @generated
		 */
		EEnum WORKFLOW_STATE = eINSTANCE.getWorkflowState();

		/**
		 * The meta object literal for the '{@link org.sayer.model.Origin <em>Origin</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sayer.model.Origin
		 * @see org.sayer.model.impl.SayerPackageImpl#getOrigin()
		 * @generated
		 */
		EEnum ORIGIN = eINSTANCE.getOrigin();

		/**
		 * The meta object literal for the '{@link org.sayer.model.ReviewState <em>Review State</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sayer.model.ReviewState
		 * @see org.sayer.model.impl.SayerPackageImpl#getReviewState()
		 * @generated
		 */
		EEnum REVIEW_STATE = eINSTANCE.getReviewState();

		/**
		 * The meta object literal for the '{@link org.sayer.model.MentionKind <em>Mention Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sayer.model.MentionKind
		 * @see org.sayer.model.impl.SayerPackageImpl#getMentionKind()
		 * @generated
		 */
		EEnum MENTION_KIND = eINSTANCE.getMentionKind();

		/**
		 * The meta object literal for the '{@link org.sayer.model.ClaimType <em>Claim Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sayer.model.ClaimType
		 * @see org.sayer.model.impl.SayerPackageImpl#getClaimType()
		 * @generated
		 */
		EEnum CLAIM_TYPE = eINSTANCE.getClaimType();

		/**
		 * The meta object literal for the '{@link org.sayer.model.SpeakerType <em>Speaker Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sayer.model.SpeakerType
		 * @see org.sayer.model.impl.SayerPackageImpl#getSpeakerType()
		 * @generated
		 */
		EEnum SPEAKER_TYPE = eINSTANCE.getSpeakerType();

	}

} //SayerPackage
