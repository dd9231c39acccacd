package org.rapport.health;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes and stores health: the current score, this week's entry in the history and the
 * open alerts, in batches of relationships with batched writes.
 */
@Component
class HealthRecorder {

	static final int BATCH = 500;

	private final HealthInputsReader inputs;

	private final HealthFormula formula;

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batch;

	private final Clock clock;

	HealthRecorder(HealthInputsReader inputs, HealthSettings settings, JdbcClient jdbc,
			NamedParameterJdbcTemplate batch, Clock clock) {
		this.inputs = inputs;
		this.formula = new HealthFormula(settings);
		this.jdbc = jdbc;
		this.batch = batch;
		this.clock = clock;
	}

	/**
	 * Recomputes the health of some relationships as of today.
	 * @param ids the relationships
	 */
	@Transactional
	void recompute(List<Long> ids) {
		LocalDate today = LocalDate.now(this.clock);
		for (int from = 0; from < ids.size(); from += BATCH) {
			List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + BATCH));
			List<HealthInputs> read = this.inputs.read(chunk, today);
			List<Health> scores = read.stream().map(this.formula::score).toList();
			store(chunk, scores, today);
			storeWeek(chunk, scores, HealthInputsReader.weekOf(today));
			storeAlerts(chunk, read, scores, today);
		}
		totalWeek(HealthInputsReader.weekOf(today));
	}

	/**
	 * Recomputes every relationship's health.
	 * @return how many relationships
	 */
	@Transactional
	int recomputeAll() {
		List<Long> ids = allIds();
		recompute(ids);
		return ids.size();
	}

	/**
	 * Rebuilds the weekly history of the past weeks from the record: each week is scored
	 * as of its last day.
	 * @param weeks how many weeks back
	 */
	@Transactional
	void backfill(int weeks) {
		List<Long> ids = allIds();
		LocalDate thisWeek = HealthInputsReader.weekOf(LocalDate.now(this.clock));
		for (int back = weeks; back >= 1; back--) {
			LocalDate week = thisWeek.minusWeeks(back);
			for (int from = 0; from < ids.size(); from += BATCH) {
				List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + BATCH));
				List<Health> scores = this.inputs.read(chunk, week.plusDays(6))
					.stream()
					.map(this.formula::score)
					.toList();
				storeWeek(chunk, scores, week);
			}
			totalWeek(week);
		}
	}

	Health live(long id) {
		return this.inputs.read(List.of(id), LocalDate.now(this.clock))
			.stream()
			.map(this.formula::score)
			.findFirst()
			.orElseThrow();
	}

	List<Health> live(List<Long> ids) {
		return this.inputs.read(ids, LocalDate.now(this.clock)).stream().map(this.formula::score).toList();
	}

	private List<Long> allIds() {
		return this.jdbc.sql("select id from relationships_portfolio order by id").query(Long.class).list();
	}

	private void store(List<Long> ids, List<Health> scores, LocalDate today) {
		this.jdbc.sql("delete from health_score where relationship_id in (:ids)").param("ids", ids).update();
		this.batch.batchUpdate("""
				insert into health_score (relationship_id, score, band, computed_on)
				values (:id, :score, :band, :day)
				""",
				scores.stream()
					.map((health) -> new MapSqlParameterSource().addValue("id", health.relationshipId())
						.addValue("score", health.score())
						.addValue("band", health.band().name())
						.addValue("day", Date.valueOf(today)))
					.toArray(SqlParameterSource[]::new));
	}

	private void storeWeek(List<Long> ids, List<Health> scores, LocalDate week) {
		this.jdbc.sql("delete from health_history where relationship_id in (:ids) and week_on = :week")
			.param("ids", ids)
			.param("week", week)
			.update();
		this.batch.batchUpdate("""
				insert into health_history (relationship_id, week_on, score, band)
				values (:id, :week, :score, :band)
				""",
				scores.stream()
					.map((health) -> new MapSqlParameterSource().addValue("id", health.relationshipId())
						.addValue("week", Date.valueOf(week))
						.addValue("score", health.score())
						.addValue("band", health.band().name()))
					.toArray(SqlParameterSource[]::new));
	}

	/**
	 * Sums up one week of the whole portfolio from its history.
	 */
	private void totalWeek(LocalDate week) {
		this.jdbc.sql("delete from health_week where week_on = :week").param("week", week).update();
		this.jdbc.sql("""
				insert into health_week (week_on, score_sum, scored, at_risk)
				select week_on, sum(score), count(*), sum(case when band = 'AT_RISK' then 1 else 0 end)
				from health_history where week_on = :week group by week_on
				""").param("week", week).update();
	}

	private void storeAlerts(List<Long> ids, List<HealthInputs> read, List<Health> scores, LocalDate today) {
		Map<String, LocalDate> raised = new HashMap<>();
		this.jdbc.sql("select relationship_id, type, raised_on from health_alert where relationship_id in (:ids)")
			.param("ids", ids)
			.query((rs) -> {
				raised.put(rs.getLong(1) + ":" + rs.getString(2), rs.getObject(3, LocalDate.class));
			});
		this.jdbc.sql("delete from health_alert where relationship_id in (:ids)").param("ids", ids).update();
		List<SqlParameterSource> rows = new ArrayList<>();
		for (int i = 0; i < read.size(); i++) {
			HealthInputs inputs = read.get(i);
			for (HealthFormula.RaisedAlert alert : this.formula.alerts(inputs, scores.get(i))) {
				// An alert that stood before keeps the day it was first raised.
				LocalDate since = raised.getOrDefault(inputs.relationshipId() + ":" + alert.type(), today);
				rows.add(new MapSqlParameterSource().addValue("id", inputs.relationshipId())
					.addValue("type", alert.type().name())
					.addValue("code", alert.code())
					.addValue("arguments", AlertArguments.encode(alert.arguments()))
					.addValue("raised", Date.valueOf(since)));
			}
		}
		this.batch.batchUpdate("""
				insert into health_alert (relationship_id, type, code, arguments, raised_on)
				values (:id, :type, :code, :arguments, :raised)
				""", rows.toArray(SqlParameterSource[]::new));
	}

}
