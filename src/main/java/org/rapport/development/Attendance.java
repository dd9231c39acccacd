package org.rapport.development;

/**
 * Whether a person enrolled in a session came: attending counts as the training
 * completed.
 */
public enum Attendance {

	/** Came: the training counts as completed. */
	ATTENDED,

	/** Held a seat and did not come. */
	NO_SHOW

}
