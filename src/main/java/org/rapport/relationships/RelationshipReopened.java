package org.rapport.relationships;

import java.time.Instant;
import java.time.LocalDate;

import org.rapport.shared.AuditableEvent;

/**
 * An ended relationship was reopened: it is back in the active portfolio.
 *
 * @param relationshipId the relationship
 * @param endedOn the day it had ended
 * @param endReason why it had ended
 * @param actor who reopened it
 * @param occurredAt when it was reopened
 */
public record RelationshipReopened(long relationshipId, LocalDate endedOn, String endReason, String actor,
		Instant occurredAt) implements AuditableEvent {

	@Override
	public String action() {
		return "RELATIONSHIP_REOPENED";
	}

	@Override
	public String target() {
		return "relationship:" + this.relationshipId;
	}

	@Override
	public String detail() {
		return AuditableEvent.facts("endedOn", this.endedOn, "endReason", this.endReason);
	}

}
