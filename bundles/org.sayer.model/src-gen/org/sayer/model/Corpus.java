/**
 */
package org.sayer.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Corpus</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A folder of documents with one speaker registry. Documents are referenced through index entries, so the corpus opens without loading them.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.sayer.model.Corpus#getName <em>Name</em>}</li>
 *   <li>{@link org.sayer.model.Corpus#getSpeakers <em>Speakers</em>}</li>
 *   <li>{@link org.sayer.model.Corpus#getDocuments <em>Documents</em>}</li>
 * </ul>
 *
 * @see org.sayer.model.SayerPackage#getCorpus()
 * @model
 * @generated
 */
public interface Corpus extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.sayer.model.SayerPackage#getCorpus_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.sayer.model.Corpus#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Speakers</b></em>' containment reference list.
	 * The list contents are of type {@link org.sayer.model.Speaker}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Speakers</em>' containment reference list.
	 * @see org.sayer.model.SayerPackage#getCorpus_Speakers()
	 * @model containment="true"
	 * @generated
	 */
	EList<Speaker> getSpeakers();

	/**
	 * Returns the value of the '<em><b>Documents</b></em>' containment reference list.
	 * The list contents are of type {@link org.sayer.model.DocumentEntry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Documents</em>' containment reference list.
	 * @see org.sayer.model.SayerPackage#getCorpus_Documents()
	 * @model containment="true"
	 * @generated
	 */
	EList<DocumentEntry> getDocuments();

} // Corpus
