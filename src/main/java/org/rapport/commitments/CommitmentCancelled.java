package org.rapport.commitments;

import java.time.Instant;

import org.rapport.shared.AuditableEvent;

/**
 * A commitment was cancelled.
 *
 * @param commitmentId the commitment
 * @param relationshipId its relationship
 * @param description what was promised
 * @param actor who did it
 * @param occurredAt when it happened
 */
public record CommitmentCancelled(long commitmentId, long relationshipId, String description, String actor,
		Instant occurredAt) implements AuditableEvent {

	@Override
	public String action() {
		return "COMMITMENT_CANCELLED";
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
