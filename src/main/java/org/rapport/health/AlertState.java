package org.rapport.health;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Where an alert stands with the people who answer for it. An acknowledged alert stays
 * acknowledged for as long as its condition holds; a snoozed one is open again on the day
 * its snooze ends. The rule is written here once, for Java and for the SQL that filters
 * by it.
 */
public enum AlertState {

	/** Nobody has acknowledged it, and it is not snoozed. */
	OPEN,

	/** Someone acknowledged it, with a note. */
	ACKNOWLEDGED,

	/** Put aside until a day still to come. */
	SNOOZED;

	/**
	 * The state of an alert on a day.
	 * @param acknowledgedAt when it was acknowledged, or {@code null}
	 * @param snoozedUntil the day its snooze ends, or {@code null}
	 * @param today the day
	 * @return the state
	 */
	static AlertState of(LocalDateTime acknowledgedAt, LocalDate snoozedUntil, LocalDate today) {
		if (acknowledgedAt != null) {
			return ACKNOWLEDGED;
		}
		return (snoozedUntil != null && snoozedUntil.isAfter(today)) ? SNOOZED : OPEN;
	}

	/**
	 * An SQL condition on a {@code health_alert} row that holds for alerts in this state
	 * on the day bound as {@code :today}.
	 * @param alias the row's alias in the query
	 * @return the condition
	 */
	String condition(String alias) {
		return switch (this) {
			case ACKNOWLEDGED -> alias + ".acknowledged_at is not null";
			case SNOOZED -> "(" + alias + ".acknowledged_at is null and " + alias + ".snoozed_until > :today)";
			case OPEN -> "(" + alias + ".acknowledged_at is null and (" + alias + ".snoozed_until is null or " + alias
					+ ".snoozed_until <= :today))";
		};
	}

}
