package org.rapport.health;

import java.time.Instant;
import java.time.LocalDate;

import org.rapport.shared.AuditableEvent;

/**
 * Someone put an alert aside until a day.
 *
 * @param alertId the alert
 * @param relationshipId its relationship
 * @param type what the alert is about
 * @param until the day it is open again
 * @param previousUntil the day an earlier snooze was to end, or {@code null}
 * @param actor who snoozed it
 * @param occurredAt when
 */
public record AlertSnoozed(long alertId, long relationshipId, AlertType type, LocalDate until, LocalDate previousUntil,
		String actor, Instant occurredAt) implements AuditableEvent {

	@Override
	public String action() {
		return "ALERT_SNOOZED";
	}

	@Override
	public String target() {
		return "alert:" + this.alertId;
	}

	@Override
	public String detail() {
		return AuditableEvent.facts("relationship", this.relationshipId, "type", this.type, "until", this.until,
				"previousUntil", this.previousUntil);
	}

}
