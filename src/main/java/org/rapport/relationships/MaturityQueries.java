package org.rapport.relationships;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Records and reads the maturity assessments of relationships.
 */
@Component
class MaturityQueries {

	/** The most assessments a relationship's history shows. */
	static final int HISTORY_LIMIT = 500;

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batch;

	private final Clock clock;

	MaturityQueries(JdbcClient jdbc, NamedParameterJdbcTemplate batch, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.batch = batch;
	}

	/**
	 * Stores assessments in one JDBC batch.
	 */
	void insert(long relationshipId, List<MaturityDraft> drafts, String actor) {
		Timestamp now = Timestamp.valueOf(LocalDateTime.now(this.clock));
		SqlParameterSource[] rows = drafts.stream()
			.map((draft) -> new MapSqlParameterSource("id", relationshipId).addValue("side", draft.side().name())
				.addValue("level", draft.level())
				.addValue("on", Date.valueOf(draft.assessedOn()))
				.addValue("note", (draft.note() != null && !draft.note().isBlank()) ? draft.note().strip() : null)
				.addValue("at", now)
				.addValue("by", actor))
			.toArray(SqlParameterSource[]::new);
		this.batch.batchUpdate(
				"""
						insert into relationships_maturity (relationship_id, side, level, assessed_on, note, recorded_at, recorded_by)
						values (:id, :side, :level, :on, :note, :at, :by)
						""",
				rows);
	}

	/**
	 * Every assessment of a relationship, newest first; assessments of one day in the
	 * order they were recorded, the last one first.
	 */
	MaturityDetails maturity(long relationshipId) {
		List<MaturityAssessment> history = this.jdbc.sql("""
				select id, side, level, assessed_on, note, recorded_at, recorded_by from relationships_maturity
				where relationship_id = :id
				order by assessed_on desc, id desc
				limit :limit
				""").param("id", relationshipId).param("limit", HISTORY_LIMIT).query((rs, n) -> {
			int level = rs.getInt("level");
			return new MaturityAssessment(rs.getLong("id"), Side.valueOf(rs.getString("side")), Maturity.of(level),
					level, rs.getObject("assessed_on", LocalDate.class), rs.getString("note"),
					rs.getTimestamp("recorded_at").toLocalDateTime(), rs.getString("recorded_by"));
		}).list();
		MaturityAssessment it = latest(history, Side.IT);
		MaturityAssessment counterpart = latest(history, Side.COUNTERPART);
		Integer gap = (it != null && counterpart != null) ? it.level() - counterpart.level() : null;
		return new MaturityDetails(relationshipId, it, counterpart, gap, history);
	}

	private static MaturityAssessment latest(List<MaturityAssessment> history, Side side) {
		return history.stream().filter((assessment) -> assessment.side() == side).findFirst().orElse(null);
	}

}
