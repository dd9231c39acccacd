package org.rapport.relationships;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How often each tier of relationship should see real contact
 * ({@code rapport.relationships.cadence.strategic} and so on).
 *
 * @param cadence the target time between real contacts, per tier
 */
@ConfigurationProperties("rapport.relationships")
record RelationshipSettings(@DefaultValue Cadence cadence) {

	/**
	 * @param strategic for strategic relationships
	 * @param core for core relationships
	 * @param transactional for transactional relationships
	 */
	record Cadence(@DefaultValue("14d") Duration strategic, @DefaultValue("30d") Duration core,
			@DefaultValue("90d") Duration transactional) {

		long days(Tier tier) {
			return switch (tier) {
				case STRATEGIC -> this.strategic.toDays();
				case CORE -> this.core.toDays();
				case TRANSACTIONAL -> this.transactional.toDays();
			};
		}

	}

}
