package org.rapport.health;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How health is scored ({@code rapport.health.*}); the formula is described in
 * {@code docs/health.md}.
 *
 * @param weights how much each component counts; they need not sum to 1, they are scaled
 * so that the components that count sum to 1
 * @param bands where the bands begin
 * @param escalationWindow how far back escalations count
 * @param escalationsToZero how many escalations in the window bring that component to 0
 * @param detractorInfluence the influence from which a detractor raises an alert
 * @param fallingPoints how many points a score must lose to raise a falling-score alert
 * @param fallingWeeks over how many weeks that fall is measured
 * @param recomputeCron when the daily recomputation runs, as cadences age
 */
@ConfigurationProperties("rapport.health")
record HealthSettings(@DefaultValue Weights weights, @DefaultValue Bands bands,
		@DefaultValue("90d") Duration escalationWindow, @DefaultValue("3") int escalationsToZero,
		@DefaultValue("4") int detractorInfluence, @DefaultValue("10") int fallingPoints,
		@DefaultValue("4") int fallingWeeks, @DefaultValue("0 15 2 * * *") String recomputeCron) {

	HealthSettings {
		if (escalationsToZero < 1) {
			throw new IllegalArgumentException("rapport.health.escalations-to-zero must be at least 1");
		}
	}

	/**
	 * @param perception weight of the perception component
	 * @param engagement weight of the engagement component
	 * @param reliability weight of the reliability component
	 * @param stance weight of the stakeholder stance component
	 * @param escalations weight of the escalations component
	 */
	record Weights(@DefaultValue("0.15") double perception, @DefaultValue("0.30") double engagement,
			@DefaultValue("0.25") double reliability, @DefaultValue("0.20") double stance,
			@DefaultValue("0.10") double escalations) {

		Weights {
			for (double weight : new double[] { perception, engagement, reliability, stance, escalations }) {
				if (weight < 0) {
					throw new IllegalArgumentException("rapport.health.weights must not be negative");
				}
			}
			if (engagement <= 0) {
				throw new IllegalArgumentException(
						"rapport.health.weights.engagement must be above 0; it is the one component every relationship has");
			}
		}

		Map<HealthComponent, Double> asMap() {
			Map<HealthComponent, Double> map = new EnumMap<>(HealthComponent.class);
			map.put(HealthComponent.PERCEPTION, this.perception);
			map.put(HealthComponent.ENGAGEMENT, this.engagement);
			map.put(HealthComponent.RELIABILITY, this.reliability);
			map.put(HealthComponent.STANCE, this.stance);
			map.put(HealthComponent.ESCALATIONS, this.escalations);
			return map;
		}

	}

	/**
	 * @param watch the lowest score in the watch band; below it a relationship is at risk
	 * @param healthy the lowest score in the healthy band
	 */
	record Bands(@DefaultValue("50") int watch, @DefaultValue("70") int healthy) {

		Bands {
			if (watch < 0 || healthy > 100 || watch >= healthy) {
				throw new IllegalArgumentException("rapport.health.bands need 0 <= watch < healthy <= 100");
			}
		}

		Band of(int score) {
			return (score >= this.healthy) ? Band.HEALTHY : (score >= this.watch) ? Band.WATCH : Band.AT_RISK;
		}

	}

}
