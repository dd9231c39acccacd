package org.rapport.development;

/**
 * How much of a coaching engagement the caller reads.
 */
public enum CoachingView {

	/** The coach or the coachee: goals, outcome, and the sessions with their notes. */
	PARTY,

	/** Above the coachee in the reporting line: goals and outcome, never the sessions. */
	MANAGER,

	/** Those who steer the portfolio: who, since when and the state, for coverage. */
	COVERAGE

}
