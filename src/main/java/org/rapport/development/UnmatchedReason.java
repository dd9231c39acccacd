package org.rapport.development;

/**
 * Why a proposal leaves a mentee without a mentor.
 */
public enum UnmatchedReason {

	/**
	 * No mentor outside their reporting line, and not one they avoid, offers any of their
	 * goals or gaps.
	 */
	NO_FIT,

	/**
	 * Mentors who would suit them are full with mentees they suit as well or better.
	 */
	NO_PLACE,

	/** Someone who steers took their pair out of the proposal. */
	REMOVED

}
