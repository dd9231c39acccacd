package org.rapport.recognition;

/**
 * Where a nomination stands.
 */
public enum NominationState {

	/** Waiting for the head of relationship management. */
	SUBMITTED,

	/** The award went to the nominee. */
	APPROVED,

	/** Not this time. */
	DECLINED

}
