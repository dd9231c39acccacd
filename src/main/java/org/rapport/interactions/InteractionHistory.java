package org.rapport.interactions;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * Writes many touchpoints at once, in JDBC batches, with their participants and
 * stakeholders.
 */
@Component
class InteractionHistory {

	private static final int BATCH = 500;

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	InteractionHistory(NamedParameterJdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void insert(long relationshipId, List<InteractionDraft> drafts, String loggedBy) {
		Timestamp now = Timestamp.valueOf(LocalDateTime.now(this.clock));
		for (int from = 0; from < drafts.size(); from += BATCH) {
			List<InteractionDraft> batch = drafts.subList(from, Math.min(drafts.size(), from + BATCH));
			SqlParameterSource[] rows = batch.stream()
				.map((draft) -> new MapSqlParameterSource("relationship", relationshipId)
					.addValue("type", draft.type().name())
					.addValue("on", Date.valueOf(draft.occurredOn()))
					.addValue("summary", draft.summary().strip())
					.addValue("sentiment", draft.sentiment())
					.addValue("note", draft.privateNote())
					.addValue("by", loggedBy)
					.addValue("at", now))
				.toArray(SqlParameterSource[]::new);
			KeyHolder keys = new GeneratedKeyHolder();
			this.jdbc.batchUpdate("""
					insert into interactions_interaction
					  (relationship_id, type, occurred_on, summary, sentiment, private_note, logged_by, logged_at)
					values (:relationship, :type, :on, :summary, :sentiment, :note, :by, :at)
					""", rows, keys, new String[] { "id" });
			List<SqlParameterSource> participants = new ArrayList<>();
			List<SqlParameterSource> met = new ArrayList<>();
			List<Map<String, Object>> generated = keys.getKeyList();
			for (int i = 0; i < batch.size(); i++) {
				long id = ((Number) generated.get(i).values().iterator().next()).longValue();
				batch.get(i)
					.participantIds()
					.stream()
					.distinct()
					.forEach((person) -> participants
						.add(new MapSqlParameterSource("interaction", id).addValue("person", person)));
				batch.get(i)
					.stakeholderIds()
					.stream()
					.distinct()
					.forEach((stakeholder) -> met
						.add(new MapSqlParameterSource("interaction", id).addValue("stakeholder", stakeholder)));
			}
			if (!participants.isEmpty()) {
				this.jdbc.batchUpdate(
						"insert into interactions_participant (interaction_id, person_id) values (:interaction, :person)",
						participants.toArray(SqlParameterSource[]::new));
			}
			if (!met.isEmpty()) {
				this.jdbc.batchUpdate("insert into interactions_stakeholder_met (interaction_id, stakeholder_id) "
						+ "values (:interaction, :stakeholder)", met.toArray(SqlParameterSource[]::new));
			}
		}
	}

}
