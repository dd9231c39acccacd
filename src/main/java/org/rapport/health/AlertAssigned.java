package org.rapport.health;

import java.time.Instant;

import org.rapport.shared.AuditableEvent;

/**
 * Someone assigned an alert to a person in IT.
 *
 * @param alertId the alert
 * @param relationshipId its relationship
 * @param type what the alert is about
 * @param assigneeId the person it is assigned to now
 * @param previousAssigneeId the person it was assigned to before, or {@code null}
 * @param actor who assigned it
 * @param occurredAt when
 */
public record AlertAssigned(long alertId, long relationshipId, AlertType type, long assigneeId, Long previousAssigneeId,
		String actor, Instant occurredAt) implements AuditableEvent {

	@Override
	public String action() {
		return "ALERT_ASSIGNED";
	}

	@Override
	public String target() {
		return "alert:" + this.alertId;
	}

	@Override
	public String detail() {
		return AuditableEvent.facts("relationship", this.relationshipId, "type", this.type, "assignee",
				"person:" + this.assigneeId, "previousAssignee",
				(this.previousAssigneeId != null) ? "person:" + this.previousAssigneeId : null);
	}

}
