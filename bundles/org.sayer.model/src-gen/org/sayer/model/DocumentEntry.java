/**
 */
package org.sayer.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Document Entry</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The index entry of one document: what the navigator shows without loading the document, and a lazily resolved reference to it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.sayer.model.DocumentEntry#getId <em>Id</em>}</li>
 *   <li>{@link org.sayer.model.DocumentEntry#getTitle <em>Title</em>}</li>
 *   <li>{@link org.sayer.model.DocumentEntry#getState <em>State</em>}</li>
 *   <li>{@link org.sayer.model.DocumentEntry#getClaimCount <em>Claim Count</em>}</li>
 *   <li>{@link org.sayer.model.DocumentEntry#getPendingCount <em>Pending Count</em>}</li>
 *   <li>{@link org.sayer.model.DocumentEntry#getDocument <em>Document</em>}</li>
 *   <li>{@link org.sayer.model.DocumentEntry#getPack <em>Pack</em>}</li>
 *   <li>{@link org.sayer.model.DocumentEntry#getPackOffset <em>Pack Offset</em>}</li>
 *   <li>{@link org.sayer.model.DocumentEntry#getPackLength <em>Pack Length</em>}</li>
 *   <li>{@link org.sayer.model.DocumentEntry#getChecksum <em>Checksum</em>}</li>
 * </ul>
 *
 * @see org.sayer.model.SayerPackage#getDocumentEntry()
 * @model
 * @generated
 */
public interface DocumentEntry extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.sayer.model.SayerPackage#getDocumentEntry_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.sayer.model.DocumentEntry#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.sayer.model.SayerPackage#getDocumentEntry_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.sayer.model.DocumentEntry#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>State</b></em>' attribute.
	 * The literals are from the enumeration {@link org.sayer.model.WorkflowState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>State</em>' attribute.
	 * @see org.sayer.model.WorkflowState
	 * @see #setState(WorkflowState)
	 * @see org.sayer.model.SayerPackage#getDocumentEntry_State()
	 * @model
	 * @generated
	 */
	WorkflowState getState();

	/**
	 * Sets the value of the '{@link org.sayer.model.DocumentEntry#getState <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State</em>' attribute.
	 * @see org.sayer.model.WorkflowState
	 * @see #getState()
	 * @generated
	 */
	void setState(WorkflowState value);

	/**
	 * Returns the value of the '<em><b>Claim Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Claim Count</em>' attribute.
	 * @see #setClaimCount(int)
	 * @see org.sayer.model.SayerPackage#getDocumentEntry_ClaimCount()
	 * @model
	 * @generated
	 */
	int getClaimCount();

	/**
	 * Sets the value of the '{@link org.sayer.model.DocumentEntry#getClaimCount <em>Claim Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Claim Count</em>' attribute.
	 * @see #getClaimCount()
	 * @generated
	 */
	void setClaimCount(int value);

	/**
	 * Returns the value of the '<em><b>Pending Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pending Count</em>' attribute.
	 * @see #setPendingCount(int)
	 * @see org.sayer.model.SayerPackage#getDocumentEntry_PendingCount()
	 * @model
	 * @generated
	 */
	int getPendingCount();

	/**
	 * Sets the value of the '{@link org.sayer.model.DocumentEntry#getPendingCount <em>Pending Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pending Count</em>' attribute.
	 * @see #getPendingCount()
	 * @generated
	 */
	void setPendingCount(int value);

	/**
	 * Returns the value of the '<em><b>Document</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Document</em>' reference.
	 * @see #setDocument(Document)
	 * @see org.sayer.model.SayerPackage#getDocumentEntry_Document()
	 * @model
	 * @generated
	 */
	Document getDocument();

	/**
	 * Sets the value of the '{@link org.sayer.model.DocumentEntry#getDocument <em>Document</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Document</em>' reference.
	 * @see #getDocument()
	 * @generated
	 */
	void setDocument(Document value);

	/**
	 * Returns the value of the '<em><b>Pack</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The pack file under documents/ that holds the document's XMI, when a bulk import wrote it there; null when the document has a file of its own. A file of its own, once written, wins over the pack.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pack</em>' attribute.
	 * @see #setPack(String)
	 * @see org.sayer.model.SayerPackage#getDocumentEntry_Pack()
	 * @model
	 * @generated
	 */
	String getPack();

	/**
	 * Sets the value of the '{@link org.sayer.model.DocumentEntry#getPack <em>Pack</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pack</em>' attribute.
	 * @see #getPack()
	 * @generated
	 */
	void setPack(String value);

	/**
	 * Returns the value of the '<em><b>Pack Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pack Offset</em>' attribute.
	 * @see #setPackOffset(long)
	 * @see org.sayer.model.SayerPackage#getDocumentEntry_PackOffset()
	 * @model
	 * @generated
	 */
	long getPackOffset();

	/**
	 * Sets the value of the '{@link org.sayer.model.DocumentEntry#getPackOffset <em>Pack Offset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pack Offset</em>' attribute.
	 * @see #getPackOffset()
	 * @generated
	 */
	void setPackOffset(long value);

	/**
	 * Returns the value of the '<em><b>Pack Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pack Length</em>' attribute.
	 * @see #setPackLength(int)
	 * @see org.sayer.model.SayerPackage#getDocumentEntry_PackLength()
	 * @model
	 * @generated
	 */
	int getPackLength();

	/**
	 * Sets the value of the '{@link org.sayer.model.DocumentEntry#getPackLength <em>Pack Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pack Length</em>' attribute.
	 * @see #getPackLength()
	 * @generated
	 */
	void setPackLength(int value);

	/**
	 * Returns the value of the '<em><b>Checksum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The checksum of the document's saved XMI bytes (in its pack or its own file) as the store wrote them, "crc32c:" and 8 hex digits; loading verifies it, so bytes changed behind Sayer's back are reported as damage. Null in corpora written before checksums were recorded: such a document is read unverified.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Checksum</em>' attribute.
	 * @see #setChecksum(String)
	 * @see org.sayer.model.SayerPackage#getDocumentEntry_Checksum()
	 * @model
	 * @generated
	 */
	String getChecksum();

	/**
	 * Sets the value of the '{@link org.sayer.model.DocumentEntry#getChecksum <em>Checksum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Checksum</em>' attribute.
	 * @see #getChecksum()
	 * @generated
	 */
	void setChecksum(String value);

} // DocumentEntry
