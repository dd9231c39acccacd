package org.rapport.recognition;

/**
 * How a goal's progress is known.
 */
public enum GoalMeasure {

	/** From the check-ins of whoever holds the goal, in percent. */
	CHECK_IN,

	/**
	 * The share of the strategic relationships held that had a business review in the
	 * quarter, in percent: "a quarterly business review with every strategic partner".
	 */
	BUSINESS_REVIEWS,

	/** The scorecard's commitments kept on time, in percent. */
	COMMITMENTS_ON_TIME,

	/** The scorecard's contact within cadence, in percent. */
	CADENCE,

	/** The scorecard's partner feedback, on 0 to 100. */
	PARTNER_FEEDBACK,

	/** The scorecard's kudos and praise received, a count. */
	RECOGNITION

}
