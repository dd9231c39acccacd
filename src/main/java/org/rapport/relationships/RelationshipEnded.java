package org.rapport.relationships;

import java.time.Instant;

import org.rapport.shared.AuditableEvent;

/**
 * A relationship ended: it left the active portfolio, keeping its record and history,
 * until it is reopened.
 *
 * @param relationshipId the relationship
 * @param reason why it ended
 * @param actor who ended it
 * @param occurredAt when it ended
 */
public record RelationshipEnded(long relationshipId, String reason, String actor,
		Instant occurredAt) implements AuditableEvent {

	@Override
	public String action() {
		return "RELATIONSHIP_ENDED";
	}

	@Override
	public String target() {
		return "relationship:" + this.relationshipId;
	}

	@Override
	public String detail() {
		return AuditableEvent.facts("reason", this.reason);
	}

}
