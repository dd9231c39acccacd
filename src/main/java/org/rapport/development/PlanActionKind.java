package org.rapport.development;

/**
 * What a person does towards a goal of their development plan.
 */
public enum PlanActionKind {

	/** A course of the training catalogue. */
	TRAINING,

	/** Coaching sessions. */
	COACHING,

	/** Learning from a mentor. */
	MENTORING,

	/** Practice on a named relationship. */
	PRACTICE,

	/** Anything else: reading, shadowing a colleague. */
	OTHER

}
