package org.rapport.commitments;

import java.time.Instant;
import java.time.LocalDate;

import org.rapport.shared.AuditableEvent;

/**
 * A commitment got a new due day, agreed with the counterpart.
 *
 * @param commitmentId the commitment
 * @param relationshipId its relationship
 * @param description what was promised
 * @param previousDueOn the due day before
 * @param dueOn the new due day
 * @param actor who did it
 * @param occurredAt when it happened
 */
public record CommitmentRenegotiated(long commitmentId, long relationshipId, String description,
		LocalDate previousDueOn, LocalDate dueOn, String actor, Instant occurredAt) implements AuditableEvent {

	@Override
	public String action() {
		return "COMMITMENT_RENEGOTIATED";
	}

	@Override
	public String target() {
		return "commitment:" + this.commitmentId;
	}

	@Override
	public String detail() {
		return AuditableEvent.facts("description", this.description, "previousDueOn", this.previousDueOn, "dueOn",
				this.dueOn);
	}

}
