/**
 */
package org.sayer.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.sayer.model.Claim;
import org.sayer.model.ClaimType;
import org.sayer.model.Cue;
import org.sayer.model.SayerPackage;
import org.sayer.model.SpeakerMention;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Claim</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.sayer.model.impl.ClaimImpl#getType <em>Type</em>}</li>
 *   <li>{@link org.sayer.model.impl.ClaimImpl#getSource <em>Source</em>}</li>
 *   <li>{@link org.sayer.model.impl.ClaimImpl#getCue <em>Cue</em>}</li>
 *   <li>{@link org.sayer.model.impl.ClaimImpl#getParent <em>Parent</em>}</li>
 *   <li>{@link org.sayer.model.impl.ClaimImpl#getContinues <em>Continues</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ClaimImpl extends AnnotationImpl implements Claim {
	/**
	 * The default value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected static final ClaimType TYPE_EDEFAULT = ClaimType.DIRECT;

	/**
	 * The cached value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected ClaimType type = TYPE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected SpeakerMention source;

	/**
	 * The cached value of the '{@link #getCue() <em>Cue</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCue()
	 * @generated
	 * @ordered
	 */
	protected Cue cue;

	/**
	 * The cached value of the '{@link #getParent() <em>Parent</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParent()
	 * @generated
	 * @ordered
	 */
	protected Claim parent;

	/**
	 * The cached value of the '{@link #getContinues() <em>Continues</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContinues()
	 * @generated
	 * @ordered
	 */
	protected Claim continues;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ClaimImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SayerPackage.Literals.CLAIM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ClaimType getType() {
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setType(ClaimType newType) {
		ClaimType oldType = type;
		type = newType == null ? TYPE_EDEFAULT : newType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SayerPackage.CLAIM__TYPE, oldType, type));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SpeakerMention getSource() {
		if (source != null && source.eIsProxy()) {
			InternalEObject oldSource = (InternalEObject)source;
			source = (SpeakerMention)eResolveProxy(oldSource);
			if (source != oldSource) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SayerPackage.CLAIM__SOURCE, oldSource, source));
			}
		}
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SpeakerMention basicGetSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(SpeakerMention newSource) {
		SpeakerMention oldSource = source;
		source = newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SayerPackage.CLAIM__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Cue getCue() {
		if (cue != null && cue.eIsProxy()) {
			InternalEObject oldCue = (InternalEObject)cue;
			cue = (Cue)eResolveProxy(oldCue);
			if (cue != oldCue) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SayerPackage.CLAIM__CUE, oldCue, cue));
			}
		}
		return cue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Cue basicGetCue() {
		return cue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCue(Cue newCue) {
		Cue oldCue = cue;
		cue = newCue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SayerPackage.CLAIM__CUE, oldCue, cue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Claim getParent() {
		if (parent != null && parent.eIsProxy()) {
			InternalEObject oldParent = (InternalEObject)parent;
			parent = (Claim)eResolveProxy(oldParent);
			if (parent != oldParent) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SayerPackage.CLAIM__PARENT, oldParent, parent));
			}
		}
		return parent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Claim basicGetParent() {
		return parent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setParent(Claim newParent) {
		Claim oldParent = parent;
		parent = newParent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SayerPackage.CLAIM__PARENT, oldParent, parent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Claim getContinues() {
		if (continues != null && continues.eIsProxy()) {
			InternalEObject oldContinues = (InternalEObject)continues;
			continues = (Claim)eResolveProxy(oldContinues);
			if (continues != oldContinues) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SayerPackage.CLAIM__CONTINUES, oldContinues, continues));
			}
		}
		return continues;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Claim basicGetContinues() {
		return continues;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContinues(Claim newContinues) {
		Claim oldContinues = continues;
		continues = newContinues;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SayerPackage.CLAIM__CONTINUES, oldContinues, continues));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SayerPackage.CLAIM__TYPE:
				return getType();
			case SayerPackage.CLAIM__SOURCE:
				if (resolve) return getSource();
				return basicGetSource();
			case SayerPackage.CLAIM__CUE:
				if (resolve) return getCue();
				return basicGetCue();
			case SayerPackage.CLAIM__PARENT:
				if (resolve) return getParent();
				return basicGetParent();
			case SayerPackage.CLAIM__CONTINUES:
				if (resolve) return getContinues();
				return basicGetContinues();
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
			case SayerPackage.CLAIM__TYPE:
				setType((ClaimType)newValue);
				return;
			case SayerPackage.CLAIM__SOURCE:
				setSource((SpeakerMention)newValue);
				return;
			case SayerPackage.CLAIM__CUE:
				setCue((Cue)newValue);
				return;
			case SayerPackage.CLAIM__PARENT:
				setParent((Claim)newValue);
				return;
			case SayerPackage.CLAIM__CONTINUES:
				setContinues((Claim)newValue);
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
			case SayerPackage.CLAIM__TYPE:
				setType(TYPE_EDEFAULT);
				return;
			case SayerPackage.CLAIM__SOURCE:
				setSource((SpeakerMention)null);
				return;
			case SayerPackage.CLAIM__CUE:
				setCue((Cue)null);
				return;
			case SayerPackage.CLAIM__PARENT:
				setParent((Claim)null);
				return;
			case SayerPackage.CLAIM__CONTINUES:
				setContinues((Claim)null);
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
			case SayerPackage.CLAIM__TYPE:
				return type != TYPE_EDEFAULT;
			case SayerPackage.CLAIM__SOURCE:
				return source != null;
			case SayerPackage.CLAIM__CUE:
				return cue != null;
			case SayerPackage.CLAIM__PARENT:
				return parent != null;
			case SayerPackage.CLAIM__CONTINUES:
				return continues != null;
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
		result.append(" (type: ");
		result.append(type);
		result.append(')');
		return result.toString();
	}

} //ClaimImpl
