package org.rapport.commitments;

import java.time.Instant;

import org.rapport.shared.AuditableEvent;

/**
 * A commitment was broken.
 *
 * @param commitmentId the commitment
 * @param relationshipId its relationship
 * @param description what was promised
 * @param actor who did it
 * @param occurredAt when it happened
 */
public record CommitmentBroken(long commitmentId, long relationshipId, String description, String actor,
		Instant occurredAt) implements AuditableEvent {

	@Override
	public String action() {
		return "COMMITMENT_BROKEN";
	}

	@Override
	public String target() {
		return "commitment:" + this.commitmentId;
	}

	@Override
	public String detail() {
		return AuditableEvent.facts("description", this.description);
	}

}
