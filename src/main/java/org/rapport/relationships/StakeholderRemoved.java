package org.rapport.relationships;

import java.time.Instant;

import org.rapport.shared.AuditableEvent;

/**
 * A stakeholder on the counterpart side was removed from a relationship.
 *
 * @param relationshipId the relationship
 * @param stakeholderId the stakeholder, who no longer exists
 * @param name the stakeholder's name
 * @param stance where the stakeholder stood
 * @param influence influence from 1 to 5
 * @param interest interest from 1 to 5
 * @param actor who did it
 * @param occurredAt when it happened
 */
public record StakeholderRemoved(long relationshipId, long stakeholderId, String name, Stance stance, int influence,
		int interest, String actor, Instant occurredAt) implements AuditableEvent {

	@Override
	public String action() {
		return "STAKEHOLDER_REMOVED";
	}

	@Override
	public String target() {
		return "relationship:" + this.relationshipId;
	}

	@Override
	public String detail() {
		return AuditableEvent.facts("stakeholder", this.name, "stance", this.stance, "influence", this.influence,
				"interest", this.interest);
	}

}
