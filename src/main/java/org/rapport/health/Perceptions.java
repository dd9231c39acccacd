package org.rapport.health;

import org.rapport.surveys.PerceptionMeasured;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The latest perception of each relationship that survey campaigns measured, kept from
 * their events for the health formula.
 */
@Component
class Perceptions {

	private final JdbcClient jdbc;

	Perceptions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Keeps a measure unless one measured later is kept already.
	 * @param measured what a campaign measured
	 */
	void keep(PerceptionMeasured measured) {
		int updated = this.jdbc.sql("""
				update health_perception
				set campaign_id = :campaign, score = :score, nps = :nps, responses = :responses, measured_on = :on
				where relationship_id = :relationship and measured_on <= :on
				""")
			.param("relationship", measured.relationshipId())
			.param("campaign", measured.campaignId())
			.param("score", measured.score())
			.param("nps", measured.nps(), java.sql.Types.INTEGER)
			.param("responses", measured.responses())
			.param("on", measured.measuredOn())
			.update();
		boolean kept = updated > 0
				|| this.jdbc.sql("select count(*) from health_perception where relationship_id = :relationship")
					.param("relationship", measured.relationshipId())
					.query(Long.class)
					.single() > 0;
		if (!kept) {
			this.jdbc.sql("""
					insert into health_perception (relationship_id, campaign_id, score, nps, responses, measured_on)
					values (:relationship, :campaign, :score, :nps, :responses, :on)
					""")
				.param("relationship", measured.relationshipId())
				.param("campaign", measured.campaignId())
				.param("score", measured.score())
				.param("nps", measured.nps(), java.sql.Types.INTEGER)
				.param("responses", measured.responses())
				.param("on", measured.measuredOn())
				.update();
		}
	}

}
