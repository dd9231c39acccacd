package org.rapport.development;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.rapport.directory.DirectoryManagement;
import org.rapport.directory.PersonSummary;
import org.rapport.shared.Actor;
import org.rapport.shared.AlreadyExistsException;
import org.rapport.shared.InvalidInputException;
import org.rapport.shared.NotFoundException;
import org.rapport.shared.StaleVersionException;
import org.rapport.shared.StateConflictException;
import org.rapport.shared.Text;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Coaching engagements between a coach, in IT or external, and a coachee in IT. Those who
 * steer the portfolio assign coaches, and a coachee's manager may set one up too; coach
 * and coachee log their sessions and end the engagement with an outcome. The sessions'
 * notes are the coach's and the coachee's alone: they are read from the database only for
 * those two, so no page, API or export built on this service can show them to anyone
 * else. Those above the coachee read the goals and outcome; those who steer see who
 * coaches whom and the state, for coverage.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class Coaching {

	private static final String ENGAGEMENT = "Coaching engagement";

	private final JdbcClient jdbc;

	private final DirectoryManagement directory;

	private final ReportingLines reportingLines;

	private final Clock clock;

	Coaching(JdbcClient jdbc, DirectoryManagement directory, ReportingLines reportingLines, Clock clock) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.reportingLines = reportingLines;
		this.clock = clock;
	}

	/**
	 * The engagements the caller reads: as coach or coachee, above the coachee, and for
	 * those who steer, all of them; the active first. Each carries only what the caller
	 * may read of it.
	 * @return the engagements
	 */
	public List<CoachingSummary> engagements() {
		List<CoachingSummary> all = rows(null);
		Long me = Caller.person();
		boolean steers = Caller.steers();
		Map<Long, Set<Long>> above = this.reportingLines
			.above(all.stream().map(CoachingSummary::coacheeId).distinct().toList());
		List<CoachingSummary> visible = new ArrayList<>();
		for (CoachingSummary engagement : all) {
			CoachingView view = viewOf(engagement, me, steers, above.getOrDefault(engagement.coacheeId(), Set.of()));
			if (view != null) {
				visible.add(engagement.as(view));
			}
		}
		return withSessions(visible);
	}

	/**
	 * One engagement, with what the caller may read of it.
	 * @param id the engagement
	 * @return the engagement
	 * @throws NotFoundException when there is none, or the caller is neither in it, above
	 * its coachee, nor steers the portfolio
	 */
	public CoachingSummary engagement(long id) {
		return withSessions(List.of(visible(id))).get(0);
	}

	/**
	 * Whether the caller may set up an engagement for someone: they steer the portfolio,
	 * or someone reports to them.
	 * @return whether to offer them the set-up form
	 */
	public boolean maySetUp() {
		Long me = Caller.person();
		return Caller.steers()
				|| (me != null && this.jdbc.sql("select count(*) from directory_person_manager where manager_id = :me")
					.param("me", me)
					.query(Integer.class)
					.single() > 0);
	}

	/**
	 * Sets up an engagement. For those who steer the portfolio and for those above the
	 * coachee in the reporting line. Nothing is stored when it is refused.
	 * @param draft coach, coachee, start and goals
	 * @return the engagement
	 * @throws InvalidInputException naming {@code coachId}, {@code coacheeId},
	 * {@code startedOn} or {@code goals}
	 * @throws AccessDeniedException when the caller neither steers nor manages the
	 * coachee
	 * @throws AlreadyExistsException naming {@code coacheeId} when the two are in an
	 * active engagement already
	 */
	@Transactional
	public CoachingSummary setUp(CoachingDraft draft) {
		PersonSummary coach = person(draft.coachId(), "coachId");
		PersonSummary coachee = person(draft.coacheeId(), "coacheeId");
		if (coach.id() == coachee.id()) {
			throw new InvalidInputException("coacheeId", "development.coaching.self");
		}
		if (!coachee.inIt()) {
			throw new InvalidInputException("coacheeId", "development.coaching.coachee.outsideIt", coachee.name());
		}
		LocalDate today = LocalDate.now(this.clock);
		LocalDate startedOn = (draft.startedOn() != null) ? draft.startedOn() : today;
		if (startedOn.isAfter(today)) {
			throw new InvalidInputException("startedOn", "development.coaching.startedOn");
		}
		List<Goal> goals = goals(draft.goals());
		Long me = Caller.person();
		if (!Caller.steers() && (me == null || !this.reportingLines.above(List.of(coachee.id()))
			.getOrDefault(coachee.id(), Set.of())
			.contains(me))) {
			throw new AccessDeniedException("Only those who steer the portfolio or the coachee's manager set it up");
		}
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		try {
			this.jdbc.sql("""
					insert into development_coaching (version, coach_id, coachee_id, started_on, state, open_pair,
					  set_up_by, set_up_at)
					values (0, :coach, :coachee, :started, 'ACTIVE', :pair, :by, :at)
					""")
				.param("coach", coach.id())
				.param("coachee", coachee.id())
				.param("started", startedOn)
				.param("pair", coach.id() + ":" + coachee.id())
				.param("by", Actor.current())
				.param("at", LocalDateTime.now(this.clock))
				.update(key, "id");
		}
		catch (DuplicateKeyException ex) {
			throw new AlreadyExistsException("coacheeId", ex, "development.coaching.twice", coach.name(),
					coachee.name());
		}
		long id = key.getKey().longValue();
		for (Goal goal : goals) {
			this.jdbc
				.sql("insert into development_coaching_goal (coaching_id, competency_id, goal) values (:c, :k, :goal)")
				.param("c", id)
				.param("k", goal.competencyId(), Types.BIGINT)
				.param("goal", goal.text())
				.update();
		}
		return engagement(id);
	}

	/**
	 * Logs a session of an active engagement; the caller is its coach or coachee.
	 * @param id the engagement
	 * @param draft the day and the note
	 * @return the engagement with its sessions
	 * @throws NotFoundException when the caller is neither its coach nor its coachee
	 * @throws InvalidInputException naming {@code heldOn} or {@code note}
	 * @throws StateConflictException when it has ended
	 */
	@Transactional
	public CoachingSummary logSession(long id, CoachingSessionDraft draft) {
		CoachingSummary engagement = party(id);
		LocalDateTime now = LocalDateTime.now(this.clock);
		if (draft.heldOn() == null || draft.heldOn().isAfter(now.toLocalDate())) {
			throw new InvalidInputException("heldOn", "development.coaching.session.day");
		}
		String note = cleaned(draft.note(), CoachingSessionDraft.MAX_NOTE);
		if (note == null || note.isEmpty()) {
			throw new InvalidInputException("note", "development.coaching.session.note", CoachingSessionDraft.MAX_NOTE);
		}
		// Taking the engagement's row makes a session and an ending at once wait for each
		// other, so that no session lands on an ended engagement.
		int open = this.jdbc
			.sql("update development_coaching set version = version + 1 where id = :id and state = 'ACTIVE'")
			.param("id", id)
			.update();
		if (open == 0) {
			throw new StateConflictException("development.coaching.ended", engagement.coachName(),
					engagement.coacheeName());
		}
		this.jdbc.sql("""
				insert into development_coaching_session (coaching_id, held_on, note, logged_by, logged_at)
				values (:c, :day, :note, :by, :at)
				""")
			.param("c", id)
			.param("day", draft.heldOn())
			.param("note", note)
			.param("by", Caller.person())
			.param("at", now)
			.update();
		return engagement(id);
	}

	/**
	 * Ends an active engagement with its outcome; the caller is its coach or coachee. Two
	 * endings at once end it once.
	 * @param id the engagement
	 * @param ending the outcome, and the version it was written over
	 * @return the engagement, ended
	 * @throws NotFoundException when the caller is neither its coach nor its coachee
	 * @throws InvalidInputException naming {@code outcome}
	 * @throws StateConflictException when it has ended already
	 * @throws StaleVersionException when it changed since that version
	 */
	@Transactional
	public CoachingSummary end(long id, CoachingEnding ending) {
		CoachingSummary engagement = party(id);
		String outcome = cleaned(ending.outcome(), CoachingEnding.MAX_OUTCOME);
		if (outcome == null || outcome.isEmpty()) {
			throw new InvalidInputException("outcome", "development.coaching.outcome", CoachingEnding.MAX_OUTCOME);
		}
		if (engagement.state() != CoachingState.ACTIVE) {
			throw new StateConflictException("development.coaching.ended", engagement.coachName(),
					engagement.coacheeName());
		}
		StaleVersionException.check(ENGAGEMENT, id, ending.version(), engagement.version());
		int ended = this.jdbc.sql("""
				update development_coaching
				set state = 'ENDED', outcome = :outcome, ended_on = :today, open_pair = null, version = version + 1
				where id = :id and state = 'ACTIVE'
				""").param("outcome", outcome).param("today", LocalDate.now(this.clock)).param("id", id).update();
		if (ended == 0) {
			throw new StateConflictException("development.coaching.ended", engagement.coachName(),
					engagement.coacheeName());
		}
		return engagement(id);
	}

	private CoachingSummary visible(long id) {
		CoachingSummary engagement = rows(id).stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException(ENGAGEMENT, id));
		Long me = Caller.person();
		CoachingView view = viewOf(engagement, me, Caller.steers(),
				(me != null) ? this.reportingLines.above(List.of(engagement.coacheeId()))
					.getOrDefault(engagement.coacheeId(), Set.of()) : Set.of());
		if (view == null) {
			throw new NotFoundException(ENGAGEMENT, id);
		}
		return engagement.as(view);
	}

	private CoachingSummary party(long id) {
		CoachingSummary engagement = visible(id);
		if (engagement.view() != CoachingView.PARTY) {
			throw new NotFoundException(ENGAGEMENT, id);
		}
		return engagement;
	}

	private static CoachingView viewOf(CoachingSummary engagement, Long me, boolean steers, Set<Long> aboveCoachee) {
		if (me != null && (me == engagement.coachId() || me == engagement.coacheeId())) {
			return CoachingView.PARTY;
		}
		if (me != null && aboveCoachee.contains(me)) {
			return CoachingView.MANAGER;
		}
		return steers ? CoachingView.COVERAGE : null;
	}

	/**
	 * The engagements with their goals, no sessions: notes are read for the parties alone
	 * in {@link #withSessions}.
	 */
	private List<CoachingSummary> rows(Long id) {
		List<CoachingSummary> rows = this.jdbc.sql("""
				select c.id, c.coach_id, r.name as coach_name, c.coachee_id, e.name as coachee_name, c.state,
				       c.started_on, c.ended_on, c.outcome, c.version
				from development_coaching c
				join directory_person_name r on r.id = c.coach_id
				join directory_person_name e on e.id = c.coachee_id
				%s
				order by case when c.state = 'ACTIVE' then 0 else 1 end, c.id desc
				""".formatted((id != null) ? "where c.id = :id" : ""))
			.params((id != null) ? Map.of("id", id) : Map.of())
			.query((rs, n) -> row(rs))
			.list();
		if (rows.isEmpty()) {
			return rows;
		}
		Map<Long, List<CoachingGoal>> goals = new HashMap<>();
		this.jdbc.sql("""
				select g.coaching_id, k.competency_key, k.name, g.goal
				from development_coaching_goal g
				left join development_competency k on k.id = g.competency_id
				where g.coaching_id in (:ids)
				order by g.coaching_id, g.id
				""").param("ids", rows.stream().map(CoachingSummary::id).toList()).query((rs, n) -> {
			goals.computeIfAbsent(rs.getLong(1), (k) -> new ArrayList<>())
				.add(new CoachingGoal(rs.getString(2), rs.getString(3), rs.getString(4)));
			return null;
		}).list();
		return rows.stream()
			.map((row) -> new CoachingSummary(row.id(), row.coachId(), row.coachName(), row.coacheeId(),
					row.coacheeName(), row.state(), row.startedOn(), row.endedOn(), row.view(),
					goals.getOrDefault(row.id(), List.of()), row.outcome(), List.of(), row.version()))
			.toList();
	}

	/**
	 * The sessions, notes included, of the engagements the caller is coach or coachee of.
	 */
	private List<CoachingSummary> withSessions(List<CoachingSummary> engagements) {
		List<Long> parties = engagements.stream()
			.filter((engagement) -> engagement.view() == CoachingView.PARTY)
			.map(CoachingSummary::id)
			.toList();
		if (parties.isEmpty()) {
			return engagements;
		}
		Map<Long, List<CoachingSession>> sessions = new HashMap<>();
		this.jdbc.sql("""
				select s.id, s.coaching_id, s.held_on, s.note, s.logged_by, n.name, s.logged_at
				from development_coaching_session s
				join directory_person_name n on n.id = s.logged_by
				where s.coaching_id in (:ids)
				order by s.held_on desc, s.id desc
				""").param("ids", parties).query((rs, n) -> {
			sessions.computeIfAbsent(rs.getLong(2), (k) -> new ArrayList<>())
				.add(new CoachingSession(rs.getLong(1), rs.getObject(3, LocalDate.class), rs.getString(4),
						rs.getLong(5), rs.getString(6), rs.getTimestamp(7).toLocalDateTime()));
			return null;
		}).list();
		return engagements.stream()
			.map((e) -> (e.view() != CoachingView.PARTY) ? e
					: new CoachingSummary(e.id(), e.coachId(), e.coachName(), e.coacheeId(), e.coacheeName(), e.state(),
							e.startedOn(), e.endedOn(), e.view(), e.goals(), e.outcome(),
							sessions.getOrDefault(e.id(), List.of()), e.version()))
			.toList();
	}

	private static CoachingSummary row(ResultSet rs) throws SQLException {
		return new CoachingSummary(rs.getLong("id"), rs.getLong("coach_id"), rs.getString("coach_name"),
				rs.getLong("coachee_id"), rs.getString("coachee_name"), CoachingState.valueOf(rs.getString("state")),
				rs.getObject("started_on", LocalDate.class), rs.getObject("ended_on", LocalDate.class),
				CoachingView.COVERAGE, List.of(), rs.getString("outcome"), List.of(), rs.getLong("version"));
	}

	private PersonSummary person(Long id, String field) {
		if (id == null) {
			throw new InvalidInputException(field, "development.coaching.person");
		}
		PersonSummary person;
		try {
			person = this.directory.person(id);
		}
		catch (NotFoundException ex) {
			throw new InvalidInputException(field, "development.coaching.person");
		}
		if (person.email() == null || person.email().isBlank()) {
			throw new InvalidInputException(field, "development.coaching.email", person.name());
		}
		return person;
	}

	/** One to five goals, each in words and on an active competency when it names one. */
	private List<Goal> goals(List<CoachingGoalDraft> typed) {
		List<CoachingGoalDraft> drafts = (typed != null) ? typed.stream().filter((g) -> g != null).toList() : List.of();
		if (drafts.isEmpty() || drafts.size() > CoachingDraft.MAX_GOALS) {
			throw new InvalidInputException("goals", "development.coaching.goals", CoachingDraft.MAX_GOALS);
		}
		List<Goal> goals = new ArrayList<>();
		for (CoachingGoalDraft draft : drafts) {
			String text = cleaned(draft.goal(), CoachingGoalDraft.MAX_GOAL);
			if (text == null || text.isEmpty()) {
				throw new InvalidInputException("goals", "development.coaching.goal", CoachingGoalDraft.MAX_GOAL);
			}
			Long competency = null;
			if (draft.competencyKey() != null && !draft.competencyKey().isBlank()) {
				String key = draft.competencyKey().strip();
				competency = this.jdbc
					.sql("select id from development_competency where competency_key = :key and active = true")
					.param("key", key)
					.query(Long.class)
					.optional()
					.orElseThrow(() -> new InvalidInputException("goals", "development.coaching.competency", key));
			}
			goals.add(new Goal(competency, text));
		}
		return goals;
	}

	/**
	 * The text as stored, or {@code null} when it is too long or holds control
	 * characters; blank text is empty.
	 */
	private static String cleaned(String typed, int most) {
		String cleaned = (typed != null) ? Text.nfc(typed.strip()) : "";
		return (cleaned.length() > most || Text.hasControl(cleaned, true)) ? null : cleaned;
	}

	private record Goal(Long competencyId, String text) {
	}

}
