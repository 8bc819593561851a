/**
 */
package org.sayer.model.impl;

import java.lang.reflect.InvocationTargetException;

import java.util.Collection;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.sayer.model.Annotation;
import org.sayer.model.Document;
import org.sayer.model.Origin;
import org.sayer.model.ReviewState;
import org.sayer.model.SayerPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Annotation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.sayer.model.impl.AnnotationImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.sayer.model.impl.AnnotationImpl#getBegin <em>Begin</em>}</li>
 *   <li>{@link org.sayer.model.impl.AnnotationImpl#getEnd <em>End</em>}</li>
 *   <li>{@link org.sayer.model.impl.AnnotationImpl#getOrigin <em>Origin</em>}</li>
 *   <li>{@link org.sayer.model.impl.AnnotationImpl#getReview <em>Review</em>}</li>
 *   <li>{@link org.sayer.model.impl.AnnotationImpl#getConfidence <em>Confidence</em>}</li>
 *   <li>{@link org.sayer.model.impl.AnnotationImpl#getProducer <em>Producer</em>}</li>
 *   <li>{@link org.sayer.model.impl.AnnotationImpl#getTimestamp <em>Timestamp</em>}</li>
 *   <li>{@link org.sayer.model.impl.AnnotationImpl#getCreated <em>Created</em>}</li>
 *   <li>{@link org.sayer.model.impl.AnnotationImpl#getReviewer <em>Reviewer</em>}</li>
 *   <li>{@link org.sayer.model.impl.AnnotationImpl#getReviewed <em>Reviewed</em>}</li>
 *   <li>{@link org.sayer.model.impl.AnnotationImpl#getCuratedFrom <em>Curated From</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class AnnotationImpl extends MinimalEObjectImpl.Container implements Annotation {
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
	 * The default value of the '{@link #getBegin() <em>Begin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBegin()
	 * @generated
	 * @ordered
	 */
	protected static final int BEGIN_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getBegin() <em>Begin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBegin()
	 * @generated
	 * @ordered
	 */
	protected int begin = BEGIN_EDEFAULT;

	/**
	 * The default value of the '{@link #getEnd() <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnd()
	 * @generated
	 * @ordered
	 */
	protected static final int END_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getEnd() <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnd()
	 * @generated
	 * @ordered
	 */
	protected int end = END_EDEFAULT;

	/**
	 * The default value of the '{@link #getOrigin() <em>Origin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrigin()
	 * @generated
	 * @ordered
	 */
	protected static final Origin ORIGIN_EDEFAULT = Origin.MANUAL;

	/**
	 * The cached value of the '{@link #getOrigin() <em>Origin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrigin()
	 * @generated
	 * @ordered
	 */
	protected Origin origin = ORIGIN_EDEFAULT;

	/**
	 * The default value of the '{@link #getReview() <em>Review</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReview()
	 * @generated
	 * @ordered
	 */
	protected static final ReviewState REVIEW_EDEFAULT = ReviewState.ACCEPTED;

	/**
	 * The cached value of the '{@link #getReview() <em>Review</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReview()
	 * @generated
	 * @ordered
	 */
	protected ReviewState review = REVIEW_EDEFAULT;

	/**
	 * The default value of the '{@link #getConfidence() <em>Confidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConfidence()
	 * @generated
	 * @ordered
	 */
	protected static final double CONFIDENCE_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getConfidence() <em>Confidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConfidence()
	 * @generated
	 * @ordered
	 */
	protected double confidence = CONFIDENCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getProducer() <em>Producer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProducer()
	 * @generated
	 * @ordered
	 */
	protected static final String PRODUCER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProducer() <em>Producer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProducer()
	 * @generated
	 * @ordered
	 */
	protected String producer = PRODUCER_EDEFAULT;

	/**
	 * The default value of the '{@link #getTimestamp() <em>Timestamp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimestamp()
	 * @generated
	 * @ordered
	 */
	protected static final long TIMESTAMP_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getTimestamp() <em>Timestamp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimestamp()
	 * @generated
	 * @ordered
	 */
	protected long timestamp = TIMESTAMP_EDEFAULT;

	/**
	 * The default value of the '{@link #getCreated() <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreated()
	 * @generated
	 * @ordered
	 */
	protected static final long CREATED_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getCreated() <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreated()
	 * @generated
	 * @ordered
	 */
	protected long created = CREATED_EDEFAULT;

	/**
	 * The default value of the '{@link #getReviewer() <em>Reviewer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewer()
	 * @generated
	 * @ordered
	 */
	protected static final String REVIEWER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReviewer() <em>Reviewer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewer()
	 * @generated
	 * @ordered
	 */
	protected String reviewer = REVIEWER_EDEFAULT;

	/**
	 * The default value of the '{@link #getReviewed() <em>Reviewed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewed()
	 * @generated
	 * @ordered
	 */
	protected static final long REVIEWED_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getReviewed() <em>Reviewed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewed()
	 * @generated
	 * @ordered
	 */
	protected long reviewed = REVIEWED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCuratedFrom() <em>Curated From</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCuratedFrom()
	 * @generated
	 * @ordered
	 */
	protected EList<String> curatedFrom;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AnnotationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SayerPackage.Literals.ANNOTATION;
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
			eNotify(new ENotificationImpl(this, Notification.SET, SayerPackage.ANNOTATION__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getBegin() {
		return begin;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBegin(int newBegin) {
		int oldBegin = begin;
		begin = newBegin;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SayerPackage.ANNOTATION__BEGIN, oldBegin, begin));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getEnd() {
		return end;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnd(int newEnd) {
		int oldEnd = end;
		end = newEnd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SayerPackage.ANNOTATION__END, oldEnd, end));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Origin getOrigin() {
		return origin;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrigin(Origin newOrigin) {
		Origin oldOrigin = origin;
		origin = newOrigin == null ? ORIGIN_EDEFAULT : newOrigin;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SayerPackage.ANNOTATION__ORIGIN, oldOrigin, origin));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReviewState getReview() {
		return review;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReview(ReviewState newReview) {
		ReviewState oldReview = review;
		review = newReview == null ? REVIEW_EDEFAULT : newReview;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SayerPackage.ANNOTATION__REVIEW, oldReview, review));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getConfidence() {
		return confidence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConfidence(double newConfidence) {
		double oldConfidence = confidence;
		confidence = newConfidence;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SayerPackage.ANNOTATION__CONFIDENCE, oldConfidence, confidence));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProducer() {
		return producer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProducer(String newProducer) {
		String oldProducer = producer;
		producer = newProducer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SayerPackage.ANNOTATION__PRODUCER, oldProducer, producer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getTimestamp() {
		return timestamp;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTimestamp(long newTimestamp) {
		long oldTimestamp = timestamp;
		timestamp = newTimestamp;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SayerPackage.ANNOTATION__TIMESTAMP, oldTimestamp, timestamp));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getCreated() {
		return created;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreated(long newCreated) {
		long oldCreated = created;
		created = newCreated;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SayerPackage.ANNOTATION__CREATED, oldCreated, created));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReviewer() {
		return reviewer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReviewer(String newReviewer) {
		String oldReviewer = reviewer;
		reviewer = newReviewer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SayerPackage.ANNOTATION__REVIEWER, oldReviewer, reviewer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getReviewed() {
		return reviewed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReviewed(long newReviewed) {
		long oldReviewed = reviewed;
		reviewed = newReviewed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SayerPackage.ANNOTATION__REVIEWED, oldReviewed, reviewed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getCuratedFrom() {
		if (curatedFrom == null) {
			curatedFrom = new EDataTypeUniqueEList<String>(String.class, this, SayerPackage.ANNOTATION__CURATED_FROM);
		}
		return curatedFrom;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Document getDocument() {
		return eContainer() instanceof Document d ? d : null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCoveredText() {
		Document d = getDocument();
		String t = d == null ? null : d.getText();
		if (t == null || getBegin() < 0 || getEnd() > t.length() || getBegin() > getEnd()) return "";
		return t.substring(getBegin(), getEnd());
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SayerPackage.ANNOTATION__ID:
				return getId();
			case SayerPackage.ANNOTATION__BEGIN:
				return getBegin();
			case SayerPackage.ANNOTATION__END:
				return getEnd();
			case SayerPackage.ANNOTATION__ORIGIN:
				return getOrigin();
			case SayerPackage.ANNOTATION__REVIEW:
				return getReview();
			case SayerPackage.ANNOTATION__CONFIDENCE:
				return getConfidence();
			case SayerPackage.ANNOTATION__PRODUCER:
				return getProducer();
			case SayerPackage.ANNOTATION__TIMESTAMP:
				return getTimestamp();
			case SayerPackage.ANNOTATION__CREATED:
				return getCreated();
			case SayerPackage.ANNOTATION__REVIEWER:
				return getReviewer();
			case SayerPackage.ANNOTATION__REVIEWED:
				return getReviewed();
			case SayerPackage.ANNOTATION__CURATED_FROM:
				return getCuratedFrom();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case SayerPackage.ANNOTATION__ID:
				setId((String)newValue);
				return;
			case SayerPackage.ANNOTATION__BEGIN:
				setBegin((Integer)newValue);
				return;
			case SayerPackage.ANNOTATION__END:
				setEnd((Integer)newValue);
				return;
			case SayerPackage.ANNOTATION__ORIGIN:
				setOrigin((Origin)newValue);
				return;
			case SayerPackage.ANNOTATION__REVIEW:
				setReview((ReviewState)newValue);
				return;
			case SayerPackage.ANNOTATION__CONFIDENCE:
				setConfidence((Double)newValue);
				return;
			case SayerPackage.ANNOTATION__PRODUCER:
				setProducer((String)newValue);
				return;
			case SayerPackage.ANNOTATION__TIMESTAMP:
				setTimestamp((Long)newValue);
				return;
			case SayerPackage.ANNOTATION__CREATED:
				setCreated((Long)newValue);
				return;
			case SayerPackage.ANNOTATION__REVIEWER:
				setReviewer((String)newValue);
				return;
			case SayerPackage.ANNOTATION__REVIEWED:
				setReviewed((Long)newValue);
				return;
			case SayerPackage.ANNOTATION__CURATED_FROM:
				getCuratedFrom().clear();
				getCuratedFrom().addAll((Collection<? extends String>)newValue);
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
			case SayerPackage.ANNOTATION__ID:
				setId(ID_EDEFAULT);
				return;
			case SayerPackage.ANNOTATION__BEGIN:
				setBegin(BEGIN_EDEFAULT);
				return;
			case SayerPackage.ANNOTATION__END:
				setEnd(END_EDEFAULT);
				return;
			case SayerPackage.ANNOTATION__ORIGIN:
				setOrigin(ORIGIN_EDEFAULT);
				return;
			case SayerPackage.ANNOTATION__REVIEW:
				setReview(REVIEW_EDEFAULT);
				return;
			case SayerPackage.ANNOTATION__CONFIDENCE:
				setConfidence(CONFIDENCE_EDEFAULT);
				return;
			case SayerPackage.ANNOTATION__PRODUCER:
				setProducer(PRODUCER_EDEFAULT);
				return;
			case SayerPackage.ANNOTATION__TIMESTAMP:
				setTimestamp(TIMESTAMP_EDEFAULT);
				return;
			case SayerPackage.ANNOTATION__CREATED:
				setCreated(CREATED_EDEFAULT);
				return;
			case SayerPackage.ANNOTATION__REVIEWER:
				setReviewer(REVIEWER_EDEFAULT);
				return;
			case SayerPackage.ANNOTATION__REVIEWED:
				setReviewed(REVIEWED_EDEFAULT);
				return;
			case SayerPackage.ANNOTATION__CURATED_FROM:
				getCuratedFrom().clear();
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
			case SayerPackage.ANNOTATION__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case SayerPackage.ANNOTATION__BEGIN:
				return begin != BEGIN_EDEFAULT;
			case SayerPackage.ANNOTATION__END:
				return end != END_EDEFAULT;
			case SayerPackage.ANNOTATION__ORIGIN:
				return origin != ORIGIN_EDEFAULT;
			case SayerPackage.ANNOTATION__REVIEW:
				return review != REVIEW_EDEFAULT;
			case SayerPackage.ANNOTATION__CONFIDENCE:
				return confidence != CONFIDENCE_EDEFAULT;
			case SayerPackage.ANNOTATION__PRODUCER:
				return PRODUCER_EDEFAULT == null ? producer != null : !PRODUCER_EDEFAULT.equals(producer);
			case SayerPackage.ANNOTATION__TIMESTAMP:
				return timestamp != TIMESTAMP_EDEFAULT;
			case SayerPackage.ANNOTATION__CREATED:
				return created != CREATED_EDEFAULT;
			case SayerPackage.ANNOTATION__REVIEWER:
				return REVIEWER_EDEFAULT == null ? reviewer != null : !REVIEWER_EDEFAULT.equals(reviewer);
			case SayerPackage.ANNOTATION__REVIEWED:
				return reviewed != REVIEWED_EDEFAULT;
			case SayerPackage.ANNOTATION__CURATED_FROM:
				return curatedFrom != null && !curatedFrom.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case SayerPackage.ANNOTATION___GET_DOCUMENT:
				return getDocument();
			case SayerPackage.ANNOTATION___GET_COVERED_TEXT:
				return getCoveredText();
		}
		return super.eInvoke(operationID, arguments);
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
		result.append(", begin: ");
		result.append(begin);
		result.append(", end: ");
		result.append(end);
		result.append(", origin: ");
		result.append(origin);
		result.append(", review: ");
		result.append(review);
		result.append(", confidence: ");
		result.append(confidence);
		result.append(", producer: ");
		result.append(producer);
		result.append(", timestamp: ");
		result.append(timestamp);
		result.append(", created: ");
		result.append(created);
		result.append(", reviewer: ");
		result.append(reviewer);
		result.append(", reviewed: ");
		result.append(reviewed);
		result.append(", curatedFrom: ");
		result.append(curatedFrom);
		result.append(')');
		return result.toString();
	}

} //AnnotationImpl
