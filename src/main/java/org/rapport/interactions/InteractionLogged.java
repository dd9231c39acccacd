package org.rapport.interactions;

import java.time.Instant;
import java.time.LocalDate;

import org.rapport.shared.AuditableEvent;

/**
 * A touchpoint was logged on a relationship.
 *
 * @param interactionId the interaction
 * @param relationshipId the relationship
 * @param type what kind of touchpoint
 * @param occurredOn the day of the touchpoint
 * @param sentiment from -2 to +2
 * @param actor who did it
 * @param occurredAt when it happened
 */
public record InteractionLogged(long interactionId, long relationshipId, InteractionType type, LocalDate occurredOn,
		int sentiment, String actor, Instant occurredAt) implements AuditableEvent {

	@Override
	public String action() {
		return "INTERACTION_LOGGED";
	}

	@Override
	public String target() {
		return "relationship:" + this.relationshipId;
	}

	@Override
	public String detail() {
		return AuditableEvent.facts("type", this.type, "occurredOn", this.occurredOn, "sentiment", this.sentiment);
	}

}
