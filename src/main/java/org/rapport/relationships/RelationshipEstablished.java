package org.rapport.relationships;

import java.time.Instant;

import org.rapport.shared.AuditableEvent;

/**
 * An IT group and a counterpart established a relationship, with its first owner.
 *
 * @param relationshipId the relationship
 * @param itGroupId the IT group
 * @param counterpartId the counterpart
 * @param ownerId the owner
 * @param tier its tier
 * @param itGroupName the IT group's name
 * @param counterpartName the counterpart's name
 * @param ownerName the owner's name
 * @param actor who did it
 * @param occurredAt when it happened
 */
public record RelationshipEstablished(long relationshipId, long itGroupId, long counterpartId, long ownerId, Tier tier,
		String itGroupName, String counterpartName, String ownerName, String actor,
		Instant occurredAt) implements AuditableEvent {

	@Override
	public String action() {
		return "RELATIONSHIP_ESTABLISHED";
	}

	@Override
	public String target() {
		return "relationship:" + this.relationshipId;
	}

	@Override
	public String detail() {
		return AuditableEvent.facts("itGroup", this.itGroupName, "counterpart", this.counterpartName, "owner",
				this.ownerName, "tier", this.tier);
	}

}
