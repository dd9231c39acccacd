package org.rapport.relationships;

import java.time.Instant;

import org.rapport.shared.AuditableEvent;

/**
 * A relationship moved to another tier.
 *
 * @param relationshipId the relationship
 * @param tier the tier now
 * @param previousTier the tier before
 * @param actor who did it
 * @param occurredAt when it happened
 */
public record TierChanged(long relationshipId, Tier tier, Tier previousTier, String actor,
		Instant occurredAt) implements AuditableEvent {

	@Override
	public String action() {
		return "TIER_CHANGED";
	}

	@Override
	public String target() {
		return "relationship:" + this.relationshipId;
	}

	@Override
	public String detail() {
		return AuditableEvent.facts("tier", this.tier, "previousTier", this.previousTier);
	}

}
