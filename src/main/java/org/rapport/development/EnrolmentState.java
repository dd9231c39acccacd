package org.rapport.development;

/**
 * Where an enrolment in a session stands.
 */
public enum EnrolmentState {

	/** The person has a seat. */
	ENROLLED,

	/** The session was full: the person is on its waiting list, in order. */
	WAITING,

	/** The person withdrew, and their seat or place went to the next in line. */
	CANCELLED

}
