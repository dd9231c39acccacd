package org.rapport.relationships;

import org.rapport.shared.AuditableEvent;

/**
 * A relationship was established or changed: its owner, tier, participants or
 * stakeholders.
 *
 * @param relationshipId the relationship
 * @param action what happened, such as {@code RELATIONSHIP_ESTABLISHED}
 * @param actor who did it
 * @param detail a description
 */
public record RelationshipChanged(long relationshipId, String action, String actor,
		String detail) implements AuditableEvent {

	@Override
	public String target() {
		return "relationship:" + this.relationshipId;
	}

}
