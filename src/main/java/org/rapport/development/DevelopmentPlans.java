package org.rapport.development;

import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.rapport.development.DevelopmentPlanDetails.Action;
import org.rapport.development.DevelopmentPlanDetails.CheckIn;
import org.rapport.development.DevelopmentPlanDetails.Goal;
import org.rapport.directory.DirectoryManagement;
import org.rapport.shared.InvalidInputException;
import org.rapport.shared.NotFoundException;
import org.rapport.shared.StaleVersionException;
import org.rapport.shared.StateConflictException;
import org.rapport.shared.Text;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Development plans: a person's goals, each tied to a competency of the framework with a
 * target level and a due date, the actions towards them (a training, coaching, mentoring,
 * practice on a relationship) and check-ins of progress. The person writes their plan;
 * their manager in the directory reads it. Plans are private to those two: those who
 * steer the portfolio see only who has one, for coverage; anyone else is told there is no
 * such plan.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class DevelopmentPlans {

	static final int MAX_WHY = 1000;

	static final int MAX_DESCRIPTION = 500;

	static final int MAX_NOTE = 1000;

	private final JdbcClient jdbc;

	private final DirectoryManagement directory;

	private final Competencies competencies;

	private final Gaps gaps;

	private final ReportingLines reportingLines;

	private final Clock clock;

	DevelopmentPlans(JdbcClient jdbc, DirectoryManagement directory, Competencies competencies, Gaps gaps,
			ReportingLines reportingLines, Clock clock) {
		this.jdbc = jdbc;
		this.reportingLines = reportingLines;
		this.directory = directory;
		this.competencies = competencies;
		this.gaps = gaps;
		this.clock = clock;
	}

	/**
	 * The plans the caller may read: their own, then those of the people they manage, by
	 * name.
	 * @return the plans, none for an account linked to no one
	 */
	public List<DevelopmentPlanSummary> visible() {
		Long me = Caller.person();
		if (me == null) {
			return List.of();
		}
		List<DevelopmentPlanSummary> plans = new ArrayList<>(this.jdbc
			.sql("""
					select p.id, p.person_id, p.version,
					       (select count(*) from development_plan_goal g where g.plan_id = p.id) as goals,
					       (select count(*) from development_plan_goal g where g.plan_id = p.id and g.state = 'OPEN') as open_goals
					from development_plan p
					where p.person_id = :me
					   or p.person_id in (select m.id from directory_person_manager m where m.manager_id = :me)
					""")
			.param("me", me)
			.query((rs, n) -> new DevelopmentPlanSummary(rs.getLong("id"), rs.getLong("person_id"),
					this.directory.person(rs.getLong("person_id")).name(), rs.getInt("goals"), rs.getInt("open_goals"),
					rs.getLong("person_id") == me, rs.getLong("version")))
			.list());
		plans.sort((a, b) -> (a.mine() != b.mine()) ? (a.mine() ? -1 : 1)
				: a.personName().compareToIgnoreCase(b.personName()));
		return plans;
	}

	/**
	 * The caller's own plan.
	 * @return the plan, empty when they have none yet or their account is linked to no
	 * one
	 */
	public Optional<DevelopmentPlanDetails> mine() {
		Long me = Caller.person();
		return (me != null) ? planIdOf(me).map(this::details) : Optional.empty();
	}

	/**
	 * One plan, for its person and their manager.
	 * @param id the plan
	 * @return the plan
	 * @throws NotFoundException when there is none the caller may read
	 */
	public DevelopmentPlanDetails plan(long id) {
		Long person = this.jdbc.sql("select person_id from development_plan where id = :id")
			.param("id", id)
			.query(Long.class)
			.optional()
			.filter(this::mayRead)
			.orElseThrow(() -> new NotFoundException("Plan", id));
		return details(planIdOf(person).orElseThrow());
	}

	/**
	 * A person's plan, for the person and their manager.
	 * @param personId the person
	 * @return the plan, empty when they have none yet
	 * @throws NotFoundException when the caller is neither the person nor their manager
	 */
	public Optional<DevelopmentPlanDetails> planOf(long personId) {
		if (!mayRead(personId)) {
			throw new NotFoundException("Plan", personId);
		}
		return planIdOf(personId).map(this::details);
	}

	/**
	 * Starts the caller's plan when they have none.
	 * @return the plan
	 * @throws StateConflictException when the caller's account is linked to no one
	 */
	@Transactional
	public DevelopmentPlanDetails start() {
		return details(planFor(me()));
	}

	/**
	 * Adds a goal to the caller's plan, starting the plan when they have none.
	 * @param draft the goal
	 * @return the goal
	 * @throws InvalidInputException naming {@code competency} (missing, unknown or
	 * retired), {@code targetLevel}, {@code why} or {@code dueOn} (missing or past)
	 * @throws StateConflictException when the caller's account is linked to no one
	 */
	@Transactional
	public Goal addGoal(GoalDraft draft) {
		GoalDraft checked = checked(draft, null);
		long plan = planFor(me());
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into development_plan_goal
				  (version, plan_id, competency_key, target_level, reason, due_on, state, created_at)
				values (0, :plan, :competency, :level, :why, :due, :state, :at)
				""")
			.param("plan", plan)
			.param("competency", checked.competency())
			.param("level", checked.targetLevel())
			.param("why", checked.why())
			.param("due", checked.dueOn())
			.param("state", ((checked.state() != null) ? checked.state() : GoalState.OPEN).name())
			.param("at", now())
			.update(key, "id");
		return goal(key.getKeyAs(Long.class));
	}

	/**
	 * Changes a goal of the caller's plan: what it aims at, when, and whether it is open,
	 * done or dropped. A due date that did not change may lie in the past.
	 * @param goalId the goal
	 * @param draft what it becomes
	 * @param over the version the change was made over, {@code null} for whatever it is
	 * now
	 * @return the goal
	 * @throws StaleVersionException when it has changed since {@code over}
	 * @throws NotFoundException when the caller may not read it
	 * @throws AccessDeniedException when the caller reads it as the person's manager
	 */
	@Transactional
	public Goal changeGoal(long goalId, GoalDraft draft, Long over) {
		GoalRow goal = ownGoal(goalId);
		GoalDraft checked = checked(draft, goal);
		long expected = (over != null) ? over : goal.version();
		StaleVersionException.check("Goal", goalId, expected, goal.version());
		// A conditional update: of two changes over the same version, the second finds
		// the version moved on under the row lock and is refused.
		int updated = this.jdbc.sql("""
				update development_plan_goal
				set competency_key = :competency, target_level = :level, reason = :why, due_on = :due,
				    state = :state, version = version + 1
				where id = :id and version = :version
				""")
			.param("competency", checked.competency())
			.param("level", checked.targetLevel())
			.param("why", checked.why())
			.param("due", checked.dueOn())
			.param("state", ((checked.state() != null) ? checked.state() : goal.state()).name())
			.param("id", goalId)
			.param("version", expected)
			.update();
		if (updated == 0) {
			long current = this.jdbc.sql("select version from development_plan_goal where id = :id")
				.param("id", goalId)
				.query(Long.class)
				.single();
			throw new StaleVersionException("Goal", goalId, expected, current);
		}
		return goal(goalId);
	}

	/**
	 * Adds an action to an open goal of the caller's plan. A training names a course of
	 * the catalogue, whose title describes it when no description is given.
	 * @param goalId the goal
	 * @param draft the action
	 * @return the action
	 * @throws InvalidInputException naming {@code kind}, {@code description},
	 * {@code trainingId}, {@code relationshipId} or {@code dueOn}
	 * @throws StateConflictException when the goal is done or dropped
	 */
	@Transactional
	public Action addAction(long goalId, PlanActionDraft draft) {
		GoalRow goal = ownGoal(goalId);
		PlanActionDraft checked = checked(draft);
		if (goal.state() != GoalState.OPEN) {
			throw new StateConflictException("development.plan.goalClosed");
		}
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into development_plan_action
				  (goal_id, kind, description, training_id, relationship_id, due_on, done, created_at)
				values (:goal, :kind, :description, :training, :relationship, :due, false, :at)
				""")
			.param("goal", goalId)
			.param("kind", checked.kind().name())
			.param("description", checked.description())
			.param("training", checked.trainingId(), Types.BIGINT)
			.param("relationship", checked.relationshipId(), Types.BIGINT)
			.param("due", checked.dueOn(), Types.DATE)
			.param("at", now())
			.update(key, "id");
		long id = key.getKeyAs(Long.class);
		return goal(goalId).actions().stream().filter((a) -> a.id() == id).findFirst().orElseThrow();
	}

	/**
	 * Ticks an action of the caller's plan off, or on again.
	 * @param goalId the goal
	 * @param actionId the action
	 * @param done whether it is done
	 * @return the action
	 */
	@Transactional
	public Action markAction(long goalId, long actionId, boolean done) {
		ownGoal(goalId);
		int updated = this.jdbc
			.sql("update development_plan_action set done = :done where id = :id and goal_id = :goal")
			.param("done", done)
			.param("id", actionId)
			.param("goal", goalId)
			.update();
		if (updated == 0) {
			throw new NotFoundException("Action", actionId);
		}
		return goal(goalId).actions().stream().filter((a) -> a.id() == actionId).findFirst().orElseThrow();
	}

	/**
	 * Records progress on an open goal of the caller's plan. Check-ins are only added, so
	 * that two at once are both kept; the goal's progress is its latest.
	 * @param goalId the goal
	 * @param draft the check-in
	 * @return the check-in
	 * @throws InvalidInputException naming {@code progress} or {@code note}
	 * @throws StateConflictException when the goal is done or dropped
	 */
	@Transactional
	public CheckIn checkIn(long goalId, CheckInDraft draft) {
		GoalRow goal = ownGoal(goalId);
		CheckInDraft checked = checked(draft);
		if (goal.state() != GoalState.OPEN) {
			throw new StateConflictException("development.plan.goalClosed");
		}
		LocalDateTime at = now();
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into development_plan_check_in (goal_id, progress, note, checked_at)
				values (:goal, :progress, :note, :at)
				""")
			.param("goal", goalId)
			.param("progress", checked.progress())
			.param("note", checked.note(), Types.VARCHAR)
			.param("at", at)
			.update(key, "id");
		return new CheckIn(key.getKeyAs(Long.class), checked.progress(), checked.note(), at);
	}

	/**
	 * The competencies the caller's latest 360 shows as gaps, on offer and not yet the
	 * subject of an open goal of their plan: what the plan page suggests as goals.
	 * @return the competencies, in the framework's order
	 */
	@Transactional // writes what the survey results showed the caller, for their
					// anonymity rules
	public List<CompetencySummary> suggestedGoals() {
		Long me = Caller.person();
		if (me == null) {
			return List.of();
		}
		Set<String> gaps = this.gaps.of(me).keySet();
		if (gaps.isEmpty()) {
			return List.of();
		}
		Set<String> planned = new LinkedHashSet<>();
		mine().ifPresent((plan) -> plan.goals()
			.stream()
			.filter((g) -> g.state() == GoalState.OPEN)
			.forEach((g) -> planned.add(g.competency())));
		return this.competencies.framework()
			.stream()
			.filter(CompetencySummary::active)
			.filter((c) -> gaps.contains(c.key()) && !planned.contains(c.key()))
			.toList();
	}

	private long me() {
		Long me = Caller.person();
		if (me == null) {
			throw new StateConflictException("development.plan.noPerson");
		}
		return me;
	}

	private boolean mayRead(long personId) {
		Long me = Caller.person();
		if (me == null) {
			return false;
		}
		return me == personId || this.reportingLines.isManager(me, personId);
	}

	private Optional<Long> planIdOf(long personId) {
		return this.jdbc.sql("select id from development_plan where person_id = :person")
			.param("person", personId)
			.query(Long.class)
			.optional();
	}

	private long planFor(long personId) {
		return planIdOf(personId).orElseGet(() -> {
			GeneratedKeyHolder key = new GeneratedKeyHolder();
			this.jdbc.sql("insert into development_plan (version, person_id, created_at) values (0, :person, :at)")
				.param("person", personId)
				.param("at", now())
				.update(key, "id");
			return key.getKeyAs(Long.class);
		});
	}

	/** The caller's own goal; their manager reads it but may not change it. */
	private GoalRow ownGoal(long goalId) {
		GoalRow goal = this.jdbc.sql("""
				select g.id, p.person_id, g.due_on, g.state, g.version
				from development_plan_goal g join development_plan p on p.id = g.plan_id
				where g.id = :id
				""")
			.param("id", goalId)
			.query((rs, n) -> new GoalRow(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class),
					GoalState.valueOf(rs.getString(4)), rs.getLong(5)))
			.optional()
			.filter((found) -> mayRead(found.personId()))
			.orElseThrow(() -> new NotFoundException("Goal", goalId));
		if (!Long.valueOf(goal.personId()).equals(Caller.person())) {
			throw new AccessDeniedException("A development plan is changed by its person alone.");
		}
		return goal;
	}

	private Goal goal(long goalId) {
		long plan = this.jdbc.sql("select plan_id from development_plan_goal where id = :id")
			.param("id", goalId)
			.query(Long.class)
			.single();
		return details(plan).goals().stream().filter((g) -> g.id() == goalId).findFirst().orElseThrow();
	}

	private DevelopmentPlanDetails details(long planId) {
		record PlanRow(long personId, long version) {
		}
		PlanRow plan = this.jdbc.sql("select person_id, version from development_plan where id = :id")
			.param("id", planId)
			.query((rs, n) -> new PlanRow(rs.getLong(1), rs.getLong(2)))
			.single();
		Map<Long, List<Action>> actions = new LinkedHashMap<>();
		this.jdbc
			.sql("""
					select a.id, a.goal_id, a.kind, a.description, a.training_id, c.title, a.relationship_id, a.due_on, a.done
					from development_plan_action a
					join development_plan_goal g on g.id = a.goal_id
					left join development_course c on c.id = a.training_id
					where g.plan_id = :plan
					order by a.id
					""")
			.param("plan", planId)
			.query((rs, n) -> {
				long training = rs.getLong(5);
				Long trainingId = rs.wasNull() ? null : training;
				long relationship = rs.getLong(7);
				Long relationshipId = rs.wasNull() ? null : relationship;
				actions.computeIfAbsent(rs.getLong(2), (g) -> new ArrayList<>())
					.add(new Action(rs.getLong(1), PlanActionKind.valueOf(rs.getString(3)), rs.getString(4), trainingId,
							rs.getString(6), relationshipId, rs.getObject(8, LocalDate.class), rs.getBoolean(9)));
				return null;
			})
			.list();
		Map<Long, List<CheckIn>> checkIns = new LinkedHashMap<>();
		this.jdbc.sql("""
				select k.id, k.goal_id, k.progress, k.note, k.checked_at
				from development_plan_check_in k
				join development_plan_goal g on g.id = k.goal_id
				where g.plan_id = :plan
				order by k.checked_at desc, k.id desc
				""").param("plan", planId).query((rs, n) -> {
			checkIns.computeIfAbsent(rs.getLong(2), (g) -> new ArrayList<>())
				.add(new CheckIn(rs.getLong(1), rs.getInt(3), rs.getString(4), rs.getObject(5, LocalDateTime.class)));
			return null;
		}).list();
		List<Goal> goals = this.jdbc.sql("""
				select g.id, g.competency_key, c.name, g.target_level, g.reason, g.due_on, g.state, g.version
				from development_plan_goal g
				join development_competency c on c.competency_key = g.competency_key
				where g.plan_id = :plan
				order by case when g.state = 'OPEN' then 0 else 1 end, g.due_on, g.id
				""").param("plan", planId).query((rs, n) -> {
			long id = rs.getLong(1);
			List<CheckIn> ins = checkIns.getOrDefault(id, List.of());
			return new Goal(id, rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5),
					rs.getObject(6, LocalDate.class), GoalState.valueOf(rs.getString(7)),
					ins.isEmpty() ? 0 : ins.get(0).progress(), actions.getOrDefault(id, List.of()), ins, rs.getLong(8));
		}).list();
		Long me = Caller.person();
		return new DevelopmentPlanDetails(planId, plan.personId(), this.directory.person(plan.personId()).name(),
				Long.valueOf(plan.personId()).equals(me), goals, plan.version());
	}

	private GoalDraft checked(GoalDraft draft, GoalRow existing) {
		if (draft == null || draft.competency() == null || draft.competency().isBlank()) {
			throw new InvalidInputException("competency", "development.plan.competency");
		}
		String key = draft.competency().strip();
		boolean offered = this.competencies.framework().stream().anyMatch((c) -> c.key().equals(key) && c.active());
		if (!offered) {
			throw new InvalidInputException("competency", "development.plan.competency.unknown", key);
		}
		if (draft.targetLevel() == null || draft.targetLevel() < 1 || draft.targetLevel() > Competencies.LEVELS) {
			throw new InvalidInputException("targetLevel", "development.plan.targetLevel");
		}
		String why = cleaned(draft.why(), MAX_WHY);
		if (why == null) {
			throw new InvalidInputException("why", "development.plan.why", MAX_WHY);
		}
		if (draft.dueOn() == null) {
			throw new InvalidInputException("dueOn", "development.plan.dueOn");
		}
		boolean unchanged = existing != null && draft.dueOn().equals(existing.dueOn());
		if (!unchanged && draft.dueOn().isBefore(LocalDate.now(this.clock))) {
			throw new InvalidInputException("dueOn", "development.plan.dueOn.past");
		}
		return new GoalDraft(key, draft.targetLevel(), why, draft.dueOn(), draft.state());
	}

	private PlanActionDraft checked(PlanActionDraft draft) {
		if (draft == null || draft.kind() == null) {
			throw new InvalidInputException("kind", "development.plan.action.kind");
		}
		Long training = null;
		String title = null;
		if (draft.kind() == PlanActionKind.TRAINING) {
			if (draft.trainingId() == null) {
				throw new InvalidInputException("trainingId", "development.plan.action.training");
			}
			title = this.jdbc.sql("select title from development_course where id = :id")
				.param("id", draft.trainingId())
				.query(String.class)
				.optional()
				.orElseThrow(() -> new InvalidInputException("trainingId", "development.plan.action.training"));
			training = draft.trainingId();
		}
		boolean blank = draft.description() == null || draft.description().isBlank();
		String description = blank ? title : cleaned(draft.description(), MAX_DESCRIPTION);
		if (description == null) {
			throw new InvalidInputException("description", "development.plan.action.description", MAX_DESCRIPTION);
		}
		if (draft.relationshipId() != null && draft.relationshipId() < 1) {
			throw new InvalidInputException("relationshipId", "development.plan.action.relationship");
		}
		if (draft.dueOn() != null && draft.dueOn().isBefore(LocalDate.now(this.clock))) {
			throw new InvalidInputException("dueOn", "development.plan.dueOn.past");
		}
		return new PlanActionDraft(draft.kind(), description, training, draft.relationshipId(), draft.dueOn());
	}

	private static CheckInDraft checked(CheckInDraft draft) {
		if (draft == null || draft.progress() == null || draft.progress() < 0 || draft.progress() > 100) {
			throw new InvalidInputException("progress", "development.plan.progress");
		}
		String note = null;
		if (draft.note() != null && !draft.note().isBlank()) {
			note = cleaned(draft.note(), MAX_NOTE);
			if (note == null) {
				throw new InvalidInputException("note", "development.plan.note", MAX_NOTE);
			}
		}
		return new CheckInDraft(draft.progress(), note);
	}

	private static String cleaned(String typed, int most) {
		String cleaned = (typed != null) ? Text.nfc(typed.strip()) : "";
		return (cleaned.isEmpty() || cleaned.length() > most || Text.hasControl(cleaned, true)) ? null : cleaned;
	}

	private LocalDateTime now() {
		return LocalDateTime.now(this.clock).withNano(0);
	}

	private record GoalRow(long id, long personId, LocalDate dueOn, GoalState state, long version) {
	}

}
