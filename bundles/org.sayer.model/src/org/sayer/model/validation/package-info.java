/**
 * EMF validation of Sayer models: {@link org.sayer.model.validation.SayerValidator} holds the
 * rules and is registered for the package; {@link org.sayer.model.validation.Validation} is the
 * call to make: {@code Validation.validate(document)} or {@code Validation.validate(corpus)}.
 */
package org.sayer.model.validation;
