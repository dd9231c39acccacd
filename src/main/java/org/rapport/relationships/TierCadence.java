package org.rapport.relationships;

import org.springframework.stereotype.Component;

/**
 * The target time between real contacts for each tier, as configured in
 * {@link RelationshipSettings}.
 */
@Component
public class TierCadence {

	private final RelationshipSettings settings;

	TierCadence(RelationshipSettings settings) {
		this.settings = settings;
	}

	/**
	 * How many days may pass between real contacts in a relationship of a tier.
	 * @param tier the tier
	 * @return the days
	 */
	public long days(Tier tier) {
		return this.settings.cadence().days(tier);
	}

}
