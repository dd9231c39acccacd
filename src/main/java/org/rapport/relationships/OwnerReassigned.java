package org.rapport.relationships;

import java.time.Instant;

import org.rapport.shared.AuditableEvent;

/**
 * A relationship was handed to another owner.
 *
 * @param relationshipId the relationship
 * @param ownerId the new owner
 * @param previousOwnerId the owner before
 * @param ownerName the new owner's name
 * @param previousOwnerName the name of the owner before
 * @param actor who did it
 * @param occurredAt when it happened
 */
public record OwnerReassigned(long relationshipId, long ownerId, long previousOwnerId, String ownerName,
		String previousOwnerName, String actor, Instant occurredAt) implements AuditableEvent {

	@Override
	public String action() {
		return "RELATIONSHIP_OWNER_REASSIGNED";
	}

	@Override
	public String target() {
		return "relationship:" + this.relationshipId;
	}

	@Override
	public String detail() {
		return AuditableEvent.facts("owner", this.ownerName, "previousOwner", this.previousOwnerName);
	}

}
