/**
 */
package org.sayer.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Claim</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What was said: the content span, with who said it (source), the reporting words (cue) and the claim whose content holds this one (parent).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.sayer.model.Claim#getType <em>Type</em>}</li>
 *   <li>{@link org.sayer.model.Claim#getSource <em>Source</em>}</li>
 *   <li>{@link org.sayer.model.Claim#getCue <em>Cue</em>}</li>
 *   <li>{@link org.sayer.model.Claim#getParent <em>Parent</em>}</li>
 *   <li>{@link org.sayer.model.Claim#getContinues <em>Continues</em>}</li>
 * </ul>
 *
 * @see org.sayer.model.SayerPackage#getClaim()
 * @model
 * @generated
 */
public interface Claim extends Annotation {
	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.sayer.model.ClaimType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see org.sayer.model.ClaimType
	 * @see #setType(ClaimType)
	 * @see org.sayer.model.SayerPackage#getClaim_Type()
	 * @model
	 * @generated
	 */
	ClaimType getType();

	/**
	 * Sets the value of the '{@link org.sayer.model.Claim#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see org.sayer.model.ClaimType
	 * @see #getType()
	 * @generated
	 */
	void setType(ClaimType value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' reference.
	 * @see #setSource(SpeakerMention)
	 * @see org.sayer.model.SayerPackage#getClaim_Source()
	 * @model
	 * @generated
	 */
	SpeakerMention getSource();

	/**
	 * Sets the value of the '{@link org.sayer.model.Claim#getSource <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(SpeakerMention value);

	/**
	 * Returns the value of the '<em><b>Cue</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cue</em>' reference.
	 * @see #setCue(Cue)
	 * @see org.sayer.model.SayerPackage#getClaim_Cue()
	 * @model
	 * @generated
	 */
	Cue getCue();

	/**
	 * Sets the value of the '{@link org.sayer.model.Claim#getCue <em>Cue</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cue</em>' reference.
	 * @see #getCue()
	 * @generated
	 */
	void setCue(Cue value);

	/**
	 * Returns the value of the '<em><b>Parent</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parent</em>' reference.
	 * @see #setParent(Claim)
	 * @see org.sayer.model.SayerPackage#getClaim_Parent()
	 * @model
	 * @generated
	 */
	Claim getParent();

	/**
	 * Sets the value of the '{@link org.sayer.model.Claim#getParent <em>Parent</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parent</em>' reference.
	 * @see #getParent()
	 * @generated
	 */
	void setParent(Claim value);

	/**
	 * Returns the value of the '<em><b>Continues</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The earlier part of the same quotation, when a reporting clause splits one quotation in two ("Q1," he said. "Q2."): this claim is its second part, said by the same source, with no cue of its own. Null for a claim that stands alone or is a quotation's first part.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Continues</em>' reference.
	 * @see #setContinues(Claim)
	 * @see org.sayer.model.SayerPackage#getClaim_Continues()
	 * @model
	 * @generated
	 */
	Claim getContinues();

	/**
	 * Sets the value of the '{@link org.sayer.model.Claim#getContinues <em>Continues</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Continues</em>' reference.
	 * @see #getContinues()
	 * @generated
	 */
	void setContinues(Claim value);

} // Claim
