package org.rapport.interactions;

import java.time.Instant;
import java.time.LocalDate;

import org.rapport.shared.AuditableEvent;

/**
 * A touchpoint was deleted by whoever logged it or by the relationship's owner. It is
 * published before the row goes, in the same transaction, so that listeners let go of
 * what refers to it (commitments made in it stay, without the link).
 *
 * @param interactionId the interaction
 * @param relationshipId the relationship
 * @param type what kind of touchpoint it was
 * @param occurredOn its day
 * @param sentiment from -2 to +2
 * @param loggedBy who logged it
 * @param actor who deleted it
 * @param occurredAt when it happened
 */
public record InteractionDeleted(long interactionId, long relationshipId, InteractionType type, LocalDate occurredOn,
		int sentiment, String loggedBy, String actor, Instant occurredAt) implements AuditableEvent {

	@Override
	public String action() {
		return "INTERACTION_DELETED";
	}

	@Override
	public String target() {
		return "relationship:" + this.relationshipId;
	}

	@Override
	public String detail() {
		return AuditableEvent.facts("interaction", this.interactionId, "type", this.type, "occurredOn", this.occurredOn,
				"sentiment", this.sentiment, "loggedBy", this.loggedBy);
	}

}
