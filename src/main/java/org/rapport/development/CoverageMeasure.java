package org.rapport.development;

/**
 * What coverage counts of each person in IT, as of a day: the signs that they do
 * relationship management and develop for it.
 */
public enum CoverageMeasure {

	/** A development plan with at least one goal. */
	PLAN,

	/** A training attended in the year up to the day. */
	TRAINING,

	/**
	 * A coaching engagement or a published mentoring pair under way, as coachee or
	 * mentee.
	 */
	COACH_OR_MENTOR,

	/** A 360 of theirs closed in the year up to the day. */
	FEEDBACK,

	/** A relationship under way that they own or take part in. */
	RELATIONSHIP

}
