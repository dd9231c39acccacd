package org.rapport.development;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.rapport.accounts.RapportUser;
import org.rapport.directory.DirectoryManagement;
import org.rapport.directory.PersonSummary;
import org.rapport.notifications.Email;
import org.rapport.notifications.NotificationManagement;
import org.rapport.shared.Actor;
import org.rapport.shared.AlreadyExistsException;
import org.rapport.shared.Cursor;
import org.rapport.shared.InvalidInputException;
import org.rapport.shared.KeysetPage;
import org.rapport.shared.NotFoundException;
import org.rapport.shared.StaleVersionException;
import org.rapport.shared.StateConflictException;
import org.rapport.shared.Text;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mentoring programmes. Those who steer the portfolio open a programme; anyone in IT
 * signs up as a mentor (strengths and capacity) or as a mentee (goals, preferred and
 * avoided mentors). A matching run scores every pair with {@link MentorScore} and finds
 * the best assignment for the whole programme with {@link MentorMatching}; those who
 * steer review the proposal, change pairs by hand under the same rules, and publish it,
 * which emails the pairs. Mentor and mentee then log their sessions, which only they
 * read, and close the pair with an outcome; the programme closes with its last pair.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class Mentoring {

	/** The most competencies a mentor offers or a mentee names as goals. */
	public static final int MAX_COMPETENCIES = 3;

	/** The most mentees a mentor takes. */
	public static final int MAX_CAPACITY = 5;

	/** The longest sentence a mentee writes about what they hope for. */
	public static final int MAX_NOTE = 300;

	/** The most mentors a mentee prefers, or avoids. */
	public static final int MAX_PREFERENCES = 5;

	private static final String PROGRAMME = "Mentoring programme";

	private static final String PAIR = "Mentoring pair";

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batch;

	private final CompetencyRepository competencies;

	private final DirectoryManagement directory;

	private final ReportingLines reportingLines;

	private final Gaps gaps;

	private final NotificationManagement notifications;

	private final MentoringEmails emails;

	private final Clock clock;

	Mentoring(JdbcClient jdbc, NamedParameterJdbcTemplate batch, CompetencyRepository competencies,
			DirectoryManagement directory, ReportingLines reportingLines, Gaps gaps,
			NotificationManagement notifications, MentoringEmails emails, Clock clock) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.competencies = competencies;
		this.directory = directory;
		this.reportingLines = reportingLines;
		this.gaps = gaps;
		this.notifications = notifications;
		this.emails = emails;
		this.clock = clock;
	}

	/**
	 * The programmes, the latest first.
	 * @param after the cursor of the page before, or {@code null}
	 * @param size the page size, 50 by default, at most 200
	 * @return a page of programmes
	 */
	public KeysetPage<ProgrammeSummary> programmes(String after, Integer size) {
		Cursor cursor = Cursor.decode(after);
		int pageSize = Cursor.pageSize(size);
		List<ProgrammeSummary> rows = this.jdbc
			.sql(PROGRAMMES + ((cursor != null) ? " where p.id < :after" : "") + " order by p.id desc limit "
					+ (pageSize + 1))
			.params((cursor != null) ? Map.of("after", cursor.id()) : Map.of())
			.query((rs, n) -> programmeRow(rs))
			.list();
		return KeysetPage.of(rows, pageSize, (row) -> new Cursor("", row.id()));
	}

	/**
	 * One programme.
	 * @param id the programme
	 * @return the programme with its counts
	 * @throws NotFoundException when there is none
	 */
	public ProgrammeSummary programme(long id) {
		return this.jdbc.sql(PROGRAMMES + " where p.id = :id")
			.param("id", id)
			.query((rs, n) -> programmeRow(rs))
			.optional()
			.orElseThrow(() -> new NotFoundException(PROGRAMME, id));
	}

	/**
	 * Opens a programme for sign-ups.
	 * @param draft the programme
	 * @return the programme
	 * @throws InvalidInputException naming {@code name} or {@code description}
	 */
	@Transactional
	@PreAuthorize("@roleGroups.steersPortfolio()")
	public ProgrammeSummary create(ProgrammeDraft draft) {
		String name = cleaned(draft.name(), ProgrammeDraft.MAX_NAME, false);
		if (name == null || name.isEmpty()) {
			throw new InvalidInputException("name", "development.mentoring.programme.name", ProgrammeDraft.MAX_NAME);
		}
		String description = cleaned(draft.description(), ProgrammeDraft.MAX_DESCRIPTION, true);
		if (description == null) {
			throw new InvalidInputException("description", "development.mentoring.programme.description",
					ProgrammeDraft.MAX_DESCRIPTION);
		}
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into development_mentoring_programme (version, name, description, state, created_by, created_at)
				values (0, :name, :description, 'OPEN', :by, :at)
				""")
			.param("name", name)
			.param("description", description.isEmpty() ? null : description, Types.VARCHAR)
			.param("by", Actor.current())
			.param("at", LocalDateTime.now(this.clock))
			.update(key, "id");
		return programme(key.getKey().longValue());
	}

	/**
	 * Signs the caller up as a mentor of an open programme.
	 * @param programmeId the programme
	 * @param draft their strengths and capacity
	 * @return the sign-up
	 * @throws StateConflictException when the programme is no longer open, or the caller
	 * is no person in IT
	 * @throws InvalidInputException naming {@code strengths} or {@code capacity}
	 * @throws AlreadyExistsException naming {@code role} when they signed up as a mentor
	 * already
	 */
	@Transactional
	public SignUpSummary signUpAsMentor(long programmeId, MentorDraft draft) {
		ProgrammeSummary programme = openProgramme(programmeId);
		return mentor(programme, callerInIt(), draft);
	}

	/**
	 * Signs the caller up as a mentee of an open programme.
	 * @param programmeId the programme
	 * @param draft their goals and preferences
	 * @return the sign-up
	 * @throws StateConflictException when the programme is no longer open, or the caller
	 * is no person in IT
	 * @throws InvalidInputException naming {@code goals}, {@code note},
	 * {@code preferredMentorIds} or {@code avoidedMentorIds}
	 * @throws AlreadyExistsException naming {@code role} when they signed up as a mentee
	 * already
	 */
	@Transactional
	public SignUpSummary signUpAsMentee(long programmeId, MenteeDraft draft) {
		ProgrammeSummary programme = openProgramme(programmeId);
		return mentee(programme, callerInIt(), draft);
	}

	/**
	 * Signs a person in IT up as a mentor, for the demo organisation. No page or API
	 * calls it.
	 * @param programmeId the programme
	 * @param personId the person
	 * @param draft their strengths and capacity
	 * @return the sign-up
	 */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public SignUpSummary enrolMentor(long programmeId, long personId, MentorDraft draft) {
		return mentor(openProgramme(programmeId), inIt(personId), draft);
	}

	/**
	 * Signs a person in IT up as a mentee, for the demo organisation. No page or API
	 * calls it.
	 * @param programmeId the programme
	 * @param personId the person
	 * @param draft their goals and preferences
	 * @return the sign-up
	 */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public SignUpSummary enrolMentee(long programmeId, long personId, MenteeDraft draft) {
		return mentee(openProgramme(programmeId), inIt(personId), draft);
	}

	/**
	 * The caller's sign-ups, to every programme, the latest first.
	 * @return the sign-ups
	 */
	public List<SignUpSummary> mySignUps() {
		Long me = RapportUser.currentPersonId();
		if (me == null) {
			return List.of();
		}
		return signUps("s.person_id = :me", Map.of("me", me));
	}

	/**
	 * The mentors of a programme with the mentees its proposal gives them, for those who
	 * steer to change pairs by hand.
	 * @param programmeId the programme
	 * @return the mentors, by name
	 */
	@PreAuthorize("@roleGroups.steersPortfolio()")
	public List<MentorLoad> mentors(long programmeId) {
		programme(programmeId);
		Map<Long, List<String>> strengths = competenciesOf(programmeId, SignUpRole.MENTOR);
		return this.jdbc.sql("""
				select s.id, s.person_id, n.name, s.capacity,
				       (select count(*) from development_mentoring_pair x
				        where x.programme_id = s.programme_id and x.mentor_id = s.person_id) as given
				from development_mentoring_signup s
				join directory_person_name n on n.id = s.person_id
				where s.programme_id = :p and s.role = 'MENTOR'
				order by n.name_key, n.id
				""")
			.param("p", programmeId)
			.query((rs, n) -> new MentorLoad(rs.getLong("person_id"), rs.getString("name"),
					strengths.getOrDefault(rs.getLong("id"), List.of()), rs.getInt("capacity"), rs.getInt("given")))
			.list();
	}

	/**
	 * Runs the matching of a programme that is not published: scores every pair of mentee
	 * and mentor, finds the assignment that gives the most mentees a mentor and, among
	 * those, the highest total score, and stores it as the programme's proposal in place
	 * of any earlier one.
	 * @param programmeId the programme
	 * @return the proposal
	 * @throws StateConflictException when the programme is published already
	 */
	@Transactional
	@PreAuthorize("@roleGroups.steersPortfolio()")
	public MentoringProposal match(long programmeId) {
		ProgrammeSummary programme = programme(programmeId);
		// Taking the programme's row first makes concurrent runs and publications wait
		// for each other, so that one proposal is stored whole.
		int moved = this.jdbc.sql("""
				update development_mentoring_programme
				set state = 'MATCHED', matched_at = :at, version = version + 1
				where id = :id and state in ('OPEN', 'MATCHED')
				""").param("at", LocalDateTime.now(this.clock)).param("id", programmeId).update();
		if (moved == 0) {
			throw new StateConflictException("development.mentoring.published", programme.name());
		}
		List<SignUp> mentees = signUpsOf(programmeId, SignUpRole.MENTEE);
		List<SignUp> mentors = signUpsOf(programmeId, SignUpRole.MENTOR);
		Scoring scoring = scoring(mentees, mentors);
		int[][] score = new int[mentees.size()][mentors.size()];
		for (int i = 0; i < mentees.size(); i++) {
			for (int j = 0; j < mentors.size(); j++) {
				score[i][j] = MentorScore.points(scoring.mentees().get(i), scoring.mentors().get(j));
			}
		}
		int[] capacity = mentors.stream().mapToInt(SignUp::capacity).toArray();
		MentorMatching.Assignment assignment = MentorMatching.assign(score, capacity);
		this.jdbc.sql("delete from development_mentoring_pair where programme_id = :p")
			.param("p", programmeId)
			.update();
		this.jdbc.sql("delete from development_mentoring_unmatched where programme_id = :p")
			.param("p", programmeId)
			.update();
		List<SqlParameterSource> pairs = new ArrayList<>();
		List<SqlParameterSource> unmatched = new ArrayList<>();
		for (int i = 0; i < mentees.size(); i++) {
			int j = assignment.mentorOf()[i];
			if (j >= 0) {
				MentorScore.Fit fit = MentorScore.fit(scoring.mentees().get(i), scoring.mentors().get(j));
				pairs.add(pairRow(programmeId, mentees.get(i).personId(), mentors.get(j).personId(), score[i][j], fit));
			}
			else {
				boolean anyFit = Arrays.stream(score[i]).anyMatch((points) -> points >= 0);
				unmatched.add(new MapSqlParameterSource().addValue("p", programmeId)
					.addValue("mentee", mentees.get(i).personId())
					.addValue("reason", (anyFit ? UnmatchedReason.NO_PLACE : UnmatchedReason.NO_FIT).name()));
			}
		}
		this.batch.batchUpdate(INSERT_PAIR, pairs.toArray(SqlParameterSource[]::new));
		this.batch.batchUpdate(INSERT_UNMATCHED, unmatched.toArray(SqlParameterSource[]::new));
		return proposal(programmeId);
	}

	/**
	 * A programme's proposal, or once published, its pairs.
	 * @param programmeId the programme
	 * @return the pairs and the mentees left without a mentor
	 */
	@PreAuthorize("@roleGroups.steersPortfolio()")
	public MentoringProposal proposal(long programmeId) {
		ProgrammeSummary programme = programme(programmeId);
		List<ProposedPair> pairs = this.jdbc.sql("""
				select x.id, x.mentee_id, e.name as mentee_name, x.mentor_id, r.name as mentor_name, x.score,
				       x.shared, x.preferred, x.state
				from development_mentoring_pair x
				join directory_person_name e on e.id = x.mentee_id
				join directory_person_name r on r.id = x.mentor_id
				where x.programme_id = :p
				order by r.name_key, r.id, e.name_key, e.id
				""")
			.param("p", programmeId)
			.query((rs, n) -> new ProposedPair(rs.getLong("id"), rs.getLong("mentee_id"), rs.getString("mentee_name"),
					rs.getLong("mentor_id"), rs.getString("mentor_name"), rs.getInt("score"),
					keys(rs.getString("shared")), rs.getBoolean("preferred"), PairState.valueOf(rs.getString("state"))))
			.list();
		List<UnmatchedMentee> unmatched = this.jdbc.sql("""
				select u.mentee_id, e.name, u.reason
				from development_mentoring_unmatched u
				join directory_person_name e on e.id = u.mentee_id
				where u.programme_id = :p
				order by e.name_key, e.id
				""")
			.param("p", programmeId)
			.query((rs, n) -> new UnmatchedMentee(rs.getLong(1), rs.getString(2),
					UnmatchedReason.valueOf(rs.getString(3))))
			.list();
		return new MentoringProposal(programmeId, programme.state(), pairs.size(),
				pairs.stream().mapToLong(ProposedPair::score).sum(), pairs, unmatched, programme.version());
	}

	/**
	 * Changes a proposal by hand: gives a mentee another mentor, or takes them out. The
	 * rules of the matching hold: the mentor has a place left, is not the mentee, is not
	 * in their reporting line and is not one they avoid; a mentor who shares nothing with
	 * them may still be chosen. Nothing is stored when it is refused.
	 * @param programmeId the programme
	 * @param change the mentee and their new mentor
	 * @return the proposal
	 * @throws InvalidInputException naming {@code menteeId} or {@code mentorId}
	 * @throws StateConflictException when there is no proposal, or it is published
	 * @throws StaleVersionException when the programme changed since that version
	 */
	@Transactional
	@PreAuthorize("@roleGroups.steersPortfolio()")
	public MentoringProposal changePair(long programmeId, PairChange change) {
		ProgrammeSummary programme = programme(programmeId);
		if (programme.state() == ProgrammeState.OPEN) {
			throw new StateConflictException("development.mentoring.proposal.none", programme.name());
		}
		if (programme.state() != ProgrammeState.MATCHED) {
			throw new StateConflictException("development.mentoring.published", programme.name());
		}
		if (change.menteeId() == null) {
			throw new InvalidInputException("menteeId", "development.mentoring.pair.mentee");
		}
		SignUp mentee = signUpsOf(programmeId, SignUpRole.MENTEE).stream()
			.filter((signUp) -> signUp.personId() == change.menteeId())
			.findFirst()
			.orElseThrow(() -> new InvalidInputException("menteeId", "development.mentoring.pair.mentee"));
		StaleVersionException.check(PROGRAMME, programmeId, change.version(), programme.version());
		MapSqlParameterSource pair = null;
		if (change.mentorId() != null) {
			SignUp mentor = signUpsOf(programmeId, SignUpRole.MENTOR).stream()
				.filter((signUp) -> signUp.personId() == change.mentorId())
				.findFirst()
				.orElseThrow(() -> new InvalidInputException("mentorId", "development.mentoring.pair.mentor"));
			Scoring scoring = scoring(List.of(mentee), List.of(mentor));
			MentorScore.Fit fit = MentorScore.fit(scoring.mentees().get(0), scoring.mentors().get(0));
			String mentorName = this.directory.person(mentor.personId()).name();
			String menteeName = this.directory.person(mentee.personId()).name();
			if (fit.refusal() == MentorScore.Refusal.SELF) {
				throw new InvalidInputException("mentorId", "development.mentoring.pair.self", menteeName);
			}
			if (fit.refusal() == MentorScore.Refusal.REPORTING_LINE) {
				throw new InvalidInputException("mentorId", "development.mentoring.pair.line", mentorName, menteeName);
			}
			if (fit.refusal() == MentorScore.Refusal.AVOIDED) {
				throw new InvalidInputException("mentorId", "development.mentoring.pair.avoided", menteeName,
						mentorName);
			}
			int load = this.jdbc.sql("""
					select count(*) from development_mentoring_pair
					where programme_id = :p and mentor_id = :mentor and mentee_id <> :mentee
					""")
				.param("p", programmeId)
				.param("mentor", mentor.personId())
				.param("mentee", mentee.personId())
				.query(Integer.class)
				.single();
			if (load >= mentor.capacity()) {
				throw new InvalidInputException("mentorId", "development.mentoring.pair.capacity", mentorName,
						mentor.capacity());
			}
			pair = pairRow(programmeId, mentee.personId(), mentor.personId(), Math.max(0, fit.points()), fit);
		}
		int moved = this.jdbc.sql("""
				update development_mentoring_programme set version = version + 1
				where id = :id and state = 'MATCHED' and version = :version
				""").param("id", programmeId).param("version", programme.version()).update();
		if (moved == 0) {
			throw new StaleVersionException(PROGRAMME, programmeId, programme.version(), programme.version() + 1);
		}
		this.jdbc.sql("delete from development_mentoring_pair where programme_id = :p and mentee_id = :mentee")
			.param("p", programmeId)
			.param("mentee", mentee.personId())
			.update();
		this.jdbc.sql("delete from development_mentoring_unmatched where programme_id = :p and mentee_id = :mentee")
			.param("p", programmeId)
			.param("mentee", mentee.personId())
			.update();
		if (pair != null) {
			this.batch.update(INSERT_PAIR, pair);
		}
		else {
			this.batch.update(INSERT_UNMATCHED,
					new MapSqlParameterSource().addValue("p", programmeId)
						.addValue("mentee", mentee.personId())
						.addValue("reason", UnmatchedReason.REMOVED.name()));
		}
		return proposal(programmeId);
	}

	/**
	 * Publishes a programme's proposal: its pairs become mentorships, and each mentor and
	 * mentee is emailed. Two publications at once publish once.
	 * @param programmeId the programme
	 * @param version the version it is published over, {@code null} for whatever it is
	 * @return the programme, published
	 * @throws StateConflictException when it has no proposal, no pair, or is published
	 * already
	 * @throws StaleVersionException when it changed since that version
	 */
	@Transactional
	@PreAuthorize("@roleGroups.steersPortfolio()")
	public ProgrammeSummary publish(long programmeId, Long version) {
		ProgrammeSummary programme = programme(programmeId);
		if (programme.state() == ProgrammeState.OPEN) {
			throw new StateConflictException("development.mentoring.proposal.none", programme.name());
		}
		if (programme.state() != ProgrammeState.MATCHED) {
			throw new StateConflictException("development.mentoring.published", programme.name());
		}
		StaleVersionException.check(PROGRAMME, programmeId, version, programme.version());
		if (programme.pairs() == 0) {
			throw new StateConflictException("development.mentoring.publish.empty", programme.name());
		}
		int published = this.jdbc.sql("""
				update development_mentoring_programme
				set state = 'PUBLISHED', published_at = :at, published_by = :by, version = version + 1
				where id = :id and state = 'MATCHED' and version = :version
				""")
			.param("at", LocalDateTime.now(this.clock))
			.param("by", Actor.current())
			.param("id", programmeId)
			.param("version", programme.version())
			.update();
		if (published == 0) {
			// Someone else moved it first: published it, or changed the proposal.
			ProgrammeSummary now = programme(programmeId);
			if (now.state() == ProgrammeState.PUBLISHED || now.state() == ProgrammeState.CLOSED) {
				throw new StateConflictException("development.mentoring.published", programme.name());
			}
			throw new StaleVersionException(PROGRAMME, programmeId, programme.version(), now.version());
		}
		this.jdbc.sql("""
				update development_mentoring_pair set state = 'ACTIVE', version = version + 1
				where programme_id = :p and state = 'PROPOSED'
				""").param("p", programmeId).update();
		this.notifications.queue(pairEmails(programmeId, programme.name()));
		return programme(programmeId);
	}

	/**
	 * The caller's published pairs, as mentor or mentee, the active first, each with its
	 * sessions.
	 * @return the pairs
	 */
	public List<MentorshipSummary> myPairs() {
		Long me = RapportUser.currentPersonId();
		if (me == null) {
			return List.of();
		}
		return mentorships("x.state in ('ACTIVE', 'CLOSED') and (x.mentor_id = :me or x.mentee_id = :me)",
				Map.of("me", me));
	}

	/**
	 * One published pair, with its sessions, for its mentor and mentee alone.
	 * @param pairId the pair
	 * @return the pair
	 * @throws NotFoundException when there is none, or the caller is not in it
	 */
	public MentorshipSummary pair(long pairId) {
		MentorshipSummary pair = mentorships("x.id = :id", Map.of("id", pairId)).stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException(PAIR, pairId));
		Long me = RapportUser.currentPersonId();
		if (pair.state() == PairState.PROPOSED || me == null || (me != pair.mentorId() && me != pair.menteeId())) {
			throw new NotFoundException(PAIR, pairId);
		}
		return pair;
	}

	/**
	 * Logs a session of an active pair; the caller is its mentor or mentee.
	 * @param pairId the pair
	 * @param draft the day and the note
	 * @return the pair with its sessions
	 * @throws InvalidInputException naming {@code heldOn} or {@code note}
	 * @throws StateConflictException when the pair has closed
	 */
	@Transactional
	public MentorshipSummary logSession(long pairId, SessionDraft draft) {
		MentorshipSummary pair = pair(pairId);
		return session(pair, RapportUser.currentPersonId(), draft, LocalDateTime.now(this.clock));
	}

	/**
	 * Records a session of a pair as one of its sides logged it, for the demo
	 * organisation. No page or API calls it.
	 * @param pairId the pair
	 * @param personId its mentor or mentee
	 * @param draft the day and the note
	 * @param at when it was logged
	 * @return the pair with its sessions
	 */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public MentorshipSummary recordSession(long pairId, long personId, SessionDraft draft, LocalDateTime at) {
		MentorshipSummary pair = mentorships("x.id = :id", Map.of("id", pairId)).stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException(PAIR, pairId));
		return session(pair, personId, draft, at);
	}

	/**
	 * Closes an active pair with its outcome; the caller is its mentor or mentee. The
	 * programme closes with its last pair.
	 * @param pairId the pair
	 * @param closure the outcome, and the version it was written over
	 * @return the pair, closed
	 * @throws InvalidInputException naming {@code outcome}
	 * @throws StateConflictException when it has closed already
	 * @throws StaleVersionException when it changed since that version
	 */
	@Transactional
	public MentorshipSummary closePair(long pairId, PairClosure closure) {
		MentorshipSummary pair = pair(pairId);
		String outcome = cleaned(closure.outcome(), PairClosure.MAX_OUTCOME, true);
		if (outcome == null || outcome.isEmpty()) {
			throw new InvalidInputException("outcome", "development.mentoring.pair.outcome", PairClosure.MAX_OUTCOME);
		}
		if (pair.state() != PairState.ACTIVE) {
			throw new StateConflictException("development.mentoring.pair.closed", pair.mentorName(), pair.menteeName());
		}
		StaleVersionException.check(PAIR, pairId, closure.version(), pair.version());
		int closed = this.jdbc.sql("""
				update development_mentoring_pair
				set state = 'CLOSED', outcome = :outcome, closed_at = :at, version = version + 1
				where id = :id and state = 'ACTIVE' and version = :version
				""")
			.param("outcome", outcome)
			.param("at", LocalDateTime.now(this.clock))
			.param("id", pairId)
			.param("version", pair.version())
			.update();
		if (closed == 0) {
			throw new StateConflictException("development.mentoring.pair.closed", pair.mentorName(), pair.menteeName());
		}
		this.jdbc
			.sql("""
					update development_mentoring_programme set state = 'CLOSED', closed_at = :at, version = version + 1
					where id = :p and state = 'PUBLISHED'
					  and not exists (select 1 from development_mentoring_pair x where x.programme_id = :p and x.state = 'ACTIVE')
					""")
			.param("at", LocalDateTime.now(this.clock))
			.param("p", pair.programmeId())
			.update();
		return pair(pairId);
	}

	private MentorshipSummary session(MentorshipSummary pair, Long personId, SessionDraft draft, LocalDateTime at) {
		if (draft.heldOn() == null || draft.heldOn().isAfter(at.toLocalDate())) {
			throw new InvalidInputException("heldOn", "development.mentoring.session.day");
		}
		String note = cleaned(draft.note(), SessionDraft.MAX_NOTE, true);
		if (note == null || note.isEmpty()) {
			throw new InvalidInputException("note", "development.mentoring.session.note", SessionDraft.MAX_NOTE);
		}
		if (pair.state() != PairState.ACTIVE) {
			throw new StateConflictException("development.mentoring.pair.closed", pair.mentorName(), pair.menteeName());
		}
		this.jdbc.sql("""
				insert into development_mentoring_session (pair_id, held_on, note, logged_by, logged_at)
				values (:pair, :day, :note, :by, :at)
				""")
			.param("pair", pair.id())
			.param("day", draft.heldOn())
			.param("note", note)
			.param("by", personId)
			.param("at", at)
			.update();
		return mentorships("x.id = :id", Map.of("id", pair.id())).get(0);
	}

	private SignUpSummary mentor(ProgrammeSummary programme, PersonSummary person, MentorDraft draft) {
		List<String> strengths = competencies(draft.strengths(), "strengths");
		Integer capacity = draft.capacity();
		if (capacity == null || capacity < 1 || capacity > MAX_CAPACITY) {
			throw new InvalidInputException("capacity", "development.mentoring.capacity", MAX_CAPACITY);
		}
		long id;
		try {
			id = insertSignUp(programme.id(), person.id(), SignUpRole.MENTOR, capacity, null);
		}
		catch (DuplicateKeyException ex) {
			throw new AlreadyExistsException("role", ex, "development.mentoring.mentor.twice", programme.name());
		}
		insertCompetencies(id, strengths);
		return signUps("s.id = :id", Map.of("id", id)).get(0);
	}

	private SignUpSummary mentee(ProgrammeSummary programme, PersonSummary person, MenteeDraft draft) {
		List<String> goals = competencies(draft.goals(), "goals");
		String note = cleaned(draft.note(), MAX_NOTE, false);
		if (note == null || note.isEmpty()) {
			throw new InvalidInputException("note", "development.mentoring.note", MAX_NOTE);
		}
		Set<Long> preferred = mentorsNamed(draft.preferredMentorIds(), "preferredMentorIds", person.id());
		Set<Long> avoided = mentorsNamed(draft.avoidedMentorIds(), "avoidedMentorIds", person.id());
		for (Long both : preferred) {
			if (avoided.contains(both)) {
				throw new InvalidInputException("avoidedMentorIds", "development.mentoring.mentor.both",
						this.directory.person(both).name());
			}
		}
		long id;
		try {
			id = insertSignUp(programme.id(), person.id(), SignUpRole.MENTEE, null, note);
		}
		catch (DuplicateKeyException ex) {
			throw new AlreadyExistsException("role", ex, "development.mentoring.mentee.twice", programme.name());
		}
		insertCompetencies(id, goals);
		List<SqlParameterSource> rows = new ArrayList<>();
		preferred.forEach((mentor) -> rows.add(new MapSqlParameterSource().addValue("s", id)
			.addValue("person", mentor)
			.addValue("kind", "PREFERRED")));
		avoided.forEach((mentor) -> rows
			.add(new MapSqlParameterSource().addValue("s", id).addValue("person", mentor).addValue("kind", "AVOIDED")));
		this.batch.batchUpdate(
				"insert into development_mentoring_preference (signup_id, person_id, kind) values (:s, :person, :kind)",
				rows.toArray(SqlParameterSource[]::new));
		return signUps("s.id = :id", Map.of("id", id)).get(0);
	}

	private long insertSignUp(long programmeId, long personId, SignUpRole role, Integer capacity, String note) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc
			.sql("""
					insert into development_mentoring_signup (programme_id, person_id, role, capacity, goal_note, signed_up_at)
					values (:p, :person, :role, :capacity, :note, :at)
					""")
			.param("p", programmeId)
			.param("person", personId)
			.param("role", role.name())
			.param("capacity", capacity, Types.INTEGER)
			.param("note", note, Types.VARCHAR)
			.param("at", LocalDateTime.now(this.clock))
			.update(key, "id");
		return key.getKey().longValue();
	}

	private void insertCompetencies(long signUpId, List<String> keys) {
		this.batch.batchUpdate(
				"insert into development_mentoring_competency (signup_id, competency_key) values (:s, :key)",
				keys.stream()
					.map((key) -> new MapSqlParameterSource().addValue("s", signUpId).addValue("key", key))
					.toArray(SqlParameterSource[]::new));
	}

	/**
	 * One to three distinct competencies of the framework that are offered, or the rule
	 * they break.
	 */
	private List<String> competencies(List<String> typed, String field) {
		Set<String> keys = new LinkedHashSet<>();
		if (typed != null) {
			typed.stream().filter((key) -> key != null && !key.isBlank()).map(String::strip).forEach(keys::add);
		}
		if (keys.isEmpty() || keys.size() > MAX_COMPETENCIES) {
			throw new InvalidInputException(field, "development.mentoring.competencies", MAX_COMPETENCIES);
		}
		Set<String> offered = new HashSet<>();
		this.competencies.findAll().forEach((competency) -> {
			if (competency.summary().active()) {
				offered.add(competency.getKey());
			}
		});
		for (String key : keys) {
			if (!offered.contains(key)) {
				throw new InvalidInputException(field, "development.mentoring.competency", key);
			}
		}
		return List.copyOf(keys);
	}

	private Set<Long> mentorsNamed(List<Long> ids, String field, long mentee) {
		Set<Long> named = new LinkedHashSet<>();
		if (ids != null) {
			ids.stream().filter((id) -> id != null).forEach(named::add);
		}
		if (named.size() > MAX_PREFERENCES) {
			throw new InvalidInputException(field, "development.mentoring.mentors.many", MAX_PREFERENCES);
		}
		for (Long id : named) {
			PersonSummary person;
			try {
				person = this.directory.person(id);
			}
			catch (NotFoundException ex) {
				throw new InvalidInputException(field, "development.mentoring.mentor.unknown", id);
			}
			if (!person.inIt()) {
				throw new InvalidInputException(field, "development.mentoring.mentor.outsideIt", person.name());
			}
			if (id == mentee) {
				throw new InvalidInputException(field, "development.mentoring.mentor.self");
			}
		}
		return named;
	}

	private ProgrammeSummary openProgramme(long programmeId) {
		ProgrammeSummary programme = programme(programmeId);
		if (programme.state() != ProgrammeState.OPEN) {
			throw new StateConflictException("development.mentoring.signups.closed", programme.name());
		}
		return programme;
	}

	private PersonSummary callerInIt() {
		Long me = RapportUser.currentPersonId();
		PersonSummary person = (me != null) ? this.directory.person(me) : null;
		if (person == null || !person.inIt()) {
			throw new StateConflictException("development.mentoring.notInIt");
		}
		return person;
	}

	private PersonSummary inIt(long personId) {
		PersonSummary person = this.directory.person(personId);
		if (!person.inIt()) {
			throw new StateConflictException("development.mentoring.notInIt");
		}
		return person;
	}

	/**
	 * The scoring inputs of a programme's mentees and mentors: their competencies, the
	 * mentees' gaps and preferences, and everyone's manager chain.
	 */
	private Scoring scoring(List<SignUp> mentees, List<SignUp> mentors) {
		Set<Long> people = new HashSet<>();
		mentees.forEach((signUp) -> people.add(signUp.personId()));
		mentors.forEach((signUp) -> people.add(signUp.personId()));
		Map<Long, Set<Long>> above = this.reportingLines.above(people);
		List<Long> menteeIds = mentees.stream().map(SignUp::personId).toList();
		Map<Long, Set<String>> gapsOf = this.gaps.competencies(menteeIds);
		List<MentorScore.Mentee> scoredMentees = mentees.stream()
			.map((signUp) -> new MentorScore.Mentee(signUp.personId(), signUp.competencies(),
					gapsOf.getOrDefault(signUp.personId(), Set.of()), signUp.preferred(), signUp.avoided(),
					above.getOrDefault(signUp.personId(), Set.of())))
			.toList();
		List<MentorScore.Mentor> scoredMentors = mentors.stream()
			.map((signUp) -> new MentorScore.Mentor(signUp.personId(), signUp.competencies(),
					above.getOrDefault(signUp.personId(), Set.of())))
			.toList();
		return new Scoring(scoredMentees, scoredMentors);
	}

	private List<SignUp> signUpsOf(long programmeId, SignUpRole role) {
		Map<Long, List<String>> competenciesOf = competenciesOf(programmeId, role);
		Map<Long, Set<Long>> preferred = new HashMap<>();
		Map<Long, Set<Long>> avoided = new HashMap<>();
		if (role == SignUpRole.MENTEE) {
			this.jdbc.sql("""
					select f.signup_id, f.person_id, f.kind
					from development_mentoring_preference f
					join development_mentoring_signup s on s.id = f.signup_id
					where s.programme_id = :p and s.role = 'MENTEE'
					""").param("p", programmeId).query((rs, n) -> {
				(rs.getString(3).equals("PREFERRED") ? preferred : avoided)
					.computeIfAbsent(rs.getLong(1), (k) -> new HashSet<>())
					.add(rs.getLong(2));
				return null;
			}).list();
		}
		return this.jdbc.sql("""
				select id, person_id, capacity from development_mentoring_signup
				where programme_id = :p and role = :role order by id
				""")
			.param("p", programmeId)
			.param("role", role.name())
			.query((rs, n) -> new SignUp(rs.getLong(1), rs.getLong(2), rs.getInt(3),
					new LinkedHashSet<>(competenciesOf.getOrDefault(rs.getLong(1), List.of())),
					preferred.getOrDefault(rs.getLong(1), Set.of()), avoided.getOrDefault(rs.getLong(1), Set.of())))
			.list();
	}

	private Map<Long, List<String>> competenciesOf(long programmeId, SignUpRole role) {
		Map<Long, List<String>> keys = new HashMap<>();
		this.jdbc.sql("""
				select c.signup_id, c.competency_key
				from development_mentoring_competency c
				join development_mentoring_signup s on s.id = c.signup_id
				join development_competency k on k.competency_key = c.competency_key
				where s.programme_id = :p and s.role = :role
				order by c.signup_id, k.position
				""").param("p", programmeId).param("role", role.name()).query((rs, n) -> {
			keys.computeIfAbsent(rs.getLong(1), (k) -> new ArrayList<>()).add(rs.getString(2));
			return null;
		}).list();
		return keys;
	}

	private List<SignUpSummary> signUps(String where, Map<String, Object> params) {
		List<Object[]> rows = this.jdbc.sql("""
				select s.id, s.programme_id, p.name as programme_name, p.state, s.person_id, n.name, s.role,
				       s.capacity, s.goal_note
				from development_mentoring_signup s
				join development_mentoring_programme p on p.id = s.programme_id
				join directory_person_name n on n.id = s.person_id
				where %s
				order by s.id desc
				""".formatted(where))
			.params(params)
			.query((rs,
					n) -> new Object[] { rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5),
							rs.getString(6), rs.getString(7), rs.getObject(8, Integer.class), rs.getString(9) })
			.list();
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<Long, List<String>> keys = new HashMap<>();
		this.jdbc.sql("""
				select c.signup_id, c.competency_key from development_mentoring_competency c
				join development_competency k on k.competency_key = c.competency_key
				where c.signup_id in (:ids) order by c.signup_id, k.position
				""").param("ids", rows.stream().map((row) -> row[0]).toList()).query((rs, n) -> {
			keys.computeIfAbsent(rs.getLong(1), (k) -> new ArrayList<>()).add(rs.getString(2));
			return null;
		}).list();
		return rows.stream()
			.map((row) -> new SignUpSummary((Long) row[0], (Long) row[1], (String) row[2],
					ProgrammeState.valueOf((String) row[3]), (Long) row[4], (String) row[5],
					SignUpRole.valueOf((String) row[6]), keys.getOrDefault((Long) row[0], List.of()), (Integer) row[7],
					(String) row[8]))
			.toList();
	}

	private List<MentorshipSummary> mentorships(String where, Map<String, Object> params) {
		List<MentorshipSummary> pairs = this.jdbc.sql("""
				select x.id, x.programme_id, p.name as programme_name, x.mentor_id, r.name as mentor_name,
				       x.mentee_id, e.name as mentee_name, x.shared, s.goal_note, x.state, x.outcome, x.closed_at,
				       x.version
				from development_mentoring_pair x
				join development_mentoring_programme p on p.id = x.programme_id
				join directory_person_name r on r.id = x.mentor_id
				join directory_person_name e on e.id = x.mentee_id
				left join development_mentoring_signup s
				  on s.programme_id = x.programme_id and s.person_id = x.mentee_id and s.role = 'MENTEE'
				where %s
				order by case when x.state = 'ACTIVE' then 0 else 1 end, x.id desc
				""".formatted(where)).params(params).query((rs, n) -> mentorshipRow(rs, List.of())).list();
		if (pairs.isEmpty()) {
			return pairs;
		}
		Map<Long, List<SessionSummary>> sessions = new LinkedHashMap<>();
		this.jdbc.sql("""
				select s.id, s.pair_id, s.held_on, s.note, s.logged_by, n.name, s.logged_at
				from development_mentoring_session s
				join directory_person_name n on n.id = s.logged_by
				where s.pair_id in (:ids)
				order by s.held_on desc, s.id desc
				""").param("ids", pairs.stream().map(MentorshipSummary::id).toList()).query((rs, n) -> {
			sessions.computeIfAbsent(rs.getLong(2), (k) -> new ArrayList<>())
				.add(new SessionSummary(rs.getLong(1), rs.getObject(3, LocalDate.class), rs.getString(4), rs.getLong(5),
						rs.getString(6), rs.getTimestamp(7).toLocalDateTime()));
			return null;
		}).list();
		return pairs.stream()
			.map((pair) -> new MentorshipSummary(pair.id(), pair.programmeId(), pair.programmeName(), pair.mentorId(),
					pair.mentorName(), pair.menteeId(), pair.menteeName(), pair.shared(), pair.menteeNote(),
					pair.state(), pair.outcome(), pair.closedAt(), sessions.getOrDefault(pair.id(), List.of()),
					pair.version()))
			.toList();
	}

	private static MentorshipSummary mentorshipRow(ResultSet rs, List<SessionSummary> sessions) throws SQLException {
		Timestamp closed = rs.getTimestamp("closed_at");
		return new MentorshipSummary(rs.getLong("id"), rs.getLong("programme_id"), rs.getString("programme_name"),
				rs.getLong("mentor_id"), rs.getString("mentor_name"), rs.getLong("mentee_id"),
				rs.getString("mentee_name"), keys(rs.getString("shared")), rs.getString("goal_note"),
				PairState.valueOf(rs.getString("state")), rs.getString("outcome"),
				(closed != null) ? closed.toLocalDateTime() : null, sessions, rs.getLong("version"));
	}

	private List<Email> pairEmails(long programmeId, String programme) {
		Map<String, String> names = new HashMap<>();
		this.competencies.findAll()
			.forEach((competency) -> names.put(competency.getKey(), competency.summary().name()));
		List<ProposedPair> pairs = proposal(programmeId).pairs();
		Set<Long> people = new HashSet<>();
		pairs.forEach((pair) -> {
			people.add(pair.menteeId());
			people.add(pair.mentorId());
		});
		Map<Long, String> addresses = new HashMap<>();
		List<Long> ids = new ArrayList<>(people);
		for (int from = 0; from < ids.size(); from += 1000) {
			this.jdbc.sql("select id, email from directory_person_contact where id in (:ids) and email is not null")
				.param("ids", ids.subList(from, Math.min(ids.size(), from + 1000)))
				.query((rs, n) -> addresses.put(rs.getLong(1), rs.getString(2)))
				.list();
		}
		List<Email> emails = new ArrayList<>();
		for (ProposedPair pair : pairs) {
			String shared = pair.shared()
				.stream()
				.map((key) -> names.getOrDefault(key, key).toLowerCase(java.util.Locale.ROOT))
				.collect(Collectors.joining(", "));
			if (addresses.containsKey(pair.menteeId())) {
				emails.add(this.emails.pair(pair.id(), programmeId, programme, SignUpRole.MENTEE,
						addresses.get(pair.menteeId()), pair.menteeName(), pair.mentorName(), shared));
			}
			if (addresses.containsKey(pair.mentorId())) {
				emails.add(this.emails.pair(pair.id(), programmeId, programme, SignUpRole.MENTOR,
						addresses.get(pair.mentorId()), pair.mentorName(), pair.menteeName(), shared));
			}
		}
		return emails;
	}

	private static MapSqlParameterSource pairRow(long programmeId, long mentee, long mentor, int score,
			MentorScore.Fit fit) {
		return new MapSqlParameterSource().addValue("p", programmeId)
			.addValue("mentee", mentee)
			.addValue("mentor", mentor)
			.addValue("score", score)
			.addValue("shared", String.join(",", fit.shared()))
			.addValue("preferred", fit.preferred());
	}

	private static List<String> keys(String joined) {
		return (joined == null || joined.isEmpty()) ? List.of() : List.of(joined.split(","));
	}

	/**
	 * The text as stored, or {@code null} when it is too long or holds control
	 * characters; blank text is empty.
	 */
	private static String cleaned(String typed, int most, boolean lineBreaks) {
		String cleaned = (typed != null) ? Text.nfc(typed.strip()) : "";
		return (cleaned.length() > most || Text.hasControl(cleaned, lineBreaks)) ? null : cleaned;
	}

	private ProgrammeSummary programmeRow(ResultSet rs) throws SQLException {
		Timestamp published = rs.getTimestamp("published_at");
		return new ProgrammeSummary(rs.getLong("id"), rs.getString("name"), rs.getString("description"),
				ProgrammeState.valueOf(rs.getString("state")), rs.getInt("mentors"), rs.getInt("mentees"),
				rs.getInt("places"), rs.getInt("pairs"), rs.getTimestamp("created_at").toLocalDateTime(),
				(published != null) ? published.toLocalDateTime() : null, rs.getLong("version"));
	}

	private static final String PROGRAMMES = """
			select p.id, p.name, p.description, p.state, p.created_at, p.published_at, p.version,
			       (select count(*) from development_mentoring_signup s
			        where s.programme_id = p.id and s.role = 'MENTOR') as mentors,
			       (select count(*) from development_mentoring_signup s
			        where s.programme_id = p.id and s.role = 'MENTEE') as mentees,
			       (select coalesce(sum(s.capacity), 0) from development_mentoring_signup s
			        where s.programme_id = p.id and s.role = 'MENTOR') as places,
			       (select count(*) from development_mentoring_pair x where x.programme_id = p.id) as pairs
			from development_mentoring_programme p
			""";

	private static final String INSERT_PAIR = """
			insert into development_mentoring_pair (version, programme_id, mentee_id, mentor_id, score, shared, preferred,
			  state)
			values (0, :p, :mentee, :mentor, :score, :shared, :preferred, 'PROPOSED')
			""";

	private static final String INSERT_UNMATCHED = """
			insert into development_mentoring_unmatched (programme_id, mentee_id, reason) values (:p, :mentee, :reason)
			""";

	/**
	 * A sign-up as matching reads it.
	 */
	private record SignUp(long id, long personId, int capacity, Set<String> competencies, Set<Long> preferred,
			Set<Long> avoided) {
	}

	private record Scoring(List<MentorScore.Mentee> mentees, List<MentorScore.Mentor> mentors) {
	}

}
