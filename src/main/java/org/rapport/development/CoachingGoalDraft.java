package org.rapport.development;

/**
 * A goal of a coaching engagement as it is set up.
 *
 * @param competencyKey the competency of the framework it works on, may be {@code null}
 * @param goal the goal in the coachee's words, up to 300 characters
 */
public record CoachingGoalDraft(String competencyKey, String goal) {

	/** The longest goal. */
	public static final int MAX_GOAL = 300;

}
