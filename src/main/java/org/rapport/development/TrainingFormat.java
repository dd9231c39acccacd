package org.rapport.development;

/**
 * How a course is given.
 */
public enum TrainingFormat {

	/** Hands-on, in a group, with a facilitator. */
	WORKSHOP,

	/** Taught over one or more sessions. */
	COURSE,

	/** Online, at the learner's own pace, in sessions opened for a cohort. */
	E_LEARNING

}
