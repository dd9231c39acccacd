package org.rapport.health;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.rapport.insight.Thresholds;
import org.rapport.relationships.RelationshipFilter;
import org.rapport.shared.MessageArguments;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes and stores health: the current score, this week's entry in the history with
 * each component's value, and the standing alerts, in batches of relationships with
 * batched writes.
 */
@Component
class HealthRecorder {

	static final int BATCH = 500;

	private final HealthInputsReader inputs;

	private final HealthFormula formula;

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batch;

	private final Clock clock;

	HealthRecorder(HealthInputsReader inputs, HealthSettings settings, Thresholds thresholds, JdbcClient jdbc,
			NamedParameterJdbcTemplate batch, Clock clock) {
		this.inputs = inputs;
		this.formula = new HealthFormula(settings, thresholds);
		this.jdbc = jdbc;
		this.batch = batch;
		this.clock = clock;
	}

	/**
	 * Recomputes the health of some relationships as of today. Each relationship's score
	 * row is locked before its inputs are read, so that concurrent recomputations of one
	 * relationship take turns and the last to commit has read what the others committed;
	 * the week's totals change by the difference each makes, last of all, so the row
	 * every recomputation shares is held only for the end of a transaction.
	 * <p>
	 * A relationship that has ended is out of the active portfolio: it has no current
	 * score, no new week in its history and no alerts, so its score row and alerts are
	 * removed and its history is kept as it stands. Whether it has ended is read after
	 * its row is locked, so a recomputation that began before it ended does not score it
	 * afterwards.
	 * @param ids the relationships
	 */
	@Transactional
	void recompute(List<Long> ids) {
		LocalDate today = LocalDate.now(this.clock);
		LocalDate week = HealthInputsReader.weekOf(today);
		// One order of locks for every transaction, so that none waits for another in a
		// circle.
		List<Long> sorted = ids.stream().distinct().sorted().toList();
		WeekTotals totals = new WeekTotals();
		for (int from = 0; from < sorted.size(); from += BATCH) {
			List<Long> all = sorted.subList(from, Math.min(sorted.size(), from + BATCH));
			lock(all, today);
			List<Long> chunk = withoutEnded(all);
			if (chunk.isEmpty()) {
				continue;
			}
			List<HealthInputs> read = this.inputs.read(chunk, today);
			List<Health> scores = read.stream().map(this.formula::score).toList();
			store(scores, today);
			storeWeek(scores, week, totals);
			storeAlerts(chunk, read, scores, today);
		}
		totals.addTo(week, this.jdbc);
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
			WeekTotals totals = new WeekTotals();
			for (int from = 0; from < ids.size(); from += BATCH) {
				List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + BATCH));
				List<Health> scores = this.inputs.read(chunk, week.plusDays(6))
					.stream()
					.map(this.formula::score)
					.toList();
				storeWeek(scores, week, totals);
			}
			totals.addTo(week, this.jdbc);
		}
	}

	Health live(long id) {
		return asOf(id, LocalDate.now(this.clock));
	}

	/**
	 * A relationship's health as it stood on a day, computed from its record and stored
	 * nowhere: for an ended relationship, as of the day it ended.
	 */
	Health asOf(long id, LocalDate day) {
		return this.inputs.read(List.of(id), day).stream().map(this.formula::score).findFirst().orElseThrow();
	}

	List<Health> live(List<Long> ids) {
		return this.inputs.read(ids, LocalDate.now(this.clock)).stream().map(this.formula::score).toList();
	}

	/**
	 * Every active relationship: ended ones are not scored any more.
	 */
	private List<Long> allIds() {
		return this.jdbc
			.sql("select r.id from relationships_portfolio r where " + RelationshipFilter.State.ACTIVE.condition("r")
					+ " order by r.id")
			.query(Long.class)
			.list();
	}

	/**
	 * Of some relationships whose score rows are locked, those still active; the ended
	 * ones lose their score and alerts.
	 */
	private List<Long> withoutEnded(List<Long> ids) {
		List<Long> ended = this.jdbc
			.sql("select r.id from relationships_portfolio r where r.id in (:ids) and "
					+ RelationshipFilter.State.ENDED.condition("r"))
			.param("ids", ids)
			.query(Long.class)
			.list();
		if (ended.isEmpty()) {
			return ids;
		}
		this.jdbc.sql("delete from health_alert where relationship_id in (:ids)").param("ids", ended).update();
		this.jdbc.sql("delete from health_score where relationship_id in (:ids)").param("ids", ended).update();
		return ids.stream().filter((id) -> !ended.contains(id)).toList();
	}

	/**
	 * Makes sure each relationship has a score row and locks those rows until the
	 * transaction ends. A new row's values are placeholders that {@link #store} replaces
	 * in the same transaction.
	 */
	private void lock(List<Long> ids, LocalDate today) {
		this.batch.batchUpdate("""
				insert into health_score (relationship_id, score, band, computed_on)
				values (:id, 0, 'AT_RISK', :day) on conflict do nothing
				""",
				ids.stream()
					.map((id) -> new MapSqlParameterSource().addValue("id", id).addValue("day", Date.valueOf(today)))
					.toArray(SqlParameterSource[]::new));
		this.jdbc
			.sql("select relationship_id from health_score where relationship_id in (:ids) "
					+ "order by relationship_id for update")
			.param("ids", ids)
			.query(Long.class)
			.list();
	}

	private void store(List<Health> scores, LocalDate today) {
		this.batch.batchUpdate("""
				update health_score set score = :score, band = :band, computed_on = :day
				where relationship_id = :id
				""",
				scores.stream()
					.map((health) -> new MapSqlParameterSource().addValue("id", health.relationshipId())
						.addValue("score", health.score())
						.addValue("band", health.band().name())
						.addValue("day", Date.valueOf(today)))
					.toArray(SqlParameterSource[]::new));
	}

	/**
	 * Stores each relationship's score of a week and adds the difference it makes to the
	 * week's totals: a relationship new to the week adds its score, one scored before
	 * adds the change. Rows another transaction wrote first are locked and read before
	 * they are changed, so no difference is counted twice or lost.
	 */
	private void storeWeek(List<Health> scores, LocalDate week, WeekTotals totals) {
		int[] inserted = this.batch.batchUpdate("""
				insert into health_history (relationship_id, week_on, score, band, %s)
				values (:id, :week, :score, :band, %s) on conflict do nothing
				""".formatted(WeekComponents.COLUMNS, WeekComponents.PARAMETERS), scores.stream()
			.map((health) -> WeekComponents.addTo(new MapSqlParameterSource().addValue("id", health.relationshipId())
				.addValue("week", Date.valueOf(week))
				.addValue("score", health.score())
				.addValue("band", health.band().name()), health))
			.toArray(SqlParameterSource[]::new));
		Map<Long, Health> existing = new HashMap<>();
		for (int i = 0; i < scores.size(); i++) {
			if (inserted[i] == 0) {
				existing.put(scores.get(i).relationshipId(), scores.get(i));
			}
			else {
				totals.add(null, null, scores.get(i));
			}
		}
		if (existing.isEmpty()) {
			return;
		}
		List<SqlParameterSource> changed = new ArrayList<>();
		this.jdbc.sql("""
				select relationship_id, score, band, %s from health_history
				where relationship_id in (:ids) and week_on = :week
				order by relationship_id for update
				""".formatted(WeekComponents.COLUMNS))
			.param("ids", existing.keySet())
			.param("week", week)
			.query((rs) -> {
				Health health = existing.get(rs.getLong("relationship_id"));
				int before = rs.getInt("score");
				String band = rs.getString("band");
				boolean scoreChanged = before != health.score() || !band.equals(health.band().name());
				if (scoreChanged || !WeekComponents.read(rs).equals(WeekComponents.of(health))) {
					if (scoreChanged) {
						totals.add(before, band, health);
					}
					changed.add(WeekComponents.addTo(new MapSqlParameterSource().addValue("id", health.relationshipId())
						.addValue("week", Date.valueOf(week))
						.addValue("score", health.score())
						.addValue("band", health.band().name()), health));
				}
			});
		this.batch.batchUpdate("""
				update health_history set score = :score, band = :band, %s
				where relationship_id = :id and week_on = :week
				""".formatted(WeekComponents.ASSIGNMENTS), changed.toArray(SqlParameterSource[]::new));
	}

	/**
	 * Brings the stored alerts in line with the ones the formula raises now. An alert
	 * whose condition still holds keeps its row, and with it its id and how people handle
	 * it (acknowledged, snoozed, assigned); only its message and the day it began are
	 * refreshed. An alert whose condition cleared is removed, so one that comes back
	 * later is a new alert. The relationships' score rows are locked, so no other
	 * recomputation of them runs meanwhile.
	 */
	private void storeAlerts(List<Long> ids, List<HealthInputs> read, List<Health> scores, LocalDate today) {
		Map<String, StoredAlert> stored = new HashMap<>();
		this.jdbc.sql("""
				select id, relationship_id, type, code, arguments, raised_on from health_alert
				where relationship_id in (:ids)
				""").param("ids", ids).query((rs) -> {
			StoredAlert alert = new StoredAlert(rs.getLong("id"), rs.getString("code"), rs.getString("arguments"),
					rs.getObject("raised_on", LocalDate.class));
			stored.put(rs.getLong("relationship_id") + ":" + rs.getString("type"), alert);
		});
		List<SqlParameterSource> raised = new ArrayList<>();
		List<SqlParameterSource> refreshed = new ArrayList<>();
		for (int i = 0; i < read.size(); i++) {
			HealthInputs inputs = read.get(i);
			for (HealthFormula.RaisedAlert alert : this.formula.alerts(inputs, scores.get(i))) {
				StoredAlert before = stored.remove(inputs.relationshipId() + ":" + alert.type());
				// An alert says since when its condition has held: from the record where
				// it tells (contact lost, a commitment overdue), or else the day it was
				// first raised.
				LocalDate since = (alert.since() != null) ? alert.since()
						: (before != null) ? before.raisedOn() : today;
				String arguments = MessageArguments.encode(alert.arguments());
				if (before == null) {
					raised.add(new MapSqlParameterSource().addValue("id", inputs.relationshipId())
						.addValue("type", alert.type().name())
						.addValue("code", alert.code())
						.addValue("arguments", arguments)
						.addValue("raised", Date.valueOf(since)));
				}
				else if (!before.code().equals(alert.code()) || !before.arguments().equals(arguments)
						|| !before.raisedOn().equals(since)) {
					refreshed.add(new MapSqlParameterSource().addValue("id", before.id())
						.addValue("code", alert.code())
						.addValue("arguments", arguments)
						.addValue("raised", Date.valueOf(since)));
				}
			}
		}
		if (!stored.isEmpty()) {
			this.jdbc.sql("delete from health_alert where id in (:cleared)")
				.param("cleared", stored.values().stream().map(StoredAlert::id).toList())
				.update();
		}
		this.batch.batchUpdate("""
				update health_alert set code = :code, arguments = :arguments, raised_on = :raised where id = :id
				""", refreshed.toArray(SqlParameterSource[]::new));
		this.batch.batchUpdate("""
				insert into health_alert (relationship_id, type, code, arguments, raised_on)
				values (:id, :type, :code, :arguments, :raised)
				""", raised.toArray(SqlParameterSource[]::new));
	}

	/**
	 * An alert as the last recomputation left it.
	 */
	private record StoredAlert(long id, String code, String arguments, LocalDate raisedOn) {
	}

	/**
	 * What a recomputation changes in one week's totals of the whole portfolio.
	 */
	private static final class WeekTotals {

		private long scoreSum;

		private int scored;

		private int atRisk;

		/**
		 * Adds what a relationship's new score changes; a new relationship's score counts
		 * in no total.
		 * @param before its score this week so far, {@code null} when it had none
		 * @param bandBefore the band of that score, {@code null} when it had none
		 * @param after its score now
		 */
		void add(Integer before, String bandBefore, Health after) {
			boolean counted = before != null && Band.valueOf(bandBefore).scored();
			boolean counts = after.band().scored();
			this.scoreSum += (counts ? after.score() : 0) - (counted ? before : 0);
			this.scored += (counts ? 1 : 0) - (counted ? 1 : 0);
			this.atRisk += (after.band() == Band.AT_RISK ? 1 : 0) - ("AT_RISK".equals(bandBefore) ? 1 : 0);
		}

		/**
		 * Adds the differences to the week's row in one statement, which waits for any
		 * other transaction changing the row and adds to what it committed.
		 */
		void addTo(LocalDate week, JdbcClient jdbc) {
			if (this.scoreSum == 0 && this.scored == 0 && this.atRisk == 0) {
				return;
			}
			jdbc.sql("""
					insert into health_week (week_on, score_sum, scored, at_risk) values (:week, 0, 0, 0)
					on conflict do nothing
					""").param("week", week).update();
			jdbc.sql("""
					update health_week
					set score_sum = score_sum + :sum, scored = scored + :scored, at_risk = at_risk + :risk
					where week_on = :week
					""")
				.param("sum", this.scoreSum)
				.param("scored", this.scored)
				.param("risk", this.atRisk)
				.param("week", week)
				.update();
		}

	}

}
