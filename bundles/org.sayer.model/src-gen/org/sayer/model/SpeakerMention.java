/**
 */
package org.sayer.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Speaker Mention</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.sayer.model.SpeakerMention#getSpeaker <em>Speaker</em>}</li>
 *   <li>{@link org.sayer.model.SpeakerMention#getKind <em>Kind</em>}</li>
 * </ul>
 *
 * @see org.sayer.model.SayerPackage#getSpeakerMention()
 * @model
 * @generated
 */
public interface SpeakerMention extends Annotation {
	/**
	 * Returns the value of the '<em><b>Speaker</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Speaker</em>' reference.
	 * @see #setSpeaker(Speaker)
	 * @see org.sayer.model.SayerPackage#getSpeakerMention_Speaker()
	 * @model
	 * @generated
	 */
	Speaker getSpeaker();

	/**
	 * Sets the value of the '{@link org.sayer.model.SpeakerMention#getSpeaker <em>Speaker</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Speaker</em>' reference.
	 * @see #getSpeaker()
	 * @generated
	 */
	void setSpeaker(Speaker value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.sayer.model.MentionKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.sayer.model.MentionKind
	 * @see #setKind(MentionKind)
	 * @see org.sayer.model.SayerPackage#getSpeakerMention_Kind()
	 * @model
	 * @generated
	 */
	MentionKind getKind();

	/**
	 * Sets the value of the '{@link org.sayer.model.SpeakerMention#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.sayer.model.MentionKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(MentionKind value);

} // SpeakerMention
