package org.rapport.recognition;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.rapport.shared.Actor;
import org.rapport.shared.AlreadyExistsException;
import org.rapport.shared.InvalidInputException;
import org.rapport.shared.NotFoundException;
import org.rapport.shared.StateConflictException;
import org.rapport.shared.Text;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Relationship goals per person or IT group and quarter ("a business review with every
 * strategic partner", "commitments kept on time at 90 % or more"): a target, and progress
 * computed from the data where a measure exists, from check-ins where it does not. Who
 * may see a scorecard sets its goals and checks in on them: a person their own, a leader
 * their groups' and their people's, those who steer the portfolio any. A quarter that has
 * ended takes no goals and no check-ins.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class Goals {

	private final JdbcClient jdbc;

	private final Scorecards scorecards;

	private final ScorecardMeasures measures;

	private final Clock clock;

	Goals(JdbcClient jdbc, Scorecards scorecards, ScorecardMeasures measures, Clock clock) {
		this.jdbc = jdbc;
		this.scorecards = scorecards;
		this.measures = measures;
		this.clock = clock;
	}

	/**
	 * The goals of a person or IT group in a quarter, with their progress.
	 * @param period the quarter, blank for the current one
	 * @param scope {@code PERSON} or {@code GROUP}
	 * @param id the person or IT group
	 * @return the goals, in the order they were set
	 */
	public List<GoalSummary> goals(String period, ScorecardScope scope, Long id) {
		ScorecardPeriod quarter = this.scorecards.period(period);
		long scopeId = requireScope(scope, id);
		this.scorecards.requireVisible(scope, scopeId);
		List<Row> rows = this.jdbc.sql("""
				select g.id, g.title, g.measure, g.target, g.version,
				  (select c.progress from recognition_goal_check_in c where c.goal_id = g.id
				   order by c.checked_at desc, c.id desc limit 1) as progress,
				  (select c.note from recognition_goal_check_in c where c.goal_id = g.id
				   order by c.checked_at desc, c.id desc limit 1) as note,
				  (select max(c.checked_at) from recognition_goal_check_in c where c.goal_id = g.id) as checked_at
				from recognition_goal g
				where g.period = :period and g.scope = :scope and g.scope_id = :id
				order by g.id
				""")
			.param("period", quarter.toString())
			.param("scope", scope.name())
			.param("id", scopeId)
			.query((rs, n) -> new Row(rs.getLong("id"), rs.getString("title"),
					GoalMeasure.valueOf(rs.getString("measure")), rs.getDouble("target"), rs.getLong("version"),
					rs.getObject("progress", Integer.class), rs.getString("note"),
					(rs.getTimestamp("checked_at") != null) ? rs.getTimestamp("checked_at").toLocalDateTime() : null))
			.list();
		Map<String, Double> figures = new java.util.HashMap<>();
		if (rows.stream().anyMatch((row) -> row.measure() != GoalMeasure.CHECK_IN)) {
			this.measures.measure(scope, scopeId, quarter)
				.forEach((measure) -> figures.put(measure.name(), measure.value()));
			if (rows.stream().anyMatch((row) -> row.measure() == GoalMeasure.BUSINESS_REVIEWS)) {
				figures.put("businessReviews", this.measures.businessReviews(scope, scopeId, quarter));
			}
		}
		return rows.stream().map((row) -> {
			Double value = switch (row.measure()) {
				case CHECK_IN -> (row.progress() != null) ? row.progress().doubleValue() : null;
				case BUSINESS_REVIEWS -> figures.get("businessReviews");
				case COMMITMENTS_ON_TIME -> figures.get("commitments");
				case CADENCE -> figures.get("cadence");
				case PARTNER_FEEDBACK -> figures.get("partnerFeedback");
				case RECOGNITION -> figures.get("recognition");
			};
			int progress = (value != null) ? (int) Math.min(100, Math.round(value * 100 / row.target())) : 0;
			return new GoalSummary(row.id(), quarter.toString(), scope, scopeId, row.title(), row.measure(),
					row.target(), value, progress, value != null && value >= row.target(), row.checkedAt(), row.note(),
					row.version());
		}).toList();
	}

	/**
	 * Sets a goal for a person or IT group.
	 * @param draft the goal
	 * @return the goal with its progress
	 * @throws InvalidInputException naming {@code period}, {@code scope}, {@code id},
	 * {@code title}, {@code measure} or {@code target}
	 * @throws AlreadyExistsException naming {@code title} when the scope has a goal of
	 * that title in the quarter
	 * @throws StateConflictException when the quarter has ended
	 * @throws org.springframework.security.access.AccessDeniedException when the caller
	 * may not see the scope's scorecard
	 */
	@Transactional
	public GoalSummary set(GoalDraft draft) {
		ScorecardPeriod quarter = this.scorecards.period(draft.period());
		long scopeId = requireScope(draft.scope(), draft.id());
		String title = (draft.title() != null) ? Text.nfc(draft.title().strip()) : "";
		if (title.isEmpty() || title.length() > 200 || Text.hasControl(title, false)) {
			throw new InvalidInputException("title", "recognition.goal.title", 200);
		}
		if (draft.measure() == null) {
			throw new InvalidInputException("measure", "recognition.goal.measure");
		}
		double most = (draft.measure() == GoalMeasure.RECOGNITION) ? 1000 : 100;
		if (draft.target() == null || draft.target() <= 0 || draft.target() > most) {
			throw new InvalidInputException("target", "recognition.goal.target", most);
		}
		this.scorecards.requireVisible(draft.scope(), scopeId);
		requireOpen(quarter);
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		try {
			this.jdbc.sql("""
					insert into recognition_goal (version, period, scope, scope_id, title, measure, target, created_by,
					  created_at)
					values (0, :period, :scope, :id, :title, :measure, :target, :by, :at)
					""")
				.param("period", quarter.toString())
				.param("scope", draft.scope().name())
				.param("id", scopeId)
				.param("title", title)
				.param("measure", draft.measure().name())
				.param("target", draft.target())
				.param("by", Actor.current())
				.param("at", LocalDateTime.now(this.clock))
				.update(key, "id");
		}
		catch (DuplicateKeyException ex) {
			throw new AlreadyExistsException("title", ex, "recognition.goal.twice", title, quarter.toString());
		}
		long id = key.getKey().longValue();
		return goals(quarter.toString(), draft.scope(), scopeId).stream()
			.filter((goal) -> goal.id() == id)
			.findFirst()
			.orElseThrow();
	}

	/**
	 * Records a goal of an earlier quarter with where it ended, for the demo
	 * organisation's history. No page or API calls it: an ended quarter takes no goals.
	 * @param draft the goal, its period an ended quarter
	 * @param progress for a goal followed by check-ins, its last check-in; ignored
	 * otherwise
	 */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public void recordEarlier(GoalDraft draft, Integer progress) {
		ScorecardPeriod quarter = this.scorecards.period(draft.period());
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		LocalDateTime at = quarter.start().plusDays(3).atTime(9, 0);
		this.jdbc.sql("""
				insert into recognition_goal (version, period, scope, scope_id, title, measure, target, created_by,
				  created_at)
				values (0, :period, :scope, :id, :title, :measure, :target, 'system', :at)
				""")
			.param("period", quarter.toString())
			.param("scope", draft.scope().name())
			.param("id", requireScope(draft.scope(), draft.id()))
			.param("title", draft.title())
			.param("measure", draft.measure().name())
			.param("target", draft.target())
			.param("at", at)
			.update(key, "id");
		if (draft.measure() == GoalMeasure.CHECK_IN && progress != null) {
			this.jdbc.sql("""
					insert into recognition_goal_check_in (goal_id, progress, checked_by, checked_at)
					values (:goal, :progress, 'system', :at)
					""")
				.param("goal", key.getKey().longValue())
				.param("progress", progress)
				.param("at", quarter.end().atTime(16, 0))
				.update();
		}
	}

	/**
	 * Checks in on a goal followed by check-ins.
	 * @param goalId the goal
	 * @param progress how far it is, 0 to 100
	 * @param note a word on it, optional
	 * @return the goal with its progress
	 * @throws InvalidInputException naming {@code progress} or {@code note}
	 * @throws StateConflictException when its progress is computed from the data, or its
	 * quarter has ended
	 */
	@Transactional
	public GoalSummary checkIn(long goalId, Integer progress, String note) {
		Object[] goal = this.jdbc.sql("select period, scope, scope_id, measure from recognition_goal where id = :id")
			.param("id", goalId)
			.query((rs,
					n) -> new Object[] { rs.getString(1), ScorecardScope.valueOf(rs.getString(2)), rs.getLong(3),
							GoalMeasure.valueOf(rs.getString(4)) })
			.optional()
			.orElseThrow(() -> new NotFoundException("Goal", goalId));
		ScorecardScope scope = (ScorecardScope) goal[1];
		long scopeId = (long) goal[2];
		try {
			this.scorecards.requireVisible(scope, scopeId);
		}
		catch (org.springframework.security.access.AccessDeniedException ex) {
			throw new NotFoundException("Goal", goalId);
		}
		if (progress == null || progress < 0 || progress > 100) {
			throw new InvalidInputException("progress", "recognition.goal.progress");
		}
		String cleaned = (note != null && !note.isBlank()) ? note.strip() : null;
		if (cleaned != null && (cleaned.length() > 1000 || Text.hasControl(cleaned, true))) {
			throw new InvalidInputException("note", "recognition.nomination.note", 1000);
		}
		if (goal[3] != GoalMeasure.CHECK_IN) {
			throw new StateConflictException("recognition.goal.computed");
		}
		ScorecardPeriod quarter = this.scorecards.period((String) goal[0]);
		requireOpen(quarter);
		this.jdbc.sql("""
				insert into recognition_goal_check_in (goal_id, progress, note, checked_by, checked_at)
				values (:goal, :progress, :note, :by, :at)
				""")
			.param("goal", goalId)
			.param("progress", progress)
			.param("note", cleaned, java.sql.Types.VARCHAR)
			.param("by", Actor.current())
			.param("at", LocalDateTime.now(this.clock))
			.update();
		this.jdbc.sql("update recognition_goal set version = version + 1 where id = :id").param("id", goalId).update();
		return goals(quarter.toString(), scope, scopeId).stream()
			.filter((summary) -> summary.id() == goalId)
			.findFirst()
			.orElseThrow();
	}

	private void requireOpen(ScorecardPeriod quarter) {
		if (quarter.end().isBefore(LocalDate.now(this.clock))) {
			throw new StateConflictException("recognition.goal.periodEnded", quarter.toString());
		}
	}

	private static long requireScope(ScorecardScope scope, Long id) {
		if (scope == null || scope == ScorecardScope.ORGANISATION) {
			throw new InvalidInputException("scope", "recognition.goal.scope");
		}
		if (id == null) {
			throw new InvalidInputException("id", "recognition.scorecard.id");
		}
		return id;
	}

	private record Row(long id, String title, GoalMeasure measure, double target, long version, Integer progress,
			String note, LocalDateTime checkedAt) {
	}

}
