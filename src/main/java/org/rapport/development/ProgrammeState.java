package org.rapport.development;

/**
 * Where a mentoring programme stands.
 */
public enum ProgrammeState {

	/** Open for sign-ups. */
	OPEN,

	/** A matching run proposed pairs, for those who steer to review. */
	MATCHED,

	/** The pairs are published: they meet and log sessions. */
	PUBLISHED,

	/** Every pair has closed. */
	CLOSED

}
