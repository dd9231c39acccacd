package org.rapport.commitments;

import java.time.Instant;
import java.time.LocalDate;

import org.rapport.shared.AuditableEvent;

/**
 * IT made a commitment to a relationship's counterpart.
 *
 * @param commitmentId the commitment
 * @param relationshipId its relationship
 * @param description what was promised
 * @param ownerId who in IT keeps it
 * @param dueOn when it is due
 * @param actor who did it
 * @param occurredAt when it happened
 */
public record CommitmentMade(long commitmentId, long relationshipId, String description, long ownerId, LocalDate dueOn,
		String actor, Instant occurredAt) implements AuditableEvent {

	@Override
	public String action() {
		return "COMMITMENT_OPEN";
	}

	@Override
	public String target() {
		return "commitment:" + this.commitmentId;
	}

	@Override
	public String detail() {
		return AuditableEvent.facts("description", this.description, "dueOn", this.dueOn);
	}

}
