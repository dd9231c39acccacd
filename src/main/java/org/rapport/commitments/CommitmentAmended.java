package org.rapport.commitments;

import java.time.Instant;

import org.rapport.shared.AuditableEvent;

/**
 * A pending commitment was corrected: what was promised, who keeps it, or both.
 *
 * @param commitmentId the commitment
 * @param relationshipId its relationship
 * @param previousDescription what was promised before
 * @param description what is promised now
 * @param previousOwnerId who kept it before
 * @param ownerId who keeps it now
 * @param previousOwnerName the name of who kept it before
 * @param ownerName the name of who keeps it now
 * @param actor who did it
 * @param occurredAt when it happened
 */
public record CommitmentAmended(long commitmentId, long relationshipId, String previousDescription, String description,
		long previousOwnerId, long ownerId, String previousOwnerName, String ownerName, String actor,
		Instant occurredAt) implements AuditableEvent {

	@Override
	public String action() {
		return "COMMITMENT_AMENDED";
	}

	@Override
	public String target() {
		return "commitment:" + this.commitmentId;
	}

	@Override
	public String detail() {
		return AuditableEvent.facts("description", this.description, "previousDescription", this.previousDescription,
				"owner", this.ownerName, "previousOwner", this.previousOwnerName);
	}

}
