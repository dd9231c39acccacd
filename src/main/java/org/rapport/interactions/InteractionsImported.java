package org.rapport.interactions;

import org.rapport.shared.AuditableEvent;

/**
 * A relationship's history of touchpoints was loaded in one go.
 *
 * @param relationshipId the relationship
 * @param count how many touchpoints
 * @param actor who loaded them
 */
public record InteractionsImported(long relationshipId, int count, String actor) implements AuditableEvent {

	@Override
	public String action() {
		return "INTERACTIONS_IMPORTED";
	}

	@Override
	public String target() {
		return "relationship:" + this.relationshipId;
	}

	@Override
	public String detail() {
		return this.count + " touchpoints";
	}

}
