package org.rapport.development;

/**
 * A goal of a coaching engagement.
 *
 * @param competencyKey the competency it works on, or {@code null}
 * @param competencyName its name, or {@code null}
 * @param goal the goal in the coachee's words
 */
public record CoachingGoal(String competencyKey, String competencyName, String goal) {
}
