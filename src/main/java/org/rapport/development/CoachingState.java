package org.rapport.development;

/**
 * Where a coaching engagement stands.
 */
public enum CoachingState {

	/** Coach and coachee meet and log sessions. */
	ACTIVE,

	/** Ended with an outcome; it takes no more sessions. */
	ENDED

}
