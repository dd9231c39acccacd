package org.rapport.relationships;

import java.time.Instant;

import org.rapport.shared.AuditableEvent;

/**
 * Someone in IT stopped taking part in a relationship.
 *
 * @param relationshipId the relationship
 * @param personId the participant
 * @param actor who did it
 * @param occurredAt when it happened
 */
public record ParticipantRemoved(long relationshipId, long personId, String actor,
		Instant occurredAt) implements AuditableEvent {

	@Override
	public String action() {
		return "PARTICIPANT_REMOVED";
	}

	@Override
	public String target() {
		return "relationship:" + this.relationshipId;
	}

	@Override
	public String detail() {
		return AuditableEvent.facts("person", this.personId);
	}

}
