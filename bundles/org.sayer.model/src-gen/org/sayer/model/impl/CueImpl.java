/**
 */
package org.sayer.model.impl;

import org.eclipse.emf.ecore.EClass;

import org.sayer.model.Cue;
import org.sayer.model.SayerPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Cue</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class CueImpl extends AnnotationImpl implements Cue {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CueImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SayerPackage.Literals.CUE;
	}

} //CueImpl
