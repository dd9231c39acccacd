package org.rapport.health;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import org.rapport.relationships.RelationshipStanding;
import org.rapport.relationships.RelationshipStandings;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each relationship's current health score and band for the relationships module's lists.
 * A new relationship has its band and no score: nothing is recorded yet that a score
 * could be made of.
 */
@Component
@Transactional(readOnly = true)
class HealthStandings implements RelationshipStandings {

	private final JdbcClient jdbc;

	HealthStandings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<Long, RelationshipStanding> of(Collection<Long> relationshipIds) {
		if (relationshipIds.isEmpty()) {
			return Map.of();
		}
		return this.jdbc.sql("select relationship_id, score, band from health_score where relationship_id in (:ids)")
			.param("ids", relationshipIds)
			.query((rs, row) -> {
				Band band = Band.valueOf(rs.getString("band"));
				Integer score = (band == Band.NEW) ? null : rs.getInt("score");
				return Map.entry(rs.getLong("relationship_id"), new RelationshipStanding(score, band.name()));
			})
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

}
