package org.rapport.health;

import java.time.LocalDate;

/**
 * A relationship's health in brief, for the header of its page: the stored score and
 * band, how many alerts are open, and the next commitment due.
 *
 * @param relationshipId the relationship
 * @param score the score, {@code null} until it is first computed
 * @param band the band of the score, {@code null} until it is first computed
 * @param openAlerts how many of its alerts are open: neither acknowledged nor snoozed
 * @param nextDue the pending commitment due soonest, overdue ones first, or {@code null}
 */
public record HealthStatus(long relationshipId, Integer score, Band band, long openAlerts, NextDue nextDue) {

	/**
	 * A pending commitment.
	 *
	 * @param commitmentId the commitment
	 * @param description what was promised
	 * @param dueOn by when
	 * @param overdue whether its day has passed
	 */
	public record NextDue(long commitmentId, String description, LocalDate dueOn, boolean overdue) {
	}

}
