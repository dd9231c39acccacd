package org.rapport.recognition;

/**
 * Where kudos stand.
 */
public enum KudosState {

	/** On the feed. */
	GIVEN,

	/**
	 * Waiting for the head of relationship management to approve their points, which are
	 * above {@code rapport.recognition.approval-above}; not on the feed yet.
	 */
	PENDING,

	/** Their points were not approved, and went back to the giver's month. */
	DECLINED

}
