package org.rapport.relationships;

import java.time.Instant;

import org.rapport.shared.AuditableEvent;

/**
 * A relationship's past maturity assessments were loaded at once.
 *
 * @param relationshipId the relationship
 * @param assessments how many
 * @param actor who did it
 * @param occurredAt when it happened
 */
public record MaturityHistoryLoaded(long relationshipId, int assessments, String actor,
		Instant occurredAt) implements AuditableEvent {

	@Override
	public String action() {
		return "MATURITY_ASSESSED";
	}

	@Override
	public String target() {
		return "relationship:" + this.relationshipId;
	}

	@Override
	public String detail() {
		return AuditableEvent.facts("assessments", this.assessments);
	}

}
