/**
 */
package org.sayer.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.sayer.model.Document;
import org.sayer.model.DocumentEntry;
import org.sayer.model.SayerPackage;
import org.sayer.model.WorkflowState;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Document Entry</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.sayer.model.impl.DocumentEntryImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.sayer.model.impl.DocumentEntryImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.sayer.model.impl.DocumentEntryImpl#getState <em>State</em>}</li>
 *   <li>{@link org.sayer.model.impl.DocumentEntryImpl#getClaimCount <em>Claim Count</em>}</li>
 *   <li>{@link org.sayer.model.impl.DocumentEntryImpl#getPendingCount <em>Pending Count</em>}</li>
 *   <li>{@link org.sayer.model.impl.DocumentEntryImpl#getDocument <em>Document</em>}</li>
 *   <li>{@link org.sayer.model.impl.DocumentEntryImpl#getPack <em>Pack</em>}</li>
 *   <li>{@link org.sayer.model.impl.DocumentEntryImpl#getPackOffset <em>Pack Offset</em>}</li>
 *   <li>{@link org.sayer.model.impl.DocumentEntryImpl#getPackLength <em>Pack Length</em>}</li>
 *   <li>{@link org.sayer.model.impl.DocumentEntryImpl#getChecksum <em>Checksum</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DocumentEntryImpl extends MinimalEObjectImpl.Container implements DocumentEntry {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected static final WorkflowState STATE_EDEFAULT = WorkflowState.NEW;

	/**
	 * The cached value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected WorkflowState state = STATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getClaimCount() <em>Claim Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClaimCount()
	 * @generated
	 * @ordered
	 */
	protected static final int CLAIM_COUNT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getClaimCount() <em>Claim Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClaimCount()
	 * @generated
	 * @ordered
	 */
	protected int claimCount = CLAIM_COUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getPendingCount() <em>Pending Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPendingCount()
	 * @generated
	 * @ordered
	 */
	protected static final int PENDING_COUNT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPendingCount() <em>Pending Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPendingCount()
	 * @generated
	 * @ordered
	 */
	protected int pendingCount = PENDING_COUNT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDocument() <em>Document</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDocument()
	 * @generated
	 * @ordered
	 */
	protected Document document;

	/**
	 * The default value of the '{@link #getPack() <em>Pack</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPack()
	 * @generated
	 * @ordered
	 */
	protected static final String PACK_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPack() <em>Pack</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPack()
	 * @generated
	 * @ordered
	 */
	protected String pack = PACK_EDEFAULT;

	/**
	 * The default value of the '{@link #getPackOffset() <em>Pack Offset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPackOffset()
	 * @generated
	 * @ordered
	 */
	protected static final long PACK_OFFSET_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getPackOffset() <em>Pack Offset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPackOffset()
	 * @generated
	 * @ordered
	 */
	protected long packOffset = PACK_OFFSET_EDEFAULT;

	/**
	 * The default value of the '{@link #getPackLength() <em>Pack Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPackLength()
	 * @generated
	 * @ordered
	 */
	protected static final int PACK_LENGTH_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPackLength() <em>Pack Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPackLength()
	 * @generated
	 * @ordered
	 */
	protected int packLength = PACK_LENGTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getChecksum() <em>Checksum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChecksum()
	 * @generated
	 * @ordered
	 */
	protected static final String CHECKSUM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getChecksum() <em>Checksum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChecksum()
	 * @generated
	 * @ordered
	 */
	protected String checksum = CHECKSUM_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DocumentEntryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SayerPackage.Literals.DOCUMENT_ENTRY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SayerPackage.DOCUMENT_ENTRY__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SayerPackage.DOCUMENT_ENTRY__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WorkflowState getState() {
		return state;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setState(WorkflowState newState) {
		WorkflowState oldState = state;
		state = newState == null ? STATE_EDEFAULT : newState;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SayerPackage.DOCUMENT_ENTRY__STATE, oldState, state));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getClaimCount() {
		return claimCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClaimCount(int newClaimCount) {
		int oldClaimCount = claimCount;
		claimCount = newClaimCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SayerPackage.DOCUMENT_ENTRY__CLAIM_COUNT, oldClaimCount, claimCount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPendingCount() {
		return pendingCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPendingCount(int newPendingCount) {
		int oldPendingCount = pendingCount;
		pendingCount = newPendingCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SayerPackage.DOCUMENT_ENTRY__PENDING_COUNT, oldPendingCount, pendingCount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Document getDocument() {
		if (document != null && document.eIsProxy()) {
			InternalEObject oldDocument = (InternalEObject)document;
			document = (Document)eResolveProxy(oldDocument);
			if (document != oldDocument) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SayerPackage.DOCUMENT_ENTRY__DOCUMENT, oldDocument, document));
			}
		}
		return document;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Document basicGetDocument() {
		return document;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDocument(Document newDocument) {
		Document oldDocument = document;
		document = newDocument;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SayerPackage.DOCUMENT_ENTRY__DOCUMENT, oldDocument, document));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPack() {
		return pack;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPack(String newPack) {
		String oldPack = pack;
		pack = newPack;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SayerPackage.DOCUMENT_ENTRY__PACK, oldPack, pack));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getPackOffset() {
		return packOffset;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPackOffset(long newPackOffset) {
		long oldPackOffset = packOffset;
		packOffset = newPackOffset;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SayerPackage.DOCUMENT_ENTRY__PACK_OFFSET, oldPackOffset, packOffset));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPackLength() {
		return packLength;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPackLength(int newPackLength) {
		int oldPackLength = packLength;
		packLength = newPackLength;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SayerPackage.DOCUMENT_ENTRY__PACK_LENGTH, oldPackLength, packLength));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getChecksum() {
		return checksum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChecksum(String newChecksum) {
		String oldChecksum = checksum;
		checksum = newChecksum;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SayerPackage.DOCUMENT_ENTRY__CHECKSUM, oldChecksum, checksum));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SayerPackage.DOCUMENT_ENTRY__ID:
				return getId();
			case SayerPackage.DOCUMENT_ENTRY__TITLE:
				return getTitle();
			case SayerPackage.DOCUMENT_ENTRY__STATE:
				return getState();
			case SayerPackage.DOCUMENT_ENTRY__CLAIM_COUNT:
				return getClaimCount();
			case SayerPackage.DOCUMENT_ENTRY__PENDING_COUNT:
				return getPendingCount();
			case SayerPackage.DOCUMENT_ENTRY__DOCUMENT:
				if (resolve) return getDocument();
				return basicGetDocument();
			case SayerPackage.DOCUMENT_ENTRY__PACK:
				return getPack();
			case SayerPackage.DOCUMENT_ENTRY__PACK_OFFSET:
				return getPackOffset();
			case SayerPackage.DOCUMENT_ENTRY__PACK_LENGTH:
				return getPackLength();
			case SayerPackage.DOCUMENT_ENTRY__CHECKSUM:
				return getChecksum();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case SayerPackage.DOCUMENT_ENTRY__ID:
				setId((String)newValue);
				return;
			case SayerPackage.DOCUMENT_ENTRY__TITLE:
				setTitle((String)newValue);
				return;
			case SayerPackage.DOCUMENT_ENTRY__STATE:
				setState((WorkflowState)newValue);
				return;
			case SayerPackage.DOCUMENT_ENTRY__CLAIM_COUNT:
				setClaimCount((Integer)newValue);
				return;
			case SayerPackage.DOCUMENT_ENTRY__PENDING_COUNT:
				setPendingCount((Integer)newValue);
				return;
			case SayerPackage.DOCUMENT_ENTRY__DOCUMENT:
				setDocument((Document)newValue);
				return;
			case SayerPackage.DOCUMENT_ENTRY__PACK:
				setPack((String)newValue);
				return;
			case SayerPackage.DOCUMENT_ENTRY__PACK_OFFSET:
				setPackOffset((Long)newValue);
				return;
			case SayerPackage.DOCUMENT_ENTRY__PACK_LENGTH:
				setPackLength((Integer)newValue);
				return;
			case SayerPackage.DOCUMENT_ENTRY__CHECKSUM:
				setChecksum((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case SayerPackage.DOCUMENT_ENTRY__ID:
				setId(ID_EDEFAULT);
				return;
			case SayerPackage.DOCUMENT_ENTRY__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case SayerPackage.DOCUMENT_ENTRY__STATE:
				setState(STATE_EDEFAULT);
				return;
			case SayerPackage.DOCUMENT_ENTRY__CLAIM_COUNT:
				setClaimCount(CLAIM_COUNT_EDEFAULT);
				return;
			case SayerPackage.DOCUMENT_ENTRY__PENDING_COUNT:
				setPendingCount(PENDING_COUNT_EDEFAULT);
				return;
			case SayerPackage.DOCUMENT_ENTRY__DOCUMENT:
				setDocument((Document)null);
				return;
			case SayerPackage.DOCUMENT_ENTRY__PACK:
				setPack(PACK_EDEFAULT);
				return;
			case SayerPackage.DOCUMENT_ENTRY__PACK_OFFSET:
				setPackOffset(PACK_OFFSET_EDEFAULT);
				return;
			case SayerPackage.DOCUMENT_ENTRY__PACK_LENGTH:
				setPackLength(PACK_LENGTH_EDEFAULT);
				return;
			case SayerPackage.DOCUMENT_ENTRY__CHECKSUM:
				setChecksum(CHECKSUM_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case SayerPackage.DOCUMENT_ENTRY__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case SayerPackage.DOCUMENT_ENTRY__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case SayerPackage.DOCUMENT_ENTRY__STATE:
				return state != STATE_EDEFAULT;
			case SayerPackage.DOCUMENT_ENTRY__CLAIM_COUNT:
				return claimCount != CLAIM_COUNT_EDEFAULT;
			case SayerPackage.DOCUMENT_ENTRY__PENDING_COUNT:
				return pendingCount != PENDING_COUNT_EDEFAULT;
			case SayerPackage.DOCUMENT_ENTRY__DOCUMENT:
				return document != null;
			case SayerPackage.DOCUMENT_ENTRY__PACK:
				return PACK_EDEFAULT == null ? pack != null : !PACK_EDEFAULT.equals(pack);
			case SayerPackage.DOCUMENT_ENTRY__PACK_OFFSET:
				return packOffset != PACK_OFFSET_EDEFAULT;
			case SayerPackage.DOCUMENT_ENTRY__PACK_LENGTH:
				return packLength != PACK_LENGTH_EDEFAULT;
			case SayerPackage.DOCUMENT_ENTRY__CHECKSUM:
				return CHECKSUM_EDEFAULT == null ? checksum != null : !CHECKSUM_EDEFAULT.equals(checksum);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (id: ");
		result.append(id);
		result.append(", title: ");
		result.append(title);
		result.append(", state: ");
		result.append(state);
		result.append(", claimCount: ");
		result.append(claimCount);
		result.append(", pendingCount: ");
		result.append(pendingCount);
		result.append(", pack: ");
		result.append(pack);
		result.append(", packOffset: ");
		result.append(packOffset);
		result.append(", packLength: ");
		result.append(packLength);
		result.append(", checksum: ");
		result.append(checksum);
		result.append(')');
		return result.toString();
	}

} //DocumentEntryImpl
