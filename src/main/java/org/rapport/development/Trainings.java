package org.rapport.development;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.rapport.development.TrainingQueries.SessionRow;
import org.rapport.directory.DirectoryManagement;
import org.rapport.notifications.NotificationManagement;
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
 * The training catalogue: courses that develop the framework's competencies, kept by
 * those who steer the portfolio, and their sessions. Anyone in IT enrols in a session
 * that has not started: with a seat while there is one, on its waiting list, in order,
 * once it is full; a cancelled seat goes to the first on the list, who is emailed. After
 * a session has begun, the course's keepers mark who attended, which counts as the
 * training completed, and those who attended rate it once.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class Trainings {

	static final int MAX_TITLE = 120;

	static final int MAX_DESCRIPTION = 2000;

	static final int MAX_PROVIDER = 120;

	static final int MAX_DURATION = 14_400;

	static final int MAX_LOCATION = 200;

	static final int MAX_LINK = 500;

	static final int MAX_CAPACITY = 500;

	static final int MAX_COMMENT = 1000;

	/** The longest session: a course may run over a month of days. */
	static final Duration LONGEST_SESSION = Duration.ofDays(31);

	/** How many sessions still to start the catalogue shows for each course. */
	public static final int NEXT_SESSIONS = 3;

	private final CourseRepository courses;

	private final CompetencyRepository competencies;

	private final TrainingQueries queries;

	private final JdbcClient jdbc;

	private final DirectoryManagement directory;

	private final NotificationManagement notifications;

	private final ReportingLines reportingLines;

	private final TrainingEmails emails;

	private final Clock clock;

	Trainings(CourseRepository courses, CompetencyRepository competencies, TrainingQueries queries, JdbcClient jdbc,
			DirectoryManagement directory, NotificationManagement notifications, TrainingEmails emails,
			ReportingLines reportingLines, Clock clock) {
		this.notifications = notifications;
		this.reportingLines = reportingLines;
		this.emails = emails;
		this.courses = courses;
		this.competencies = competencies;
		this.queries = queries;
		this.jdbc = jdbc;
		this.directory = directory;
		this.clock = clock;
	}

	/**
	 * The catalogue, each course with its next sessions and the caller's place in them.
	 * Those who steer the portfolio see retired courses too.
	 * @param competencyKey only the courses that develop this competency, blank for all
	 * @return the courses by title
	 * @throws InvalidInputException naming {@code competency} when the framework has no
	 * such competency
	 */
	public List<TrainingSummary> catalogue(String competencyKey) {
		String key = (competencyKey != null && !competencyKey.isBlank()) ? competencyKey.strip() : null;
		if (key != null && this.competencies.findByKey(key).isEmpty()) {
			throw new InvalidInputException("competency", "development.training.competency.unknown", key);
		}
		return this.queries.courses(Caller.steers(), key, null, true, NEXT_SESSIONS, Caller.person(), now());
	}

	/**
	 * The courses on offer that develop a competency, each with its next sessions: what
	 * suggestions and development plans propose.
	 * @param competencyKey the competency
	 * @return the courses by title, none when no course develops it
	 */
	public List<TrainingSummary> forCompetency(String competencyKey) {
		return this.queries.courses(false, competencyKey, null, true, NEXT_SESSIONS, Caller.person(), now());
	}

	/**
	 * One course with its whole schedule and the caller's place in each session.
	 * @param id the course
	 * @return the course
	 * @throws NotFoundException when there is none
	 */
	public TrainingSummary training(long id) {
		return this.queries.courses(true, null, id, false, Integer.MAX_VALUE, Caller.person(), now())
			.stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Training", id));
	}

	/**
	 * Adds a course to the catalogue.
	 * @param draft the course
	 * @return the course
	 * @throws InvalidInputException naming {@code title}, {@code description},
	 * {@code provider}, {@code format}, {@code durationMinutes} or {@code competencies}
	 * @throws AlreadyExistsException naming {@code title} when a course has that title
	 */
	@Transactional
	@PreAuthorize("@roleGroups.steersPortfolio()")
	public TrainingSummary add(TrainingDraft draft) {
		TrainingDraft checked = checked(draft, Set.of());
		String key = titleKey(checked.title());
		if (this.courses.findByTitleKey(key).isPresent()) {
			throw new AlreadyExistsException("title", "development.training.exists", checked.title());
		}
		try {
			long id = this.courses.save(Course.add(key, checked, Actor.current(), now())).getId();
			return training(id);
		}
		catch (DuplicateKeyException ex) {
			throw new AlreadyExistsException("title", ex, "development.training.exists", checked.title());
		}
	}

	/**
	 * Changes a course, and when the draft says, whether it is offered.
	 * @param id the course
	 * @param draft what it becomes
	 * @param over the version the change was made over, {@code null} for whatever it is
	 * now
	 * @return the course
	 * @throws StaleVersionException when it has changed since {@code over}
	 */
	@Transactional
	@PreAuthorize("@roleGroups.steersPortfolio()")
	public TrainingSummary change(long id, TrainingDraft draft, Long over) {
		Course course = find(id);
		TrainingDraft checked = checked(draft, course.competencyKeys());
		StaleVersionException.check("Training", id, over, course.getVersion());
		String key = titleKey(checked.title());
		if (this.courses.findByTitleKey(key).filter((other) -> !other.getId().equals(id)).isPresent()) {
			throw new AlreadyExistsException("title", "development.training.exists", checked.title());
		}
		try {
			if (course.change(key, checked)) {
				this.courses.save(course);
			}
		}
		catch (DuplicateKeyException ex) {
			throw new AlreadyExistsException("title", ex, "development.training.exists", checked.title());
		}
		return training(id);
	}

	/**
	 * Retires a course, or offers it again. A retired course takes no new sessions or
	 * enrolments; what people completed stays.
	 * @param id the course
	 * @param active whether it is offered
	 * @return the course
	 */
	@Transactional
	@PreAuthorize("@roleGroups.steersPortfolio()")
	public TrainingSummary activate(long id, boolean active) {
		Course course = find(id);
		if (course.activate(active)) {
			this.courses.save(course);
		}
		return training(id);
	}

	/**
	 * Schedules a session of a course on offer.
	 * @param trainingId the course
	 * @param draft the session
	 * @return the session
	 * @throws InvalidInputException naming {@code startsAt}, {@code endsAt},
	 * {@code location}, {@code onlineLink} or {@code capacity}
	 * @throws StateConflictException when the course is retired
	 */
	@Transactional
	@PreAuthorize("@roleGroups.steersPortfolio()")
	public TrainingSessionSummary schedule(long trainingId, TrainingSessionDraft draft) {
		Course course = find(trainingId);
		TrainingSessionDraft checked = checked(draft);
		if (!checked.startsAt().isAfter(now())) {
			throw new InvalidInputException("startsAt", "development.session.past");
		}
		if (!course.isActive()) {
			throw new StateConflictException("development.training.retired", course.getTitle());
		}
		return insertSession(trainingId, checked);
	}

	/**
	 * Enrols the caller in a session: with a seat while there is one, otherwise at the
	 * end of its waiting list. Seats hold when many enrol at once: the session's row is
	 * locked while a seat is taken, and taking one is a conditional update.
	 * @param trainingId the course
	 * @param sessionId the session
	 * @return the enrolment, {@code ENROLLED} or {@code WAITING} with its place
	 * @throws AlreadyExistsException naming {@code sessionId} when the caller is enrolled
	 * or waiting already
	 * @throws StateConflictException when the session has started, the course is retired
	 * or the caller is no person in IT
	 */
	@Transactional
	public EnrolmentSummary enrol(long trainingId, long sessionId) {
		SessionRow session = session(trainingId, sessionId);
		if (session.started(now())) {
			throw new StateConflictException("development.enrolment.started");
		}
		if (!find(trainingId).isActive()) {
			throw new StateConflictException("development.training.retired", find(trainingId).getTitle());
		}
		Long person = Caller.person();
		if (person == null || !this.directory.person(person).inIt()) {
			throw new StateConflictException("development.enrolment.notInIt");
		}
		return enrolPerson(sessionId, person);
	}

	/**
	 * Cancels an enrolment in a session that has not started: a seat goes to the first on
	 * the waiting list, who is emailed in the same transaction, through the outbox. The
	 * person cancels their own; those who steer the portfolio anyone's.
	 * @param trainingId the course
	 * @param enrolmentId the enrolment
	 * @return the enrolment, cancelled
	 * @throws NotFoundException when there is none the caller may cancel
	 * @throws StateConflictException when it is cancelled already or the session has
	 * started
	 */
	@Transactional
	public EnrolmentSummary cancel(long trainingId, long enrolmentId) {
		EnrolmentSummary enrolment = visible(trainingId, enrolmentId);
		if (!enrolment.startsAt().isAfter(now())) {
			throw new StateConflictException("development.enrolment.cancelStarted");
		}
		lock(enrolment.sessionId());
		// Read again under the lock: a waiting person may have been given a seat since.
		EnrolmentState state = this.jdbc.sql("select state from development_enrolment where id = :id")
			.param("id", enrolmentId)
			.query((rs, n) -> EnrolmentState.valueOf(rs.getString(1)))
			.single();
		if (state == EnrolmentState.CANCELLED) {
			throw new StateConflictException("development.enrolment.cancelled");
		}
		this.jdbc.sql("""
				update development_enrolment set state = 'CANCELLED', cancelled_at = :at, version = version + 1
				where id = :id
				""").param("at", now()).param("id", enrolmentId).update();
		if (state == EnrolmentState.ENROLLED) {
			Long next = this.jdbc.sql("""
					select id from development_enrolment
					where session_id = :session and state = 'WAITING'
					order by queued_at, id
					limit 1
					""").param("session", enrolment.sessionId()).query(Long.class).optional().orElse(null);
			if (next != null) {
				this.jdbc
					.sql("update development_enrolment set state = 'ENROLLED', version = version + 1 where id = :id")
					.param("id", next)
					.update();
				seated(next);
			}
			else {
				this.jdbc.sql("update development_session set seats_taken = seats_taken - 1 where id = :id")
					.param("id", enrolment.sessionId())
					.update();
			}
		}
		return this.queries.enrolment(enrolmentId).orElseThrow();
	}

	/**
	 * Who is enrolled in a session, then who waits, in order, then who cancelled.
	 * @param trainingId the course
	 * @param sessionId the session
	 * @return the enrolments
	 */
	@PreAuthorize("@roleGroups.steersPortfolio()")
	public List<EnrolmentSummary> enrolments(long trainingId, long sessionId) {
		session(trainingId, sessionId);
		return this.queries.ofSession(sessionId);
	}

	/**
	 * The enrolments of each session of a course, for its page.
	 * @param trainingId the course
	 * @return the enrolments by session
	 */
	@PreAuthorize("@roleGroups.steersPortfolio()")
	public Map<Long, List<EnrolmentSummary>> enrolmentsBySession(long trainingId) {
		List<Long> sessions = this.jdbc.sql("select id from development_session where course_id = :course")
			.param("course", trainingId)
			.query(Long.class)
			.list();
		return this.queries.ofSessions(sessions);
	}

	/**
	 * Marks whether a person enrolled in a session that has begun came; attending counts
	 * as the training completed. A mark may be corrected.
	 * @param trainingId the course
	 * @param enrolmentId the enrolment
	 * @param attendance attended or no-show
	 * @param over the version the mark was made over, {@code null} for whatever it is now
	 * @return the enrolment
	 * @throws InvalidInputException naming {@code attendance} when none is given
	 * @throws StateConflictException when the session has not begun or the person holds
	 * no seat
	 * @throws StaleVersionException when the enrolment changed since {@code over}
	 */
	@Transactional
	@PreAuthorize("@roleGroups.steersPortfolio()")
	public EnrolmentSummary markAttendance(long trainingId, long enrolmentId, Attendance attendance, Long over) {
		EnrolmentSummary enrolment = visible(trainingId, enrolmentId);
		if (attendance == null) {
			throw new InvalidInputException("attendance", "development.attendance.choose");
		}
		StaleVersionException.check("Enrolment", enrolmentId, over, enrolment.version());
		if (enrolment.startsAt().isAfter(now())) {
			throw new StateConflictException("development.attendance.early");
		}
		if (enrolment.state() != EnrolmentState.ENROLLED) {
			throw new StateConflictException("development.attendance.notEnrolled", enrolment.personName());
		}
		int marked = this.jdbc.sql("""
				update development_enrolment
				set attendance = :attendance, marked_by = :by, marked_at = :at, version = version + 1
				where id = :id and version = :version and state = 'ENROLLED'
				""")
			.param("attendance", attendance.name())
			.param("by", Actor.current())
			.param("at", now())
			.param("id", enrolmentId)
			.param("version", enrolment.version())
			.update();
		if (marked == 0) {
			throw new StaleVersionException("Enrolment", enrolmentId, enrolment.version(), enrolment.version() + 1);
		}
		return this.queries.enrolment(enrolmentId).orElseThrow();
	}

	/**
	 * Rates a session the caller attended, once.
	 * @param trainingId the course
	 * @param enrolmentId the caller's enrolment
	 * @param draft the rating and comment
	 * @return the enrolment with its feedback
	 * @throws NotFoundException when it is not the caller's
	 * @throws InvalidInputException naming {@code rating} or {@code comment}
	 * @throws StateConflictException when the caller is not marked as having attended
	 * @throws AlreadyExistsException naming {@code rating} when they rated it already
	 */
	@Transactional
	public EnrolmentSummary giveFeedback(long trainingId, long enrolmentId, FeedbackDraft draft) {
		EnrolmentSummary enrolment = this.queries.enrolment(enrolmentId)
			.filter((found) -> found.trainingId() == trainingId)
			.filter((found) -> Long.valueOf(found.personId()).equals(Caller.person()))
			.orElseThrow(() -> new NotFoundException("Enrolment", enrolmentId));
		FeedbackDraft checked = checked(draft);
		if (!enrolment.completed()) {
			throw new StateConflictException("development.feedback.notAttended");
		}
		return recordFeedback(enrolment, checked);
	}

	/**
	 * The caller's trainings: those they are enrolled in or waiting for, and those they
	 * attended or missed, the latest first.
	 * @return the enrolments, none for an account linked to no one
	 */
	public List<EnrolmentSummary> mine() {
		Long person = Caller.person();
		return (person != null) ? this.queries.ofPerson(person, false) : List.of();
	}

	/**
	 * A person's trainings, as {@link #mine()} lists them: for the person, their manager
	 * and those who steer the portfolio.
	 * @param personId the person
	 * @return the enrolments
	 * @throws AccessDeniedException for anyone else
	 */
	public List<EnrolmentSummary> trainingsOf(long personId) {
		requireReader(personId);
		return this.queries.ofPerson(personId, false);
	}

	/**
	 * The trainings a person completed, the latest first: for the person, their manager
	 * and those who steer the portfolio.
	 * @param personId the person
	 * @return the enrolments they attended
	 * @throws AccessDeniedException for anyone else
	 */
	public List<EnrolmentSummary> completedBy(long personId) {
		requireReader(personId);
		return this.queries.ofPerson(personId, true);
	}

	/**
	 * Records a session that took place, with who attended, who did not come and what
	 * they said, for the demo organisation's history. No page or API calls it.
	 * @param trainingId the course
	 * @param draft the session, in the past
	 * @param attended who came
	 * @param noShows who held a seat and did not come
	 * @param feedback what some of those who came said, by person
	 * @return the session
	 */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public TrainingSessionSummary recordEarlier(long trainingId, TrainingSessionDraft draft, List<Long> attended,
			List<Long> noShows, Map<Long, FeedbackDraft> feedback) {
		find(trainingId);
		TrainingSessionSummary session = insertSession(trainingId, checked(draft));
		List<Long> everyone = new ArrayList<>(attended);
		everyone.addAll(noShows);
		for (long person : everyone) {
			EnrolmentSummary enrolment = enrolPerson(session.id(), person);
			Attendance mark = attended.contains(person) ? Attendance.ATTENDED : Attendance.NO_SHOW;
			this.jdbc.sql("""
					update development_enrolment set attendance = :attendance, marked_by = 'system', marked_at = :at,
					  queued_at = :queued, version = version + 1
					where id = :id
					""")
				.param("attendance", mark.name())
				.param("at", draft.endsAt())
				.param("queued", draft.startsAt().minusDays(14))
				.param("id", enrolment.id())
				.update();
			if (mark == Attendance.ATTENDED && feedback.containsKey(person)) {
				recordFeedback(this.queries.enrolment(enrolment.id()).orElseThrow(), checked(feedback.get(person)));
			}
		}
		return session;
	}

	/**
	 * Enrols a person in a session to come, as they would themselves, for the demo
	 * organisation. No page or API calls it.
	 * @param sessionId the session
	 * @param personId the person
	 * @return the enrolment
	 */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public EnrolmentSummary recordEnrolment(long sessionId, long personId) {
		return enrolPerson(sessionId, personId);
	}

	private EnrolmentSummary enrolPerson(long sessionId, long personId) {
		lock(sessionId);
		EnrolmentState existing = this.jdbc
			.sql("select state from development_enrolment where session_id = :session and person_id = :person")
			.param("session", sessionId)
			.param("person", personId)
			.query((rs, n) -> EnrolmentState.valueOf(rs.getString(1)))
			.optional()
			.orElse(null);
		if (existing != null && existing != EnrolmentState.CANCELLED) {
			throw new AlreadyExistsException("sessionId", "development.enrolment.twice");
		}
		// The row is locked, and the update takes a seat only while one is free: two
		// guards, so that no interleaving over-fills the session.
		boolean seat = this.jdbc.sql("""
				update development_session set seats_taken = seats_taken + 1
				where id = :id and seats_taken < capacity
				""").param("id", sessionId).update() == 1;
		EnrolmentState state = seat ? EnrolmentState.ENROLLED : EnrolmentState.WAITING;
		try {
			if (existing == EnrolmentState.CANCELLED) {
				this.jdbc.sql("""
						update development_enrolment
						set state = :state, queued_at = :at, cancelled_at = null, attendance = null, marked_by = null,
						    marked_at = null, version = version + 1
						where session_id = :session and person_id = :person and state = 'CANCELLED'
						""")
					.param("state", state.name())
					.param("at", now())
					.param("session", sessionId)
					.param("person", personId)
					.update();
			}
			else {
				this.jdbc.sql("""
						insert into development_enrolment (version, session_id, person_id, state, queued_at)
						values (0, :session, :person, :state, :at)
						""")
					.param("session", sessionId)
					.param("person", personId)
					.param("state", state.name())
					.param("at", now())
					.update();
			}
		}
		catch (DuplicateKeyException ex) {
			throw new AlreadyExistsException("sessionId", "development.enrolment.twice", ex);
		}
		long id = this.jdbc
			.sql("select id from development_enrolment where session_id = :session and person_id = :person")
			.param("session", sessionId)
			.param("person", personId)
			.query(Long.class)
			.single();
		return this.queries.enrolment(id).orElseThrow();
	}

	private EnrolmentSummary recordFeedback(EnrolmentSummary enrolment, FeedbackDraft checked) {
		try {
			this.jdbc.sql("""
					insert into development_feedback (enrolment_id, rating, comment, given_at)
					values (:id, :rating, :comment, :at)
					""")
				.param("id", enrolment.id())
				.param("rating", checked.rating())
				.param("comment", checked.comment(), java.sql.Types.VARCHAR)
				.param("at", now())
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new AlreadyExistsException("rating", "development.feedback.twice", ex);
		}
		return this.queries.enrolment(enrolment.id()).orElseThrow();
	}

	private TrainingSessionSummary insertSession(long trainingId, TrainingSessionDraft checked) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into development_session (course_id, starts_at, ends_at, location, online_link, capacity,
				  seats_taken, created_by, created_at)
				values (:course, :starts, :ends, :location, :link, :capacity, 0, :by, :at)
				""")
			.param("course", trainingId)
			.param("starts", checked.startsAt())
			.param("ends", checked.endsAt())
			.param("location", checked.location(), java.sql.Types.VARCHAR)
			.param("link", checked.onlineLink(), java.sql.Types.VARCHAR)
			.param("capacity", checked.capacity())
			.param("by", Actor.current())
			.param("at", now())
			.update(key, "id");
		return this.queries.session(key.getKey().longValue()).orElseThrow().summary(now(), null);
	}

	/**
	 * Locks a session's row until the transaction ends, so that its seats change one at a
	 * time.
	 */
	private void lock(long sessionId) {
		this.jdbc.sql("select id from development_session where id = :id for update")
			.param("id", sessionId)
			.query(Long.class)
			.single();
	}

	private SessionRow session(long trainingId, long sessionId) {
		return this.queries.session(sessionId)
			.filter((row) -> row.courseId() == trainingId)
			.orElseThrow(() -> new NotFoundException("Session", sessionId));
	}

	/**
	 * An enrolment of the course that the caller may act on: their own, or any for those
	 * who steer.
	 */
	private EnrolmentSummary visible(long trainingId, long enrolmentId) {
		return this.queries.enrolment(enrolmentId)
			.filter((found) -> found.trainingId() == trainingId)
			.filter((found) -> Caller.steers() || Long.valueOf(found.personId()).equals(Caller.person()))
			.orElseThrow(() -> new NotFoundException("Enrolment", enrolmentId));
	}

	private void requireReader(long personId) {
		Long me = Caller.person();
		if (!Caller.steers() && !Long.valueOf(personId).equals(me) && !this.reportingLines.isManager(me, personId)) {
			throw new AccessDeniedException(
					"Only the person, their manager and those who steer the portfolio read their trainings");
		}
	}

	private Course find(long id) {
		return this.courses.findById(id).orElseThrow(() -> new NotFoundException("Training", id));
	}

	/**
	 * Queues the email that tells the person their seat; someone without an address is
	 * not told.
	 */
	private void seated(long enrolmentId) {
		EnrolmentSummary seated = this.queries.enrolment(enrolmentId).orElseThrow();
		this.jdbc.sql("select email from directory_person_contact where id = :id and email is not null")
			.param("id", seated.personId())
			.query(String.class)
			.optional()
			.ifPresent(
					(email) -> this.notifications.queue(List.of(this.emails.seat(seated, email, seated.personName()))));
	}

	private LocalDateTime now() {
		return LocalDateTime.now(this.clock);
	}

	/**
	 * The draft as stored, or the first rule it breaks: the one place the course's rules
	 * live, for the page and the API alike.
	 * @param kept competencies the course develops already, which may have been retired
	 * since
	 */
	TrainingDraft checked(TrainingDraft draft, Set<String> kept) {
		String title = cleaned(draft.title(), MAX_TITLE, false);
		if (title == null || Text.hasBidiControl(title)) {
			throw new InvalidInputException("title", "development.training.title", MAX_TITLE);
		}
		String description = cleaned(draft.description(), MAX_DESCRIPTION, true);
		if (description == null) {
			throw new InvalidInputException("description", "development.training.description", MAX_DESCRIPTION);
		}
		boolean internal = draft.internal() != null && draft.internal();
		String provider = cleaned(draft.provider(), MAX_PROVIDER, false);
		if ((provider == null && !internal)
				|| (provider == null && draft.provider() != null && !draft.provider().isBlank())) {
			throw new InvalidInputException("provider", "development.training.provider", MAX_PROVIDER);
		}
		if (draft.format() == null) {
			throw new InvalidInputException("format", "development.training.format");
		}
		if (draft.durationMinutes() == null || draft.durationMinutes() < 1 || draft.durationMinutes() > MAX_DURATION) {
			throw new InvalidInputException("durationMinutes", "development.training.duration", MAX_DURATION / 60);
		}
		List<String> keys = new ArrayList<>();
		for (String typed : (draft.competencies() != null) ? draft.competencies() : List.<String>of()) {
			String key = (typed != null) ? typed.strip() : "";
			Competency competency = this.competencies.findByKey(key).orElse(null);
			if (competency == null) {
				throw new InvalidInputException("competencies", "development.training.competency.unknown", key);
			}
			if (!competency.summary().active() && !kept.contains(key)) {
				throw new InvalidInputException("competencies", "development.training.competency.retired",
						competency.summary().name());
			}
			if (!keys.contains(key)) {
				keys.add(key);
			}
		}
		if (keys.isEmpty()) {
			throw new InvalidInputException("competencies", "development.training.competencies");
		}
		return new TrainingDraft(title, description, internal, provider, draft.format(), draft.durationMinutes(),
				List.copyOf(keys), draft.active());
	}

	static TrainingSessionDraft checked(TrainingSessionDraft draft) {
		if (draft.startsAt() == null) {
			throw new InvalidInputException("startsAt", "development.session.startsAt");
		}
		if (draft.endsAt() == null || !draft.endsAt().isAfter(draft.startsAt())
				|| Duration.between(draft.startsAt(), draft.endsAt()).compareTo(LONGEST_SESSION) > 0) {
			throw new InvalidInputException("endsAt", "development.session.endsAt", LONGEST_SESSION.toDays());
		}
		String location = cleaned(draft.location(), MAX_LOCATION, false);
		if (location == null && draft.location() != null && !draft.location().isBlank()) {
			throw new InvalidInputException("location", "development.session.location", MAX_LOCATION);
		}
		String link = (draft.onlineLink() != null && !draft.onlineLink().isBlank()) ? draft.onlineLink().strip() : null;
		if (link != null && !isWebAddress(link)) {
			throw new InvalidInputException("onlineLink", "development.session.link", MAX_LINK);
		}
		if (location == null && link == null) {
			throw new InvalidInputException("location", "development.session.where");
		}
		if (draft.capacity() == null || draft.capacity() < 1 || draft.capacity() > MAX_CAPACITY) {
			throw new InvalidInputException("capacity", "development.session.capacity", MAX_CAPACITY);
		}
		return new TrainingSessionDraft(draft.startsAt(), draft.endsAt(), location, link, draft.capacity());
	}

	static FeedbackDraft checked(FeedbackDraft draft) {
		if (draft == null || draft.rating() == null || draft.rating() < 1 || draft.rating() > 5) {
			throw new InvalidInputException("rating", "development.feedback.rating");
		}
		String comment = (draft.comment() != null && !draft.comment().isBlank())
				? cleaned(draft.comment(), MAX_COMMENT, true) : null;
		if (comment == null && draft.comment() != null && !draft.comment().isBlank()) {
			throw new InvalidInputException("comment", "development.feedback.comment", MAX_COMMENT);
		}
		return new FeedbackDraft(draft.rating(), comment);
	}

	private static boolean isWebAddress(String link) {
		if (link.length() > MAX_LINK || Text.hasControl(link, false)) {
			return false;
		}
		try {
			URI uri = new URI(link);
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
			return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null;
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	/**
	 * The text as stored, or {@code null} when it is blank, too long or holds control
	 * characters.
	 */
	private static String cleaned(String typed, int most, boolean freeText) {
		String cleaned = (typed != null) ? Text.nfc(typed.strip()) : "";
		if (!freeText) {
			cleaned = cleaned.replaceAll("\\s+", " ");
		}
		return (cleaned.isEmpty() || cleaned.length() > most || Text.hasControl(cleaned, freeText)) ? null : cleaned;
	}

	/** The title as compared for uniqueness: its letters and digits, in lower case. */
	private static String titleKey(String title) {
		String key = title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
		if (key.isEmpty()) {
			throw new InvalidInputException("title", "development.training.title", MAX_TITLE);
		}
		return key;
	}

}
