package org.rapport.relationships;

import java.time.Instant;
import java.time.LocalDate;

import org.rapport.shared.AuditableEvent;

/**
 * One side's view of a relationship's maturity was recorded.
 *
 * @param relationshipId the relationship
 * @param side whose view
 * @param level the level from 1 to 5
 * @param assessedOn the day the view was given
 * @param actor who did it
 * @param occurredAt when it happened
 */
public record MaturityAssessed(long relationshipId, Side side, int level, LocalDate assessedOn, String actor,
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
		return AuditableEvent.facts("side", this.side, "level", this.level, "assessedOn", this.assessedOn);
	}

}
