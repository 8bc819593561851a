/**
 */
package org.sayer.model;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Annotation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A span [begin, end) of the document text, in Java UTF-16 offsets.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.sayer.model.Annotation#getId <em>Id</em>}</li>
 *   <li>{@link org.sayer.model.Annotation#getBegin <em>Begin</em>}</li>
 *   <li>{@link org.sayer.model.Annotation#getEnd <em>End</em>}</li>
 *   <li>{@link org.sayer.model.Annotation#getOrigin <em>Origin</em>}</li>
 *   <li>{@link org.sayer.model.Annotation#getReview <em>Review</em>}</li>
 *   <li>{@link org.sayer.model.Annotation#getConfidence <em>Confidence</em>}</li>
 *   <li>{@link org.sayer.model.Annotation#getProducer <em>Producer</em>}</li>
 *   <li>{@link org.sayer.model.Annotation#getTimestamp <em>Timestamp</em>}</li>
 *   <li>{@link org.sayer.model.Annotation#getCreated <em>Created</em>}</li>
 *   <li>{@link org.sayer.model.Annotation#getReviewer <em>Reviewer</em>}</li>
 *   <li>{@link org.sayer.model.Annotation#getReviewed <em>Reviewed</em>}</li>
 *   <li>{@link org.sayer.model.Annotation#getCuratedFrom <em>Curated From</em>}</li>
 * </ul>
 *
 * @see org.sayer.model.SayerPackage#getAnnotation()
 * @model abstract="true"
 * @generated
 */
public interface Annotation extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.sayer.model.SayerPackage#getAnnotation_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.sayer.model.Annotation#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Begin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Begin</em>' attribute.
	 * @see #setBegin(int)
	 * @see org.sayer.model.SayerPackage#getAnnotation_Begin()
	 * @model
	 * @generated
	 */
	int getBegin();

	/**
	 * Sets the value of the '{@link org.sayer.model.Annotation#getBegin <em>Begin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Begin</em>' attribute.
	 * @see #getBegin()
	 * @generated
	 */
	void setBegin(int value);

	/**
	 * Returns the value of the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>End</em>' attribute.
	 * @see #setEnd(int)
	 * @see org.sayer.model.SayerPackage#getAnnotation_End()
	 * @model
	 * @generated
	 */
	int getEnd();

	/**
	 * Sets the value of the '{@link org.sayer.model.Annotation#getEnd <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End</em>' attribute.
	 * @see #getEnd()
	 * @generated
	 */
	void setEnd(int value);

	/**
	 * Returns the value of the '<em><b>Origin</b></em>' attribute.
	 * The literals are from the enumeration {@link org.sayer.model.Origin}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Origin</em>' attribute.
	 * @see org.sayer.model.Origin
	 * @see #setOrigin(Origin)
	 * @see org.sayer.model.SayerPackage#getAnnotation_Origin()
	 * @model
	 * @generated
	 */
	Origin getOrigin();

	/**
	 * Sets the value of the '{@link org.sayer.model.Annotation#getOrigin <em>Origin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Origin</em>' attribute.
	 * @see org.sayer.model.Origin
	 * @see #getOrigin()
	 * @generated
	 */
	void setOrigin(Origin value);

	/**
	 * Returns the value of the '<em><b>Review</b></em>' attribute.
	 * The default value is <code>"ACCEPTED"</code>.
	 * The literals are from the enumeration {@link org.sayer.model.ReviewState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Hand-made annotations are accepted as made; machine suggestions start PENDING.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Review</em>' attribute.
	 * @see org.sayer.model.ReviewState
	 * @see #setReview(ReviewState)
	 * @see org.sayer.model.SayerPackage#getAnnotation_Review()
	 * @model default="ACCEPTED"
	 * @generated
	 */
	ReviewState getReview();

	/**
	 * Sets the value of the '{@link org.sayer.model.Annotation#getReview <em>Review</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Review</em>' attribute.
	 * @see org.sayer.model.ReviewState
	 * @see #getReview()
	 * @generated
	 */
	void setReview(ReviewState value);

	/**
	 * Returns the value of the '<em><b>Confidence</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Confidence</em>' attribute.
	 * @see #setConfidence(double)
	 * @see org.sayer.model.SayerPackage#getAnnotation_Confidence()
	 * @model default="1.0"
	 * @generated
	 */
	double getConfidence();

	/**
	 * Sets the value of the '{@link org.sayer.model.Annotation#getConfidence <em>Confidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Confidence</em>' attribute.
	 * @see #getConfidence()
	 * @generated
	 */
	void setConfidence(double value);

	/**
	 * Returns the value of the '<em><b>Producer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The engine id and version, or the user name, that made this annotation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Producer</em>' attribute.
	 * @see #setProducer(String)
	 * @see org.sayer.model.SayerPackage#getAnnotation_Producer()
	 * @model
	 * @generated
	 */
	String getProducer();

	/**
	 * Sets the value of the '{@link org.sayer.model.Annotation#getProducer <em>Producer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Producer</em>' attribute.
	 * @see #getProducer()
	 * @generated
	 */
	void setProducer(String value);

	/**
	 * Returns the value of the '<em><b>Timestamp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the annotation was made or last changed, in epoch milliseconds.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Timestamp</em>' attribute.
	 * @see #setTimestamp(long)
	 * @see org.sayer.model.SayerPackage#getAnnotation_Timestamp()
	 * @model
	 * @generated
	 */
	long getTimestamp();

	/**
	 * Sets the value of the '{@link org.sayer.model.Annotation#getTimestamp <em>Timestamp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Timestamp</em>' attribute.
	 * @see #getTimestamp()
	 * @generated
	 */
	void setTimestamp(long value);

	/**
	 * Returns the value of the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the annotation was made, in epoch milliseconds; 0 in corpora from before Sayer recorded it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Created</em>' attribute.
	 * @see #setCreated(long)
	 * @see org.sayer.model.SayerPackage#getAnnotation_Created()
	 * @model
	 * @generated
	 */
	long getCreated();

	/**
	 * Sets the value of the '{@link org.sayer.model.Annotation#getCreated <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created</em>' attribute.
	 * @see #getCreated()
	 * @generated
	 */
	void setCreated(long value);

	/**
	 * Returns the value of the '<em><b>Reviewer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The analyst who made the last review decision on this annotation (accepted, rejected or edited it); null while no one has.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reviewer</em>' attribute.
	 * @see #setReviewer(String)
	 * @see org.sayer.model.SayerPackage#getAnnotation_Reviewer()
	 * @model
	 * @generated
	 */
	String getReviewer();

	/**
	 * Sets the value of the '{@link org.sayer.model.Annotation#getReviewer <em>Reviewer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reviewer</em>' attribute.
	 * @see #getReviewer()
	 * @generated
	 */
	void setReviewer(String value);

	/**
	 * Returns the value of the '<em><b>Reviewed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the reviewer made that decision, in epoch milliseconds; 0 while no one has.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reviewed</em>' attribute.
	 * @see #setReviewed(long)
	 * @see org.sayer.model.SayerPackage#getAnnotation_Reviewed()
	 * @model
	 * @generated
	 */
	long getReviewed();

	/**
	 * Sets the value of the '{@link org.sayer.model.Annotation#getReviewed <em>Reviewed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reviewed</em>' attribute.
	 * @see #getReviewed()
	 * @generated
	 */
	void setReviewed(long value);

	/**
	 * Returns the value of the '<em><b>Curated From</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * In a curated corpus, the annotators whose versions held this annotation when the versions were merged (all of them for a unit they agreed on); empty in any other corpus.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Curated From</em>' attribute list.
	 * @see org.sayer.model.SayerPackage#getAnnotation_CuratedFrom()
	 * @model
	 * @generated
	 */
	EList<String> getCuratedFrom();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model kind="operation"
	 * @generated
	 */
	Document getDocument();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model kind="operation"
	 * @generated
	 */
	String getCoveredText();

} // Annotation
