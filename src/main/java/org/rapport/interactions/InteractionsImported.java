package org.rapport.interactions;

import java.time.Instant;

import org.rapport.shared.AuditableEvent;

/**
 * A relationship's history of touchpoints was loaded in one go.
 *
 * @param relationshipId the relationship
 * @param count how many touchpoints
 * @param actor who did it
 * @param occurredAt when it happened
 */
public record InteractionsImported(long relationshipId, int count, String actor,
		Instant occurredAt) implements AuditableEvent {

	@Override
	public String action() {
		return "INTERACTIONS_IMPORTED";
	}

	@Override
	public String target() {
		return "relationship:" + this.relationshipId;
	}

	@Override
	public String detail() {
		return AuditableEvent.facts("touchpoints", this.count);
	}

}
