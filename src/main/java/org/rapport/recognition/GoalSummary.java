package org.rapport.recognition;

import java.time.LocalDateTime;

/**
 * A goal with its progress.
 *
 * @param id the goal
 * @param period the quarter
 * @param scope whose: a person or an IT group
 * @param scopeId the person or IT group
 * @param title what the goal is
 * @param measure how its progress is known
 * @param target the value that meets it
 * @param value where it stands: computed from the data, or the latest check-in;
 * {@code null} when there is nothing to measure yet
 * @param progress value against target in percent, at most 100; 0 when not measured
 * @param met whether the value reaches the target
 * @param lastCheckIn when the latest check-in was, {@code null} without one
 * @param lastNote its note
 * @param version the version
 */
public record GoalSummary(long id, String period, ScorecardScope scope, long scopeId, String title, GoalMeasure measure,
		double target, Double value, int progress, boolean met, LocalDateTime lastCheckIn, String lastNote,
		long version) {
}
