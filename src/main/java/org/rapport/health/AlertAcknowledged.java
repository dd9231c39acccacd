package org.rapport.health;

import java.time.Instant;

import org.rapport.shared.AuditableEvent;

/**
 * Someone acknowledged an alert with a note.
 *
 * @param alertId the alert
 * @param relationshipId its relationship
 * @param type what the alert is about
 * @param note the note
 * @param actor who acknowledged it
 * @param occurredAt when
 */
public record AlertAcknowledged(long alertId, long relationshipId, AlertType type, String note, String actor,
		Instant occurredAt) implements AuditableEvent {

	@Override
	public String action() {
		return "ALERT_ACKNOWLEDGED";
	}

	@Override
	public String target() {
		return "alert:" + this.alertId;
	}

	@Override
	public String detail() {
		return AuditableEvent.facts("relationship", this.relationshipId, "type", this.type, "note", this.note);
	}

}
