package org.rapport.development;

/**
 * Where a 360 round stands.
 */
public enum FeedbackRoundState {

	/** The person chooses their raters. */
	NOMINATING,
	/** The raters wait for the manager's approval. */
	AWAITING_APPROVAL,
	/** The raters were invited and answer. */
	OPEN,
	/** Answers are in; the report shows. */
	CLOSED

}
