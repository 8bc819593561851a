/**
 */
package org.sayer.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Cue</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see org.sayer.model.SayerPackage#getCue()
 * @model
 * @generated
 */
public interface Cue extends Annotation {
} // Cue
