package org.rapport.health;

import java.util.List;
import java.util.stream.Collectors;

import org.rapport.surveys.PerceptionMeasured;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The latest perception of each relationship that survey campaigns measured, kept from
 * their events for the health formula.
 */
@Component
class Perceptions {

	static final int QUOTED = 2;

	static final int QUOTE_LENGTH = 160;

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
				set campaign_id = :campaign, score = :score, nps = :nps, responses = :responses, measured_on = :on,
				    said = :said
				where relationship_id = :relationship and measured_on <= :on
				""")
			.param("relationship", measured.relationshipId())
			.param("campaign", measured.campaignId())
			.param("score", measured.score())
			.param("nps", measured.nps(), java.sql.Types.INTEGER)
			.param("responses", measured.responses())
			.param("on", measured.measuredOn())
			.param("said", said(measured.comments()), java.sql.Types.VARCHAR)
			.update();
		boolean kept = updated > 0
				|| this.jdbc.sql("select count(*) from health_perception where relationship_id = :relationship")
					.param("relationship", measured.relationshipId())
					.query(Long.class)
					.single() > 0;
		if (!kept) {
			this.jdbc
				.sql("""
						insert into health_perception (relationship_id, campaign_id, score, nps, responses, measured_on, said)
						values (:relationship, :campaign, :score, :nps, :responses, :on, :said)
						""")
				.param("relationship", measured.relationshipId())
				.param("campaign", measured.campaignId())
				.param("score", measured.score())
				.param("nps", measured.nps(), java.sql.Types.INTEGER)
				.param("responses", measured.responses())
				.param("on", measured.measuredOn())
				.param("said", said(measured.comments()), java.sql.Types.VARCHAR)
				.update();
		}
	}

	/**
	 * The partners' own words as an alert quotes them: the first {@value #QUOTED}
	 * comments, each on one line and cut at {@value #QUOTE_LENGTH} characters, in quotes.
	 * @param comments the comments a campaign let be read
	 * @return the quote, {@code null} without comments
	 */
	static String said(List<String> comments) {
		String said = comments.stream()
			.map((comment) -> comment.strip().replaceAll("\\s+", " "))
			.filter((comment) -> !comment.isEmpty())
			.limit(QUOTED)
			.map((comment) -> "\u201C" + ((comment.length() > QUOTE_LENGTH)
					? comment.substring(0, QUOTE_LENGTH - 1).stripTrailing() + "\u2026" : comment) + "\u201D")
			.collect(Collectors.joining(" "));
		return said.isEmpty() ? null : said;
	}

}
