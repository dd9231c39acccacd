package org.rapport.development;

/**
 * Where a mentoring pair stands.
 */
public enum PairState {

	/** Proposed by a matching run or by hand, not yet published. */
	PROPOSED,

	/** Published: mentor and mentee meet and log sessions. */
	ACTIVE,

	/** Closed with an outcome. */
	CLOSED

}
