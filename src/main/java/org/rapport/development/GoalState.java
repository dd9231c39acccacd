package org.rapport.development;

/**
 * Where a goal of a development plan stands.
 */
public enum GoalState {

	/** Being worked on. */
	OPEN,

	/** Reached. */
	DONE,

	/** Given up: it stays on the plan with its check-ins. */
	DROPPED

}
