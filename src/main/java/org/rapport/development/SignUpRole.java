package org.rapport.development;

/**
 * The side of a mentoring programme someone signs up on.
 */
public enum SignUpRole {

	/** Offers strengths and time. */
	MENTOR,

	/** States goals and looks for a mentor. */
	MENTEE

}
